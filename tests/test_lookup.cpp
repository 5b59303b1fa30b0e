// Lookup: working groups and plans named by UUID or handle, over the PROSUR default data.

#include "data/DefaultData.h"
#include "query/Lookup.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <ostream>

using namespace focal;
using focal::test::TestDatabase;

void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

QUuid planId(const char *key)
{
    return DefaultData::keyUuid(Plan::table, QString::fromLatin1(key));
}

class LookupTest : public ::testing::Test
{
protected:
    TestDatabase tdb{TestDatabase::Content::DefaultData};

    QString groupOf(const QString &text)
    {
        auto g = Lookup::group(tdb.db(), text);
        EXPECT_TRUE(g.ok()) << text.toStdString() << ": "
                            << (g.ok() ? "" : g.error().message.toStdString());
        return g.ok() ? g->shortName : QString();
    }
    Error groupError(const QString &text)
    {
        auto g = Lookup::group(tdb.db(), text);
        EXPECT_FALSE(g.ok()) << text.toStdString() << " found " << g->shortName.toStdString();
        return g.ok() ? Error{} : g.error();
    }
    QUuid planOf(const QString &text)
    {
        auto p = Lookup::plan(tdb.db(), text);
        EXPECT_TRUE(p.ok()) << text.toStdString() << ": "
                            << (p.ok() ? "" : p.error().message.toStdString());
        return p.ok() ? p->meta.id : QUuid();
    }
    Error planError(const QString &text)
    {
        auto p = Lookup::plan(tdb.db(), text);
        EXPECT_FALSE(p.ok()) << text.toStdString();
        return p.ok() ? Error{} : p.error();
    }
};

TEST_F(LookupTest, GroupByShortName)
{
    for (const char *name :
         {"seguridad", "salud", "energia", "infraestructura", "defensa", "gestion-riesgo"})
        EXPECT_EQ(groupOf(QString::fromLatin1(name)), QString::fromLatin1(name));
}

TEST_F(LookupTest, GroupIgnoresCaseAccentsAndSpaces)
{
    EXPECT_EQ(groupOf(u"  SEGURIDAD "_qs), u"seguridad"_qs);
    EXPECT_EQ(groupOf(u"Energía"_qs), u"energia"_qs);
    EXPECT_EQ(groupOf(u"GESTIÓN-RIESGO"_qs), u"gestion-riesgo"_qs);
}

TEST_F(LookupTest, GroupByAWordOfItsAreaInAnyLanguage)
{
    EXPECT_EQ(groupOf(u"crimen"_qs), u"seguridad"_qs);
    EXPECT_EQ(groupOf(u"Segurança"_qs), u"seguridad"_qs);
    EXPECT_EQ(groupOf(u"riesgo"_qs), u"gestion-riesgo"_qs);
    EXPECT_EQ(groupOf(u"Desastres"_qs), u"gestion-riesgo"_qs);
    EXPECT_EQ(groupOf(u"health"_qs), u"salud"_qs);
    EXPECT_EQ(groupOf(u"Saúde"_qs), u"salud"_qs);
    EXPECT_EQ(groupOf(u"Energy"_qs), u"energia"_qs);
}

TEST_F(LookupTest, GroupByUuid)
{
    const QUuid id = DefaultData::keyUuid(WorkingGroup::table, u"salud"_qs);
    EXPECT_EQ(groupOf(id.toString(QUuid::WithoutBraces)), u"salud"_qs);
    EXPECT_EQ(groupOf(id.toString()), u"salud"_qs);
}

TEST_F(LookupTest, UnknownGroupListsTheChoices)
{
    const Error e = groupError(u"turismo"_qs);
    EXPECT_EQ(e.code, Error::Code::NotFound);
    EXPECT_TRUE(e.message.contains(u"turismo"_qs)) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(
        u"defensa, energia, gestion-riesgo, infraestructura, salud, seguridad"_qs))
        << e.message.toStdString();
}

TEST_F(LookupTest, AWordOfSeveralGroupsIsAmbiguousAndNamesThem)
{
    // "combate" is only in Security; make it ambiguous by naming another group's area alike.
    Repository repo(tdb.db());
    auto areas = repo.list<ThematicArea>();
    ASSERT_TRUE(areas.ok());
    ThematicArea health;
    for (const ThematicArea &a : *areas)
        if (a.code == u"salud"_qs)
            health = a;
    health.nameEn = u"Health and Combating Disease"_qs;
    ASSERT_TRUE(repo.update(health).ok());
    const Error e = groupError(u"Combating"_qs);
    EXPECT_EQ(e.code, Error::Code::Invalid);
    EXPECT_TRUE(e.message.contains(u"salud, seguridad"_qs)) << e.message.toStdString();
}

TEST_F(LookupTest, ShortWordsDoNotMatch)
{
    EXPECT_EQ(groupError(u"de"_qs).code, Error::Code::NotFound);
    EXPECT_EQ(groupError(u"grupo"_qs).code, Error::Code::NotFound);
}

TEST_F(LookupTest, UnknownUuidIsNotFound)
{
    const Error e = groupError(u"5f0c6b2e-0000-4000-8000-000000000000"_qs);
    EXPECT_EQ(e.code, Error::Code::NotFound);
}

