// focal-cli site and package end to end: the identity set and shown; a working group exported,
// inspected and imported into a second database, a second import changing nothing; a conflict
// made at two databases reported (exit 4), listed and settled; and every file of the hostile
// corpus (tests/data/packages/) refused with exit 3, one line on standard error and the
// database file left byte for byte as it was.

#include "CliFixture.h"

#include "exchange/Exchange.h"
#include "exchange/Package.h"
#include "model/WorkingGroup.h"
#include "storage/Repository.h"

#ifndef FOCAL_PACKAGES_DIR
#error "FOCAL_PACKAGES_DIR must name the hostile package corpus"
#endif

namespace focal {
namespace {

const QUuid security = DefaultData::keyUuid("working_group", QStringLiteral("seguridad"));

class CliPackageTest : public CliTest
{
protected:
    QString otherDb() const { return path(QStringLiteral("b.db")); }
    QString packagePath() const { return path(QStringLiteral("seguridad.focalpkg")); }

    CliRun cliOn(const QString &database, QStringList arguments) const
    {
        arguments << QStringLiteral("-d") << database;
        return cli(arguments);
    }

    // Two databases with the default data, each its own site, with their identities.
    void initBoth()
    {
        init();
        const CliRun b = cliOn(otherDb(), {QStringLiteral("init")});
        ASSERT_EQ(b.exitCode, 0) << b.describe();
        for (const auto &[db, iso, name] : {std::tuple{dbPath(), u"CL"_qs, u"María Pérez"_qs},
                                            std::tuple{otherDb(), u"PY"_qs, u"Juan Benítez"_qs}}) {
            const CliRun r = cliOn(db, {QStringLiteral("site"), QStringLiteral("--country"), iso,
                                        QStringLiteral("--focal-point"), name});
            ASSERT_EQ(r.exitCode, 0) << r.describe();
        }
    }

    // Changes the security group's objective through core, as an edit in the program does.
    void setObjective(const QString &database, const QString &objective)
    {
        auto db = Database::open(database, Database::Mode::OpenExisting);
        ASSERT_TRUE(db) << db.error().fullText().toStdString();
        Repository repo(*db.value());
        auto group = repo.get<WorkingGroup>(security);
        ASSERT_TRUE(group);
        WorkingGroup changed = *group;
        changed.objective = objective;
        auto updated = repo.update(changed);
        ASSERT_TRUE(updated) << updated.error().fullText().toStdString();
    }

    QString objective(const QString &database)
    {
        auto db = Database::open(database, Database::Mode::OpenExisting);
        if (!db)
            return db.error().fullText();
        auto group = Repository(*db.value()).get<WorkingGroup>(security);
        return group ? group->objective : group.error().fullText();
    }

