// PlanTable: plans as CSV files and pasted spreadsheet rows, over the PROSUR default data.

#include "data/DefaultData.h"
#include "model/Country.h"
#include "plans/PlanTable.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QFile>

#include <algorithm>
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

QUuid countryId(const char *iso2)
{
    return DefaultData::keyUuid(Country::table, QString::fromLatin1(iso2));
}

QString fixture(const char *name)
{
    QFile f(test::dataPath(QStringLiteral("csv/") + QString::fromLatin1(name)));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return QString::fromUtf8(f.readAll());
}

// A plan table as comparable text: one entry per line of action and item with every field
// an import must keep.
QStringList describe(const QList<PlanTable::Line> &lines)
{
    auto fields = [](const PlanItem &i, const QList<QUuid> &countries) {
        QStringList ids;
        for (const QUuid &c : countries)
            ids << c.toString();
        return i.text + u'|' + i.deadline.toCode() + u'|' + i.deadlineText + u'|' + ids.join(u',') +
               u'|' + enumKey(i.status) + u'|' + i.notes;
    };
    QStringList out;
    for (const PlanTable::Line &l : lines) {
        out << u"line: "_qs + fields(l.line, l.countryIds);
        for (const PlanTable::Item &i : l.items)
            out << u"  item: "_qs + fields(i.item, i.countryIds);
    }
    return out;
}

const QString tricky =
    u"Line of action,Product or activity,Deadline,Responsible countries,Status,Notes\r\n"
    "\"Cooperación \"\"regional\"\", fase 1\",\"Diagnóstico, con comas\",Primer bimestre "
    "2021,AR; Brasil; perú,approved,\"Primera línea\r\nsegunda línea\"\r\n"
    ",\"Intercambio de información\ny coordinación\",Oct – dic. 2020,CHL,en curso,ñ ç ã õ é á\r\n"
    ",Asistencia técnica,Cuarto bimestre 2020 Primer bimestre 2021,,,\r\n"
    "Línea sin productos,,Por definir.,Colômbia,Cumplido,Nota de la línea\r\n"
    "Otra línea,Producto único,,,,\r\n"_qs;

class PlanTableTest : public ::testing::Test
{
protected:
    TestDatabase tdb{TestDatabase::Content::DefaultData};
    const QUuid sectoral = planId("seg-plan-sectorial"); // has no items in the default data

    QList<PlanTable::Line> parsed(const QString &text, QChar delimiter = u',',
                                  bool hasHeader = true)
    {
        auto r = PlanTable::parse(tdb.db(), text, delimiter, hasHeader);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? *r : QList<PlanTable::Line>{};
    }
    QString csvOf(const QUuid &plan)
    {
        auto r = PlanTable::toCsv(tdb.db(), plan);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? *r : QString();
    }
    // Parses malformed text and checks that it is refused naming `line`, with nothing written.
    QString refused(const QString &text, int line, QChar delimiter = u',')
    {
        const QStringList before = test::dumpTables(tdb.db());
        auto r = PlanTable::parse(tdb.db(), text, delimiter);
        EXPECT_FALSE(r.ok()) << text.toStdString();
        if (r.ok())
            return {};
        EXPECT_EQ(r.error().code, Error::Code::Invalid);
        EXPECT_TRUE(r.error().message.startsWith(u"Line %1:"_qs.arg(line)))
            << r.error().message.toStdString();
        EXPECT_EQ(test::dumpTables(tdb.db()), before);
        return r.error().message;
    }
};

TEST_F(PlanTableTest, ParsesQuotesCommasLineBreaksAccentsCountriesAndStatuses)
{
    const auto lines = parsed(tricky);
    ASSERT_EQ(lines.size(), 3);
    const PlanTable::Line &first = lines[0];
    EXPECT_EQ(first.line.text, u"Cooperación \"regional\", fase 1"_qs);
    ASSERT_EQ(first.items.size(), 3);
    EXPECT_EQ(first.items[0].item.text, u"Diagnóstico, con comas"_qs);
    EXPECT_EQ(first.items[0].item.deadline.toCode(), u"2021-B1"_qs);
    EXPECT_EQ(first.items[0].item.deadlineText, u"Primer bimestre 2021"_qs);
    EXPECT_EQ(first.items[0].countryIds,
              (QList<QUuid>{countryId("AR"), countryId("BR"), countryId("PE")}));
    EXPECT_EQ(first.items[0].item.status, PlanItemStatus::Approved);
    EXPECT_EQ(first.items[0].item.notes, u"Primera línea\nsegunda línea"_qs);
    EXPECT_EQ(first.items[1].item.text, u"Intercambio de información\ny coordinación"_qs);
    EXPECT_EQ(first.items[1].item.deadline.toCode(), u"2020-10..2020-12"_qs);
    EXPECT_EQ(first.items[1].countryIds, QList<QUuid>{countryId("CL")});
    EXPECT_EQ(first.items[1].item.status, PlanItemStatus::InProgress);
    EXPECT_EQ(first.items[1].item.notes, u"ñ ç ã õ é á"_qs);
    EXPECT_EQ(first.items[2].item.deadline.toCode(), u"2020-B4;2021-B1"_qs);
    EXPECT_EQ(first.items[2].item.status, PlanItemStatus::Proposed);
    EXPECT_TRUE(first.items[2].countryIds.isEmpty());

    const PlanTable::Line &alone = lines[1];
    EXPECT_EQ(alone.line.text, u"Línea sin productos"_qs);
    EXPECT_TRUE(alone.items.isEmpty());
    EXPECT_TRUE(alone.line.deadline.isUndefined());
    EXPECT_EQ(alone.line.deadlineText, u"Por definir."_qs);
    EXPECT_EQ(alone.countryIds, QList<QUuid>{countryId("CO")});
    EXPECT_EQ(alone.line.status, PlanItemStatus::Done);
    EXPECT_EQ(alone.line.notes, u"Nota de la línea"_qs);

    ASSERT_EQ(lines[2].items.size(), 1);
    EXPECT_TRUE(lines[2].items[0].item.deadlineText.isEmpty());
}

