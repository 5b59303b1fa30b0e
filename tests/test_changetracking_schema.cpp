// The exchange bookkeeping in the schema (docs/exchange.md): every record table keeps change
// sequences, clocks and tombstones; the checker reads the clocks; a version 4 file migrates.

#include "model/Country.h"
#include "model/RecordTypes.h"
#include "model/WorkingGroup.h"
#include "query/Checker.h"
#include "query/Search.h"
#include "storage/Repository.h"
#include "support/ChangeTracking.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace focal;
using namespace focal::test;

namespace {

const QString countryTable = QStringLiteral("country");

} // namespace

TEST(ChangeTracking, TheCheckerReportsClocksThatCannotBeRead)
{
    TestDatabase t;
    Repository repo(t.db());
    Country ar;
    ar.iso2 = QStringLiteral("AR");
    ar.nameEs = QStringLiteral("Argentina");
    ASSERT_TRUE(repo.insert(ar).ok());
    ar.nameEn = QStringLiteral("Argentina");
    ASSERT_TRUE(repo.update(ar).ok());
    auto clean = Checker::run(t.db());
    ASSERT_TRUE(clean.ok());
    EXPECT_TRUE(clean->ok()) << clean->problems.join(QLatin1Char('\n')).toStdString();

    ASSERT_TRUE(t->write(QStringLiteral("UPDATE country SET clocks = '{\"name_en\": 3}' "
                                        "WHERE id = :p0"),
                         {ar.meta.id.toString(QUuid::WithoutBraces)})
                    .ok());
    auto report = Checker::run(t.db());
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->problems.size(), 1) << report->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(report->problems.first().contains(ar.meta.id.toString(QUuid::WithoutBraces)));
    EXPECT_TRUE(report->problems.first().contains(countryTable));
    // An update refuses to build on clocks it cannot read rather than lose them.
    ar.nameEn = QStringLiteral("Argentine Republic");
    auto refused = repo.update(ar);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Corrupt);
}

TEST(ChangeTracking, EveryRecordTableKeepsTheBookkeeping)
{
    TestDatabase t;
    for (const QString &table : recordTables()) {
        auto columns = t->exec(QStringLiteral("SELECT group_concat(name) FROM pragma_table_info(?) "
                                              "WHERE name IN ('change_seq', 'clocks')"),
                               {table});
        ASSERT_TRUE(columns && columns.value().next());
        EXPECT_EQ(columns.value().value(0).toString(), QStringLiteral("change_seq,clocks"))
            << table.toStdString();
        auto trigger = t->exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                              "type = 'trigger' AND tbl_name = ? AND name = ?"),
                               {table, table + QStringLiteral("_tombstone_ad")});
        ASSERT_TRUE(trigger && trigger.value().next());
        EXPECT_EQ(trigger.value().value(0).toInt(), 1) << table.toStdString();
    }
    for (const char *table : {"tombstone", "conflict", "package_log"})
        EXPECT_EQ(test::rowCount(t.db(), table), 0) << table;
}

// A file of version 4 keeps every value; its rows get sequence 0 and no clocks, the site's
// sequence starts at 0, and deletions leave tombstones from then on.
TEST(ChangeTracking, AVersionFourDatabaseGainsTheBookkeeping)
{
    TestDatabase t;
    const QList<MigrationStep> all = t->dialect().migrations();
    ASSERT_EQ(all.size(), 6);
    t.close();
    QFile::remove(t.path());
    const QList<MigrationStep> firstFour = all.mid(0, 4);
    const QString now = QStringLiteral("2020-08-06T12:00:00.000Z");
    const QString pe = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString area = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString group = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString text = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList dumped;
    {
        auto v4 = Database::open(t.path(), Database::Mode::CreateNew, &firstFour);
        ASSERT_TRUE(v4.ok()) << v4.error().fullText().toStdString();
        Database &db = *v4.value();
        ASSERT_EQ(db.schemaVersion(), 4);
        // Written as version 4 wrote rows (Repository writes today's columns).
        const QStringList rows = {
            QStringLiteral("INSERT INTO country (id, created_at, modified_at, modified_by, iso2, "
                           "name_es) VALUES (:p0, :p1, :p1, 'PE', 'PE', 'Perú')"),
            QStringLiteral("INSERT INTO thematic_area (id, created_at, modified_at, code, "
                           "name_es, position) VALUES (:p2, :p1, :p1, 'S', 'Seguridad', 4)"),
            QStringLiteral("INSERT INTO working_group (id, created_at, modified_at, area_id, name, "
                           "short_name) VALUES (:p3, :p1, :p1, :p2, 'Grupo de Seguridad', "
                           "'seguridad')"),
            QStringLiteral("INSERT INTO report_text (id, created_at, modified_at, group_id, kind, "
                           "body) VALUES (:p4, :p1, :p1, :p3, 'annual_introduction', "
                           "'Introducción')")};
        for (const QString &sql : rows)
            ASSERT_TRUE(db.write(sql, QVariantList{pe, now, area, group, text}).ok())
                << sql.toStdString();
        dumped = test::dumpTables(db);
    }
    auto r = Database::open(t.path(), Database::Mode::OpenExisting);
    ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
    Database &db = *r.value();
    EXPECT_EQ(db.schemaVersion(), 6);
    EXPECT_TRUE(QFile::exists(db.backupPath())) << db.backupPath().toStdString();
    EXPECT_EQ(test::dumpTables(db), dumped); // every value as it was
    EXPECT_EQ(db.meta(QStringLiteral("change_seq")), QStringLiteral("0"));
    EXPECT_EQ(db.changeSequence(), 0);
    for (const auto &[table, id] :
         {std::pair{"country", pe}, std::pair{"thematic_area", area},
          std::pair{"working_group", group}, std::pair{"report_text", text}}) {
        EXPECT_EQ(stored(db, QLatin1String(table), "change_seq", QUuid::fromString(id)),
                  QVariant(qlonglong(0)))
            << table;
        EXPECT_TRUE(stored(db, QLatin1String(table), "clocks", QUuid::fromString(id)).isNull())
            << table;
    }
    auto check = Checker::run(db);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok()) << check->problems.join(QLatin1Char('\n')).toStdString();

    // The first change after the migration is the site's change 1.
    Repository repo(db);
    auto peru = repo.get<Country>(QUuid::fromString(pe));
    ASSERT_TRUE(peru.ok());
    peru.value().nameEn = QStringLiteral("Peru");
    ASSERT_TRUE(repo.update(peru.value()).ok());
    EXPECT_EQ(db.changeSequence(), 1);
    EXPECT_EQ(clocksOf(db, countryTable, QUuid::fromString(pe)).of(QStringLiteral("name_en")),
              vector(db.context().site, 1));
    ASSERT_TRUE(repo.remove<WorkingGroup>(QUuid::fromString(group)).ok());
    EXPECT_EQ(tombstone(db, QUuid::fromString(group))->sequence, 2);
    EXPECT_EQ(tombstone(db, QUuid::fromString(text))->table, QStringLiteral("report_text"));
}

