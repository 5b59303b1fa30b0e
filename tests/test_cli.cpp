// focal-cli end to end: runs the built binary (FOCAL_CLI_PATH) in a fresh temporary folder per
// test, with HOME and the XDG folders pointed into it so that the real home is never touched.

#include "CliFixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

// --- options ---------------------------------------------------------------------------

TEST_F(CliTest, VersionPrintsNameAndVersion)
{
    const CliRun r = cli({QStringLiteral("--version")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("Focal " FOCAL_VERSION));
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^Focal \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch())
        << r.describe();
}

TEST_F(CliTest, HelpListsTheCommands)
{
    const CliRun r = cli({QStringLiteral("--help")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    for (const char *command : {"init", "info", "list", "search", "check"})
        EXPECT_TRUE(r.out.contains(
            QRegularExpression(QStringLiteral("^\\s+%1\\b").arg(QLatin1String(command)),
                               QRegularExpression::MultilineOption)))
            << command << "\n"
            << r.describe();
    EXPECT_TRUE(r.out.contains(QLatin1String("--database")));
    EXPECT_TRUE(r.out.contains(QLatin1String("--json")));
}

TEST_F(CliTest, UnknownCommandIsAUsageError)
{
    const CliRun r = cliDb({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.exitCode, 2) << r.describe();
    EXPECT_TRUE(r.err.contains(QLatin1String("frobnicate"))) << r.describe();
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
}

TEST_F(CliTest, UnknownOptionIsAUsageError)
{
    const CliRun r = cli({QStringLiteral("--frobnicate"), QStringLiteral("info")});
    EXPECT_EQ(r.exitCode, 2) << r.describe();
}

TEST_F(CliTest, NoCommandIsAUsageError)
{
    const CliRun r = cli({});
    EXPECT_EQ(r.exitCode, 2) << r.describe();
}

TEST_F(CliTest, ListOfAnUnknownKindIsAUsageError)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const CliRun r = cliDb({QStringLiteral("list"), QStringLiteral("bogus")});
    EXPECT_EQ(r.exitCode, 2) << r.describe();
    EXPECT_TRUE(r.err.contains(QLatin1String("bogus"))) << r.describe();
    EXPECT_TRUE(r.err.contains(QLatin1String("countries"))) << r.describe();
}

TEST_F(CliTest, ListWithoutAKindIsAUsageError)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const CliRun r = cliDb({QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 2) << r.describe();
}

TEST_F(CliTest, SearchWithoutTextIsAUsageError)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const CliRun r = cliDb({QStringLiteral("search"), QStringLiteral("   ")});
    EXPECT_EQ(r.exitCode, 2) << r.describe();
}

TEST_F(CliTest, EmptyDatabaseOptionIsAUsageError)
{
    const CliRun r = cli({QStringLiteral("-d"), QString(), QStringLiteral("info")});
    EXPECT_EQ(r.exitCode, 2) << r.describe();
    EXPECT_FALSE(QDirIterator(dataHome(), QDir::Files, QDirIterator::Subdirectories).hasNext())
        << "an empty --database must not fall back to the default database";
}

// --- init -------------------------------------------------------------------------------

TEST_F(CliTest, InitCreatesTheDatabase)
{
    ASSERT_FALSE(QFileInfo::exists(dbPath()));
    const CliRun r = cliDb({QStringLiteral("init")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(QFileInfo::exists(dbPath()));
    EXPECT_GT(QFileInfo(dbPath()).size(), 0);
    EXPECT_TRUE(readBytes(dbPath()).startsWith(QByteArray("SQLite format 3\0", 16)));
    EXPECT_TRUE(r.out.contains(QFileInfo(dbPath()).fileName())) << r.describe();
    EXPECT_TRUE(r.err.isEmpty()) << r.describe();
}

TEST_F(CliTest, InitAgainRefusesAndLeavesTheDatabaseUntouched)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const QByteArray before = readBytes(dbPath());
    ASSERT_FALSE(before.isEmpty());

    const CliRun r = cliDb({QStringLiteral("init")});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    ASSERT_EQ(r.errLines().size(), 1) << r.describe();
    EXPECT_TRUE(r.errLines().first().contains(QLatin1String("exists"))) << r.describe();
    EXPECT_TRUE(r.errLines().first().contains(QFileInfo(dbPath()).fileName())) << r.describe();
    EXPECT_TRUE(readBytes(dbPath()) == before) << "the database file changed";
}

TEST_F(CliTest, InitRefusesAFileOfAnotherProgram)
{
    ASSERT_TRUE(writeBytes(dbPath(), "hello"));
    const CliRun r = cliDb({QStringLiteral("init")});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_EQ(readBytes(dbPath()), QByteArray("hello"));
}

TEST_F(CliTest, InitWithoutDatabaseOptionCreatesTheDefaultDatabase)
{
    // A fresh account: XDG_DATA_HOME exists, Focal's folder inside it does not yet.
    const CliRun r = cli({QStringLiteral("init")});
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    QStringList created;
    QDirIterator it(dataHome(), {QStringLiteral("focal.db")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        created << it.next();
    ASSERT_EQ(created.size(), 1) << r.describe();

    const CliRun list =
        cli({QStringLiteral("list"), QStringLiteral("countries"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.describe();
    EXPECT_EQ(jsonArray(list).size(), 8);
}

TEST_F(CliTest, InitEmptyCreatesADatabaseWithoutCountries)
{
    const CliRun init = cliDb({QStringLiteral("init"), QStringLiteral("--empty")});
    ASSERT_EQ(init.exitCode, 0) << init.describe();
    const CliRun r =
        cliDb({QStringLiteral("list"), QStringLiteral("countries"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(jsonArray(r).size(), 0);
}

TEST_F(CliTest, InitInAMissingFolderFailsAndCreatesNothing)
{
    const QString target = path(QStringLiteral("nowhere/focal.db"));
    const CliRun r = cli({QStringLiteral("init"), QStringLiteral("-d"), target});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_EQ(r.errLines().size(), 1) << r.describe();
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("nowhere"))));
}

// --- list -------------------------------------------------------------------------------

TEST_F(CliTest, ListCountriesJsonHasTheEightMembers)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const CliRun r =
        cliDb({QStringLiteral("list"), QStringLiteral("countries"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const QJsonArray rows = jsonArray(r);
    ASSERT_EQ(rows.size(), 8) << r.describe();
    QSet<QString> codes;
    for (const QJsonValue &v : rows) {
        ASSERT_TRUE(v.isObject());
        codes.insert(v.toObject().value(QStringLiteral("iso2")).toString());
    }
    EXPECT_EQ(codes,
              (QSet<QString>{QStringLiteral("AR"), QStringLiteral("BR"), QStringLiteral("CL"),
                             QStringLiteral("CO"), QStringLiteral("EC"), QStringLiteral("GY"),
                             QStringLiteral("PY"), QStringLiteral("PE")}));
}

TEST_F(CliTest, ListCountriesJsonGivesTypedValues)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const CliRun r =
        cliDb({QStringLiteral("list"), QStringLiteral("countries"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    for (const QJsonValue &v : jsonArray(r)) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("iso2")).toString() != QLatin1String("PE"))
            continue;
        EXPECT_EQ(o.value(QStringLiteral("name")).toString(), QString::fromUtf8("Perú"));
        EXPECT_TRUE(o.value(QStringLiteral("member")).isBool()) << r.describe();
        EXPECT_TRUE(o.value(QStringLiteral("member")).toBool());
        EXPECT_TRUE(o.value(QStringLiteral("institutions")).isDouble()) << r.describe();
        EXPECT_EQ(o.value(QStringLiteral("institutions")).toInt(), 1);
        return;
    }
    ADD_FAILURE() << "no PE row\n" << r.describe();
}

TEST_F(CliTest, ListSubgroupsTableShowsTheThreeSubgroups)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const CliRun r = cliDb({QStringLiteral("list"), QStringLiteral("subgroups")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(
        r.out.contains(QLatin1String("Combate a la Delincuencia Organizada Transnacional (DOT)")))
        << r.describe();
    EXPECT_TRUE(r.out.contains(QString::fromUtf8("Asistencia a las Víctimas de la DOT")))
        << r.describe();
    EXPECT_TRUE(r.out.contains(QString::fromUtf8("Prevención de Delitos y Violencia de Género")))
        << r.describe();
    // A header, a rule and one line per subgroup.
    EXPECT_EQ(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 5) << r.describe();
}

TEST_F(CliTest, ListCommitmentsJsonHasTheThreeCommitments)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const CliRun r =
        cliDb({QStringLiteral("list"), QStringLiteral("commitments"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const QJsonArray rows = jsonArray(r);
    ASSERT_EQ(rows.size(), 3) << r.describe();
    QMap<QString, QStringList> statusByCountry;
    for (const QJsonValue &v : rows)
        statusByCountry[v.toObject().value(QStringLiteral("country")).toString()]
            << v.toObject().value(QStringLiteral("status")).toString();
    EXPECT_EQ(statusByCountry.value(QStringLiteral("CL")), QStringList{QStringLiteral("done")});
    QStringList paraguay = statusByCountry.value(QStringLiteral("PY"));
    paraguay.sort();
    EXPECT_EQ(paraguay, (QStringList{QStringLiteral("done"), QStringLiteral("open")}));
}

// --- search -----------------------------------------------------------------------------

TEST_F(CliTest, SearchPeruJsonFindsTheCountry)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const CliRun r =
        cliDb({QStringLiteral("search"), QStringLiteral("peru"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const QJsonArray rows = jsonArray(r);
    bool found = false;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        EXPECT_TRUE(o.contains(QStringLiteral("kind")));
        EXPECT_TRUE(o.contains(QStringLiteral("title")));
        EXPECT_TRUE(o.contains(QStringLiteral("id")));
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("country") &&
            o.value(QStringLiteral("title")).toString() == QString::fromUtf8("Perú"))
            found = true;
    }
    EXPECT_TRUE(found) << r.describe();
}

TEST_F(CliTest, SearchWithSeveralArgumentsRequiresAllWords)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const CliRun r = cliDb({QStringLiteral("search"), QStringLiteral("borrador"),
                            QStringLiteral("protocolo"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const QJsonArray rows = jsonArray(r);
    ASSERT_EQ(rows.size(), 1) << r.describe();
    EXPECT_EQ(rows.first().toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("plan_item"));
}

TEST_F(CliTest, SearchWithNoHitsSaysSo)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const CliRun r = cliDb({QStringLiteral("search"), QStringLiteral("xylofonista")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("Nothing found.")) << r.describe();
}

TEST_F(CliTest, SearchWithInvalidUtf8DoesNotCrash)
{
    ASSERT_NO_FATAL_FAILURE(init());
    // The bytes go through a shell: QProcess can only pass valid text.
    const QString script = QStringLiteral(
        "exec \"$0\" search \"$(printf 'per\\303 \\377\\376x\\200')\" --json -d \"$1\"");
    const CliRun r =
        runProgram(QStringLiteral("/bin/sh"),
                   {QStringLiteral("-c"), script, QStringLiteral(FOCAL_CLI_PATH), dbPath()});
    EXPECT_FALSE(r.crashed) << r.describe();
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    jsonArray(r);
}

TEST_F(CliTest, SearchWithOnlyInvalidUtf8DoesNotCrash)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const QString script =
        QStringLiteral("exec \"$0\" search \"$(printf '\\377\\376\\200')\" -d \"$1\"");
    const CliRun r =
        runProgram(QStringLiteral("/bin/sh"),
                   {QStringLiteral("-c"), script, QStringLiteral(FOCAL_CLI_PATH), dbPath()});
    EXPECT_FALSE(r.crashed) << r.describe();
    EXPECT_EQ(r.exitCode, 0) << r.describe();
}

// --- check and info -----------------------------------------------------------------------

TEST_F(CliTest, CheckOnTheDefaultDataSaysSound)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const CliRun r = cliDb({QStringLiteral("check")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(QLatin1String("sound"))) << r.describe();
    EXPECT_FALSE(r.out.contains(QLatin1String("problem:"))) << r.describe();
    EXPECT_FALSE(r.out.contains(QLatin1String("warning:"))) << r.describe();
}

TEST_F(CliTest, CheckWithADanglingForeignKeyFails)
{
    ASSERT_NO_FATAL_FAILURE(init());
    {
        auto opened = focal::Database::open(dbPath(), focal::Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.ok()) << opened.error().fullText().toStdString();
        focal::Database &db = *opened.value();
        ASSERT_TRUE(db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        const QString now = QStringLiteral("2021-01-15T12:00:00.000Z");
        auto inserted = db.exec(
            QStringLiteral("INSERT INTO institution (id, created_at, modified_at, modified_by, "
                           "site_id, country_id, name, acronym, kind) "
                           "VALUES (?, ?, ?, 'tester', NULL, ?, 'Ministerio fantasma', '', "
                           "'ministry')"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces), now, now,
             QUuid::createUuid().toString(QUuid::WithoutBraces)});
        ASSERT_TRUE(inserted.ok()) << inserted.error().fullText().toStdString();
        ASSERT_TRUE(db.exec(QStringLiteral("PRAGMA foreign_keys = ON")).ok());
    }
    const CliRun r = cliDb({QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.out.contains(QLatin1String("problem:"))) << r.describe();
    EXPECT_TRUE(r.out.contains(QLatin1String("institution"))) << r.describe();
    EXPECT_FALSE(r.out.contains(QLatin1String("sound"))) << r.describe();
    EXPECT_EQ(r.errLines().size(), 1) << r.describe();
}

TEST_F(CliTest, CheckWithOnlyWarningsSucceedsAndPrintsThem)
{
    ASSERT_NO_FATAL_FAILURE(init());
    {
        auto opened = focal::Database::open(dbPath(), focal::Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.ok()) << opened.error().fullText().toStdString();
        // Subgroup 3 (led by Ecuador; members Argentina, Paraguay, Perú) keeps Argentina only.
        auto removed = opened.value()->exec(
            QStringLiteral("DELETE FROM subgroup_member WHERE subgroup_id = ? AND country_id IN "
                           "(SELECT id FROM country WHERE iso2 IN ('PY', 'PE'))"),
            {focal::DefaultData::keyUuid("subgroup", QStringLiteral("seg-sg3"))
                 .toString(QUuid::WithoutBraces)});
        ASSERT_TRUE(removed.ok()) << removed.error().fullText().toStdString();
        ASSERT_EQ(removed.value().numRowsAffected(), 2);
    }
    const CliRun r = cliDb({QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << r.describe();
    EXPECT_TRUE(lines.at(0).startsWith(QLatin1String("warning:"))) << r.describe();
    EXPECT_TRUE(
        lines.at(0).contains(QString::fromUtf8("Prevención de Delitos y Violencia de Género")))
        << r.describe();
    EXPECT_TRUE(lines.at(1).contains(QLatin1String("sound"))) << r.describe();
    EXPECT_TRUE(r.err.isEmpty()) << r.describe();
}

TEST_F(CliTest, InfoShowsTheDataVersion)
{
    ASSERT_NO_FATAL_FAILURE(init());
    const CliRun r = cliDb({QStringLiteral("info")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(QLatin1String("Data version:  6\n"))) << r.describe();
    EXPECT_TRUE(r.out.contains(QLatin1String("Default data:  yes\n"))) << r.describe();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\s+country:\\s+8$"),
                                   QRegularExpression::MultilineOption)
                    .match(r.out)
                    .hasMatch())
        << r.describe();
}

// --- files that are not Focal databases ----------------------------------------------------

TEST_F(CliTest, MissingDatabaseFailsWithoutCreatingIt)
{
    const QString missing = path(QStringLiteral("missing.db"));
    const CliRun r =
        cli({QStringLiteral("-d"), missing, QStringLiteral("list"), QStringLiteral("countries")});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    ASSERT_EQ(r.errLines().size(), 1) << r.describe();
    EXPECT_TRUE(r.errLines().first().contains(QLatin1String("There is no database at")))
        << r.describe();
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_FALSE(sideFilesExist(missing));
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
}

TEST_F(CliTest, TextFileIsRefusedAndLeftUnchanged)
{
    ASSERT_TRUE(writeBytes(dbPath(), "hello"));
    const CliRun r = cliDb({QStringLiteral("list"), QStringLiteral("countries")});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains(QLatin1String("not a Focal database"))) << r.describe();
    EXPECT_EQ(readBytes(dbPath()), QByteArray("hello"));
    EXPECT_FALSE(sideFilesExist(dbPath()));
}

TEST_F(CliTest, EmptyFileIsRefusedAndLeftEmpty)
{
    ASSERT_TRUE(writeBytes(dbPath(), QByteArray()));
    const CliRun r = cliDb({QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_EQ(QFileInfo(dbPath()).size(), 0);
    EXPECT_FALSE(sideFilesExist(dbPath()));
}

// The SQLite database of some other program, written with Qt's driver and closed again.
void writeForeignDatabase(const QString &path, const QStringList &statements)
{
    const QString connection = QStringLiteral("foreign");
    {
        QSqlDatabase foreign = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        foreign.setDatabaseName(path);
        ASSERT_TRUE(foreign.open());
        QSqlQuery q(foreign);
        for (const QString &sql : statements)
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        q.finish();
        foreign.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

TEST_F(CliTest, SqliteDatabaseOfAnotherProgramIsRefusedAndLeftUnchanged)
{
    writeForeignDatabase(dbPath(), {QStringLiteral("CREATE TABLE t(x)"),
                                    QStringLiteral("INSERT INTO t(x) VALUES (42)")});
    ASSERT_FALSE(sideFilesExist(dbPath()));
    const QByteArray before = readBytes(dbPath());
    ASSERT_TRUE(before.startsWith("SQLite format 3"));

    const CliRun r = cliDb({QStringLiteral("list"), QStringLiteral("countries")});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains(QLatin1String("not a Focal database"))) << r.describe();
    EXPECT_TRUE(readBytes(dbPath()) == before) << "the foreign database changed";
    EXPECT_FALSE(QFileInfo::exists(dbPath() + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(dbPath() + QStringLiteral("-shm")));
}

TEST_F(CliTest, SqliteDatabaseOfAnotherProgramInWalModeIsLeftUnchanged)
{
    writeForeignDatabase(dbPath(), {QStringLiteral("PRAGMA journal_mode = WAL"),
                                    QStringLiteral("CREATE TABLE t(x)"),
                                    QStringLiteral("INSERT INTO t(x) VALUES (42)")});
    ASSERT_FALSE(sideFilesExist(dbPath()));
    const QByteArray before = readBytes(dbPath());

    const CliRun r = cliDb({QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains(QLatin1String("not a Focal database"))) << r.describe();
    EXPECT_TRUE(readBytes(dbPath()) == before) << "the foreign database changed";
    EXPECT_FALSE(sideFilesExist(dbPath()));
}

TEST_F(CliTest, DatabaseOfANewerFocalIsRefusedAndLeftUnchanged)
{
    ASSERT_NO_FATAL_FAILURE(init());
    {
        const QString connection = QStringLiteral("newer");
        {
            QSqlDatabase newer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            newer.setDatabaseName(dbPath());
            ASSERT_TRUE(newer.open());
            QSqlQuery q(newer);
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            q.finish();
            newer.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    ASSERT_FALSE(sideFilesExist(dbPath()));
    const QByteArray before = readBytes(dbPath());

    const CliRun r = cliDb({QStringLiteral("list"), QStringLiteral("countries")});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    ASSERT_EQ(r.errLines().size(), 1) << r.describe();
    EXPECT_TRUE(r.err.contains(QLatin1String("99"))) << r.describe();
    EXPECT_TRUE(readBytes(dbPath()) == before) << "the database changed";
    EXPECT_FALSE(sideFilesExist(dbPath()));
}

// --- the default database -----------------------------------------------------------------

TEST_F(CliTest, DefaultDatabaseIsCreatedUnderXdgDataHomeWithTheDefaultData)
{
    const CliRun r =
        cli({QStringLiteral("list"), QStringLiteral("countries"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(jsonArray(r).size(), 8);

    QStringList created;
    QDirIterator it(dataHome(), {QStringLiteral("focal.db")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        created << it.next();
    ASSERT_EQ(created.size(), 1) << created.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(created.first().startsWith(dataHome() + QLatin1Char('/')));
    EXPECT_TRUE(readBytes(created.first()).startsWith("SQLite format 3"));
    EXPECT_FALSE(QDirIterator(homeDir(), QDir::Files, QDirIterator::Subdirectories).hasNext())
        << "something was written under HOME";
}

TEST_F(CliTest, DefaultDatabaseIsReusedOnTheNextRun)
{
    const CliRun first = cli({QStringLiteral("info")});
    ASSERT_EQ(first.exitCode, 0) << first.describe();
    const CliRun second = cli({QStringLiteral("info")});
    ASSERT_EQ(second.exitCode, 0) << second.describe();
    auto siteOf = [](const QString &out) {
        return QRegularExpression(QStringLiteral("^Site:\\s+(\\S+)$"),
                                  QRegularExpression::MultilineOption)
            .match(out)
            .captured(1);
    };
    EXPECT_FALSE(siteOf(first.out).isEmpty()) << first.describe();
    EXPECT_EQ(siteOf(first.out), siteOf(second.out));
}

} // namespace
