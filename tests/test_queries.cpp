// The read-only listings (core/query/Listings) and the checker (core/query/Checker) over the
// PROSUR default data: the figures of the 2019-2020 report of the Security working group.

#include "data/DefaultData.h"
#include "model/WorkingGroup.h"
#include "query/Checker.h"
#include "query/Listings.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <QSet>

#include <ostream>

using focal::Checker;
using focal::Listings;
using focal::Table;
using focal::test::TestDatabase;

void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

void PrintTo(const QVariant &v, std::ostream *os)
{
    *os << "QVariant(" << v.typeName() << ", \"" << v.toString().toStdString() << "\")";
}

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// The value of column `key` in `row`; fails the test when the listing has no such column.
QVariant cell(const Table &table, const QVariantList &row, const char *key)
{
    const qsizetype i = table.keys.indexOf(QLatin1String(key));
    if (i < 0) {
        ADD_FAILURE() << "the listing has no column " << key;
        return {};
    }
    return row.value(i);
}

// The first row whose column `key` holds `value` (compared as text).
const QVariantList *findRow(const Table &table, const char *key, const QString &value)
{
    for (const QVariantList &row : table.rows)
        if (cell(table, row, key).toString() == value)
            return &row;
    return nullptr;
}

QString describe(const focal::CheckReport &report)
{
    return QStringLiteral("problems: [") + report.problems.join(QStringLiteral(" | ")) +
           QStringLiteral("] warnings: [") + report.warnings.join(QStringLiteral(" | ")) +
           QLatin1Char(']');
}

QString idText(const char *table, const char *key)
{
    return focal::DefaultData::keyUuid(table, QString::fromLatin1(key))
        .toString(QUuid::WithoutBraces);
}

class QueriesTest : public ::testing::Test
{
protected:
    TestDatabase tdb{TestDatabase::Content::DefaultData};
    focal::Database &db() { return tdb.db(); }

    Table listing(focal::Result<Table> result)
    {
        EXPECT_TRUE(result.ok()) << (result ? std::string()
                                            : result.error().fullText().toStdString());
        return result ? result.value() : Table();
    }

    focal::CheckReport check()
    {
        auto report = Checker::run(db());
        EXPECT_TRUE(report.ok()) << (report ? std::string()
                                            : report.error().fullText().toStdString());
        return report ? report.value() : focal::CheckReport{{QStringLiteral("checker failed")}, {}};
    }

    // Removes countries from subgroup 2 (led by Paraguay; members Chile, Ecuador, Perú).
    void removeSubgroupTwoMembers(const QStringList &iso2)
    {
        focal::Repository repo(db());
        auto members =
            repo.listWhere<focal::SubgroupMember>("subgroup_id", idText("subgroup", "seg-sg2"));
        ASSERT_TRUE(members.ok());
        for (const focal::SubgroupMember &m : *members)
            for (const QString &code : iso2)
                if (m.countryId == focal::DefaultData::keyUuid("country", code)) {
                    ASSERT_TRUE(repo.remove<focal::SubgroupMember>(m.meta.id).ok());
                }
    }
};

// --- countries ---------------------------------------------------------------------------

TEST_F(QueriesTest, CountriesListsTheEightMembersOfProsur)
{
    const Table t = listing(Listings::countries(db()));
    ASSERT_EQ(t.rows.size(), 8);
    QSet<QString> codes;
    for (const QVariantList &row : t.rows)
        codes.insert(cell(t, row, "iso2").toString());
    EXPECT_EQ(codes,
              (QSet<QString>{QStringLiteral("AR"), QStringLiteral("BR"), QStringLiteral("CL"),
                             QStringLiteral("CO"), QStringLiteral("EC"), QStringLiteral("GY"),
                             QStringLiteral("PY"), QStringLiteral("PE")}));
}

