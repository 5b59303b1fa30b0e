// The editor driven as a person would, offscreen: typing into a form and applying, undo and redo
// from the keyboard, deleting from the tree (refused, then confirmed), validation next to the
// fields, the subgroup's warning, and the "new" actions. Every assertion is on the database.

#include "EditorFixture.h"

#include "model/Country.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTreeView>

namespace focal {
namespace {

using test::defaultKey;
using test::dumpTables;
using EditorTest = test::EditorTest;

TEST_F(EditorTest, TypingASpanishNameAndApplyingStoresItAndUndoRedoFollowTheKeyboard)
{
    const QUuid chile = defaultKey(Country::table, "CL");
    const QStringList before = dumpTables(db());
    RecordForm *form = open(chile);
    ASSERT_NE(form, nullptr);
    auto *nameEs = field<QLineEdit>(form, "nameEsEdit");
    ASSERT_NE(nameEs, nullptr);
    retype(nameEs, QStringLiteral("Republica de Chile"));
    EXPECT_TRUE(form->isDirty());
    EXPECT_EQ(repo().get<Country>(chile)->nameEs, QStringLiteral("Chile")) << "not before Apply";
    QTest::keyClick(nameEs, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(repo().get<Country>(chile)->nameEs, QStringLiteral("Republica de Chile"));
    EXPECT_FALSE(form->isDirty());
    const QStringList after = dumpTables(db());
    // The tree follows, and stays on the edited country.
    EXPECT_EQ(m_tree->currentIndex().data().toString(), QStringLiteral("Republica de Chile"));

    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(dumpTables(db()), before) << "Ctrl+Z restores every column, modified_at included";
    EXPECT_EQ(nameEs->text(), QStringLiteral("Chile")) << "the form follows the undo";
    EXPECT_EQ(ForumTreeModel::idOf(m_tree->currentIndex()), chile);

    pressOnTree(Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(dumpTables(db()), after);
    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    pressOnTree(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(dumpTables(db()), after) << "Ctrl+Shift+Z redoes too";
    EXPECT_TRUE(m_prompts->messages.isEmpty());
}

TEST_F(EditorTest, DeletingChileIsRefusedNamingWhatRefersToIt)
{
    const QStringList before = dumpTables(db());
    open(defaultKey(Country::table, "CL"));
    pressOnTree(Qt::Key_Delete);
    ASSERT_EQ(m_prompts->messages.size(), 1);
    const QString text = m_prompts->messages.first();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Chile cannot be deleted: "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("it leads 1 subgroup"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("working group"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("_id"))) << "no column names";
    EXPECT_TRUE(m_prompts->questions.isEmpty()) << "no confirmation for what cannot be done";
    EXPECT_EQ(dumpTables(db()), before);
    EXPECT_EQ(m_doc->undoStack().count(), 0);
}

TEST_F(EditorTest, DeletingSubgroupOneAfterConfirmingTakesItsMembersAndUndoBringsThemBack)
{
    const QStringList before = dumpTables(db());
    const QUuid sg1 = defaultKey(Subgroup::table, "seg-sg1");
    open(sg1);

    m_prompts->answers = {false}; // first: the person changes their mind
    pressOnTree(Qt::Key_Delete);
    ASSERT_EQ(m_prompts->questions.size(), 1);
    const QString question = m_prompts->questions.first();
    EXPECT_TRUE(question.contains(QStringLiteral("4 member countries"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("7 plan items"))) << question.toStdString();
    EXPECT_EQ(dumpTables(db()), before);

    m_prompts->answers = {true};
    pressOnTree(Qt::Key_Delete);
    EXPECT_FALSE(repo().get<Subgroup>(sg1).ok());
    EXPECT_EQ(test::rowCount(db(), "subgroup"), 2);
    auto members = repo().listWhere<SubgroupMember>("subgroup_id", column::toVariant(sg1));
    ASSERT_TRUE(members.ok());
    EXPECT_TRUE(members->isEmpty());
    EXPECT_FALSE(m_window->selectRecord(sg1)) << "the tree no longer shows it";

    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(dumpTables(db()), before);
    EXPECT_TRUE(m_window->selectRecord(sg1));
    EXPECT_TRUE(m_prompts->messages.isEmpty())
        << m_prompts->messages.join(QLatin1Char('\n')).toStdString();
}

TEST_F(EditorTest, AnEmptyNameAndAThreeLetterCodeAreRefusedNextToTheirFields)
{
    const QStringList before = dumpTables(db());
    RecordForm *form = open(defaultKey(Country::table, "CL"));
    ASSERT_NE(form, nullptr);
    auto *nameEs = field<QLineEdit>(form, "nameEsEdit");
    auto *iso2 = field<QLineEdit>(form, "iso2Edit");
    ASSERT_TRUE(nameEs && iso2);

    retype(nameEs, QString());
    EXPECT_EQ(message(form, "nameEsEdit"), QStringLiteral("The Spanish name is required."));
    EXPECT_EQ(nameEs->accessibleDescription(), QStringLiteral("The Spanish name is required."));
    retype(iso2, QStringLiteral("CHL"));
    EXPECT_EQ(message(form, "iso2Edit"),
              QStringLiteral("The ISO code is two capital letters, like CL."));
    EXPECT_FALSE(form->apply());
    auto *status = form->findChild<QLabel *>(QStringLiteral("formStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->isVisible());
    EXPECT_EQ(dumpTables(db()), before);
    EXPECT_EQ(m_doc->undoStack().count(), 0);

    retype(nameEs, QStringLiteral("Chile"));
    retype(iso2, QStringLiteral("AR"));
    EXPECT_EQ(message(form, "iso2Edit"),
              QStringLiteral("Another country already has the code AR."));
    retype(iso2, QStringLiteral("CL"));
    EXPECT_TRUE(message(form, "iso2Edit").isEmpty());
    EXPECT_TRUE(message(form, "nameEsEdit").isEmpty());
}

TEST_F(EditorTest, ASubgroupWithTwoCountriesIsWarnedAboutButSaved)
{
    const QUuid sg1 = defaultKey(Subgroup::table, "seg-sg1");
    RecordForm *form = open(sg1);
    ASSERT_NE(form, nullptr);
    auto *members = field<QListWidget>(form, "membersList");
    auto *warning = field<QLabel>(form, "countriesWarning");
    ASSERT_TRUE(members && warning);
    EXPECT_FALSE(warning->isVisible()) << "Chile and 4 members";

    // Uncheck three of the four members with the keyboard, leaving the leader and one.
    members->setFocus();
    int unchecked = 0;
    for (int row = 0; row < members->count() && unchecked < 3; ++row) {
        if (members->item(row)->checkState() != Qt::Checked)
            continue;
        members->setCurrentRow(row);
        QTest::keyClick(members, Qt::Key_Space);
        ASSERT_EQ(members->item(row)->checkState(), Qt::Unchecked);
        ++unchecked;
    }
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("this one has 2")))
        << warning->text().toStdString();
    ASSERT_TRUE(form->apply());
    auto stored = repo().listWhere<SubgroupMember>("subgroup_id", column::toVariant(sg1));
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->size(), 1);
    EXPECT_EQ(repo().get<Subgroup>(sg1)->leaderCountryId, defaultKey(Country::table, "CL"));
}

TEST_F(EditorTest, TheLeaderIsNotOfferedAsAMember)
{
    RecordForm *form = open(defaultKey(Subgroup::table, "seg-sg1"));
    auto *members = field<QListWidget>(form, "membersList");
    ASSERT_NE(members, nullptr);
    const QList<QListWidgetItem *> chile =
        members->findItems(QStringLiteral("Chile"), Qt::MatchExactly);
    ASSERT_EQ(chile.size(), 1);
    EXPECT_EQ(chile.first()->checkState(), Qt::Unchecked);
    EXPECT_FALSE(chile.first()->flags() & Qt::ItemIsEnabled);
}

TEST_F(EditorTest, NewCountryIsAddedOpenedForTypingAndUndone)
{
    const QStringList before = dumpTables(db());
    const int countries = test::rowCount(db(), "country");
    auto *action = m_window->findChild<QAction *>(QStringLiteral("newCountryAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    EXPECT_EQ(test::rowCount(db(), "country"), countries + 1);
    RecordForm *form = m_window->currentForm();
    ASSERT_NE(form, nullptr);
    EXPECT_EQ(form->objectName(), QStringLiteral("countryForm"));
    auto *nameEs = field<QLineEdit>(form, "nameEsEdit");
    EXPECT_EQ(nameEs->text(), QStringLiteral("New country"));
    EXPECT_EQ(QApplication::focusWidget(), nameEs);
    QTest::keyClicks(nameEs, QStringLiteral("Bolivia")); // replaces the selected placeholder
    retype(field<QLineEdit>(form, "iso2Edit"), QStringLiteral("BO"));
    QTest::keyClick(nameEs, Qt::Key_S, Qt::ControlModifier);
    auto bolivia = repo().listWhere<Country>("iso2", QStringLiteral("BO"));
    ASSERT_TRUE(bolivia.ok());
    ASSERT_EQ(bolivia->size(), 1);
    EXPECT_EQ(bolivia->first().nameEs, QStringLiteral("Bolivia"));

    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(dumpTables(db()), before);
}

TEST_F(EditorTest, NewSubgroupAndNewInstitutionGoUnderTheCurrentItem)
{
    const QUuid sg1 = defaultKey(Subgroup::table, "seg-sg1");
    open(sg1);
    m_window->findChild<QAction *>(QStringLiteral("newSubgroupAction"))->trigger();
    auto subgroups = repo().listWhere<Subgroup>(
        "group_id", column::toVariant(repo().get<Subgroup>(sg1)->groupId),
        QStringLiteral("number"));
    ASSERT_TRUE(subgroups.ok());
    ASSERT_EQ(subgroups->size(), 4);
    EXPECT_EQ(subgroups->last().number, 4);
    EXPECT_EQ(ForumTreeModel::idOf(m_tree->currentIndex()), subgroups->last().meta.id);

    const QUuid chile = defaultKey(Country::table, "CL");
    open(chile);
    const int institutions = test::rowCount(db(), "institution");
    m_window->findChild<QAction *>(QStringLiteral("newInstitutionAction"))->trigger();
    EXPECT_EQ(test::rowCount(db(), "institution"), institutions + 1);
    EXPECT_EQ(ForumTreeModel::idOf(m_tree->currentIndex().parent()), chile);
    EXPECT_EQ(m_window->currentForm()->objectName(), QStringLiteral("institutionForm"));
}

TEST_F(EditorTest, NewWorkPlanIsTheNextYearOfTheCurrentSubgroup)
{
    const QUuid sg2 = defaultKey(Subgroup::table, "seg-sg2");
    open(sg2);
    const auto before = test::dumpTables(db());
    m_window->findChild<QAction *>(QStringLiteral("newPlanAction"))->trigger();
    auto plans =
        repo().listWhere<Plan>("subgroup_id", column::toVariant(sg2), QStringLiteral("year"));
    ASSERT_TRUE(plans.ok());
    ASSERT_EQ(plans->size(), 2);
    const Plan &added = plans->last();
    EXPECT_EQ(added.year, 2022); // after the report's "Plan de Trabajo 2021"
    EXPECT_EQ(added.kind, PlanKind::Annual);
    EXPECT_EQ(added.status, DocumentStatus::Draft);
    EXPECT_EQ(added.title, QStringLiteral("Work Plan 2022"));
    EXPECT_EQ(ForumTreeModel::idOf(m_tree->currentIndex()), added.meta.id);
    EXPECT_EQ(ForumTreeModel::kindOf(m_tree->currentIndex()), NodeKind::Plan);

    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(test::dumpTables(db()), before);
}

TEST_F(EditorTest, EditMenuOffersStandardShortcutsAndAnUndoHistory)
{
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = m_window->findChild<QAction *>(QStringLiteral("redoAction"));
    auto *del = m_window->findChild<QAction *>(QStringLiteral("deleteAction"));
    ASSERT_TRUE(undo && redo && del);
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    EXPECT_EQ(del->shortcut(), QKeySequence(QKeySequence::Delete));
    EXPECT_FALSE(undo->isEnabled());

    RecordForm *form = open(defaultKey(Country::table, "CL"));
    retype(field<QLineEdit>(form, "namePtEdit"), QStringLiteral("Chile (pt)"));
    field<QPushButton>(form, "applyButton")->click();
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_EQ(undo->text(), QStringLiteral("Undo Edit country Chile"));

    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"));
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("undoHistoryAction"));
    ASSERT_TRUE(dock && toggle);
    EXPECT_FALSE(dock->isVisible());
    toggle->trigger();
    EXPECT_TRUE(dock->isVisible());
}

} // namespace
} // namespace focal
