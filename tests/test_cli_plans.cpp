// focal-cli plan list / export / import end to end, on the PROSUR default data: the same rules
// and errors as PlanTable, exit codes as the other commands (0 ok, 1 error, 2 usage).

#include "CliFixture.h"

#include "model/Plan.h"
#include "storage/DatabaseFile.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

namespace {

using focal::Database;
using focal::DatabaseFile;

class CliPlanTest : public CliTest
{
protected:
    QStringList handles(const QJsonArray &plans)
    {
        QStringList out;
        for (const QJsonValue &v : plans)
            out << v.toObject().value(QStringLiteral("plan")).toString();
        return out;
    }
    // Every row of the database at dbPath(), read with the connection closed again afterwards.
    QStringList dump()
    {
        auto db = DatabaseFile::open(dbPath(), Database::Mode::OpenExisting);
        EXPECT_TRUE(db.ok());
        return db.ok() ? focal::test::dumpTables(*db.value()) : QStringList{};
    }
};

TEST_F(CliPlanTest, ListGivesTheDefaultPlansWithTheirHandles)
{
    init();
    const CliRun r =
        cliDb({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const QJsonArray plans = jsonArray(r);
    EXPECT_EQ(handles(plans), (QStringList{u"seguridad/sectoral"_qs, u"seguridad/1/2021"_qs,
                                           u"seguridad/2/2021"_qs, u"seguridad/3/2021"_qs}));
    ASSERT_EQ(plans.size(), 4);
    EXPECT_EQ(plans[0].toObject().value(QStringLiteral("kind")).toString(), u"sectoral"_qs);
    EXPECT_TRUE(plans[0].toObject().value(QStringLiteral("year")).isNull());
    EXPECT_EQ(plans[3].toObject().value(QStringLiteral("lines")).toInt(), 5);
    EXPECT_EQ(plans[3].toObject().value(QStringLiteral("items")).toInt(), 5);
}

TEST_F(CliPlanTest, ListFiltersByGroupAndYear)
{
    init();
    CliRun r = cliDb({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--group"),
                      QStringLiteral("Crimen"), QStringLiteral("--year"), QStringLiteral("2021"),
                      QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const QJsonArray plans = jsonArray(r);
    EXPECT_EQ(handles(plans), (QStringList{u"seguridad/1/2021"_qs, u"seguridad/2/2021"_qs,
                                           u"seguridad/3/2021"_qs}));
    QList<int> lines, items;
    for (const QJsonValue &v : plans) {
        lines << v.toObject().value(QStringLiteral("lines")).toInt();
        items << v.toObject().value(QStringLiteral("items")).toInt();
    }
    EXPECT_EQ(lines, (QList<int>{2, 3, 5}));
    EXPECT_EQ(items, (QList<int>{5, 4, 5}));

    r = cliDb({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--group"),
               QStringLiteral("salud"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(jsonArray(r).isEmpty());

    r = cliDb({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--year"),
               QStringLiteral("2020")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.out, u"No plans.\n"_qs);
}

TEST_F(CliPlanTest, ListOfAnUnknownGroupFailsWithTheChoices)
{
    init();
    const CliRun r = cliDb({QStringLiteral("plan"), QStringLiteral("list"),
                            QStringLiteral("--group"), QStringLiteral("turismo")});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains(u"\"turismo\""_qs)) << r.describe();
    EXPECT_TRUE(r.err.contains(u"gestion-riesgo"_qs)) << r.describe();
}

TEST_F(CliPlanTest, WrongUsageExitsWithTwo)
{
    init();
    const QList<QStringList> wrong = {
        {u"plan"_qs},
        {u"plan"_qs, u"frob"_qs},
        {u"plan"_qs, u"list"_qs, u"--year"_qs, u"veinte"_qs},
        {u"plan"_qs, u"list"_qs, u"extra"_qs},
        {u"plan"_qs, u"export"_qs, u"seguridad/1/2021"_qs},
        {u"plan"_qs, u"export"_qs, u"--csv"_qs, u"x.csv"_qs},
        {u"plan"_qs, u"import"_qs, u"a"_qs, u"b"_qs, u"--csv"_qs, u"x.csv"_qs}};
    for (const QStringList &args : wrong) {
        const CliRun r = cliDb(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << r.describe();
    }
}

TEST_F(CliPlanTest, ExportThenImportIntoTheEmptiedPlanGivesItBack)
{
    init();
    const QString exported = path(QStringLiteral("plan.csv"));
    CliRun r = cliDb({QStringLiteral("plan"), QStringLiteral("export"),
                      QStringLiteral("seguridad/1/2021"), QStringLiteral("--csv"), exported});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const QByteArray bytes = readBytes(exported);
    EXPECT_TRUE(bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBFLine of action,")));
    EXPECT_TRUE(bytes.contains(QByteArrayLiteral(",Cuarto bimestre 2020 Primer bimestre 2021,")));
    EXPECT_TRUE(bytes.endsWith(QByteArrayLiteral("\r\n")));

    // Empty the plan: its lines of action, and with them their items, are deleted.
    const QUuid plan = focal::DefaultData::keyUuid(focal::Plan::table, u"seg-sg1-2021"_qs);
    {
        auto db = DatabaseFile::open(dbPath(), Database::Mode::OpenExisting);
        ASSERT_TRUE(db.ok());
        focal::Repository repo(*db.value());
        auto lines = repo.listWhere<focal::PlanItem>("plan_id", focal::column::toVariant(plan));
        ASSERT_TRUE(lines.ok());
        for (const focal::PlanItem &l : *lines) {
            if (l.parentId.isNull()) {
                ASSERT_TRUE(repo.remove<focal::PlanItem>(l.meta.id).ok());
            }
        }
    }
    r = cliDb({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(jsonArray(r)[1].toObject().value(QStringLiteral("items")).toInt(), 0);

    r = cliDb({QStringLiteral("plan"), QStringLiteral("import"), QStringLiteral("seguridad/1/2021"),
               QStringLiteral("--csv"), exported});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(u"2 line(s) of action and 5 product(s)"_qs)) << r.describe();

    const QString again = path(QStringLiteral("again.csv"));
    r = cliDb({QStringLiteral("plan"), QStringLiteral("export"),
               plan.toString(QUuid::WithoutBraces), QStringLiteral("--csv"), again});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(readBytes(again), bytes);
}

TEST_F(CliPlanTest, ImportReplaceIntoAnotherPlanCopiesIt)
{
    init();
    const QString exported = path(QStringLiteral("sg3.csv"));
    ASSERT_EQ(
        cliDb({u"plan"_qs, u"export"_qs, u"seguridad/3/2021"_qs, u"--csv"_qs, exported}).exitCode,
        0);
    CliRun r = cliDb(
        {u"plan"_qs, u"import"_qs, u"seguridad/2/2021"_qs, u"--csv"_qs, exported, u"--replace"_qs});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const QString copy = path(QStringLiteral("sg2.csv"));
    ASSERT_EQ(cliDb({u"plan"_qs, u"export"_qs, u"seguridad/2/2021"_qs, u"--csv"_qs, copy}).exitCode,
              0);
    EXPECT_EQ(readBytes(copy), readBytes(exported));
}

TEST_F(CliPlanTest, MalformedCsvFailsNamingTheLineAndChangesNothing)
{
    init();
    const QString bad = path(QStringLiteral("bad.csv"));
    ASSERT_TRUE(
        writeBytes(bad, QByteArrayLiteral("Líneas de Acción,Productos,Plazo,Países responsables\r\n"
                                          "Nueva línea,Primer producto,Primer bimestre 2021,PE\r\n"
                                          ",Segundo producto,Primer bimestre 2021,Atlántida\r\n")));
    const QStringList before = dump();
    const CliRun r = cliDb({QStringLiteral("plan"), QStringLiteral("import"),
                            QStringLiteral("seguridad/1/2021"), QStringLiteral("--csv"), bad});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    ASSERT_EQ(r.errLines().size(), 1) << r.describe();
    EXPECT_TRUE(r.err.contains(u"bad.csv: Line 3:"_qs)) << r.describe();
    EXPECT_TRUE(r.err.contains(u"\"Atlántida\""_qs)) << r.describe();
    EXPECT_TRUE(r.err.contains(u"Nothing was imported."_qs)) << r.describe();
    EXPECT_EQ(dump(), before);
}

TEST_F(CliPlanTest, NonUtf8CsvIsRefused)
{
    init();
    const QString latin1 = path(QStringLiteral("latin1.csv"));
    ASSERT_TRUE(writeBytes(latin1, QByteArrayLiteral("Line of action,Product or activity\r\n"
                                                     "L\xEDnea,Producto\r\n")));
    const QStringList before = dump();
    const CliRun r = cliDb({u"plan"_qs, u"import"_qs, u"seguridad/1/2021"_qs, u"--csv"_qs, latin1});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains(u"UTF-8"_qs)) << r.describe();
    EXPECT_EQ(dump(), before);
}

TEST_F(CliPlanTest, FailedExportLeavesAnExistingFileAlone)
{
    init();
    const QString file = path(QStringLiteral("keep.csv"));
    ASSERT_TRUE(writeBytes(file, QByteArrayLiteral("precious\n")));
    CliRun r = cliDb({u"plan"_qs, u"export"_qs, u"seguridad/9/2021"_qs, u"--csv"_qs, file});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains(u"no subgroup 9"_qs)) << r.describe();
    EXPECT_EQ(readBytes(file), QByteArrayLiteral("precious\n"));
    // A successful export replaces it whole.
    r = cliDb({u"plan"_qs, u"export"_qs, u"seguridad/2/2021"_qs, u"--csv"_qs, file});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(readBytes(file).startsWith(QByteArrayLiteral("\xEF\xBB\xBFLine of action")));
}

TEST_F(CliPlanTest, ImportFromAMissingFileFails)
{
    init();
    const CliRun r = cliDb({u"plan"_qs, u"import"_qs, u"seguridad/1/2021"_qs, u"--csv"_qs,
                            path(QStringLiteral("none.csv"))});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains(u"none.csv"_qs)) << r.describe();
}

} // namespace
