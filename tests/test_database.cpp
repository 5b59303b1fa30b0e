// Opening, creating, refusing and migrating databases; write transactions.

#include "model/Country.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "query/Checker.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/sqlite/SqliteSchema.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace focal;
using focal::test::TestDatabase;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on a plain SQLite connection that knows nothing of Focal.
void rawSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int pragma(Database &db, const char *name)
{
    auto q = db.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    EXPECT_TRUE(q.ok());
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

// Writes a row as an older schema version stores it (Repository writes the current schema's
// columns): `values` besides the change metadata, which is given here.
QString insertAsWritten(Database &db, const char *table,
                        std::initializer_list<std::pair<const char *, QVariant>> given)
{
    QVariantMap values;
    for (const auto &[column, value] : given)
        values.insert(QLatin1String(column), value);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    values.insert(QStringLiteral("id"), id);
    values.insert(QStringLiteral("created_at"), QStringLiteral("2020-08-06T12:00:00.000Z"));
    values.insert(QStringLiteral("modified_at"), QStringLiteral("2020-08-06T12:00:00.000Z"));
    const QStringList columns = values.keys();
    auto r = db.write(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(QLatin1String(table), columns.join(QStringLiteral(", ")),
                               valuePlaceholders(int(columns.size()))),
                      values.values());
    EXPECT_TRUE(r.ok()) << r.error().fullText().toStdString();
    return id;
}

Country country(const char *iso2, const char *name)
{
    Country c;
    c.iso2 = QLatin1String(iso2);
    c.nameEs = QString::fromUtf8(name);
    return c;
}

} // namespace

TEST(Database, CreatesANewDatabaseWithTheCurrentSchema)
{
    TestDatabase t;
    EXPECT_TRUE(t->wasCreated());
    EXPECT_EQ(t->schemaVersion(), t->dialect().currentVersion());
    EXPECT_EQ(pragma(t.db(), "user_version"), 6);
    EXPECT_EQ(pragma(t.db(), "application_id"), 0x464F434C);
    EXPECT_EQ(pragma(t.db(), "foreign_keys"), 1);
    auto mode = t->exec(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode && mode.value().next());
    EXPECT_EQ(mode.value().value(0).toString(), QStringLiteral("wal"));
    EXPECT_FALSE(t->context().site.isNull());
}

TEST(Database, KeepsTheSameSiteIdentityAcrossOpenings)
{
    TestDatabase t;
    const QUuid site = t->context().site;
    ASSERT_TRUE(t.reopen().ok());
    EXPECT_FALSE(t->wasCreated());
    EXPECT_EQ(t->context().site, site);
}

TEST(Database, CreateNewRefusesAnExistingFileAndLeavesItAlone)
{
    TestDatabase t;
    t.close();
    const QByteArray before = fileHash(t.path());
    auto r = Database::open(t.path(), Database::Mode::CreateNew);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Invalid);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("already exists")));
    EXPECT_EQ(fileHash(t.path()), before);
}

TEST(Database, OpenExistingReportsAMissingFileAndCreatesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto r = Database::open(path, Database::Mode::OpenExisting);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::NotFound);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Database, RefusesAFileThatIsNotSqlite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("These are my meeting notes, not a database.\n");
    f.close();
    const QByteArray before = fileHash(path);

    auto r = Database::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::NotFocal);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("not a Focal database")));
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, RefusesAnEmptyFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto r = Database::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::NotFocal);
    EXPECT_EQ(QFileInfo(path).size(), 0);
}

TEST(Database, RefusesTheSqliteDatabaseOfAnotherProgramUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawSqlite(path, {QStringLiteral("CREATE TABLE invoices (n INTEGER)"),
                     QStringLiteral("INSERT INTO invoices VALUES (42)")});
    const QByteArray before = fileHash(path);

    auto r = Database::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::NotFocal);
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, RefusesADatabaseFromANewerFocalUntouched)
{
    TestDatabase t;
    t.close();
    rawSqlite(t.path(), {QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = fileHash(t.path());

    auto r = Database::open(t.path());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::TooNew);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("newer version of Focal")));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("99")));
    EXPECT_EQ(fileHash(t.path()), before);
}

TEST(Database, ReportsADamagedDatabase)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    t.close();
    QFile f(t.path());
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(100); // just past the header: the schema's page
    f.write(QByteArray(3000, '\xff'));
    f.close();

    auto r = Database::open(t.path());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("damaged")));
}

