// The home page in the window, offscreen, as of 1 November 2020: Alt+Home brings it up, its
// links open their records (a plan item, a meeting) through the same path as search hits, and
// it follows writes made by anyone while it is shown.

#include "DetailsView.h"
#include "ForumTreeModel.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "plans/PlanEditor.h"
#include "plans/PlanItemModel.h"
#include "QtPrinters.h"
#include "ScriptedPrompts.h"

#include "model/Country.h"
#include "model/Meeting.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QToolBar>
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

// A link of the page: where it is in the document and where it points.
struct PageLink
{
    int position = -1;
    QString href;
};

class HomePageTest : public ::testing::Test
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
        m_window->setToday(QDate(2020, 11, 1));
        m_tree = m_window->findChild<QTreeView *>(QStringLiteral("forumTree"));
        m_details = m_window->findChild<DetailsView *>(QStringLiteral("detailsView"));
        ASSERT_NE(m_tree, nullptr);
        ASSERT_NE(m_details, nullptr);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    void TearDown() override { QSettings().clear(); }

    Database &db() { return m_window->document().database(); }
    QString page() const { return m_details->toPlainText(); }

    void altHome()
    {
        m_tree->setFocus();
        QTest::keyClick(m_tree, Qt::Key_Home, Qt::AltModifier);
    }

    // The links of the shown page whose address contains `table=<table>`, in page order.
    QList<PageLink> linksTo(const QString &table) const
    {
        QList<PageLink> links;
        const QString wanted = QStringLiteral("table=") + table + QLatin1Char('&');
        for (QTextBlock block = m_details->document()->begin(); block.isValid();
             block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QString href = fragment.charFormat().anchorHref();
                if (href.contains(wanted) && (links.isEmpty() || links.last().href != href ||
                                              links.last().position + 1 < fragment.position()))
                    links.append({fragment.position(), href});
            }
        return links;
    }

    QString textOf(const char *sql, const QUuid &id)
    {
        auto q = db().exec(QLatin1String(sql), {id.toString(QUuid::WithoutBraces)});
        EXPECT_TRUE(q.ok() && q.value().next()) << sql;
        return q.ok() ? q.value().value(0).toString() : QString();
    }

    // The page's part from `heading` to the next heading of the same level (or the end).
    QString section(const QString &heading, const QString &next) const
    {
        const QString text = page();
        const qsizetype from = text.indexOf(heading);
        if (from < 0)
            return {};
        const qsizetype to = next.isEmpty() ? -1 : text.indexOf(next, from);
        return to < 0 ? text.mid(from) : text.mid(from, to - from);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_tree = nullptr;
    DetailsView *m_details = nullptr;
};

TEST_F(HomePageTest, IsShownAtStartWithTheForumRowCurrentAndClickingThatRowShowsTheForum)
{
    EXPECT_TRUE(m_details->showsHome());
    EXPECT_TRUE(page().contains(QStringLiteral("Overdue plan deadlines (1)")))
        << page().toStdString();
    EXPECT_EQ(m_tree->currentIndex().data().toString(), QStringLiteral("PROSUR"));

    const QRect forumRow = m_tree->visualRect(m_tree->currentIndex());
    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, forumRow.center());
    EXPECT_FALSE(m_details->showsHome());
    EXPECT_TRUE(page().startsWith(QStringLiteral("PROSUR\n"))) << page().toStdString();
}

TEST_F(HomePageTest, AltHomeShowsThePageWithItsAccessibleActionInViewMenuAndToolBar)
{
    ASSERT_TRUE(m_window->selectRecord(defaultKey(Country::table, "CL")));
    EXPECT_TRUE(page().contains(QStringLiteral("Chile")));
    EXPECT_FALSE(m_details->showsHome());

    altHome();
    EXPECT_TRUE(m_details->showsHome());
    EXPECT_TRUE(page().startsWith(QStringLiteral("Home\n"))) << page().toStdString();
    EXPECT_TRUE(page().contains(QStringLiteral("Overdue plan deadlines (1)")));
    EXPECT_FALSE(m_tree->currentIndex().isValid()) << "no row current, so no form shown";
    EXPECT_EQ(m_window->currentForm(), nullptr);

    auto *home = m_window->findChild<QAction *>(QStringLiteral("homeAction"));
    ASSERT_NE(home, nullptr);
    EXPECT_EQ(home->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Home));
    bool inViewMenu = false;
    QWidget *button = nullptr;
    for (QObject *object : home->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object))
            inViewMenu = inViewMenu || menu->title() == QStringLiteral("&View");
        if (auto *bar = qobject_cast<QToolBar *>(object))
            button = bar->widgetForAction(home);
    }
    EXPECT_TRUE(inViewMenu);
    ASSERT_NE(button, nullptr) << "not in the tool bar";
    EXPECT_FALSE(button->accessibleName().isEmpty());
}