TEST_F(QueriesTest, CountriesShowsPeruAsMemberWithOneInstitution)
{
    const Table t = listing(Listings::countries(db()));
    const QVariantList *peru = findRow(t, "iso2", QStringLiteral("PE"));
    ASSERT_NE(peru, nullptr);
    EXPECT_EQ(cell(t, *peru, "name").toString(), u8("Perú"));
    EXPECT_EQ(cell(t, *peru, "iso3").toString(), QStringLiteral("PER"));
    EXPECT_EQ(cell(t, *peru, "member").typeId(), QMetaType::Bool);
    EXPECT_TRUE(cell(t, *peru, "member").toBool());
    EXPECT_EQ(cell(t, *peru, "institutions").toInt(), 1);
    EXPECT_EQ(cell(t, *peru, "id").toString(), idText("country", "PE"));
}

TEST_F(QueriesTest, CountriesCountsArgentinasTwoInstitutions)
{
    const Table t = listing(Listings::countries(db()));
    const QVariantList *argentina = findRow(t, "iso2", QStringLiteral("AR"));
    ASSERT_NE(argentina, nullptr);
    EXPECT_EQ(cell(t, *argentina, "institutions").toInt(), 2);
}

TEST_F(QueriesTest, CountriesInPortugueseUseThePortugueseNames)
{
    const Table t = listing(Listings::countries(db(), focal::Language::Portuguese));
    const QVariantList *ecuador = findRow(t, "iso2", QStringLiteral("EC"));
    ASSERT_NE(ecuador, nullptr);
    EXPECT_EQ(cell(t, *ecuador, "name").toString(), QStringLiteral("Equador"));
}

TEST_F(QueriesTest, CountriesMarksACountryOutsideTheForumAsNoMember)
{
    ASSERT_TRUE(db().exec(QStringLiteral("DELETE FROM forum_member WHERE country_id = ?"),
                          {idText("country", "GY")})
                    .ok());
    const Table t = listing(Listings::countries(db()));
    const QVariantList *guyana = findRow(t, "iso2", QStringLiteral("GY"));
    ASSERT_NE(guyana, nullptr);
    EXPECT_FALSE(cell(t, *guyana, "member").toBool());
    EXPECT_TRUE(cell(t, *findRow(t, "iso2", QStringLiteral("PE")), "member").toBool());
}

// --- subgroups ---------------------------------------------------------------------------

TEST_F(QueriesTest, SubgroupsListsTheThreeSubgroupsOfSecurity)
{
    const Table t = listing(Listings::subgroups(db()));
    ASSERT_EQ(t.rows.size(), 3);
    EXPECT_EQ(cell(t, t.rows.at(0), "name").toString(),
              QStringLiteral("Combate a la Delincuencia Organizada Transnacional (DOT)"));
    EXPECT_EQ(cell(t, t.rows.at(1), "name").toString(), u8("Asistencia a las Víctimas de la DOT"));
    EXPECT_EQ(cell(t, t.rows.at(2), "name").toString(),
              u8("Prevención de Delitos y Violencia de Género"));
}

TEST_F(QueriesTest, SubgroupOneIsLedByChileWithFourMembers)
{
    const Table t = listing(Listings::subgroups(db()));
    const QVariantList *one = findRow(t, "number", QStringLiteral("1"));
    ASSERT_NE(one, nullptr);
    EXPECT_EQ(cell(t, *one, "leader").toString(), QStringLiteral("Chile"));
    EXPECT_EQ(cell(t, *one, "members").toString(), u8("Argentina, Ecuador, Paraguay, Perú"));
    EXPECT_EQ(cell(t, *one, "countries").toInt(), 5);
    EXPECT_EQ(cell(t, *one, "too_few").typeId(), QMetaType::Bool);
    EXPECT_FALSE(cell(t, *one, "too_few").toBool());
}