TEST(Database, ReportsAMissingFolder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/focal.db"));
    auto r = Database::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Io);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("does not exist")));
}

TEST(Database, ReportsAReadOnlyFolder)
{
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    QFile probe(folder + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        // Permissions do not bind an administrator: use a folder no one may create files in.
        probe.close();
        probe.remove();
        if (!QFileInfo(QStringLiteral("/proc/1")).isDir())
            GTEST_SKIP() << "no read-only folder available for this user";
        folder = QStringLiteral("/proc/1");
    }
    const QString path = folder + QStringLiteral("/focal.db");
    auto r = Database::open(path);
    QFile::setPermissions(dir.filePath(QStringLiteral("locked")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Io);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("read-only")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Database, ReportsAFolderGivenAsTheDatabase)
{
    QTemporaryDir dir;
    auto r = Database::open(dir.path());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Invalid);
}

TEST(Database, MigratesAnOlderDatabaseAfterKeepingABackup)
{
    TestDatabase t;
    Repository repo(t.db());
    Country ar = country("AR", "Argentina");
    ASSERT_TRUE(repo.insert(ar).ok());
    t.close();

    QList<MigrationStep> steps;
    {
        auto current = Database::open(t.path());
        ASSERT_TRUE(current.ok());
        steps = current.value()->dialect().migrations();
    }
    const int current = steps.last().version;
    steps << MigrationStep{current + 1,
                           {QStringLiteral("ALTER TABLE country ADD COLUMN motto TEXT NOT NULL "
                                           "DEFAULT ''"),
                            QStringLiteral("UPDATE country SET motto = 'en unión y libertad' "
                                           "WHERE iso2 = 'AR'")},
                           {}};
    auto r = Database::open(t.path(), Database::Mode::OpenExisting, &steps);
    ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
    Database &db = *r.value();
    EXPECT_EQ(db.schemaVersion(), current + 1);
    EXPECT_EQ(pragma(db, "user_version"), current + 1);
    auto motto = db.exec(QStringLiteral("SELECT motto FROM country WHERE iso2 = 'AR'"));
    ASSERT_TRUE(motto && motto.value().next());
    EXPECT_EQ(motto.value().value(0).toString(), QStringLiteral("en unión y libertad"));

    // The copy kept before migrating is the database as it was, data included.
    ASSERT_FALSE(db.backupPath().isEmpty());
    auto backup = Database::open(db.backupPath(), Database::Mode::OpenExisting);
    ASSERT_TRUE(backup.ok());
    EXPECT_EQ(backup.value()->schemaVersion(), current);
    EXPECT_EQ(test::rowCount(*backup.value(), "country"), 1);
}

TEST(Database, AFailedMigrationLeavesTheDatabaseAsItWas)
{
    TestDatabase t;
    Repository repo(t.db());
    Country ar = country("AR", "Argentina");
    ASSERT_TRUE(repo.insert(ar).ok());
    QList<MigrationStep> steps = t->dialect().migrations();
    t.close();

    const int current = steps.last().version;
    steps << MigrationStep{current + 1,
                           {QStringLiteral("CREATE TABLE interrupted_step (id TEXT PRIMARY KEY)"),
                            QStringLiteral("DELETE FROM country"),
                            QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x TEXT")},
                           {}};
    auto failed = Database::open(t.path(), Database::Mode::OpenExisting, &steps);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("left as it was")));

    ASSERT_TRUE(t.reopen().ok());
    EXPECT_EQ(t->schemaVersion(), current);
    EXPECT_EQ(test::rowCount(t.db(), "country"), 1);
    auto table = t->exec(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'interrupted_step'"));
    ASSERT_TRUE(table && table.value().next());
    EXPECT_EQ(table.value().value(0).toInt(), 0);
}

