// Deleting with a plan (what goes along, what forbids it), the exact undo, restoring an edited
// record, and the change notifications views rely on.

#include "data/DefaultData.h"
#include "model/Country.h"
#include "model/Institution.h"
#include "model/WorkingGroup.h"
#include "query/Search.h"
#include "storage/RecordRemoval.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QSqlRecord>

using namespace focal;
using focal::test::TestDatabase;

namespace {

QUuid key(const char *table, const char *k)
{
    return DefaultData::keyUuid(table, QString::fromUtf8(k));
}

int countOf(const RecordRemoval::Plan &plan, const char *table)
{
    for (const auto &c : plan.cascadeCounts())
        if (c.first == QLatin1String(table))
            return c.second;
    return 0;
}

} // namespace

TEST(RecordRemoval, ACountryThatLeadsASubgroupCannotBeDeleted)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    const QStringList before = test::dumpTables(t.db());
    auto plan = RecordRemoval::plan(t.db(), QStringLiteral("country"), key(Country::table, "CL"));
    ASSERT_TRUE(plan.ok());
    EXPECT_FALSE(plan->allowed());
    bool leads = false;
    for (const auto &b : plan->blockers)
        if (b.table == QLatin1String("subgroup") &&
            b.column == QLatin1String("leader_country_id")) {
            leads = true;
            EXPECT_EQ(b.count, 1);
        }
    EXPECT_TRUE(leads);

    auto r = RecordRemoval::execute(t.db(), *plan);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Constraint);
    EXPECT_EQ(test::dumpTables(t.db()), before);
}

TEST(RecordRemoval, ASubgroupGoesWithItsMembersPlanAndMeetingsAndComesBackExactly)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    const QStringList before = test::dumpTables(t.db());
    const QUuid sg1 = key(Subgroup::table, "seg-sg1");
    auto plan = RecordRemoval::plan(t.db(), QStringLiteral("subgroup"), sg1);
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->allowed());
    EXPECT_EQ(plan->deleted.first().table, QStringLiteral("subgroup"));
    EXPECT_EQ(countOf(*plan, "subgroup_member"), 4);
    EXPECT_EQ(countOf(*plan, "plan"), 1);
    EXPECT_EQ(countOf(*plan, "plan_item"), 7); // 2 lines of action, 5 products
    EXPECT_EQ(countOf(*plan, "meeting"), 1);   // the subgroup's videoconference of 24.09.2020
    // Annex 2.b names the subgroup; it stays, without the link.
    ASSERT_EQ(plan->cleared.size(), 1);
    EXPECT_EQ(plan->cleared.first().table, QStringLiteral("document"));
    EXPECT_EQ(plan->clearedColumns.first().second, QStringLiteral("subgroup_id"));

    ASSERT_TRUE(RecordRemoval::execute(t.db(), *plan).ok());
    EXPECT_EQ(test::rowCount(t.db(), "subgroup"), 2);
    EXPECT_EQ(test::rowCount(t.db(), "plan_item"), 24 - 7);
    auto gone = Search::run(t.db(), QStringLiteral("Centro de Cooperación Regional"));
    ASSERT_TRUE(gone.ok());
    EXPECT_TRUE(gone->isEmpty());

    ASSERT_TRUE(RecordRemoval::undo(t.db(), *plan).ok());
    EXPECT_EQ(test::dumpTables(t.db()), before);
    auto back = Search::run(t.db(), QStringLiteral("Centro de Cooperación Regional"));
    ASSERT_TRUE(back.ok());
    EXPECT_FALSE(back->isEmpty());
}

TEST(RecordRemoval, AMissingRecordIsReported)
{
    TestDatabase t;
    auto plan = RecordRemoval::plan(t.db(), QStringLiteral("country"), QUuid::createUuid());
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.error().code, Error::Code::NotFound);
}

TEST(Repository, RestorePutsBackARecordExactlyAsItWas)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    Repository repo(t.db());
    const QStringList before = test::dumpTables(t.db());
    auto peru = repo.get<Country>(key(Country::table, "PE"));
    ASSERT_TRUE(peru.ok());
    const Country original = *peru;

    t->context().clock = [] { return TestDatabase::fixedNow().addDays(10); };
    Country edited = original;
    edited.nameEs = QStringLiteral("República del Perú");
    ASSERT_TRUE(repo.update(edited).ok());
    EXPECT_NE(test::dumpTables(t.db()), before);

    ASSERT_TRUE(repo.restore(original).ok());
    EXPECT_EQ(test::dumpTables(t.db()), before); // names and change information alike
    auto found = Search::run(t.db(), QStringLiteral("república"));
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found->isEmpty());
}

TEST(ChangeNotifier, AnnouncesEachCommittedTransactionWithItsTables)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    Repository repo(t.db());
    QSignalSpy spy(t->notifier(), &ChangeNotifier::committed);

    {
        WriteTransaction tx(t.db());
        Country c;
        c.iso2 = QStringLiteral("UY");
        c.nameEs = QStringLiteral("Uruguay");
        ASSERT_TRUE(repo.insert(c).ok());
        Institution i;
        i.countryId = c.meta.id;
        i.name = QStringLiteral("Ministerio del Interior");
        ASSERT_TRUE(repo.insert(i).ok());
        EXPECT_EQ(spy.count(), 0); // nothing is announced before the commit
        ASSERT_TRUE(tx.commit().ok());
    }
    ASSERT_EQ(spy.count(), 1);
    const auto tables = spy.takeFirst().at(0).value<QSet<QString>>();
    EXPECT_EQ(tables, (QSet<QString>{QStringLiteral("country"), QStringLiteral("institution")}));

    {
        WriteTransaction tx(t.db());
        Country c;
        c.iso2 = QStringLiteral("VE");
        c.nameEs = QStringLiteral("Venezuela");
        ASSERT_TRUE(repo.insert(c).ok());
    } // rolled back: nothing changed, nothing announced
    EXPECT_EQ(spy.count(), 0);
}

TEST(ChangeNotifier, AnotherConnectionsCommitIsNoticedWhenPolled)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    QSignalSpy spy(t->notifier(), &ChangeNotifier::committed);
    EXPECT_FALSE(t->pollExternalChanges()); // nothing happened yet

    auto other = Database::open(t.path(), Database::Mode::OpenExisting);
    ASSERT_TRUE(other.ok());
    Repository repo(*other.value());
    Country c;
    c.iso2 = QStringLiteral("UY");
    c.nameEs = QStringLiteral("Uruguay");
    ASSERT_TRUE(repo.insert(c).ok());

    EXPECT_TRUE(t->pollExternalChanges());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.takeFirst().at(0).value<QSet<QString>>(), QSet<QString>{QStringLiteral("*")});
    EXPECT_FALSE(t->pollExternalChanges()); // reported once

    // Our own writes are announced at commit, not again by the poll.
    Repository mine(t.db());
    Country d;
    d.iso2 = QStringLiteral("VE");
    d.nameEs = QStringLiteral("Venezuela");
    ASSERT_TRUE(mine.insert(d).ok());
    spy.clear();
    EXPECT_FALSE(t->pollExternalChanges());
    EXPECT_EQ(spy.count(), 0);
}