TEST_F(QueriesTest, SubgroupsTwoAndThreeHaveFourCountriesEach)
{
    const Table t = listing(Listings::subgroups(db()));
    const QVariantList *two = findRow(t, "number", QStringLiteral("2"));
    const QVariantList *three = findRow(t, "number", QStringLiteral("3"));
    ASSERT_NE(two, nullptr);
    ASSERT_NE(three, nullptr);
    EXPECT_EQ(cell(t, *two, "leader").toString(), QStringLiteral("Paraguay"));
    EXPECT_EQ(cell(t, *two, "members").toString(), u8("Chile, Ecuador, Perú"));
    EXPECT_EQ(cell(t, *two, "countries").toInt(), 4);
    EXPECT_EQ(cell(t, *three, "leader").toString(), QStringLiteral("Ecuador"));
    EXPECT_EQ(cell(t, *three, "members").toString(), u8("Argentina, Paraguay, Perú"));
    EXPECT_EQ(cell(t, *three, "countries").toInt(), 4);
}

TEST_F(QueriesTest, SubgroupWithTwoCountriesIsMarkedTooFew)
{
    ASSERT_NO_FATAL_FAILURE(removeSubgroupTwoMembers({QStringLiteral("EC"), QStringLiteral("PE")}));
    const Table t = listing(Listings::subgroups(db()));
    const QVariantList *two = findRow(t, "number", QStringLiteral("2"));
    ASSERT_NE(two, nullptr);
    EXPECT_EQ(cell(t, *two, "members").toString(), QStringLiteral("Chile"));
    EXPECT_EQ(cell(t, *two, "countries").toInt(), 2);
    EXPECT_TRUE(cell(t, *two, "too_few").toBool());
    EXPECT_FALSE(cell(t, *findRow(t, "number", QStringLiteral("1")), "too_few").toBool());
}

TEST_F(QueriesTest, SubgroupWithThreeCountriesIsNotTooFew)
{
    ASSERT_NO_FATAL_FAILURE(removeSubgroupTwoMembers({QStringLiteral("PE")}));
    const Table t = listing(Listings::subgroups(db()));
    const QVariantList *two = findRow(t, "number", QStringLiteral("2"));
    ASSERT_NE(two, nullptr);
    EXPECT_EQ(cell(t, *two, "countries").toInt(), 3);
    EXPECT_FALSE(cell(t, *two, "too_few").toBool());
}

TEST_F(QueriesTest, CheckerWarnsButFindsNoProblemForASubgroupWithTwoCountries)
{
    ASSERT_NO_FATAL_FAILURE(removeSubgroupTwoMembers({QStringLiteral("EC"), QStringLiteral("PE")}));
    const focal::CheckReport report = check();
    EXPECT_TRUE(report.ok()) << describe(report).toStdString();
    ASSERT_EQ(report.warnings.size(), 1) << describe(report).toStdString();
    EXPECT_TRUE(report.warnings.first().contains(u8("Asistencia a las Víctimas de la DOT")))
        << report.warnings.first().toStdString();
    EXPECT_TRUE(report.warnings.first().contains(QLatin1String("2")))
        << report.warnings.first().toStdString();
}

// --- plans ---------------------------------------------------------------------------------

TEST_F(QueriesTest, PlansListsTheSectoralPlanAndThreeAnnualPlans)
{
    const Table t = listing(Listings::plans(db()));
    ASSERT_EQ(t.rows.size(), 4);
    int sectoral = 0, annual2021 = 0;
    for (const QVariantList &row : t.rows) {
        const QString kind = cell(t, row, "kind").toString();
        if (kind == QLatin1String("sectoral") && cell(t, row, "year").isNull())
            ++sectoral;
        if (kind == QLatin1String("annual") && cell(t, row, "year").toInt() == 2021)
            ++annual2021;
    }
    EXPECT_EQ(sectoral, 1);
    EXPECT_EQ(annual2021, 3);
}

struct PlanCounts
{
    const char *subgroup;
    int lines;
    int items;
};

class PlanCountsTest : public QueriesTest, public ::testing::WithParamInterface<PlanCounts>
{
};