TEST_F(HomePageTest, ClickingTheOverdueItemShowsThatPlanItem)
{
    altHome();
    const QList<PageLink> items = linksTo(QStringLiteral("plan_item"));
    ASSERT_FALSE(items.isEmpty()) << page().toStdString();
    // The overdue list comes first on the page.
    QString table;
    QUuid id;
    ASSERT_TRUE(HomeHtml::parseLink(QUrl(items.first().href), &table, &id));
    const QString itemText = textOf("SELECT text FROM plan_item WHERE id = ?", id);
    ASSERT_FALSE(itemText.isEmpty());
    EXPECT_TRUE(section(QStringLiteral("Overdue plan deadlines"), QStringLiteral("Deadlines in"))
                    .contains(itemText));

    // A click on the link's text, as a person does.
    QTextCursor cursor(m_details->document());
    cursor.setPosition(items.first().position + 1);
    m_details->ensureCursorVisible();
    const QPoint where = m_details->cursorRect(cursor).center();
    QTest::mouseClick(m_details->viewport(), Qt::LeftButton, {}, where);

    // The item's plan opens with the item current in its editor; the details show the plan.
    EXPECT_FALSE(m_details->showsHome());
    EXPECT_EQ(ForumTreeModel::kindOf(m_tree->currentIndex()), NodeKind::Plan);
    EXPECT_EQ(currentPlanItem(m_window.get()), id);
    EXPECT_TRUE(page().contains(itemText));

    // And back.
    altHome();
    EXPECT_TRUE(page().contains(QStringLiteral("Overdue plan deadlines (1)")));
}

TEST_F(HomePageTest, AMeetingLinkShowsTheMeeting)
{
    altHome();
    const QList<PageLink> meetings = linksTo(QStringLiteral("meeting"));
    ASSERT_FALSE(meetings.isEmpty()) << page().toStdString();
    QString table;
    QUuid id;
    ASSERT_TRUE(HomeHtml::parseLink(QUrl(meetings.first().href), &table, &id));
    const QString title = textOf("SELECT title FROM meeting WHERE id = ?", id);
    ASSERT_FALSE(title.isEmpty());

    // Meetings are in the navigator (by year): the link selects the meeting's row.
    emit m_details->anchorClicked(QUrl(meetings.first().href));
    EXPECT_EQ(ForumTreeModel::idOf(m_window->findChild<QTreeView *>()->currentIndex()), id);
    EXPECT_EQ(ForumTreeModel::kindOf(m_window->findChild<QTreeView *>()->currentIndex()),
              NodeKind::Meeting);
    EXPECT_TRUE(page().contains(title)) << page().toStdString();
}

TEST_F(HomePageTest, ALinkToARecordOfTheTreeSelectsItsRow)
{
    altHome();
    // The page itself links plan items and meetings only; a tree record's link (as a later
    // page might give) goes through the same navigator as a search hit.
    const QUuid chile = defaultKey(Country::table, "CL");
    emit m_details->anchorClicked(HomeHtml::linkTo(QLatin1String(Country::table), chile));
    EXPECT_EQ(ForumTreeModel::idOf(m_tree->currentIndex()), chile);
    EXPECT_NE(m_window->currentForm(), nullptr);
    EXPECT_TRUE(page().contains(QStringLiteral("Chile")));
    EXPECT_FALSE(m_details->showsHome());
}

TEST_F(HomePageTest, ANewOpenCommitmentOfChileAppearsWhileThePageIsShown)
{
    altHome();
    const QString heading = QStringLiteral("Open commitments by country");
    ASSERT_TRUE(page().contains(heading)) << page().toStdString();
    ASSERT_FALSE(
        section(heading, QStringLiteral("Next meetings")).contains(QStringLiteral("Chile")))
        << "Chile already owes something in the default data";

    auto meeting = db().exec(QStringLiteral("SELECT id FROM meeting ORDER BY date LIMIT 1"));
    ASSERT_TRUE(meeting.ok() && meeting.value().next());
    Agreement a;
    a.meetingId = QUuid::fromString(meeting.value().value(0).toString());
    a.text = QStringLiteral("Enviar el informe de avance");
    a.isCommitment = true;
    a.responsibleCountryId = defaultKey(Country::table, "CL");
    a.status = CommitmentStatus::Open;
    ASSERT_TRUE(m_window->document().repository().insert(a).ok());

    EXPECT_TRUE(m_details->showsHome()) << "a write is no reason to leave the page";
    EXPECT_TRUE(section(heading, QStringLiteral("Next meetings")).contains(QStringLiteral("Chile")))
        << page().toStdString();
}

TEST_F(HomePageTest, TheDayCanBeChangedWhileThePageIsShown)
{
    altHome();
    ASSERT_TRUE(page().contains(QStringLiteral("Overdue plan deadlines (1)")));
    m_window->setToday(QDate(2019, 1, 1));
    EXPECT_TRUE(page().contains(QStringLiteral("Overdue plan deadlines (0)")))
        << page().toStdString();
}

} // namespace
} // namespace focal