// A file made by the first release of Focal (schema version 1) opens in this one: the plan
// tables of version 2 and the meeting tables of version 3 are added, and its records keep every
// value.
TEST(Database, AVersionOneDatabaseGainsThePlanAndMeetingTables)
{
    TestDatabase t;
    QList<MigrationStep> all = t->dialect().migrations();
    ASSERT_GE(all.size(), 2);
    t.close();
    QFile::remove(t.path());
    const QList<MigrationStep> first{all.first()};
    QUuid pyId;
    {
        auto v1 = Database::open(t.path(), Database::Mode::CreateNew, &first);
        ASSERT_TRUE(v1.ok()) << v1.error().fullText().toStdString();
        ASSERT_EQ(v1.value()->schemaVersion(), 1);
        pyId = QUuid::fromString(insertAsWritten(
            *v1.value(), "country",
            {{"iso2", QStringLiteral("PY")}, {"name_es", QStringLiteral("Paraguay")}}));
        auto column =
            v1.value()->exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('plan_item') "
                                            "WHERE name = 'carried_from_id'"));
        ASSERT_TRUE(column && column.value().next());
        ASSERT_EQ(column.value().value(0).toInt(), 0);
    }
    auto r = Database::open(t.path(), Database::Mode::OpenExisting);
    ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
    Database &db = *r.value();
    EXPECT_EQ(db.schemaVersion(), all.last().version);
    EXPECT_EQ(db.schemaVersion(), 6);
    EXPECT_EQ(test::rowCount(db, "agenda_item"), 0);
    EXPECT_EQ(test::rowCount(db, "meeting_document"), 0);
    EXPECT_EQ(test::rowCount(db, "minutes_event"), 0);
    auto read = Repository(db).get<Country>(pyId);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->nameEs, QStringLiteral("Paraguay"));
    EXPECT_EQ(read->meta.modified.toString(Qt::ISODateWithMs),
              QStringLiteral("2020-08-06T12:00:00.000Z"));
    EXPECT_EQ(test::rowCount(db, "plan_event"), 0);
    EXPECT_EQ(test::rowCount(db, "plan_version"), 0);
    auto column = db.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('plan_item') "
                                         "WHERE name IN ('carried_from_id', 'original_deadline', "
                                         "'original_deadline_text')"));
    ASSERT_TRUE(column && column.value().next());
    EXPECT_EQ(column.value().value(0).toInt(), 3);
    auto check = Checker::run(db);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok()) << check->problems.join(QLatin1Char('\n')).toStdString();
}