TEST_P(PlanCountsTest, AnnualPlanOfSubgroupHasItsLinesAndItems)
{
    const PlanCounts expected = GetParam();
    const Table t = listing(Listings::plans(db()));
    const QVariantList *plan = findRow(t, "subgroup", QString::fromLatin1(expected.subgroup));
    ASSERT_NE(plan, nullptr);
    EXPECT_EQ(cell(t, *plan, "kind").toString(), QStringLiteral("annual"));
    EXPECT_EQ(cell(t, *plan, "year").toInt(), 2021);
    EXPECT_EQ(cell(t, *plan, "title").toString(), QStringLiteral("Plan de Trabajo 2021"));
    EXPECT_EQ(cell(t, *plan, "lines").toInt(), expected.lines);
    EXPECT_EQ(cell(t, *plan, "items").toInt(), expected.items);
}

// From resources/defaultdata/prosur.json (Anexos 2.b, 2.c, 2.d of the report).
INSTANTIATE_TEST_SUITE_P(DefaultData, PlanCountsTest,
                         ::testing::Values(PlanCounts{"1", 2, 5}, PlanCounts{"2", 3, 4},
                                           PlanCounts{"3", 5, 5}),
                         [](const auto &info) {
                             return std::string("Subgroup") + info.param.subgroup;
                         });

TEST_F(QueriesTest, SectoralPlanHasNoItems)
{
    const Table t = listing(Listings::plans(db()));
    const QVariantList *plan = findRow(t, "kind", QStringLiteral("sectoral"));
    ASSERT_NE(plan, nullptr);
    EXPECT_TRUE(cell(t, *plan, "subgroup").isNull());
    EXPECT_EQ(cell(t, *plan, "status").toString(), QStringLiteral("delivered"));
    EXPECT_EQ(cell(t, *plan, "lines").toInt(), 0);
    EXPECT_EQ(cell(t, *plan, "items").toInt(), 0);
}

// --- commitments -------------------------------------------------------------------------

TEST_F(QueriesTest, CommitmentsListsTheThreeCommitmentsOfAugust2020)
{
    const Table t = listing(Listings::commitments(db()));
    ASSERT_EQ(t.rows.size(), 3);
    for (const QVariantList &row : t.rows)
        EXPECT_EQ(cell(t, row, "meeting_date").toString(), QStringLiteral("2020-08-06"));
}

TEST_F(QueriesTest, CommitmentOfChileIsDone)
{
    const Table t = listing(Listings::commitments(db()));
    const QVariantList *chile = findRow(t, "country", QStringLiteral("CL"));
    ASSERT_NE(chile, nullptr);
    EXPECT_EQ(cell(t, *chile, "country_name").toString(), QStringLiteral("Chile"));
    EXPECT_EQ(cell(t, *chile, "status").toString(), QStringLiteral("done"));
    EXPECT_TRUE(cell(t, *chile, "action").toString().startsWith(QLatin1String("Reenviar")));
}

TEST_F(QueriesTest, CommitmentOfParaguayOnCiberseguridadIsOpen)
{
    const Table t = listing(Listings::commitments(db()));
    int paraguay = 0;
    const QVariantList *cyber = nullptr;
    for (const QVariantList &row : t.rows) {
        if (cell(t, row, "country").toString() != QLatin1String("PY"))
            continue;
        ++paraguay;
        if (cell(t, row, "action").toString().contains(QLatin1String("Ciberseguridad")))
            cyber = &row;
    }
    EXPECT_EQ(paraguay, 2);
    ASSERT_NE(cyber, nullptr);
    EXPECT_EQ(cell(t, *cyber, "status").toString(), QStringLiteral("open"));
    EXPECT_EQ(cell(t, *cyber, "due").toString(), QStringLiteral("Por definir"));
}

// --- meetings ------------------------------------------------------------------------------