TEST_F(PlanTableTest, RoundTripThroughTheDatabaseKeepsEverything)
{
    const auto lines = parsed(tricky);
    ASSERT_TRUE(PlanTable::apply(tdb.db(), sectoral, lines, PlanTable::Mode::Replace).ok());
    const QString exported = csvOf(sectoral);
    EXPECT_EQ(describe(parsed(exported)), describe(lines));
    // Exported again after a second import: the same text, byte for byte.
    ASSERT_TRUE(
        PlanTable::apply(tdb.db(), sectoral, parsed(exported), PlanTable::Mode::Replace).ok());
    EXPECT_EQ(csvOf(sectoral), exported);
}

TEST_F(PlanTableTest, ExportIsQuotedOnlyWhereNeededWithCrlf)
{
    ASSERT_TRUE(
        PlanTable::apply(tdb.db(), sectoral,
                         parsed(u"Línea,Producto,Plazo,Países,Estado,Notas\n"
                                "\"A, b\",Uno,Primer bimestre 2021,PE;ar,,\"dice \"\"sí\"\"\"\n"
                                ",Dos,,,done,\"x\ny\"\n"_qs),
                         PlanTable::Mode::Replace)
            .ok());
    EXPECT_EQ(csvOf(sectoral),
              u"Line of action,Product or activity,Deadline,Responsible countries,Status,Notes\r\n"
              "\"A, b\",Uno,Primer bimestre 2021,PE; AR,proposed,\"dice \"\"sí\"\"\"\r\n"
              ",Dos,,,done,\"x\ny\"\r\n"_qs);
}

TEST_F(PlanTableTest, SeedPlanExportsAndImportsIntoAnotherPlanIdentically)
{
    const QString sg1 = csvOf(planId("seg-sg1-2021"));
    EXPECT_TRUE(sg1.contains(u"Cuarto bimestre 2020 Primer bimestre 2021"_qs));
    ASSERT_TRUE(PlanTable::apply(tdb.db(), sectoral, parsed(sg1), PlanTable::Mode::Replace).ok());
    EXPECT_EQ(csvOf(sectoral), sg1);
}

// The seed report's three tables of section 7, as pasted from the document (tab-separated,
// header "Líneas de Acción / Productos (or Actividades) / Plazo", blank line cells continuing
// the line above): they give the plans of the default data.
struct SeedTable
{
    const char *file;
    const char *plan;
    int lines;
    int items;
};

class SeedTablePaste : public PlanTableTest, public ::testing::WithParamInterface<SeedTable>
{
};

void PrintTo(const SeedTable &t, std::ostream *os)
{
    *os << t.file;
}

