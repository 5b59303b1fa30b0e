// The home page's queries, against the report's own plans, commitments and meetings.

#include "data/DefaultData.h"
#include "model/Country.h"
#include "query/Dashboard.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace focal;
using focal::test::TestDatabase;

namespace {

class DashboardTest : public ::testing::Test
{
protected:
    TestDatabase t{TestDatabase::Content::DefaultData};

    Tally tallyOf(const QList<Tally> &tallies, const QString &name)
    {
        for (const Tally &tally : tallies)
            if (tally.name == name)
                return tally;
        return Tally{QUuid(), QStringLiteral("(absent)")};
    }
};

const QDate november2020(2020, 11, 1);

} // namespace

TEST_F(DashboardTest, PendingDeadlinesLeaveOutWhatIsToBeDefined)
{
    auto items = Dashboard::pendingDeadlines(t.db());
    ASSERT_TRUE(items.ok());
    EXPECT_EQ(items->size(), 13); // 14 rows in the 2021 plans, one "Por definir."
    // Sorted by end: the fourth bimester of 2020 ends first.
    EXPECT_EQ(items->first().deadlineText, QStringLiteral("Cuarto bimestre 2020"));
    EXPECT_EQ(items->first().deadline.end(), QDate(2020, 8, 31));
    ASSERT_TRUE(items->first().subgroupNumber.has_value());
    EXPECT_EQ(*items->first().subgroupNumber, 1);
    EXPECT_EQ(items->first().countries.size(), 5); // no own countries: the subgroup's five
}

TEST_F(DashboardTest, OverdueAndUpcomingOnTheFirstOfNovember2020)
{
    auto items = Dashboard::pendingDeadlines(t.db());
    ASSERT_TRUE(items.ok());
    const auto late = Dashboard::overdue(*items, november2020);
    ASSERT_EQ(late.size(), 1);
    EXPECT_TRUE(late.first().text.startsWith(QStringLiteral("Compromiso de alto nivel")));
    const auto soon = Dashboard::upcoming(*items, november2020, 60);
    EXPECT_EQ(soon.size(), 8); // 4 "Segundo semestre 2020" + 4 "Oct – dic. 2020"
    EXPECT_TRUE(Dashboard::upcoming(*items, november2020, 30).isEmpty());
    EXPECT_EQ(Dashboard::overdue(*items, QDate(2021, 3, 1)).size(), 13);
}

TEST_F(DashboardTest, TalliesBySubgroupAndByCountry)
{
    auto bySubgroup = Dashboard::deadlinesBySubgroup(t.db(), november2020, 60);
    ASSERT_TRUE(bySubgroup.ok());
    ASSERT_EQ(bySubgroup->size(), 3);
    EXPECT_EQ(bySubgroup->at(0).overdue, 1);
    EXPECT_EQ(bySubgroup->at(0).upcoming, 0);
    EXPECT_EQ(bySubgroup->at(1).upcoming, 4);
    EXPECT_EQ(bySubgroup->at(2).upcoming, 4);
    EXPECT_TRUE(bySubgroup->at(2).name.startsWith(QStringLiteral("3. Prevención")));

    auto byCountry = Dashboard::deadlinesByCountry(t.db(), november2020, 60);
    ASSERT_TRUE(byCountry.ok());
    const Tally chile = tallyOf(*byCountry, QStringLiteral("Chile"));
    EXPECT_EQ(chile.overdue, 1);
    EXPECT_EQ(chile.upcoming, 4); // subgroup 2 only
    const Tally peru = tallyOf(*byCountry, QStringLiteral("Perú"));
    EXPECT_EQ(peru.overdue, 1);
    EXPECT_EQ(peru.upcoming, 8); // in all three subgroups
    EXPECT_EQ(tallyOf(*byCountry, QStringLiteral("Brasil")).name, QStringLiteral("(absent)"));
}