    QList<Conflict> conflicts(const QString &database)
    {
        auto db = Database::open(database, Database::Mode::OpenExisting);
        if (!db)
            return {};
        auto list = Conflicts::list(*db.value());
        EXPECT_TRUE(list) << list.error().fullText().toStdString();
        return list ? *list : QList<Conflict>();
    }
};

TEST_F(CliPackageTest, SiteIsShownAndSet)
{
    init();
    CliRun r = cliDb({QStringLiteral("site")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(u"not set"_qs)) << r.describe();

    r = cliDb({QStringLiteral("site"), QStringLiteral("--country"), QStringLiteral("chile"),
               QStringLiteral("--focal-point"), QStringLiteral("María Pérez")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    r = cliDb({QStringLiteral("site")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(u"Chile (CL)"_qs)) << r.describe();
    EXPECT_TRUE(r.out.contains(u"María Pérez"_qs)) << r.describe();
    EXPECT_FALSE(r.out.contains(u"not set"_qs)) << r.describe();

    r = cliDb({QStringLiteral("site"), QStringLiteral("--country"), QStringLiteral("Atlantis")});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_EQ(r.errLines().size(), 1) << r.describe();
    r = cliDb({QStringLiteral("site")});
    EXPECT_TRUE(r.out.contains(u"Chile (CL)"_qs)) << "a refused country changed the identity";
}

TEST_F(CliPackageTest, AGroupTravelsAndASecondImportChangesNothing)
{
    initBoth();
    setObjective(dbPath(), QStringLiteral("Cooperar contra el crimen organizado (2026)"));

    CliRun r =
        cliDb({QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--group"),
               QStringLiteral("seguridad"), QStringLiteral("--to"), QStringLiteral("PY"),
               QStringLiteral("-o"), packagePath()});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(u"seguridad.focalpkg"_qs)) << r.describe();
    auto read = package::PackageFile::read(packagePath());
    ASSERT_TRUE(read) << read.error().fullText().toStdString();
    const package::Manifest &m = read->manifest;
    EXPECT_EQ(m.sender.country, u"CL"_qs);
    EXPECT_EQ(m.sender.author, u"María Pérez"_qs);
    EXPECT_EQ(m.recipientCountry, u"PY"_qs);
    EXPECT_EQ(m.tables.value(u"working_group"_qs), 1);
    EXPECT_EQ(m.records, read->records.size());
    EXPECT_TRUE(r.out.contains(QStringLiteral("Records:      %1").arg(m.records))) << r.describe();

    // Inspect shows the manifest and what importing would do, and writes nothing.
    const QByteArray before = readBytes(otherDb());
    r = cliOn(otherDb(), {QStringLiteral("package"), QStringLiteral("inspect"), packagePath()});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(u"María Pérez"_qs)) << r.describe();
    EXPECT_TRUE(r.out.contains(u"Checksum:     OK"_qs)) << r.describe();
    EXPECT_TRUE(r.out.contains(u"Importing it here would do:"_qs)) << r.describe();
    r = cliOn(otherDb(), {QStringLiteral("package"), QStringLiteral("import"), packagePath(),
                          QStringLiteral("--dry-run")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(u"Dry run"_qs)) << r.describe();
    EXPECT_EQ(readBytes(otherDb()), before) << "inspect or a dry run wrote to the database";
    EXPECT_FALSE(sideFilesExist(otherDb()));
    EXPECT_NE(objective(otherDb()), u"Cooperar contra el crimen organizado (2026)"_qs);

    r = cliOn(otherDb(), {QStringLiteral("package"), QStringLiteral("import"), packagePath()});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(u"Imported: 0 added, 1 changed"_qs)) << r.describe();
    EXPECT_EQ(objective(otherDb()), u"Cooperar contra el crimen organizado (2026)"_qs);

    // The same package again: nothing to change, and nothing written.
    const QByteArray imported = readBytes(otherDb());
    r = cliOn(otherDb(), {QStringLiteral("package"), QStringLiteral("import"), packagePath()});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(u"nothing to change"_qs)) << r.describe();
    EXPECT_EQ(readBytes(otherDb()), imported);
    EXPECT_FALSE(sideFilesExist(otherDb()));
}

TEST_F(CliPackageTest, AConflictIsReportedListedAndSettled)
{
    initBoth();
    setObjective(dbPath(), QStringLiteral("Objetivo de Chile"));
    setObjective(otherDb(), QStringLiteral("Objetivo de Paraguay"));
    CliRun r = cliDb(
        {QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("-o"), packagePath()});
    ASSERT_EQ(r.exitCode, 0) << r.describe();

    r = cliOn(otherDb(), {QStringLiteral("package"), QStringLiteral("inspect"), packagePath()});
    EXPECT_EQ(r.exitCode, 4) << r.describe();
    r = cliOn(otherDb(), {QStringLiteral("package"), QStringLiteral("import"), packagePath()});
    ASSERT_EQ(r.exitCode, 4) << r.describe();
    EXPECT_TRUE(r.out.contains(u"1 conflict(s)"_qs)) << r.describe();
    // The local value stays until a person chooses.
    EXPECT_EQ(objective(otherDb()), u"Objetivo de Paraguay"_qs);

    r = cliOn(otherDb(), {QStringLiteral("package"), QStringLiteral("conflicts")});
    ASSERT_EQ(r.exitCode, 4) << r.describe();
    EXPECT_TRUE(r.out.contains(u"Objetivo de Paraguay"_qs)) << r.describe();
    EXPECT_TRUE(r.out.contains(u"Objetivo de Chile"_qs)) << r.describe();
    EXPECT_TRUE(r.out.contains(u"María Pérez"_qs)) << r.describe();
    EXPECT_TRUE(r.out.contains(u"objective"_qs)) << r.describe();
    const QList<Conflict> open = conflicts(otherDb());
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().recordId, security);
    EXPECT_TRUE(r.out.contains(open.first().id.toString(QUuid::WithoutBraces))) << r.describe();

    r = cliOn(otherDb(), {QStringLiteral("package"), QStringLiteral("resolve"),
                          open.first().id.toString(QUuid::WithoutBraces), QStringLiteral("maybe")});
    EXPECT_EQ(r.exitCode, 2) << r.describe();
    r = cliOn(otherDb(),
              {QStringLiteral("package"), QStringLiteral("resolve"),
               open.first().id.toString(QUuid::WithoutBraces).left(8), QStringLiteral("take")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(objective(otherDb()), u"Objetivo de Chile"_qs);
    r = cliOn(otherDb(), {QStringLiteral("package"), QStringLiteral("conflicts")});
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(u"No conflicts"_qs)) << r.describe();
    EXPECT_TRUE(conflicts(otherDb()).isEmpty());
}

TEST_F(CliPackageTest, UsageErrorsAreExitTwo)
{
    init();
    for (const QStringList &args :
         {QStringList{QStringLiteral("package")},
          QStringList{QStringLiteral("package"), QStringLiteral("send")},
          QStringList{QStringLiteral("package"), QStringLiteral("export")},
          QStringList{QStringLiteral("package"), QStringLiteral("export"),
                      QStringLiteral("--group"), QStringLiteral("seguridad"),
                      QStringLiteral("--plan"), QStringLiteral("seguridad/1/2021"),
                      QStringLiteral("-o"), packagePath()},
          QStringList{QStringLiteral("package"), QStringLiteral("import")}}) {
        const CliRun r = cliDb(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << r.describe();
    }
    EXPECT_FALSE(QFileInfo::exists(packagePath()));
}

TEST_F(CliPackageTest, EveryHostilePackageIsRefusedAndNothingIsWritten)
{
    init();
    const QStringList files =
        QDir(QStringLiteral(FOCAL_PACKAGES_DIR))
            .entryList({QStringLiteral("*.focalpkg")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty()) << "no corpus at " << FOCAL_PACKAGES_DIR;
    const QString wal = dbPath() + QStringLiteral("-wal");
    for (const QString &name : files) {
        SCOPED_TRACE(name.toStdString());
        const QByteArray before = readBytes(dbPath());
        const bool walBefore = QFileInfo::exists(wal);
        const QByteArray walBytes = readBytes(wal);
        const CliRun r = cliDb({QStringLiteral("package"), QStringLiteral("import"),
                                QDir(QStringLiteral(FOCAL_PACKAGES_DIR)).filePath(name)});
        EXPECT_EQ(r.exitCode, 3) << r.describe();
        ASSERT_EQ(r.errLines().size(), 1) << r.describe();
        EXPECT_TRUE(r.errLines().first().startsWith(u"focal-cli: "_qs)) << r.describe();
        EXPECT_TRUE(r.err.contains(u"refused"_qs)) << r.describe();
        EXPECT_EQ(readBytes(dbPath()), before) << "the database file changed";
        EXPECT_EQ(QFileInfo::exists(wal), walBefore);
        EXPECT_EQ(readBytes(wal), walBytes);
    }
}

} // namespace
} // namespace focal