// Test names from the plan keys: stable, so that ctest finds each case by name.
std::string seedTableName(const ::testing::TestParamInfo<SeedTable> &info)
{
    std::string name = info.param.plan;
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

TEST_P(SeedTablePaste, GivesTheDefaultDataPlan)
{
    const SeedTable &t = GetParam();
    const auto lines = parsed(fixture(t.file), u'\t');
    ASSERT_EQ(lines.size(), t.lines);
    int items = 0;
    for (const auto &l : lines)
        items += int(l.items.size());
    EXPECT_EQ(items, t.items);
    // Imported into an empty plan, it exports exactly as the default data's plan does.
    ASSERT_TRUE(PlanTable::apply(tdb.db(), sectoral, lines, PlanTable::Mode::Replace).ok());
    EXPECT_EQ(csvOf(sectoral), csvOf(planId(t.plan)));
}

INSTANTIATE_TEST_SUITE_P(Report, SeedTablePaste,
                         testing::Values(SeedTable{"seed-subgroup1.tsv", "seg-sg1-2021", 2, 5},
                                         SeedTable{"seed-subgroup2.tsv", "seg-sg2-2021", 3, 4},
                                         SeedTable{"seed-subgroup3.tsv", "seg-sg3-2021", 5, 5}),
                         seedTableName);

// Every deadline phrase of the seed's plan tables, kept as written and understood.
struct SeedDeadline
{
    const char *text;
    const char *code;
};

void PrintTo(const SeedDeadline &d, std::ostream *os)
{
    *os << '"' << d.text << '"';
}

class SeedDeadlineRow : public PlanTableTest, public ::testing::WithParamInterface<SeedDeadline>
{
};

TEST_P(SeedDeadlineRow, IsReadAndKeptAsWritten)
{
    const QString phrase = QString::fromUtf8(GetParam().text);
    const auto lines = parsed(u"Línea\tProducto\tPlazo\nL\tP\t"_qs + phrase + u"\n"_qs, u'\t');
    ASSERT_EQ(lines.size(), 1);
    ASSERT_EQ(lines[0].items.size(), 1);
    EXPECT_EQ(lines[0].items[0].item.deadline.toCode(), QString::fromLatin1(GetParam().code));
    EXPECT_EQ(lines[0].items[0].item.deadlineText, phrase);
}

INSTANTIATE_TEST_SUITE_P(Report, SeedDeadlineRow,
                         testing::Values(SeedDeadline{"Primer bimestre 2021", "2021-B1"},
                                         SeedDeadline{"Cuarto bimestre 2020 Primer bimestre 2021",
                                                      "2020-B4;2021-B1"},
                                         SeedDeadline{"Cuarto bimestre 2020", "2020-B4"},
                                         SeedDeadline{"Segundo semestre 2020", "2020-S2"},
                                         SeedDeadline{"Oct \u2013 dic. 2020", "2020-10..2020-12"},
                                         SeedDeadline{"Por definir.", ""}),
                         [](const ::testing::TestParamInfo<SeedDeadline> &info) {
                             return "Phrase" + std::to_string(info.index);
                         });

TEST_F(PlanTableTest, PortugueseHeadersInAnotherOrder)
{
    const auto lines =
        parsed(u"Estado;Prazo;Linhas de Ação;Atividades;Países responsáveis;"
               "Observações\n"
               "aprovado;Segundo semestre 2020;Linha;Atividade;Equador, Guiana;obs\n"_qs.replace(
                   u';', u'\t'),
               u'\t');
    ASSERT_EQ(lines.size(), 1);
    ASSERT_EQ(lines[0].items.size(), 1);
    const PlanItem &i = lines[0].items[0].item;
    EXPECT_EQ(i.text, u"Atividade"_qs);
    EXPECT_EQ(i.status, PlanItemStatus::Approved);
    EXPECT_EQ(i.deadline.toCode(), u"2020-S2"_qs);
    EXPECT_EQ(lines[0].items[0].countryIds, (QList<QUuid>{countryId("EC"), countryId("GY")}));
    EXPECT_EQ(i.notes, u"obs"_qs);
}

TEST_F(PlanTableTest, ColumnsWithoutHeaderMustStayEmpty)
{
    // Spreadsheets often save an unused column or two after the table.
    const auto lines = parsed(u"Line of action,Product or activity,,\nL,P,,\n"_qs);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].items[0].item.text, u"P"_qs);
    const QString e = refused(u"Line of action,Product or activity,\nL,P,\n,Q,oops\n"_qs, 3);
    EXPECT_TRUE(e.contains(u"\"oops\""_qs)) << e.toStdString();
}

TEST_F(PlanTableTest, PastedRowsWithoutHeaderUseTheCanonicalOrder)
{
    const QString rows = u"L1\tP1\tPrimer bimestre 2021\tCL\n\tP2\t\t\n"_qs;
    const auto lines = parsed(rows, u'\t', false);
    ASSERT_EQ(lines.size(), 1);
    ASSERT_EQ(lines[0].items.size(), 2);
    EXPECT_EQ(lines[0].items[0].countryIds, QList<QUuid>{countryId("CL")});
    EXPECT_EQ(lines[0].items[1].item.text, u"P2"_qs);
    // A header pasted along is recognised and skipped.
    EXPECT_EQ(
        describe(parsed(u"Línea de acción\tProducto\tPlazo\tPaíses\n"_qs + rows, u'\t', false)),
        describe(lines));
}