TEST_F(DashboardTest, FinishedWorkIsNoLongerPending)
{
    ASSERT_TRUE(t->exec(QStringLiteral("UPDATE plan_item SET status = 'done' "
                                       "WHERE deadline_text = 'Cuarto bimestre 2020'"))
                    .ok());
    auto items = Dashboard::pendingDeadlines(t.db());
    ASSERT_TRUE(items.ok());
    EXPECT_EQ(items->size(), 12);
    EXPECT_TRUE(Dashboard::overdue(*items, november2020).isEmpty());
}

TEST_F(DashboardTest, OpenCommitmentsByCountry)
{
    auto open = Dashboard::openCommitmentsByCountry(t.db(), november2020);
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1);
    EXPECT_EQ(open->first().name, QStringLiteral("Paraguay")); // the cybersecurity proposal
    EXPECT_EQ(open->first().open, 1);
    EXPECT_EQ(open->first().overdue, 0); // due "Por definir"
}

TEST_F(DashboardTest, RecentAndNextMeetingsAroundADay)
{
    auto recent = Dashboard::recentMeetings(t.db(), QDate(2020, 9, 1), 3);
    ASSERT_TRUE(recent.ok());
    ASSERT_EQ(recent->size(), 3);
    EXPECT_EQ(recent->at(0).date, QDate(2020, 8, 6));
    EXPECT_EQ(recent->at(1).date, QDate(2020, 7, 8));
    EXPECT_EQ(recent->at(2).date, QDate(2020, 6, 30));
    EXPECT_EQ(recent->at(1).kind, MeetingKind::Training);

    auto next = Dashboard::nextMeetings(t.db(), QDate(2020, 9, 1), 3);
    ASSERT_TRUE(next.ok());
    ASSERT_EQ(next->size(), 1);
    EXPECT_EQ(next->first().date, QDate(2020, 9, 24));
    EXPECT_EQ(next->first().groupName,
              QStringLiteral("Grupo de Trabajo de Seguridad y Combate al Crimen"));
}

namespace {

QStringList names(const QList<DeadlineGroup> &groups)
{
    QStringList out;
    for (const DeadlineGroup &g : groups)
        out << g.name;
    return out;
}

QStringList deadlineTexts(const QList<DeadlineItem> &items)
{
    QStringList out;
    for (const DeadlineItem &item : items)
        out << item.deadlineText;
    return out;
}

} // namespace

TEST_F(DashboardTest, PerSubgroupAndPerCountryOnTheFifteenthOfMarch2021EverythingIsOverdue)
{
    const QDate march2021(2021, 3, 15);
    auto bySubgroup = Dashboard::deadlinesPerSubgroup(t.db(), march2021, 60);
    ASSERT_TRUE(bySubgroup.ok());
    ASSERT_EQ(bySubgroup->size(), 3);
    EXPECT_EQ(bySubgroup->at(0).table, QStringLiteral("subgroup"));
    EXPECT_EQ(bySubgroup->at(0).id, DefaultData::keyUuid("subgroup", QStringLiteral("seg-sg1")));
    EXPECT_EQ(bySubgroup->at(0).overdue.size(), 5);
    EXPECT_EQ(bySubgroup->at(1).overdue.size(), 4);
    EXPECT_EQ(bySubgroup->at(2).overdue.size(), 4); // "Por definir." is never overdue
    for (const DeadlineGroup &g : *bySubgroup)
        EXPECT_TRUE(g.upcoming.isEmpty()) << g.name.toStdString();
    // Each list by end date, then start: the list of two bimesters ends with the first bimester
    // of 2021 but starts in 2020, so it comes before the three that are that bimester alone.
    EXPECT_EQ(
        deadlineTexts(bySubgroup->at(0).overdue),
        (QStringList{QStringLiteral("Cuarto bimestre 2020"),
                     QStringLiteral("Cuarto bimestre 2020 Primer bimestre 2021"),
                     QStringLiteral("Primer bimestre 2021"), QStringLiteral("Primer bimestre 2021"),
                     QStringLiteral("Primer bimestre 2021")}));

    auto byCountry = Dashboard::deadlinesPerCountry(t.db(), march2021, 60);
    ASSERT_TRUE(byCountry.ok());
    // Leaders and members of the three subgroups; Brazil takes part in none.
    EXPECT_EQ(names(*byCountry), (QStringList{QStringLiteral("Argentina"), QStringLiteral("Chile"),
                                              QStringLiteral("Ecuador"), QStringLiteral("Paraguay"),
                                              QStringLiteral("Perú")}));
    const QList<int> overdue{9, 9, 13, 13, 13}; // 1+3, 1+2, and all three subgroups
    for (int i = 0; i < byCountry->size(); ++i) {
        EXPECT_EQ(byCountry->at(i).table, QStringLiteral("country"));
        EXPECT_EQ(byCountry->at(i).overdue.size(), overdue.at(i)) << i;
        EXPECT_TRUE(byCountry->at(i).upcoming.isEmpty()) << i;
    }
    EXPECT_EQ(byCountry->at(1).id, DefaultData::keyUuid("country", QStringLiteral("CL")));
}