TEST_F(QueriesTest, MeetingsStartWithTheFirstChileanWorkshop)
{
    const Table t = listing(Listings::meetings(db()));
    ASSERT_EQ(t.rows.size(), 13);
    EXPECT_EQ(cell(t, t.rows.first(), "date").toString(), QStringLiteral("2019-05-06"));
    EXPECT_EQ(cell(t, t.rows.first(), "kind").toString(), QStringLiteral("workshop"));
    EXPECT_EQ(cell(t, t.rows.last(), "date").toString(), QStringLiteral("2020-09-24"));
}

TEST_F(QueriesTest, MeetingsAreOrderedByDate)
{
    const Table t = listing(Listings::meetings(db()));
    ASSERT_FALSE(t.rows.isEmpty());
    for (qsizetype i = 1; i < t.rows.size(); ++i)
        EXPECT_LE(cell(t, t.rows.at(i - 1), "date").toString(),
                  cell(t, t.rows.at(i), "date").toString())
            << "row " << i;
}

TEST_F(QueriesTest, MeetingOfAugust2020HasSevenAgreements)
{
    const Table t = listing(Listings::meetings(db()));
    const QVariantList *august = findRow(t, "date", QStringLiteral("2020-08-06"));
    ASSERT_NE(august, nullptr);
    EXPECT_EQ(cell(t, *august, "agreements").toInt(), 7);
    EXPECT_EQ(cell(t, *august, "group").toString(), QStringLiteral("seguridad"));
}

// --- byKind --------------------------------------------------------------------------------

TEST_F(QueriesTest, ByKindWithAnUnknownKindIsInvalid)
{
    auto t = Listings::byKind(db(), QStringLiteral("bogus"));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, focal::Error::Code::Invalid);
    EXPECT_TRUE(t.error().message.contains(QLatin1String("bogus")));
}

TEST_F(QueriesTest, ByKindAnswersEveryKindItNames)
{
    for (const QString &kind : Listings::kinds()) {
        auto t = Listings::byKind(db(), kind);
        EXPECT_TRUE(t.ok()) << kind.toStdString();
        if (t) {
            EXPECT_EQ(t->keys.size(), t->headers.size()) << kind.toStdString();
        }
    }
}

TEST_F(QueriesTest, ByKindCountriesIsTheCountriesListing)
{
    const Table t = listing(Listings::byKind(db(), QStringLiteral("countries")));
    EXPECT_EQ(t.rows.size(), 8);
    EXPECT_EQ(t.keys, listing(Listings::countries(db())).keys);
}

// --- checker -------------------------------------------------------------------------------

TEST_F(QueriesTest, CheckerFindsTheDefaultDataSoundWithoutWarnings)
{
    const focal::CheckReport report = check();
    EXPECT_TRUE(report.ok()) << describe(report).toStdString();
    EXPECT_TRUE(report.problems.isEmpty()) << describe(report).toStdString();
    EXPECT_TRUE(report.warnings.isEmpty()) << describe(report).toStdString();
}

TEST_F(QueriesTest, CheckerReportsAnUnreadableEnumValue)
{
    auto r = db().exec(QStringLiteral("UPDATE meeting SET kind = 'bogus' WHERE id = ?"),
                       {idText("meeting", "seg-vc1-2019")});
    ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
    ASSERT_EQ(r.value().numRowsAffected(), 1);

    const focal::CheckReport report = check();
    EXPECT_FALSE(report.ok());
    ASSERT_FALSE(report.problems.isEmpty());
    EXPECT_TRUE(report.problems.join(QLatin1Char('\n')).contains(QLatin1String("meeting")))
        << describe(report).toStdString();
}