TEST_F(PlanTableTest, AppendAddsAfterTheLastLineAndReplaceRemovesTheOldItems)
{
    const QUuid sg1 = planId("seg-sg1-2021");
    const int itemsBefore = test::rowCount(tdb.db(), "plan_item");
    const auto lines = parsed(u"Line of action,Product or activity\nNueva,Uno\n,Dos\n"_qs);
    ASSERT_TRUE(PlanTable::apply(tdb.db(), sg1, lines, PlanTable::Mode::Append).ok());
    EXPECT_EQ(test::rowCount(tdb.db(), "plan_item"), itemsBefore + 3);
    auto appended = Repository(tdb.db()).listWhere<PlanItem>("text", QStringLiteral("Nueva"));
    ASSERT_TRUE(appended.ok());
    ASSERT_EQ(appended->size(), 1);
    EXPECT_EQ(appended->first().position, 3); // after the plan's two lines of action
    EXPECT_TRUE(csvOf(sg1).endsWith(u"Nueva,Uno,,,proposed,\r\n,Dos,,,proposed,\r\n"_qs));

    ASSERT_TRUE(PlanTable::apply(tdb.db(), sg1, lines, PlanTable::Mode::Replace).ok());
    EXPECT_EQ(test::rowCount(tdb.db(), "plan_item"), itemsBefore - 7 + 3); // sg1 had 2 + 5
    EXPECT_EQ(csvOf(sg1),
              u"Line of action,Product or activity,Deadline,Responsible countries,Status,Notes\r\n"
              "Nueva,Uno,,,proposed,\r\n,Dos,,,proposed,\r\n"_qs);
}

TEST_F(PlanTableTest, FailedApplyWritesNothing)
{
    auto lines = parsed(tricky);
    // A country that is not in the database: the last insert fails on its foreign key.
    lines.last().items.last().countryIds << QUuid::createUuid();
    const QStringList before = test::dumpTables(tdb.db());
    auto r = PlanTable::apply(tdb.db(), planId("seg-sg1-2021"), lines, PlanTable::Mode::Replace);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(test::dumpTables(tdb.db()), before);
    EXPECT_EQ(
        PlanTable::apply(tdb.db(), QUuid::createUuid(), parsed(tricky), PlanTable::Mode::Append)
            .error()
            .code,
        Error::Code::NotFound);
    EXPECT_EQ(test::dumpTables(tdb.db()), before);
}

const QString header = u"Line of action,Product or activity,Deadline,Responsible countries,"
                       "Status,Notes\n"_qs;

TEST_F(PlanTableTest, UnterminatedQuoteIsRefused)
{
    const QString e = refused(header + u"L,P,,,,\n,\"Q,,,,\n,R,,,,\n"_qs, 3);
    EXPECT_TRUE(e.contains(u"never closed"_qs)) << e.toStdString();
}

TEST_F(PlanTableTest, BadDeadlineIsRefused)
{
    const QString e = refused(header + u"L,P,,,,\n\"M\nN\",Q,Primer bimestre 20211,,,\n"_qs, 3);
    EXPECT_TRUE(e.contains(u"\"Primer bimestre 20211\" is not a deadline"_qs)) << e.toStdString();
}

TEST_F(PlanTableTest, UnknownCountryIsRefused)
{
    const QString e = refused(header + u"L,P,,AR; Atlántida,,\n"_qs, 2);
    EXPECT_TRUE(e.contains(u"\"Atlántida\""_qs)) << e.toStdString();
    EXPECT_TRUE(e.contains(u"AR, BR, CL"_qs)) << e.toStdString();
}

TEST_F(PlanTableTest, UnknownStatusIsRefused)
{
    const QString e = refused(header + u"L,P,,,,\n,Q,,,casi listo,\n"_qs, 3);
    EXPECT_TRUE(e.contains(u"\"casi listo\""_qs)) << e.toStdString();
    EXPECT_TRUE(e.contains(u"in_progress"_qs)) << e.toStdString();
}

TEST_F(PlanTableTest, WrongHeaderIsRefused)
{
    const QString e = refused(u"Line of action,Product,Budget\nL,P,100\n"_qs, 1);
    EXPECT_TRUE(e.contains(u"\"Budget\""_qs)) << e.toStdString();
    refused(u"Deadline,Notes\nPrimer bimestre 2021,x\n"_qs, 1);
}

TEST_F(PlanTableTest, OtherMalformedRowsAreRefused)
{
    refused(header + u"L,P,,,,\n,Q,,\n"_qs, 3);                      // too few columns
    refused(header + u",P,,,,\n"_qs, 2);                             // an item before any line
    refused(header + u"L,P,,,,\n,,Primer bimestre 2021,,,\n"_qs, 3); // neither line nor item
    refused(u"a\tb\tc\td\te\tf\tg\n"_qs, 1, u'\t');                  // no header, too many columns
}

TEST_F(PlanTableTest, EmptyTableIsRefused)
{
    auto r = PlanTable::parse(tdb.db(), header);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Invalid);
}

} // namespace
