// The home page's queries, against the report's own plans, commitments and meetings (a generated
// forum large enough to cut the lists is in test_dashboard_generated.cpp).

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

TEST_F(DashboardTest, OnTheFifteenthOfMarch2021AllButWhatIsToBeDefinedIsOverdue)
{
    auto late = Dashboard::overdue(t.db(), QDate(2021, 3, 15), 25);
    ASSERT_TRUE(late.ok());
    EXPECT_EQ(late->total, 13); // 14 products in the 2021 plans, one "Por definir."
    ASSERT_EQ(late->items.size(), 13);
    // By end day: the fourth bimester of 2020 ends first.
    const DeadlineItem &first = late->items.first();
    EXPECT_EQ(first.deadlineText, QStringLiteral("Cuarto bimestre 2020"));
    EXPECT_EQ(first.deadline.end(), QDate(2020, 8, 31));
    ASSERT_TRUE(first.subgroupNumber.has_value());
    EXPECT_EQ(*first.subgroupNumber, 1);
    EXPECT_EQ(first.planTitle, QStringLiteral("Plan de Trabajo 2021"));
    EXPECT_EQ(first.status, PlanItemStatus::Proposed);
    for (const DeadlineItem &item : late->items)
        EXPECT_NE(item.deadlineText, QStringLiteral("Por definir.")) << item.text.toStdString();

    // Cut at five: the total stays the whole list's.
    auto cut = Dashboard::overdue(t.db(), QDate(2021, 3, 15), 5);
    ASSERT_TRUE(cut.ok());
    EXPECT_EQ(cut->total, 13);
    ASSERT_EQ(cut->items.size(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(cut->items.at(i).id, late->items.at(i).id) << i;
}

TEST_F(DashboardTest, OverdueAndUpcomingOnTheFirstOfNovember2020)
{
    auto late = Dashboard::overdue(t.db(), november2020, 25);
    ASSERT_TRUE(late.ok());
    ASSERT_EQ(late->total, 1);
    ASSERT_EQ(late->items.size(), 1);
    EXPECT_TRUE(late->items.first().text.startsWith(QStringLiteral("Compromiso de alto nivel")));
    auto soon = Dashboard::upcoming(t.db(), november2020, 60, 25);
    ASSERT_TRUE(soon.ok());
    EXPECT_EQ(soon->total, 8); // 4 "Segundo semestre 2020" + 4 "Oct – dic. 2020"
    EXPECT_EQ(soon->items.size(), 8);
    // The same end day (31 December) for all eight: by text, so subgroup 3's "Diseñar
    // cuestionarios" comes before subgroup 2's "Intercambio de experiencias".
    EXPECT_TRUE(soon->items.at(0).text.startsWith(QStringLiteral("Borrador de protocolo")));
    EXPECT_TRUE(soon->items.at(1).text.startsWith(QStringLiteral("Diagnóstico regional")));
    EXPECT_TRUE(soon->items.at(2).text.startsWith(QStringLiteral("Diseñar cuestionarios")));
    auto month = Dashboard::upcoming(t.db(), november2020, 30, 25);
    ASSERT_TRUE(month.ok());
    EXPECT_EQ(month->total, 0);
    EXPECT_TRUE(month->items.isEmpty());
    auto march = Dashboard::overdue(t.db(), QDate(2021, 3, 1), 25);
    ASSERT_TRUE(march.ok());
    EXPECT_EQ(march->total, 13);
    // The last day itself is not overdue yet: the first bimester of 2021 ends on 28 February.
    auto lastDay = Dashboard::overdue(t.db(), QDate(2021, 2, 28), 25);
    ASSERT_TRUE(lastDay.ok());
    EXPECT_EQ(lastDay->total, 9);
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
    auto march = Dashboard::overdue(t.db(), QDate(2021, 3, 15), 25);
    ASSERT_TRUE(march.ok());
    EXPECT_EQ(march->total, 12);
    auto november = Dashboard::overdue(t.db(), november2020, 25);
    ASSERT_TRUE(november.ok());
    EXPECT_EQ(november->total, 0);
    EXPECT_TRUE(november->items.isEmpty());
}

TEST_F(DashboardTest, OpenCommitmentsByCountry)
{
    auto open = Dashboard::openCommitmentsByCountry(t.db(), november2020);
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1);
    EXPECT_EQ(open->first().name, QStringLiteral("Paraguay")); // the cybersecurity proposal
    EXPECT_EQ(open->first().open, 1);
    EXPECT_EQ(open->first().overdue, 0); // due "Por definir"

    // Overdue is counted on the stored end day: set to 31 October, the commitment is overdue
    // on 1 November and not on 31 October itself.
    ASSERT_TRUE(t->exec(QStringLiteral("UPDATE agreement SET due_end = '2020-10-31' "
                                       "WHERE is_commitment = 1 AND status = 'open'"))
                    .ok());
    auto late = Dashboard::openCommitmentsByCountry(t.db(), november2020);
    ASSERT_TRUE(late.ok());
    ASSERT_EQ(late->size(), 1);
    EXPECT_EQ(late->first().open, 1);
    EXPECT_EQ(late->first().overdue, 1);
    auto onTheDay = Dashboard::openCommitmentsByCountry(t.db(), QDate(2020, 10, 31));
    ASSERT_TRUE(onTheDay.ok());
    EXPECT_EQ(onTheDay->first().overdue, 0);
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

QStringList deadlineTexts(const DeadlineList &list)
{
    QStringList out;
    for (const DeadlineItem &item : list.items)
        out << item.deadlineText;
    return out;
}

} // namespace

TEST_F(DashboardTest, PerSubgroupAndPerCountryOnTheFifteenthOfMarch2021EverythingIsOverdue)
{
    const QDate march2021(2021, 3, 15);
    auto bySubgroup = Dashboard::deadlinesPerSubgroup(t.db(), march2021, 60, 10);
    ASSERT_TRUE(bySubgroup.ok());
    ASSERT_EQ(bySubgroup->size(), 3);
    EXPECT_EQ(bySubgroup->at(0).table, QStringLiteral("subgroup"));
    EXPECT_EQ(bySubgroup->at(0).id, DefaultData::keyUuid("subgroup", QStringLiteral("seg-sg1")));
    EXPECT_EQ(bySubgroup->at(0).overdue.total, 5);
    EXPECT_EQ(bySubgroup->at(1).overdue.total, 4);
    EXPECT_EQ(bySubgroup->at(2).overdue.total, 4); // "Por definir." is never overdue
    for (const DeadlineGroup &g : *bySubgroup)
        EXPECT_EQ(g.upcoming.total, 0) << g.name.toStdString();
    // Each list by end day, then text: the four that end with the first bimester of 2021 (one of
    // them a list of two bimesters) follow the fourth bimester of 2020 in the order of their
    // texts ("Asistencia técnica...", "Documento...", "Establecer...", "Intercambio...").
    EXPECT_EQ(
        deadlineTexts(bySubgroup->at(0).overdue),
        (QStringList{QStringLiteral("Cuarto bimestre 2020"),
                     QStringLiteral("Cuarto bimestre 2020 Primer bimestre 2021"),
                     QStringLiteral("Primer bimestre 2021"), QStringLiteral("Primer bimestre 2021"),
                     QStringLiteral("Primer bimestre 2021")}));

    auto byCountry = Dashboard::deadlinesPerCountry(t.db(), march2021, 60, 10);
    ASSERT_TRUE(byCountry.ok());
    // Leaders and members of the three subgroups; Brazil takes part in none.
    EXPECT_EQ(names(*byCountry), (QStringList{QStringLiteral("Argentina"), QStringLiteral("Chile"),
                                              QStringLiteral("Ecuador"), QStringLiteral("Paraguay"),
                                              QStringLiteral("Perú")}));
    const QList<int> overdue{9, 9, 13, 13, 13}; // 1+3, 1+2, and all three subgroups
    for (int i = 0; i < byCountry->size(); ++i) {
        EXPECT_EQ(byCountry->at(i).table, QStringLiteral("country"));
        EXPECT_EQ(byCountry->at(i).overdue.total, overdue.at(i)) << i;
        EXPECT_EQ(byCountry->at(i).upcoming.total, 0) << i;
    }
    EXPECT_EQ(byCountry->at(1).id, DefaultData::keyUuid("country", QStringLiteral("CL")));
    // Each list stops at ten items; its total does not.
    EXPECT_EQ(byCountry->at(0).overdue.items.size(), 9);
    ASSERT_EQ(byCountry->at(2).overdue.items.size(), 10);
    EXPECT_EQ(byCountry->at(2).overdue.items.first().deadlineText,
              QStringLiteral("Cuarto bimestre 2020"));
}

TEST_F(DashboardTest, PerSubgroupAndPerCountryOnTheTenthOfJanuary2021)
{
    // Sixty days on reach 11 March: the first bimester of 2021 is coming, 2020 has passed.
    const QDate january2021(2021, 1, 10);
    auto bySubgroup = Dashboard::deadlinesPerSubgroup(t.db(), january2021, 60, 10);
    ASSERT_TRUE(bySubgroup.ok());
    ASSERT_EQ(bySubgroup->size(), 3);
    EXPECT_EQ(deadlineTexts(bySubgroup->at(0).overdue),
              QStringList{QStringLiteral("Cuarto bimestre 2020")});
    EXPECT_EQ(bySubgroup->at(0).upcoming.total, 4);
    EXPECT_EQ(bySubgroup->at(1).overdue.total, 4);
    EXPECT_EQ(bySubgroup->at(1).upcoming.total, 0);
    EXPECT_EQ(bySubgroup->at(2).overdue.total, 4);
    EXPECT_EQ(bySubgroup->at(2).upcoming.total, 0);

    auto byCountry = Dashboard::deadlinesPerCountry(t.db(), january2021, 60, 10);
    ASSERT_TRUE(byCountry.ok());
    ASSERT_EQ(byCountry->size(), 5);
    const DeadlineGroup &chile = byCountry->at(1);
    EXPECT_EQ(chile.name, QStringLiteral("Chile"));
    EXPECT_EQ(chile.overdue.total, 5); // subgroup 1's fourth bimester and subgroup 2's four
    EXPECT_EQ(chile.upcoming.total, 4);
    const DeadlineGroup &argentina = byCountry->at(0);
    EXPECT_EQ(argentina.overdue.total, 5); // subgroups 1 and 3
    EXPECT_EQ(argentina.upcoming.total, 4);

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
    auto after = Dashboard::deadlinesPerSubgroup(t.db(), january2021, 60, 10);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), 3);
    EXPECT_EQ(after->at(0).upcoming.total, 0);
    EXPECT_EQ(after->at(0).overdue.total, 1);
}
