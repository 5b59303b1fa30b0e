// The search field driven with the keyboard, offscreen: Ctrl+F reaches it, typing lists core's
// hits after a pause, Enter opens a hit (in the tree when the tree shows it, otherwise in the
// details), Esc clears.

#include "DetailsView.h"
#include "ForumTreeModel.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "plans/PlanEditor.h"
#include "plans/PlanItemModel.h"
#include "QtPrinters.h"
#include "ScriptedPrompts.h"

#include "model/Country.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTest>
#include <QTreeView>

namespace focal {
namespace {

// The plan editor's current item, when a plan is shown.
inline QUuid currentPlanItem(QWidget *window)
{
    auto *editor = window->findChild<PlanEditor *>(QStringLiteral("planEditor"));
    if (!editor || !editor->isVisibleTo(window))
        return {};
    return editor->view()->currentIndex().data(PlanItemModel::ItemIdRole).toUuid();
}

using test::defaultKey;

class SearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        auto document = test::openDefaultDocument(m_dir);
        ASSERT_NE(document, nullptr);
        m_window = std::make_unique<MainWindow>(std::move(document));
        m_window->setPrompts(std::make_unique<test::ScriptedPrompts>());
        m_field = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        m_results = m_window->findChild<QListWidget *>(QStringLiteral("searchResults"));
        m_tree = m_window->findChild<QTreeView *>(QStringLiteral("forumTree"));
        m_details = m_window->findChild<DetailsView *>(QStringLiteral("detailsView"));
        ASSERT_NE(m_field, nullptr);
        ASSERT_NE(m_results, nullptr);
        ASSERT_NE(m_tree, nullptr);
        ASSERT_NE(m_details, nullptr);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    void TearDown() override { QSettings().clear(); }

    void ctrlF()
    {
        m_tree->setFocus();
        QTest::keyClick(m_tree, Qt::Key_F, Qt::ControlModifier);
    }

    // The row of the first hit of `table`, or -1.
    int firstHitOf(const QString &table) const
    {
        for (int row = 0; row < m_results->count(); ++row)
            if (m_results->item(row)->data(Qt::UserRole + 1).toString() == table)
                return row;
        return -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QLineEdit *m_field = nullptr;
    QListWidget *m_results = nullptr;
    QTreeView *m_tree = nullptr;
    DetailsView *m_details = nullptr;
};

TEST_F(SearchTest, CtrlFFocusesTheSearchField)
{
    ctrlF();
    EXPECT_EQ(QApplication::focusWidget(), m_field);
    EXPECT_EQ(m_field->accessibleName(), QStringLiteral("Search"));
    EXPECT_EQ(m_results->accessibleName(), QStringLiteral("Search results"));
}

TEST_F(SearchTest, TypingPeruAndEnterSelectsPeruInTheTree)
{
    ctrlF();
    QTest::keyClicks(m_field, QStringLiteral("peru"));
    QTest::keyClick(m_field, Qt::Key_Return);
    EXPECT_EQ(ForumTreeModel::idOf(m_tree->currentIndex()), defaultKey(Country::table, "PE"));
    EXPECT_EQ(m_tree->currentIndex().data().toString(), QStringLiteral("Perú"));
    EXPECT_TRUE(m_details->toPlainText().contains(QStringLiteral("Perú")));
}

TEST_F(SearchTest, ResultsAppearAfterAPauseInTyping)
{
    ctrlF();
    QTest::keyClicks(m_field, QStringLiteral("peru"));
    EXPECT_EQ(m_results->count(), 0) << "not at every key";
    QTRY_VERIFY_WITH_TIMEOUT(m_results->count() > 0, 2000);
    EXPECT_TRUE(m_results->item(0)->text().startsWith(QStringLiteral("Country: Perú")))
        << m_results->item(0)->text().toStdString();
    QTest::keyClick(m_field, Qt::Key_Escape);
    EXPECT_TRUE(m_field->text().isEmpty());
    EXPECT_EQ(m_results->count(), 0);
}

TEST_F(SearchTest, OpeningAPlanItemHitShowsItsTextInTheDetails)
{
    ctrlF();
    QTest::keyClicks(m_field, QStringLiteral("cooperacion"));
    QTRY_VERIFY_WITH_TIMEOUT(m_results->count() > 0, 2000);
    const int row = firstHitOf(QStringLiteral("plan_item"));
    ASSERT_GE(row, 0) << "no plan item among " << m_results->count() << " hits";
    const QUuid id = m_results->item(row)->data(Qt::UserRole + 2).toUuid();
    auto text = m_window->document().database().exec(
        QStringLiteral("SELECT text FROM plan_item WHERE id = ?"),
        {id.toString(QUuid::WithoutBraces)});
    ASSERT_TRUE(text.ok() && text.value().next());
    const QString itemText = text.value().value(0).toString();
    ASSERT_FALSE(itemText.isEmpty());

    m_results->setFocus();
    m_results->setCurrentRow(row);
    QTest::keyClick(m_results, Qt::Key_Return);
    // The item's plan opens, with the item current in the plan's editor; the details show the
    // plan's table, which holds the item's text.
    EXPECT_TRUE(m_details->toPlainText().contains(itemText))
        << m_details->toPlainText().toStdString();
    EXPECT_EQ(ForumTreeModel::kindOf(m_tree->currentIndex()), NodeKind::Plan);
    EXPECT_EQ(currentPlanItem(m_window.get()), id);

    // Back to the tree: its record shows again.
    m_window->selectRecord(defaultKey(Country::table, "CL"));
    EXPECT_TRUE(m_details->toPlainText().contains(QStringLiteral("Chile")));
    EXPECT_FALSE(m_details->toPlainText().contains(itemText));
}

TEST_F(SearchTest, StoredMarkupIsShownAsText)
{
    Database &db = m_window->document().database();
    auto changed = db.write(QStringLiteral("UPDATE plan_item SET notes = :p0 WHERE rowid = "
                                           "(SELECT min(rowid) FROM plan_item)"),
                            QVariantList{QStringLiteral("<b>bold</b> & <img src=x>")});
    ASSERT_TRUE(changed.ok());
    auto row = db.exec(QStringLiteral("SELECT id FROM plan_item ORDER BY rowid LIMIT 1"));
    ASSERT_TRUE(row.ok() && row.value().next());
    m_window->openRecord(QStringLiteral("plan_item"), QUuid(row.value().value(0).toString()));
    EXPECT_TRUE(m_details->toPlainText().contains(QStringLiteral("<b>bold</b> & <img src=x>")))
        << m_details->toPlainText().toStdString();
    EXPECT_FALSE(m_details->toHtml().contains(QStringLiteral("<img")));
}

} // namespace
} // namespace focal
