// The undo commands through their facade, on the PROSUR default data: each change is written
// at once, undo puts the database back exactly (change metadata included), redo writes exactly
// what the change wrote, and a failed write never leaves a command on the stack.

#include "Commands.h"
#include "GuiSupport.h"

#include "model/Country.h"
#include "model/WorkingGroup.h"

#include <gtest/gtest.h>

namespace focal {
namespace {

using test::defaultKey;
using test::dumpTables;

class CommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_doc = test::openDefaultDocument(m_dir);
        ASSERT_NE(m_doc, nullptr);
        m_doc->setErrorHandler([this](const Error &e) { m_errors << e.message; });
    }

    Database &db() { return m_doc->database(); }
    Repository &repo() { return m_doc->repository(); }
    QUndoStack &stack() { return m_doc->undoStack(); }
    Country chile() { return *repo().get<Country>(defaultKey(Country::table, "CL")); }

    // Undo, redo, undo again: the database must alternate exactly between the two states.
    void expectRoundTrip(const QStringList &before, const QStringList &after)
    {
        stack().undo();
        EXPECT_EQ(dumpTables(db()), before) << "undo";
        stack().redo();
        EXPECT_EQ(dumpTables(db()), after) << "redo";
        stack().undo();
        EXPECT_EQ(dumpTables(db()), before) << "second undo";
        EXPECT_TRUE(m_errors.isEmpty()) << m_errors.join(QLatin1Char('\n')).toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ForumDocument> m_doc;
    QStringList m_errors;
};

TEST_F(CommandsTest, AnEditIsWrittenAtOnceAndUndoneExactly)
{
    const QStringList before = dumpTables(db());
    Country c = chile();
    const QDateTime wasModified = c.meta.modified;
    c.nameEs = QStringLiteral("República de Chile");
    ASSERT_TRUE(commands::edit(*m_doc, c, QStringLiteral("Edit country")).ok());
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(chile().nameEs, QStringLiteral("República de Chile"));
    EXPECT_GT(chile().meta.modified, wasModified); // stamped by the first write
    const QStringList after = dumpTables(db());
    ASSERT_NE(after, before);
    expectRoundTrip(before, after);
    EXPECT_EQ(chile().meta.modified, wasModified);
}

TEST_F(CommandsTest, EditsWithAMergeKeyBecomeOneStepOthersDoNot)
{
    const QStringList before = dumpTables(db());
    Country c = chile();
    c.nameEs = QStringLiteral("Chil");
    ASSERT_TRUE(commands::edit(*m_doc, c, QStringLiteral("Typing"), QStringLiteral("name")).ok());
    c.nameEs = QStringLiteral("Chile!");
    ASSERT_TRUE(commands::edit(*m_doc, c, QStringLiteral("Typing"), QStringLiteral("name")).ok());
    EXPECT_EQ(stack().count(), 1);
    const QStringList after = dumpTables(db());
    expectRoundTrip(before, after);

    stack().redo();
    c.namePt = QStringLiteral("Chile (pt)");
    ASSERT_TRUE(commands::edit(*m_doc, c, QStringLiteral("Apply")).ok()); // no key: own step
    EXPECT_EQ(stack().count(), 2);
}

TEST_F(CommandsTest, AnEditThatChangesNothingWritesAndPushesNothing)
{
    const QStringList before = dumpTables(db());
    ASSERT_TRUE(commands::edit(*m_doc, chile(), QStringLiteral("Nothing")).ok());
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(dumpTables(db()), before);
}

TEST_F(CommandsTest, AFailedEditReturnsTheErrorAndIsNotPushed)
{
    const QStringList before = dumpTables(db());
    Country c = chile();
    c.iso2 = QStringLiteral("AR"); // Argentina's: the unique code refuses it
    auto r = commands::edit(*m_doc, c, QStringLiteral("Edit country"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Constraint);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(dumpTables(db()), before);
}

TEST_F(CommandsTest, AnAddIsUndoneByRemovalAndRedoneExactly)
{
    const QStringList before = dumpTables(db());
    Country c;
    c.iso2 = QStringLiteral("XA");
    c.nameEs = QStringLiteral("Nuevo país");
    ASSERT_TRUE(commands::add(*m_doc, c, QStringLiteral("New country")).ok());
    EXPECT_FALSE(c.meta.id.isNull());
    EXPECT_EQ(repo().get<Country>(c.meta.id)->nameEs, QStringLiteral("Nuevo país"));
    const QStringList after = dumpTables(db());
    expectRoundTrip(before, after);
    EXPECT_FALSE(repo().get<Country>(c.meta.id).ok());
}

TEST_F(CommandsTest, ARemovalTakesItsCascadeAndUndoBringsEveryRowBack)
{
    const QStringList before = dumpTables(db());
    const QUuid sg1 = defaultKey(Subgroup::table, "seg-sg1");
    auto plan = commands::planRemoval(*m_doc, QStringLiteral("subgroup"), sg1);
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->allowed());
    ASSERT_TRUE(commands::remove(*m_doc, *plan, QStringLiteral("Delete subgroup 1")).ok());
    EXPECT_EQ(test::rowCount(db(), "subgroup"), 2);
    const QStringList after = dumpTables(db());
    expectRoundTrip(before, after);
}

TEST_F(CommandsTest, ARefusedRemovalIsNotPushed)
{
    const QStringList before = dumpTables(db());
    auto plan =
        commands::planRemoval(*m_doc, QStringLiteral("country"), defaultKey(Country::table, "CL"));
    ASSERT_TRUE(plan.ok());
    EXPECT_FALSE(plan->allowed());
    EXPECT_FALSE(commands::remove(*m_doc, *plan, QStringLiteral("Delete Chile")).ok());
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(dumpTables(db()), before);
}

TEST_F(CommandsTest, ASubgroupAndItsMembersChangeAsOneStep)
{
    const QStringList before = dumpTables(db());
    const QUuid sg1 = defaultKey(Subgroup::table, "seg-sg1");
    Subgroup s = *repo().get<Subgroup>(sg1);
    s.name = QStringLiteral("Crimen organizado");
    // Members were Argentina, Ecuador, Paraguay, Perú: Perú leaves, Colombia joins.
    const QList<QUuid> members = {
        defaultKey(Country::table, "AR"), defaultKey(Country::table, "EC"),
        defaultKey(Country::table, "PY"), defaultKey(Country::table, "CO")};
    auto edited = commands::editSubgroup(*m_doc, s, members, QStringLiteral("Edit"));
    ASSERT_TRUE(edited.ok()) << edited.error().fullText().toStdString();
    EXPECT_EQ(stack().count(), 1);
    auto stored = repo().listWhere<SubgroupMember>("subgroup_id", column::toVariant(sg1));
    ASSERT_TRUE(stored.ok());
    QList<QUuid> countries;
    for (const SubgroupMember &m : *stored)
        countries << m.countryId;
    EXPECT_EQ(countries.size(), 4);
    EXPECT_TRUE(countries.contains(defaultKey(Country::table, "CO")));
    EXPECT_FALSE(countries.contains(defaultKey(Country::table, "PE")));
    const QStringList after = dumpTables(db());
    expectRoundTrip(before, after);
}

TEST_F(CommandsTest, AnUndoThatCannotWriteIsReportedAndDroppedFromTheStack)
{
    Country c = chile();
    c.nameEs = QStringLiteral("Chile 2");
    ASSERT_TRUE(commands::edit(*m_doc, c, QStringLiteral("Edit country")).ok());
    const QStringList after = dumpTables(db());

    // Another program holds the write lock.
    auto other = Database::open(db().path());
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(db().setBusyTimeout(50).ok());
    ASSERT_TRUE(other.value()->beginWrite().ok());
    stack().undo();
    other.value()->rollbackWrite();

    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_EQ(stack().count(), 0) << "the stack would claim the edit was undone";
    EXPECT_EQ(dumpTables(db()), after);
}

} // namespace
} // namespace focal