// A file of version 3 (before deadline end days were stored) gets the end day of every plan item
// and agreement filled from its deadline code when it is opened.
TEST(Database, AVersionThreeDatabaseGetsTheEndDaysOfItsDeadlines)
{
    TestDatabase t;
    const QList<MigrationStep> all = t->dialect().migrations();
    ASSERT_GE(all.size(), 4);
    t.close();
    QFile::remove(t.path());
    const QList<MigrationStep> firstThree = all.mid(0, 3);
    const QString bimester = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString list = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString range = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString undefined = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString quarter = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString noDue = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString triggersSql =
        QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
                       "WHERE type = 'trigger' AND tbl_name IN ('plan_item', 'agreement') "
                       "AND name LIKE '%search_ad' ORDER BY name)");
    QString triggers;
    {
        auto v3 = Database::open(t.path(), Database::Mode::CreateNew, &firstThree);
        ASSERT_TRUE(v3.ok()) << v3.error().fullText().toStdString();
        Database &db = *v3.value();
        ASSERT_EQ(db.schemaVersion(), 3);
        // Every record is written as version 3 wrote it (Repository writes today's columns):
        // plan items and agreements without the end-day columns.
        const auto text = [](const char *v) { return QVariant(QString::fromUtf8(v)); };
        const QString pyId =
            insertAsWritten(db, "country", {{"iso2", text("PY")}, {"name_es", text("Paraguay")}});
        const QString areaId =
            insertAsWritten(db, "thematic_area", {{"code", text("T")}, {"name_es", text("Tema")}});
        const QString groupId = insertAsWritten(
            db, "working_group",
            {{"area_id", areaId}, {"name", text("Grupo")}, {"short_name", text("grupo")}});
        const QString planId = insertAsWritten(db, "plan",
                                               {{"group_id", groupId},
                                                {"kind", enumKey(Plan().kind)},
                                                {"year", 2021},
                                                {"title", text("Plan")},
                                                {"status", enumKey(Plan().status)},
                                                {"item_label", enumKey(Plan().itemLabel)}});
        const QString meetingId = insertAsWritten(db, "meeting",
                                                  {{"group_id", groupId},
                                                   {"kind", enumKey(Meeting().kind)},
                                                   {"title", text("Reunión")},
                                                   {"scope", enumKey(Meeting().scope)}});
        const QString now = QStringLiteral("2020-08-06T12:00:00.000Z");
        for (const auto &[id, code] :
             {std::pair{bimester, "2021-B1"}, std::pair{list, "2021-B1;2020-B4"},
              std::pair{range, "2020-10..2020-12"}, std::pair{undefined, ""}})
            ASSERT_TRUE(
                db.write(QStringLiteral("INSERT INTO plan_item (id, created_at, "
                                        "modified_at, plan_id, text, deadline, status) "
                                        "VALUES (:p0, :p1, :p1, :p2, :p3, :p4, 'proposed')"),
                         QVariantList{id, now, planId, QStringLiteral("Producto"),
                                      QLatin1String(code)})
                    .ok());
        for (const auto &[id, code] : {std::pair{quarter, "2021-Q2"}, std::pair{noDue, ""}})
            ASSERT_TRUE(
                db.write(QStringLiteral("INSERT INTO agreement (id, created_at, modified_at, "
                                        "meeting_id, text, is_commitment, "
                                        "responsible_country_id, due, status) "
                                        "VALUES (:p0, :p1, :p1, :p2, :p3, 1, :p4, :p5, 'open')"),
                         QVariantList{id, now, meetingId, QStringLiteral("Compromiso"), pyId,
                                      QLatin1String(code)})
                    .ok());
        auto q = db.exec(triggersSql);
        ASSERT_TRUE(q && q.value().next());
        triggers = q.value().value(0).toString();
    }
    auto r = Database::open(t.path(), Database::Mode::OpenExisting);
    ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
    Database &db = *r.value();
    EXPECT_EQ(db.schemaVersion(), 6);
    // The search index's triggers, set aside while the end days were filled, are back as they
    // were; version 6 then replaced the update triggers.
    auto after = db.exec(triggersSql);
    ASSERT_TRUE(after && after.value().next());
    EXPECT_EQ(after.value().value(0).toString(), triggers);
    for (const QString &table : {QStringLiteral("agreement"), QStringLiteral("plan_item")}) {
        auto au = db.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"),
                          {table + QStringLiteral("_search_au")});
        ASSERT_TRUE(au && au.value().next());
        EXPECT_EQ(au.value().value(0).toString(), searchUpdateTrigger(table));
    }
    EXPECT_TRUE(triggers.contains(QLatin1String("plan_item_search_ad"))) << triggers.toStdString();
    EXPECT_TRUE(triggers.contains(QLatin1String("agreement_search_ad"))) << triggers.toStdString();
    const auto end = [&](const char *table, const char *column, const QString &id) {
        auto q = db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                             .arg(QLatin1String(column), QLatin1String(table)),
                         {id});
        return q && q.value().next() ? q.value().value(0) : QVariant(QStringLiteral("(no row)"));
    };
    EXPECT_EQ(end("plan_item", "deadline_end", bimester).toString(), QStringLiteral("2021-02-28"));
    EXPECT_EQ(end("plan_item", "deadline_end", list).toString(), QStringLiteral("2021-02-28"));
    EXPECT_EQ(end("plan_item", "deadline_end", range).toString(), QStringLiteral("2020-12-31"));
    EXPECT_TRUE(end("plan_item", "deadline_end", undefined).isNull());
    EXPECT_EQ(end("agreement", "due_end", quarter).toString(), QStringLiteral("2021-06-30"));
    EXPECT_TRUE(end("agreement", "due_end", noDue).isNull());
    // The records keep their change information: filling a derived column is not an edit.
    auto item = Repository(db).get<PlanItem>(QUuid::fromString(bimester));
    ASSERT_TRUE(item.ok());
    EXPECT_EQ(item->meta.modified.toString(Qt::ISODateWithMs),
              QStringLiteral("2020-08-06T12:00:00.000Z"));
    auto check = Checker::run(db);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok()) << check->problems.join(QLatin1Char('\n')).toStdString();
}

TEST(Database, AnUncommittedTransactionWritesNothing)
{
    TestDatabase t;
    Repository repo(t.db());
    {
        WriteTransaction tx(t.db());
        ASSERT_TRUE(tx.begun().ok());
        Country ar = country("AR", "Argentina");
        Country cl = country("CL", "Chile");
        ASSERT_TRUE(repo.insert(ar).ok());
        ASSERT_TRUE(repo.insert(cl).ok());
        EXPECT_EQ(test::rowCount(t.db(), "country"), 2);
    } // no commit: rolled back
    EXPECT_EQ(test::rowCount(t.db(), "country"), 0);
    EXPECT_EQ(t->transactionDepth(), 0);
}

