// The timeline's query against the report's 2021 work plans: which products it lists, their
// periods, order, countries and overdue marks, and its filters.

#include "data/DefaultData.h"
#include "model/Country.h"
#include "model/Forum.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "query/Timeline.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace focal;
using focal::test::TestDatabase;

namespace {

QUuid key(const char *table, const char *name)
{
    return DefaultData::keyUuid(table, QString::fromUtf8(name));
}

QStringList texts(const QList<TimelineItem> &items)
{
    QStringList out;
    for (const TimelineItem &item : items)
        out << item.text.left(20);
    return out;
}

class TimelineTest : public ::testing::Test
{
protected:
    TimelineData load(QDate today, const TimelineFilter &filter = {})
    {
        auto data = Timeline::load(t.db(), today, filter);
        EXPECT_TRUE(data.ok()) << (data.ok() ? std::string()
                                             : data.error().fullText().toStdString());
        return data.ok() ? *data : TimelineData{};
    }

    TestDatabase t{TestDatabase::Content::DefaultData};
};

const QDate november2020(2020, 11, 1);
const QDate march2021(2021, 3, 15);

} // namespace

TEST_F(TimelineTest, ListsEveryProductOnceAndTheUndefinedOneApart)
{
    const TimelineData data = load(november2020);
    // 5 + 4 + 5 products and activities in the three 2021 plans; lines of action are not rows.
    EXPECT_EQ(data.scheduled.size(), 13);
    ASSERT_EQ(data.toBeDefined.size(), 1);
    EXPECT_EQ(data.toBeDefined.first().text, QStringLiteral("Elaborar y publicar informe."));
    EXPECT_EQ(data.toBeDefined.first().deadlineText, QStringLiteral("Por definir."));
    EXPECT_FALSE(data.toBeDefined.first().overdue);
    EXPECT_EQ(data.firstYear, 2020);
    EXPECT_EQ(data.lastYear, 2021);
}

TEST_F(TimelineTest, SubgroupOneInReadingOrderWithAListGivingTwoPeriods)
{
    const TimelineData data = load(november2020, {{}, key(Subgroup::table, "seg-sg1"), {}});
    ASSERT_EQ(data.scheduled.size(), 5);
    EXPECT_TRUE(data.toBeDefined.isEmpty());
    EXPECT_EQ(
        texts(data.scheduled),
        (QStringList{QStringLiteral("Documento de planifi"), QStringLiteral("Intercambio de infor"),
                     QStringLiteral("Asistencia técnica e"), QStringLiteral("Compromiso de alto n"),
                     QStringLiteral("Establecer la compos")}));

    const TimelineItem &assistance = data.scheduled.at(2);
    EXPECT_EQ(assistance.id, key(PlanItem::table, "seg-sg1-2021/1/3"));
    EXPECT_EQ(assistance.deadlineText, QStringLiteral("Cuarto bimestre 2020 Primer bimestre 2021"));
    const auto periods = assistance.periods();
    ASSERT_EQ(periods.size(), 2);
    EXPECT_EQ(periods.at(0).start(), QDate(2020, 7, 1));
    EXPECT_EQ(periods.at(0).end(), QDate(2020, 8, 31));
    EXPECT_EQ(periods.at(1).start(), QDate(2021, 1, 1));
    EXPECT_EQ(periods.at(1).end(), QDate(2021, 2, 28));
    EXPECT_EQ(assistance.linePosition, 1);
    EXPECT_EQ(assistance.position, 3);
    EXPECT_EQ(assistance.planId, key(Plan::table, "seg-sg1-2021"));
    EXPECT_EQ(assistance.planYear, 2021);
    EXPECT_EQ(assistance.subgroupNumber, 1);
    EXPECT_EQ(assistance.subgroupName,
              QStringLiteral("Combate a la Delincuencia Organizada Transnacional (DOT)"));
    EXPECT_EQ(assistance.groupName,
              QStringLiteral("Grupo de Trabajo de Seguridad y Combate al Crimen"));
    // No country is named on the item: the subgroup's leader (Chile) and members, by name.
    EXPECT_EQ(assistance.countryNames,
              (QStringList{QStringLiteral("Argentina"), QStringLiteral("Chile"),
                           QStringLiteral("Ecuador"), QStringLiteral("Paraguay"),
                           QStringLiteral("Perú")}));
    EXPECT_EQ(assistance.countries.size(), 5);
}

TEST_F(TimelineTest, OverdueOnTheFirstOfNovember2020IsTheFourthBimesterOnly)
{
    const TimelineData data = load(november2020);
    QStringList overdue;
    for (const TimelineItem &item : data.scheduled)
        if (item.overdue)
            overdue << item.text.left(20);
    // The list "Cuarto bimestre 2020 Primer bimestre 2021" still runs until February 2021.
    EXPECT_EQ(overdue, QStringList{QStringLiteral("Compromiso de alto n")});
}