TEST_F(QueriesTest, CheckerReportsADanglingForeignKey)
{
    ASSERT_TRUE(db().exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    auto inserted =
        db().exec(QStringLiteral(
                      "INSERT INTO institution (id, created_at, modified_at, modified_by, "
                      "site_id, country_id, name, acronym, kind) "
                      "VALUES (?, ?, ?, 'tester', NULL, ?, 'Ministerio fantasma', '', 'ministry')"),
                  {QUuid::createUuid().toString(QUuid::WithoutBraces),
                   TestDatabase::fixedNow().toString(Qt::ISODateWithMs),
                   TestDatabase::fixedNow().toString(Qt::ISODateWithMs),
                   QUuid::createUuid().toString(QUuid::WithoutBraces)});
    ASSERT_TRUE(inserted.ok()) << inserted.error().fullText().toStdString();
    ASSERT_TRUE(db().exec(QStringLiteral("PRAGMA foreign_keys = ON")).ok());

    const focal::CheckReport report = check();
    EXPECT_FALSE(report.ok());
    ASSERT_EQ(report.problems.size(), 1) << describe(report).toStdString();
    EXPECT_TRUE(report.problems.first().contains(QLatin1String("institution")))
        << report.problems.first().toStdString();
    EXPECT_TRUE(report.problems.first().contains(QLatin1String("country")))
        << report.problems.first().toStdString();
}

TEST_F(QueriesTest, CheckerReportsALeaderListedAmongItsMembers)
{
    focal::Repository repo(db());
    focal::SubgroupMember m;
    m.subgroupId = focal::DefaultData::keyUuid("subgroup", QStringLiteral("seg-sg1"));
    m.countryId = focal::DefaultData::keyUuid("country", QStringLiteral("CL")); // its leader
    m.position = 9;
    ASSERT_TRUE(repo.insert(m).ok());

    const focal::CheckReport report = check();
    EXPECT_FALSE(report.ok());
    ASSERT_EQ(report.problems.size(), 1) << describe(report).toStdString();
    EXPECT_TRUE(report.problems.first().contains(
        QStringLiteral("Combate a la Delincuencia Organizada Transnacional (DOT)")))
        << report.problems.first().toStdString();
}

} // namespace

// The home page compares stored end days in SQL: one edited outside Focal must be caught.
TEST_F(QueriesTest, CheckerReportsStoredEndDaysThatDoNotMatchTheirDeadlines)
{
    auto moved = db().exec(QStringLiteral("UPDATE plan_item SET deadline_end = '2021-12-31' "
                                          "WHERE deadline_text = 'Cuarto bimestre 2020'"));
    ASSERT_TRUE(moved.ok());
    ASSERT_EQ(moved.value().numRowsAffected(), 1);
    auto lost = db().exec(QStringLiteral("UPDATE plan_item SET deadline_end = NULL "
                                         "WHERE text LIKE 'Diseñar cuestionarios%'"));
    ASSERT_TRUE(lost.ok());
    ASSERT_EQ(lost.value().numRowsAffected(), 1);
    auto invented = db().exec(QStringLiteral("UPDATE agreement SET due_end = '2020-01-01' "
                                             "WHERE is_commitment = 1 AND due = ''"));
    ASSERT_TRUE(invented.ok());
    ASSERT_GE(invented.value().numRowsAffected(), 1);

    const focal::CheckReport report = check();
    EXPECT_FALSE(report.ok());
    ASSERT_EQ(report.problems.size(), 2 + invented.value().numRowsAffected())
        << describe(report).toStdString();
    const auto problem =
        std::find_if(report.problems.begin(), report.problems.end(),
                     [](const QString &p) { return p.contains(QLatin1String("2021-12-31")); });
    ASSERT_NE(problem, report.problems.end()) << describe(report).toStdString();
    EXPECT_TRUE(problem->startsWith(QStringLiteral("The plan item \"Compromiso de alto nivel")))
        << problem->toStdString();
    EXPECT_TRUE(problem->contains(QLatin1String("ends on 2020-08-31"))) << problem->toStdString();
    const QString all = report.problems.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Diseñar cuestionarios"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("stores no last day"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("to be defined"))) << all.toStdString();
    EXPECT_TRUE(report.problems.last().startsWith(QStringLiteral("The agreement")))
        << report.problems.last().toStdString();
}
