// Leaving a form with unapplied edits, whichever way: another tree item (by code or the arrow
// keys), the home page, a search hit. The person is asked "Apply the changes to X?" and may
// apply, discard or stay; every outcome is checked on the database and the tree.

#include "EditorFixture.h"

#include "model/Country.h"

#include <QTest>

namespace focal {
namespace {

using test::defaultKey;
using test::dumpTables;

class UnappliedTest : public test::EditorTest
{
protected:
    // Opens Chile and types a new Spanish name without applying it.
    RecordForm *editChile(const QString &name)
    {
        RecordForm *form = open(defaultKey(Country::table, "CL"));
        EXPECT_NE(form, nullptr);
        m_nameEs = form ? field<QLineEdit>(form, "nameEsEdit") : nullptr;
        if (m_nameEs)
            retype(m_nameEs, name);
        EXPECT_TRUE(form && form->isDirty());
        return form;
    }
    QUuid currentId() const { return ForumTreeModel::idOf(m_tree->currentIndex()); }

    QLineEdit *m_nameEs = nullptr;
    const QUuid m_chile = defaultKey(Country::table, "CL");
    const QUuid m_argentina = defaultKey(Country::table, "AR");
};

TEST_F(UnappliedTest, CancelKeepsTheSelectionAndTheTyping)
{
    const QStringList before = dumpTables(db());
    RecordForm *form = editChile(QStringLiteral("Chile draft"));
    m_prompts->choices = {-1};
    EXPECT_FALSE(m_window->selectRecord(m_argentina));
    ASSERT_EQ(m_prompts->questions, QStringList{QStringLiteral("Apply the changes to Chile?")});
    EXPECT_EQ(currentId(), m_chile);
    EXPECT_EQ(m_window->currentForm(), form);
    EXPECT_TRUE(form->isDirty());
    EXPECT_EQ(m_nameEs->text(), QStringLiteral("Chile draft"));
    EXPECT_EQ(dumpTables(db()), before);
}

TEST_F(UnappliedTest, TheArrowKeysAskTooAndCancelStays)
{
    editChile(QStringLiteral("Chile draft"));
    m_prompts->choices = {-1};
    pressOnTree(Qt::Key_Down);
    EXPECT_EQ(m_prompts->questions.size(), 1);
    EXPECT_EQ(currentId(), m_chile);
    const QModelIndexList selected = m_tree->selectionModel()->selectedIndexes();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(ForumTreeModel::idOf(selected.first()), m_chile) << "the selection stays too";
}

TEST_F(UnappliedTest, DiscardMovesOnAndWritesNothing)
{
    const QStringList before = dumpTables(db());
    editChile(QStringLiteral("Chile draft"));
    m_prompts->choices = {1};
    EXPECT_TRUE(m_window->selectRecord(m_argentina));
    EXPECT_EQ(currentId(), m_argentina);
    EXPECT_EQ(m_nameEs->text(), QStringLiteral("Argentina")) << "the form shows Argentina";
    EXPECT_FALSE(m_window->currentForm()->isDirty());
    EXPECT_EQ(dumpTables(db()), before);
    EXPECT_EQ(m_doc->undoStack().count(), 0);
}

TEST_F(UnappliedTest, ApplyWritesThenMovesOnAsOneUndoableStep)
{
    const QStringList before = dumpTables(db());
    editChile(QStringLiteral("Republica de Chile"));
    m_prompts->choices = {0};
    EXPECT_TRUE(m_window->selectRecord(m_argentina));
    EXPECT_EQ(currentId(), m_argentina) << "found again after the tree was rebuilt";
    EXPECT_EQ(repo().get<Country>(m_chile)->nameEs, QStringLiteral("Republica de Chile"));
    EXPECT_EQ(m_doc->undoStack().count(), 1);
    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(dumpTables(db()), before);
    EXPECT_TRUE(m_prompts->messages.isEmpty());
}

TEST_F(UnappliedTest, ApplyingInvalidEditsStaysOnTheFormAndSaysWhy)
{
    const QStringList before = dumpTables(db());
    RecordForm *form = editChile(QString());
    m_prompts->choices = {0};
    EXPECT_FALSE(m_window->selectRecord(m_argentina));
    EXPECT_EQ(currentId(), m_chile);
    EXPECT_TRUE(form->isDirty());
    EXPECT_EQ(message(form, "nameEsEdit"), QStringLiteral("The Spanish name is required."));
    auto *status = form->findChild<QLabel *>(QStringLiteral("formStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->isVisible());
    EXPECT_EQ(dumpTables(db()), before);

    m_prompts->choices = {1}; // now discard the invalid edits
    EXPECT_TRUE(m_window->selectRecord(m_argentina));
    EXPECT_EQ(dumpTables(db()), before);
}

TEST_F(UnappliedTest, TheHomePageAndASearchHitAskBeforeLeaving)
{
    const QStringList before = dumpTables(db());
    editChile(QStringLiteral("Chile draft"));
    m_prompts->choices = {-1, -1};
    m_window->showHome();
    EXPECT_EQ(currentId(), m_chile);
    EXPECT_NE(m_window->currentForm(), nullptr);
    m_window->openRecord(QLatin1String(Country::table), m_argentina);
    EXPECT_EQ(currentId(), m_chile);
    EXPECT_EQ(m_prompts->questions.size(), 2);
    EXPECT_EQ(m_nameEs->text(), QStringLiteral("Chile draft"));

    m_prompts->choices = {1};
    m_window->showHome();
    EXPECT_FALSE(m_tree->currentIndex().isValid());
    EXPECT_EQ(m_window->currentForm(), nullptr);
    EXPECT_EQ(dumpTables(db()), before);
}

TEST_F(UnappliedTest, NothingIsAskedWithoutEdits)
{
    open(m_chile);
    EXPECT_TRUE(m_window->selectRecord(m_argentina));
    m_window->showHome();
    EXPECT_TRUE(m_prompts->questions.isEmpty());
}

} // namespace
} // namespace focal