TEST_F(TimelineTest, FinishedOrCarriedOverWorkIsNeverOverdue)
{
    int overdue = 0;
    for (const TimelineItem &item : load(march2021).scheduled)
        overdue += item.overdue ? 1 : 0;
    EXPECT_EQ(overdue, 13); // every dated deadline of the report has passed by then

    ASSERT_TRUE(t->exec(QStringLiteral("UPDATE plan_item SET status = 'done' "
                                       "WHERE deadline_text = 'Primer bimestre 2021'"))
                    .ok());
    ASSERT_TRUE(t->exec(QStringLiteral("UPDATE plan_item SET status = 'reprogrammed' "
                                       "WHERE deadline_text = 'Cuarto bimestre 2020'"))
                    .ok());
    ASSERT_TRUE(t->exec(QStringLiteral("UPDATE plan_item SET status = 'cancelled' "
                                       "WHERE deadline_text = 'Oct – dic. 2020'"))
                    .ok());
    const TimelineData after = load(march2021);
    EXPECT_EQ(after.scheduled.size(), 13) << "finished work stays on the timeline";
    QStringList stillOverdue;
    for (const TimelineItem &item : after.scheduled)
        if (item.overdue)
            stillOverdue << item.deadlineText;
    // Left: subgroup 1's two-period item and subgroup 2's four second-semester products.
    EXPECT_EQ(stillOverdue,
              (QStringList{QStringLiteral("Cuarto bimestre 2020 Primer bimestre 2021"),
                           QStringLiteral("Segundo semestre 2020"),
                           QStringLiteral("Segundo semestre 2020"),
                           QStringLiteral("Segundo semestre 2020"),
                           QStringLiteral("Segundo semestre 2020")}));
}

TEST_F(TimelineTest, IsOverdueFollowsTheStatus)
{
    const Deadline q4 = *Deadline::quarter(2020, 4);
    EXPECT_TRUE(Timeline::isOverdue(q4, PlanItemStatus::Proposed, march2021));
    EXPECT_TRUE(Timeline::isOverdue(q4, PlanItemStatus::InProgress, march2021));
    EXPECT_FALSE(Timeline::isOverdue(q4, PlanItemStatus::InProgress, QDate(2020, 12, 31)));
    EXPECT_FALSE(Timeline::isOverdue(q4, PlanItemStatus::Done, march2021));
    EXPECT_FALSE(Timeline::isOverdue(q4, PlanItemStatus::Cancelled, march2021));
    EXPECT_FALSE(Timeline::isOverdue(q4, PlanItemStatus::Reprogrammed, march2021));
    EXPECT_FALSE(Timeline::isOverdue(Deadline(), PlanItemStatus::Proposed, march2021));
}

TEST_F(TimelineTest, FiltersByCountry)
{
    // Chile leads subgroup 1 and is a member of subgroup 2.
    const TimelineData chile = load(november2020, {{}, {}, key(Country::table, "CL")});
    EXPECT_EQ(chile.scheduled.size(), 9);
    EXPECT_TRUE(chile.toBeDefined.isEmpty());
    EXPECT_EQ(chile.scheduled.first().subgroupNumber, 1);
    EXPECT_EQ(chile.scheduled.last().subgroupNumber, 2);
    // Peru takes part in all three, Argentina in 1 and 3.
    const TimelineData peru = load(november2020, {{}, {}, key(Country::table, "PE")});
    EXPECT_EQ(peru.scheduled.size() + peru.toBeDefined.size(), 14);
    const TimelineData argentina = load(november2020, {{}, {}, key(Country::table, "AR")});
    EXPECT_EQ(argentina.scheduled.size(), 9);
    EXPECT_EQ(argentina.toBeDefined.size(), 1);
    // Brazil is responsible for nothing: no rows and no years.
    const TimelineData brazil = load(november2020, {{}, {}, key(Country::table, "BR")});
    EXPECT_TRUE(brazil.scheduled.isEmpty());
    EXPECT_TRUE(brazil.toBeDefined.isEmpty());
    EXPECT_EQ(brazil.firstYear, 0);
    EXPECT_EQ(brazil.lastYear, 0);
}

TEST_F(TimelineTest, FiltersByGroupAndCombines)
{
    EXPECT_EQ(load(november2020, {key(WorkingGroup::table, "seguridad"), {}, {}}).scheduled.size(),
              13);
    EXPECT_TRUE(
        load(november2020, {key(WorkingGroup::table, "salud"), {}, {}}).scheduled.isEmpty());
    // Subgroup 3 and Chile, which takes no part in it: nothing.
    EXPECT_TRUE(load(november2020, {{}, key(Subgroup::table, "seg-sg3"), key(Country::table, "CL")})
                    .scheduled.isEmpty());
    const TimelineData sg3 =
        load(november2020, {{}, key(Subgroup::table, "seg-sg3"), key(Country::table, "EC")});
    EXPECT_EQ(sg3.scheduled.size(), 4);
    EXPECT_EQ(sg3.toBeDefined.size(), 1);
    EXPECT_EQ(sg3.firstYear, 2020);
    EXPECT_EQ(sg3.lastYear, 2020); // "Oct – dic. 2020" only
}

TEST_F(TimelineTest, CountriesNamedOnTheItemWinOverTheSubgroups)
{
    PlanItemCountry own;
    own.itemId = key(PlanItem::table, "seg-sg1-2021/2/1");
    own.countryId = key(Country::table, "BR");
    ASSERT_TRUE(Repository(t.db()).insert(own).ok());
    const TimelineData brazil = load(november2020, {{}, {}, key(Country::table, "BR")});
    ASSERT_EQ(brazil.scheduled.size(), 1);
    EXPECT_EQ(brazil.scheduled.first().id, own.itemId);
    EXPECT_EQ(brazil.scheduled.first().countryNames, QStringList{QStringLiteral("Brasil")});
    EXPECT_TRUE(brazil.scheduled.first().overdue);
    EXPECT_EQ(load(november2020, {{}, {}, key(Country::table, "CL")}).scheduled.size(), 8);
}