TEST_F(LookupTest, PlanBySubgroupAndYear)
{
    EXPECT_EQ(planOf(u"seguridad/1/2021"_qs), planId("seg-sg1-2021"));
    EXPECT_EQ(planOf(u"seguridad/2/2021"_qs), planId("seg-sg2-2021"));
    EXPECT_EQ(planOf(u"Crimen / 3 / 2021"_qs), planId("seg-sg3-2021"));
}

TEST_F(LookupTest, SectoralPlan)
{
    EXPECT_EQ(planOf(u"seguridad/sectoral"_qs), planId("seg-plan-sectorial"));
    EXPECT_EQ(planOf(u"SEGURIDAD/Sectorial"_qs), planId("seg-plan-sectorial"));
}

TEST_F(LookupTest, PlanByUuid)
{
    EXPECT_EQ(planOf(planId("seg-sg2-2021").toString(QUuid::WithoutBraces)),
              planId("seg-sg2-2021"));
}

TEST_F(LookupTest, GroupLevelAnnualPlan)
{
    // The default data has none; one added for the group is found by GROUP/YEAR alone.
    EXPECT_EQ(planError(u"seguridad/2021"_qs).code, Error::Code::NotFound);
    Plan p;
    p.groupId = DefaultData::keyUuid(WorkingGroup::table, u"seguridad"_qs);
    p.kind = PlanKind::Annual;
    p.year = 2021;
    p.title = u"Plan del grupo 2021"_qs;
    ASSERT_TRUE(Repository(tdb.db()).insert(p).ok());
    EXPECT_EQ(planOf(u"seguridad/2021"_qs), p.meta.id);
    EXPECT_EQ(planOf(u"seguridad/1/2021"_qs), planId("seg-sg1-2021"));
}

TEST_F(LookupTest, MissingPlanListsTheGroupsPlans)
{
    const Error e = planError(u"seguridad/1/2022"_qs);
    EXPECT_EQ(e.code, Error::Code::NotFound);
    EXPECT_TRUE(e.message.contains(u"seguridad/sectoral, seguridad/1/2021, seguridad/2/2021, "
                                   "seguridad/3/2021"_qs))
        << e.message.toStdString();
    EXPECT_EQ(planError(u"salud/sectoral"_qs).code, Error::Code::NotFound);
}

TEST_F(LookupTest, MissingSubgroupListsTheSubgroups)
{
    const Error e = planError(u"seguridad/7/2021"_qs);
    EXPECT_EQ(e.code, Error::Code::NotFound);
    EXPECT_TRUE(e.message.contains(u"1, 2, 3"_qs)) << e.message.toStdString();
}

TEST_F(LookupTest, MalformedPlanHandlesAreInvalid)
{
    for (const QString &text : {u"seguridad"_qs, u"seguridad/"_qs, u"seguridad/x/2021"_qs,
                                u"seguridad/1/2021/4"_qs, u"seguridad/veinte"_qs})
        EXPECT_EQ(planError(text).code, Error::Code::Invalid) << text.toStdString();
    EXPECT_EQ(planError(u"nadie/1/2021"_qs).code, Error::Code::NotFound);
}

TEST_F(LookupTest, HandleResolvesBackToThePlan)
{
    auto plans = Lookup::plans(tdb.db());
    ASSERT_TRUE(plans.ok());
    QStringList handles;
    for (const Plan &p : *plans) {
        auto h = Lookup::handle(tdb.db(), p);
        ASSERT_TRUE(h.ok());
        handles << *h;
        EXPECT_EQ(planOf(*h), p.meta.id);
    }
    EXPECT_EQ(handles, (QStringList{u"seguridad/sectoral"_qs, u"seguridad/1/2021"_qs,
                                    u"seguridad/2/2021"_qs, u"seguridad/3/2021"_qs}));
}

TEST_F(LookupTest, PlansFilteredByGroupAndYear)
{
    const QUuid security = DefaultData::keyUuid(WorkingGroup::table, u"seguridad"_qs);
    const QUuid health = DefaultData::keyUuid(WorkingGroup::table, u"salud"_qs);
    auto byYear = Lookup::plans(tdb.db(), {}, 2021);
    ASSERT_TRUE(byYear.ok());
    EXPECT_EQ(byYear->size(), 3);
    auto byGroup = Lookup::plans(tdb.db(), security);
    ASSERT_TRUE(byGroup.ok());
    EXPECT_EQ(byGroup->size(), 4);
    auto none = Lookup::plans(tdb.db(), health);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
    auto earlier = Lookup::plans(tdb.db(), security, 2020);
    ASSERT_TRUE(earlier.ok());
    EXPECT_TRUE(earlier->isEmpty());
}

TEST(LookupFold, RemovesAccentsAndCase)
{
    EXPECT_EQ(Lookup::fold(u"  Gestión  de RIESGO "_qs), u"gestion de riesgo"_qs);
    EXPECT_EQ(Lookup::fold(u"ÁÉÍÓÚ ñ ç ã õ"_qs), u"aeiou n c a o"_qs);
}

} // namespace