TEST(Database, AnInnerFailureRollsBackOnlyTheInnerPart)
{
    TestDatabase t;
    Repository repo(t.db());
    WriteTransaction outer(t.db());
    ASSERT_TRUE(outer.begun().ok());
    Country ar = country("AR", "Argentina");
    ASSERT_TRUE(repo.insert(ar).ok());
    {
        WriteTransaction inner(t.db());
        Country cl = country("CL", "Chile");
        ASSERT_TRUE(repo.insert(cl).ok());
    }
    Country duplicate = country("AR", "Argentina otra vez");
    EXPECT_FALSE(repo.insert(duplicate).ok()); // unique code: refused, the rest stays
    ASSERT_TRUE(outer.commit().ok());

    auto all = repo.list<Country>();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().iso2, QStringLiteral("AR"));
}

TEST(Database, ASecondConnectionIsToldTheDatabaseIsBusy)
{
    TestDatabase t;
    auto second = Database::open(t.path(), Database::Mode::OpenExisting);
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(second.value()->setBusyTimeout(50).ok());

    WriteTransaction holding(t.db());
    ASSERT_TRUE(holding.begun().ok());
    Repository other(*second.value());
    Country cl = country("CL", "Chile");
    auto r = other.insert(cl);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Busy);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("another Focal")));
    ASSERT_TRUE(holding.commit().ok());

    // Once the first writer is done, the retry goes through.
    EXPECT_TRUE(other.insert(cl).ok());
    EXPECT_EQ(test::rowCount(t.db(), "country"), 1);
}

TEST(Database, BackupWritesAConsistentCopyAndRefusesToOverwrite)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    const QString copy = t.dir() + QStringLiteral("/copy.db");
    ASSERT_TRUE(t->backupTo(copy).ok());
    auto opened = Database::open(copy, Database::Mode::OpenExisting);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(test::rowCount(*opened.value(), "plan_item"), test::rowCount(t.db(), "plan_item"));
    opened.value().reset();

    const QByteArray before = fileHash(copy);
    auto again = t->backupTo(copy);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(fileHash(copy), before);
}

TEST(Database, AFullDiskIsReportedAndTheDataStaysAsItWas)
{
    TestDatabase t;
    Repository repo(t.db());
    Country ar = country("AR", "Argentina");
    ASSERT_TRUE(repo.insert(ar).ok());
    // SQLite reports a full disk when the file may not grow further; cap it just above its size.
    auto pages = t->exec(QStringLiteral("PRAGMA page_count"));
    ASSERT_TRUE(pages && pages.value().next());
    const int cap = pages.value().value(0).toInt() + 2;
    ASSERT_TRUE(t->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(cap)).ok());

    Result<void> failure;
    {
        WriteTransaction tx(t.db()); // given up whole when the disk is full, as a command would
        ASSERT_TRUE(tx.begun().ok());
        for (int i = 0; i < 10000 && failure.ok(); ++i) {
            Country c = country("XX", "Relleno");
            c.iso2 =
                QStringLiteral("%1%2").arg(QChar(u'A' + i / 26 % 26)).arg(QChar(u'A' + i % 26));
            c.nameEn = QString(500, QLatin1Char('x'));
            if (c.iso2 == QStringLiteral("AR"))
                continue;
            failure = repo.insert(c);
        }
    }
    ASSERT_FALSE(failure.ok());
    EXPECT_EQ(failure.error().code, Error::Code::Io);
    EXPECT_TRUE(failure.error().message.contains(QStringLiteral("disk may be full")));
    EXPECT_EQ(t->transactionDepth(), 0);

    auto all = repo.list<Country>();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().iso2, QStringLiteral("AR"));
}

TEST(Database, AnUnreadableFileIsReported)
{
    TestDatabase t;
    t.close();
    QFile::setPermissions(t.path(), QFileDevice::Permissions());
    QFile probe(t.path());
    if (probe.open(QIODevice::ReadOnly)) {
        QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::WriteOwner);
        GTEST_SKIP() << "this user reads files whatever their permissions (administrator)";
    }
    auto r = Database::open(t.path());
    QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Io);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("cannot be read")));
}