TEST_F(DashboardTest, PerSubgroupAndPerCountryOnTheTenthOfJanuary2021)
{
    // Sixty days on reach 11 March: the first bimester of 2021 is coming, 2020 has passed.
    const QDate january2021(2021, 1, 10);
    auto bySubgroup = Dashboard::deadlinesPerSubgroup(t.db(), january2021, 60);
    ASSERT_TRUE(bySubgroup.ok());
    ASSERT_EQ(bySubgroup->size(), 3);
    EXPECT_EQ(deadlineTexts(bySubgroup->at(0).overdue),
              QStringList{QStringLiteral("Cuarto bimestre 2020")});
    EXPECT_EQ(bySubgroup->at(0).upcoming.size(), 4);
    EXPECT_EQ(bySubgroup->at(1).overdue.size(), 4);
    EXPECT_TRUE(bySubgroup->at(1).upcoming.isEmpty());
    EXPECT_EQ(bySubgroup->at(2).overdue.size(), 4);
    EXPECT_TRUE(bySubgroup->at(2).upcoming.isEmpty());

    auto byCountry = Dashboard::deadlinesPerCountry(t.db(), january2021, 60);
    ASSERT_TRUE(byCountry.ok());
    ASSERT_EQ(byCountry->size(), 5);
    const DeadlineGroup &chile = byCountry->at(1);
    EXPECT_EQ(chile.name, QStringLiteral("Chile"));
    EXPECT_EQ(chile.overdue.size(), 5); // subgroup 1's fourth bimester and subgroup 2's four
    EXPECT_EQ(chile.upcoming.size(), 4);
    const DeadlineGroup &argentina = byCountry->at(0);
    EXPECT_EQ(argentina.overdue.size(), 5); // subgroups 1 and 3
    EXPECT_EQ(argentina.upcoming.size(), 4);

    // The tallies count the same lists.
    auto tallies = Dashboard::deadlinesByCountry(t.db(), january2021, 60);
    ASSERT_TRUE(tallies.ok());
    ASSERT_EQ(tallies->size(), 5);
    EXPECT_EQ(tallies->at(1).overdue, 5);
    EXPECT_EQ(tallies->at(1).upcoming, 4);

    // Done work leaves the lists: subgroup 1 has then nothing coming.
    ASSERT_TRUE(t->exec(QStringLiteral("UPDATE plan_item SET status = 'done' "
                                       "WHERE deadline LIKE '%2021-B1%'"))
                    .ok());
    auto after = Dashboard::deadlinesPerSubgroup(t.db(), january2021, 60);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), 3);
    EXPECT_TRUE(after->at(0).upcoming.isEmpty());
    EXPECT_EQ(after->at(0).overdue.size(), 1);
}