// Version 6 rewrites a record's search entry in place when the record changes (the import's
// many-row updates depend on it): a file of version 5 gets the new triggers, and its records are
// found by their new text, not their old, under the same entry.
TEST(ChangeTracking, AVersionFiveDatabaseUpdatesItsSearchEntriesInPlace)
{
    TestDatabase t;
    const QList<MigrationStep> all = t->dialect().migrations();
    ASSERT_EQ(all.size(), 6);
    t.close();
    QFile::remove(t.path());
    const QList<MigrationStep> firstFive = all.mid(0, 5);
    Country chile;
    chile.iso2 = QStringLiteral("CL");
    chile.nameEs = QStringLiteral("Chile");
    Country peru;
    peru.iso2 = QStringLiteral("PE");
    peru.nameEs = QStringLiteral("Perú");
    const auto entryOf = [](Database &db, const QUuid &id) {
        auto q = db.exec(QStringLiteral("SELECT rowid FROM search_doc WHERE record_id = ?"),
                         {id.toString(QUuid::WithoutBraces)});
        return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
    };
    qint64 entry = -1;
    {
        auto v5 = Database::open(t.path(), Database::Mode::CreateNew, &firstFive);
        ASSERT_TRUE(v5.ok()) << v5.error().fullText().toStdString();
        ASSERT_EQ(v5.value()->schemaVersion(), 5);
        Repository repo(*v5.value());
        ASSERT_TRUE(repo.insert(chile).ok());
        ASSERT_TRUE(repo.insert(peru).ok());
        entry = entryOf(*v5.value(), peru.meta.id);
        ASSERT_GT(entry, 0);
    }
    auto r = Database::open(t.path(), Database::Mode::OpenExisting);
    ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
    Database &db = *r.value();
    EXPECT_EQ(db.schemaVersion(), 6);
    Repository repo(db);
    peru.nameEs = QStringLiteral("República del Perú");
    ASSERT_TRUE(repo.update(peru).ok());
    EXPECT_EQ(entryOf(db, peru.meta.id), entry);
    const auto found = [&](const char *text) {
        auto hits = Search::run(db, QString::fromUtf8(text));
        EXPECT_TRUE(hits.ok());
        QStringList titles;
        for (const SearchHit &hit : hits.value())
            titles << hit.title;
        return titles;
    };
    EXPECT_EQ(found("republica peru"), QStringList{QStringLiteral("República del Perú")});
    EXPECT_EQ(found("chile"), QStringList{QStringLiteral("Chile")});
    EXPECT_TRUE(found("peru").size() == 1); // one entry, the new one
    EXPECT_EQ(test::rowCount(db, "search_doc"), 2);
    // A record changed in the transaction that inserted it is indexed once, at commit.
    {
        WriteTransaction tx(db);
        ASSERT_TRUE(tx.begun().ok());
        Country bolivia;
        bolivia.iso2 = QStringLiteral("BO");
        bolivia.nameEs = QStringLiteral("Bolivia");
        ASSERT_TRUE(repo.insert(bolivia).ok());
        bolivia.nameEs = QStringLiteral("Estado Plurinacional de Bolivia");
        ASSERT_TRUE(repo.update(bolivia).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(found("plurinacional"),
              QStringList{QStringLiteral("Estado Plurinacional de Bolivia")});
    EXPECT_EQ(test::rowCount(db, "search_doc"), 3);
}
