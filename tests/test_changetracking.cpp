// The exchange bookkeeping of the database (docs/exchange.md, "Sites and change sequences"):
// change sequences of write transactions, field clocks bumped by updates and restores, tombstones
// left by deletions (cascades included) and removed by their undo, writes of incoming records,
// the checker, and the migration of a version 4 file.

#include "model/Country.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/RecordTypes.h"
#include "model/WorkingGroup.h"
#include "query/Checker.h"
#include "query/Search.h"
#include "storage/RecordRemoval.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>

using namespace focal;
using focal::test::TestDatabase;

namespace {

// One stored value of one row.
QVariant stored(Database &db, const QString &table, const char *column, const QUuid &id)
{
    auto q =
        db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(QLatin1String(column), table),
                {id.toString(QUuid::WithoutBraces)});
    if (!q || !q.value().next())
        return QStringLiteral("(no row)");
    return q.value().value(0);
}

qint64 sequenceOf(Database &db, const QString &table, const QUuid &id)
{
    return stored(db, table, "change_seq", id).toLongLong();
}

FieldClocks clocksOf(Database &db, const QString &table, const QUuid &id)
{
    auto clocks = Repository(db).clocksOf(table, id);
    EXPECT_TRUE(clocks.ok()) << clocks.error().fullText().toStdString();
    return clocks ? *clocks : FieldClocks{};
}

qint64 storedSequence(Database &db)
{
    return db.meta(QStringLiteral("change_seq")).toLongLong();
}

// A clock with one change: (site, sequence).
VersionVector vector(const QUuid &site, qint64 sequence)
{
    VersionVector v;
    v.include(site, sequence);
    return v;
}

struct Tombstone
{
    QString table;
    QString clocks;
    qint64 sequence = -1;
    QString site;
    QString author;
    QString deletedAt;
};

std::optional<Tombstone> tombstone(Database &db, const QUuid &id)
{
    auto q = db.exec(QStringLiteral("SELECT tbl, clocks, change_seq, site_id, author, deleted_at "
                                    "FROM tombstone WHERE record_id = ?"),
                     {id.toString(QUuid::WithoutBraces)});
    if (!q || !q.value().next())
        return std::nullopt;
    return Tombstone{q.value().value(0).toString(),   q.value().value(1).toString(),
                     q.value().value(2).toLongLong(), q.value().value(3).toString(),
                     q.value().value(4).toString(),   q.value().value(5).toString()};
}

Country country(const char *iso2, const char *name)
{
    Country c;
    c.iso2 = QLatin1String(iso2);
    c.nameEs = QString::fromUtf8(name);
    return c;
}

const QString countryTable = QStringLiteral("country");
const QString meetingTable = QStringLiteral("meeting");
const QString agreementTable = QStringLiteral("agreement");

// A meeting with three agreements: deleting it cascades to them.
struct MeetingFixture
{
    TestDatabase t;
    Repository repo{t.db()};
    Meeting meeting;
    QList<Agreement> agreements;

    MeetingFixture()
    {
        EXPECT_TRUE(t->setMeta(QStringLiteral("author"), QStringLiteral("tester")).ok());
        meeting.title = QStringLiteral("Videoconferencia del Grupo");
        EXPECT_TRUE(repo.insert(meeting).ok());
        for (int i = 0; i < 3; ++i) {
            Agreement a;
            a.meetingId = meeting.meta.id;
            a.position = i;
            a.text = QStringLiteral("Acuerdo %1").arg(i);
            agreements.append(a);
        }
        EXPECT_TRUE(repo.insertAll(agreements).ok());
    }
};

} // namespace

TEST(ChangeTracking, AnInsertSetsTheSequenceAndNoClocks)
{
    TestDatabase t;
    Repository repo(t.db());
    Country ar = country("AR", "Argentina");
    ASSERT_TRUE(repo.insert(ar).ok());
    const qint64 first = t->changeSequence();
    EXPECT_GT(first, 0);
    EXPECT_EQ(storedSequence(t.db()), first);
    EXPECT_EQ(sequenceOf(t.db(), countryTable, ar.meta.id), first);
    EXPECT_TRUE(stored(t.db(), countryTable, "clocks", ar.meta.id).isNull());

    Country cl = country("CL", "Chile");
    ASSERT_TRUE(repo.insert(cl).ok());
    EXPECT_EQ(sequenceOf(t.db(), countryTable, cl.meta.id), first + 1);
    EXPECT_EQ(sequenceOf(t.db(), countryTable, ar.meta.id), first); // untouched
}

TEST(ChangeTracking, AnUpdateBumpsTheClockOfEachChangedColumnOnly)
{
    TestDatabase t;
    Repository repo(t.db());
    const QUuid site = t->context().site;
    Country pe = country("PE", "Peru");
    ASSERT_TRUE(repo.insert(pe).ok());

    pe.nameEs = QStringLiteral("Perú");
    ASSERT_TRUE(repo.update(pe).ok());
    const qint64 s1 = t->changeSequence();
    FieldClocks expected;
    expected.set(QStringLiteral("name_es"), vector(site, s1));
    EXPECT_EQ(clocksOf(t.db(), countryTable, pe.meta.id), expected);
    EXPECT_EQ(sequenceOf(t.db(), countryTable, pe.meta.id), s1);

    pe.iso3 = QStringLiteral("PER");
    ASSERT_TRUE(repo.update(pe).ok());
    const qint64 s2 = t->changeSequence();
    ASSERT_EQ(s2, s1 + 1);
    expected.set(QStringLiteral("iso3"), vector(site, s2)); // name_es keeps s1
    EXPECT_EQ(clocksOf(t.db(), countryTable, pe.meta.id), expected);

    pe.nameEs = QStringLiteral("República del Perú");
    ASSERT_TRUE(repo.update(pe).ok());
    expected.set(QStringLiteral("name_es"), vector(site, s2 + 1));
    EXPECT_EQ(clocksOf(t.db(), countryTable, pe.meta.id), expected);
    EXPECT_EQ(stored(t.db(), countryTable, "clocks", pe.meta.id).toString(), expected.toText());

    // Writing the same values again changes no field: no clock moves, the row's sequence does.
    ASSERT_TRUE(repo.update(pe).ok());
    EXPECT_EQ(clocksOf(t.db(), countryTable, pe.meta.id), expected);
    EXPECT_EQ(sequenceOf(t.db(), countryTable, pe.meta.id), s2 + 2);
}

TEST(ChangeTracking, StoredFormsAreComparedAsStored)
{
    TestDatabase t;
    Repository repo(t.db());
    Meeting m;
    m.title = QStringLiteral("Taller");
    m.number = 3;
    ASSERT_TRUE(repo.insert(m).ok());
    Agreement a;
    a.meetingId = m.meta.id;
    a.position = 2;
    a.isCommitment = true;
    a.text = QStringLiteral("Enviar el informe");
    a.responsibleCountryId = QUuid();
    ASSERT_TRUE(repo.insert(a).ok());

    // Integers come back from SQLite as 64-bit numbers, bools as 1: the same values.
    a.text = QStringLiteral("Enviar el informe final");
    ASSERT_TRUE(repo.update(a).ok());
    EXPECT_EQ(clocksOf(t.db(), agreementTable, a.meta.id).fields().keys(),
              QStringList{QStringLiteral("text")});

    // An empty text where the record has none (NULL) is a different value.
    ASSERT_TRUE(t->write(QStringLiteral("UPDATE meeting SET start_time = '' WHERE id = :p0"),
                         {m.meta.id.toString(QUuid::WithoutBraces)})
                    .ok());
    ASSERT_TRUE(repo.update(m).ok());
    EXPECT_EQ(clocksOf(t.db(), meetingTable, m.meta.id).fields().keys(),
              QStringList{QStringLiteral("start_time")});
    EXPECT_TRUE(stored(t.db(), meetingTable, "start_time", m.meta.id).isNull());
}

TEST(ChangeTracking, DerivedColumnsAreNeverClocked)
{
    TestDatabase t;
    Repository repo(t.db());
    Meeting m;
    m.title = QStringLiteral("Reunión");
    ASSERT_TRUE(repo.insert(m).ok());
    Agreement a;
    a.meetingId = m.meta.id;
    a.text = QStringLiteral("Compromiso");
    a.due = Deadline::bimester(2021, 1).value();
    ASSERT_TRUE(repo.insert(a).ok());
    a.due = Deadline::bimester(2021, 3).value();
    ASSERT_TRUE(repo.update(a).ok());
    EXPECT_EQ(stored(t.db(), agreementTable, "due_end", a.meta.id).toString(),
              QStringLiteral("2021-06-30"));
    EXPECT_EQ(clocksOf(t.db(), agreementTable, a.meta.id).fields().keys(),
              QStringList{QStringLiteral("due")});
}

TEST(ChangeTracking, OneTransactionIsOneSequence)
{
    TestDatabase t;
    Repository repo(t.db());
    Country ar = country("AR", "Argentina");
    Country cl = country("CL", "Chile");
    ASSERT_TRUE(repo.insert(ar).ok());
    ASSERT_TRUE(repo.insert(cl).ok());
    const qint64 before = t->changeSequence();
    {
        WriteTransaction tx(t.db());
        ASSERT_TRUE(tx.begun().ok());
        EXPECT_EQ(t->changeSequence(), before + 1);
        ar.nameEn = QStringLiteral("Argentina");
        cl.nameEn = QStringLiteral("Chile");
        ASSERT_TRUE(repo.update(ar).ok());
        {
            WriteTransaction inner(t.db()); // a savepoint: still the same transaction
            ASSERT_TRUE(inner.begun().ok());
            ASSERT_TRUE(repo.update(cl).ok());
            ASSERT_TRUE(inner.commit().ok());
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(sequenceOf(t.db(), countryTable, ar.meta.id), before + 1);
    EXPECT_EQ(sequenceOf(t.db(), countryTable, cl.meta.id), before + 1);
    EXPECT_EQ(clocksOf(t.db(), countryTable, ar.meta.id).of(QStringLiteral("name_en")),
              vector(t->context().site, before + 1));

    ar.nameEn = QStringLiteral("Argentine Republic");
    ASSERT_TRUE(repo.update(ar).ok());
    cl.nameEn = QStringLiteral("Republic of Chile");
    ASSERT_TRUE(repo.update(cl).ok());
    EXPECT_EQ(sequenceOf(t.db(), countryTable, ar.meta.id), before + 2);
    EXPECT_EQ(sequenceOf(t.db(), countryTable, cl.meta.id), before + 3);
    EXPECT_EQ(storedSequence(t.db()), before + 3);
}

TEST(ChangeTracking, ARollbackGivesItsSequenceBack)
{
    TestDatabase t;
    Repository repo(t.db());
    Country ar = country("AR", "Argentina");
    ASSERT_TRUE(repo.insert(ar).ok());
    const qint64 before = t->changeSequence();
    {
        WriteTransaction tx(t.db());
        ASSERT_TRUE(tx.begun().ok());
        ar.nameEn = QStringLiteral("Argentina");
        ASSERT_TRUE(repo.update(ar).ok());
        EXPECT_EQ(t->changeSequence(), before + 1);
    } // rolled back
    EXPECT_EQ(t->changeSequence(), before);
    EXPECT_EQ(storedSequence(t.db()), before);
    EXPECT_EQ(sequenceOf(t.db(), countryTable, ar.meta.id), before);
    EXPECT_TRUE(clocksOf(t.db(), countryTable, ar.meta.id).isEmpty());

    // A failed write (a duplicate code) rolls back its own transaction too.
    Country again = country("AR", "Otra Argentina");
    EXPECT_FALSE(repo.insert(again).ok());
    EXPECT_EQ(storedSequence(t.db()), before);

    ASSERT_TRUE(repo.update(ar).ok());
    EXPECT_EQ(sequenceOf(t.db(), countryTable, ar.meta.id), before + 1);
    EXPECT_EQ(clocksOf(t.db(), countryTable, ar.meta.id).of(QStringLiteral("name_en")),
              vector(t->context().site, before + 1));
}

TEST(ChangeTracking, AnotherConnectionsSequencesAreNeverReused)
{
    TestDatabase t;
    auto other = Database::open(t.path(), Database::Mode::OpenExisting);
    ASSERT_TRUE(other.ok()) << other.error().fullText().toStdString();
    Repository mine(t.db());
    Repository theirs(*other.value());
    Country ar = country("AR", "Argentina");
    ASSERT_TRUE(mine.insert(ar).ok());
    const qint64 first = t->changeSequence();
    Country cl = country("CL", "Chile");
    Country uy = country("UY", "Uruguay");
    ASSERT_TRUE(theirs.insert(cl).ok());
    ASSERT_TRUE(theirs.insert(uy).ok());
    EXPECT_EQ(other.value()->changeSequence(), first + 2);
    Country py = country("PY", "Paraguay");
    ASSERT_TRUE(mine.insert(py).ok());
    EXPECT_EQ(t->changeSequence(), first + 3);
    EXPECT_EQ(sequenceOf(t.db(), countryTable, py.meta.id), first + 3);
    EXPECT_EQ(storedSequence(t.db()), first + 3);
}

TEST(ChangeTracking, ARestoreIsANewChangeOfWhatItPutsBack)
{
    TestDatabase t;
    Repository repo(t.db());
    const QUuid site = t->context().site;
    Country bo = country("BO", "Bolivia");
    ASSERT_TRUE(repo.insert(bo).ok());
    const Country original = bo;
    bo.nameEs = QStringLiteral("Estado Plurinacional de Bolivia");
    ASSERT_TRUE(repo.update(bo).ok());
    const qint64 edited = t->changeSequence();

    ASSERT_TRUE(repo.restore(original).ok()); // the undo of the edit
    const qint64 undone = t->changeSequence();
    EXPECT_EQ(undone, edited + 1);
    EXPECT_EQ(clocksOf(t.db(), countryTable, bo.meta.id).of(QStringLiteral("name_es")),
              vector(site, undone));
    EXPECT_EQ(clocksOf(t.db(), countryTable, bo.meta.id).fields().size(), 1);
    EXPECT_EQ(sequenceOf(t.db(), countryTable, bo.meta.id), undone);
    EXPECT_EQ(stored(t.db(), countryTable, "name_es", bo.meta.id).toString(),
              QStringLiteral("Bolivia"));
    EXPECT_EQ(stored(t.db(), countryTable, "modified_at", bo.meta.id).toString(),
              isoTimestamp(original.meta.modified));
}

TEST(ChangeTracking, DeletingLeavesTombstonesForTheRecordAndWhatCascades)
{
    MeetingFixture f;
    Database &db = f.t.db();
    const QUuid site = db.context().site;
    f.agreements[1].text = QStringLiteral("Acuerdo revisado");
    ASSERT_TRUE(f.repo.update(f.agreements[1]).ok());
    const FieldClocks revised = clocksOf(db, agreementTable, f.agreements[1].meta.id);
    ASSERT_FALSE(revised.isEmpty());

    auto plan = RecordRemoval::plan(db, meetingTable, f.meeting.meta.id);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->deleted.size(), 4);
    ASSERT_TRUE(RecordRemoval::execute(db, *plan).ok());
    const qint64 deletion = db.changeSequence();
    EXPECT_EQ(test::rowCount(db, "tombstone"), 4);

    auto meeting = tombstone(db, f.meeting.meta.id);
    ASSERT_TRUE(meeting);
    EXPECT_EQ(meeting->table, meetingTable);
    EXPECT_EQ(meeting->sequence, deletion);
    EXPECT_EQ(meeting->site, site.toString(QUuid::WithoutBraces));
    EXPECT_EQ(meeting->author, QStringLiteral("tester"));
    EXPECT_TRUE(meeting->clocks.isEmpty());
    const QDateTime when = QDateTime::fromString(meeting->deletedAt, Qt::ISODateWithMs);
    EXPECT_TRUE(when.isValid()) << meeting->deletedAt.toStdString();
    EXPECT_LT(std::abs(when.secsTo(QDateTime::currentDateTimeUtc())), 60);
    for (const Agreement &a : f.agreements) {
        auto stone = tombstone(db, a.meta.id);
        ASSERT_TRUE(stone) << a.text.toStdString();
        EXPECT_EQ(stone->table, agreementTable);
        EXPECT_EQ(stone->sequence, deletion);
    }
    EXPECT_EQ(tombstone(db, f.agreements[1].meta.id)->clocks, revised.toText());
    EXPECT_EQ(FieldClocks::fromText(tombstone(db, f.agreements[1].meta.id)->clocks), revised);
    EXPECT_EQ(revised.of(QStringLiteral("text")), vector(site, deletion - 1));

    // The undo puts every row back with its clocks, as a change of its own, and the tombstones go.
    const QStringList deletedDump = test::dumpTables(db);
    ASSERT_TRUE(RecordRemoval::undo(db, *plan).ok());
    const qint64 undo = db.changeSequence();
    EXPECT_EQ(undo, deletion + 1);
    EXPECT_EQ(test::rowCount(db, "tombstone"), 0);
    EXPECT_EQ(clocksOf(db, agreementTable, f.agreements[1].meta.id), revised);
    EXPECT_TRUE(clocksOf(db, agreementTable, f.agreements[0].meta.id).isEmpty());
    EXPECT_EQ(sequenceOf(db, meetingTable, f.meeting.meta.id), undo);
    for (const Agreement &a : f.agreements)
        EXPECT_EQ(sequenceOf(db, agreementTable, a.meta.id), undo);
    EXPECT_NE(test::dumpTables(db), deletedDump);
}

TEST(ChangeTracking, RestoringADeletedRecordTakesTheClocksOfItsTombstone)
{
    TestDatabase t;
    Repository repo(t.db());
    Country ec = country("EC", "Ecuador");
    ASSERT_TRUE(repo.insert(ec).ok());
    ec.nameEn = QStringLiteral("Ecuador");
    ASSERT_TRUE(repo.update(ec).ok());
    const FieldClocks before = clocksOf(t.db(), countryTable, ec.meta.id);
    ASSERT_TRUE(repo.remove<Country>(ec.meta.id).ok());
    ASSERT_TRUE(tombstone(t.db(), ec.meta.id));
    EXPECT_EQ(tombstone(t.db(), ec.meta.id)->sequence, t->changeSequence());

    ASSERT_TRUE(repo.restore(ec).ok());
    EXPECT_FALSE(tombstone(t.db(), ec.meta.id));
    EXPECT_EQ(clocksOf(t.db(), countryTable, ec.meta.id), before);
    EXPECT_EQ(sequenceOf(t.db(), countryTable, ec.meta.id), t->changeSequence());
    auto hits = Search::run(t.db(), QStringLiteral("ecuador"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
}

TEST(ChangeTracking, AnIncomingRecordIsWrittenExactlyAsGiven)
{
    TestDatabase t;
    Repository repo(t.db());
    QSignalSpy committed(t->notifier(), &ChangeNotifier::committed);
    const QUuid there = QUuid::createUuid();
    Country co = country("CO", "Colombia");
    co.meta.id = QUuid::createUuid();
    co.meta.created = QDateTime(QDate(2020, 3, 2), QTime(9, 30, 0, 250), Qt::UTC);
    co.meta.modified = QDateTime(QDate(2020, 9, 24), QTime(16, 0), Qt::UTC);
    co.meta.modifiedBy = QStringLiteral("Punto focal de Colombia");
    co.meta.site = there;
    FieldClocks clocks;
    clocks.set(QStringLiteral("name_es"), vector(there, 7));
    // The record was deleted here once: its arrival replaces the tombstone.
    ASSERT_TRUE(t->write(QStringLiteral("INSERT INTO tombstone (record_id, tbl, deleted_at) "
                                        "VALUES (:p0, 'country', '2020-01-01T00:00:00.000Z')"),
                         {co.meta.id.toString(QUuid::WithoutBraces)})
                    .ok());

    ASSERT_TRUE(repo.writeIncoming(co, clocks).ok());
    const qint64 first = t->changeSequence();
    auto back = repo.get<Country>(co.meta.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->meta.created, co.meta.created);
    EXPECT_EQ(back->meta.modified, co.meta.modified);
    EXPECT_EQ(back->meta.modifiedBy, co.meta.modifiedBy);
    EXPECT_EQ(back->meta.site, there);
    EXPECT_EQ(back->nameEs, QStringLiteral("Colombia"));
    EXPECT_EQ(clocksOf(t.db(), countryTable, co.meta.id), clocks);
    EXPECT_EQ(sequenceOf(t.db(), countryTable, co.meta.id), first);
    EXPECT_FALSE(tombstone(t.db(), co.meta.id));
    auto hits = Search::run(t.db(), QStringLiteral("colombia"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    ASSERT_GE(committed.size(), 1);
    EXPECT_TRUE(committed.last().first().value<QSet<QString>>().contains(countryTable));

    // A newer version replaces it whole, creation time included, with the clocks it brings.
    co.meta.created = co.meta.created.addSecs(1);
    co.meta.modified = QDateTime(QDate(2020, 10, 1), QTime(8, 0), Qt::UTC);
    co.nameEs = QStringLiteral("República de Colombia");
    clocks.set(QStringLiteral("name_es"), vector(there, 9));
    ASSERT_TRUE(repo.writeIncoming(co, clocks).ok());
    back = repo.get<Country>(co.meta.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->meta.created, co.meta.created);
    EXPECT_EQ(back->meta.modified, co.meta.modified);
    EXPECT_EQ(back->nameEs, QStringLiteral("República de Colombia"));
    EXPECT_EQ(clocksOf(t.db(), countryTable, co.meta.id), clocks);
    EXPECT_EQ(sequenceOf(t.db(), countryTable, co.meta.id), first + 1);
    EXPECT_EQ(test::rowCount(t.db(), "country"), 1);
    hits = Search::run(t.db(), QStringLiteral("republica colombia"));
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 1);

    // Empty clocks are stored as NULL.
    ASSERT_TRUE(repo.writeIncoming(co, FieldClocks{}).ok());
    EXPECT_TRUE(stored(t.db(), countryTable, "clocks", co.meta.id).isNull());
}

TEST(ChangeTracking, InsertAllGivesEveryRowTheTransactionsSequence)
{
    TestDatabase t;
    Repository repo(t.db());
    Meeting m;
    m.title = QStringLiteral("Reunión");
    ASSERT_TRUE(repo.insert(m).ok());
    QList<Agreement> many;
    for (int i = 0; i < 150; ++i) { // more than one multi-row statement
        Agreement a;
        a.meetingId = m.meta.id;
        a.position = i;
        a.text = QStringLiteral("Acuerdo %1").arg(i);
        many.append(a);
    }
    ASSERT_TRUE(repo.insertAll(many).ok());
    const qint64 sequence = t->changeSequence();
    EXPECT_EQ(sequence, sequenceOf(t.db(), meetingTable, m.meta.id) + 1);
    auto q = t->exec(QStringLiteral("SELECT count(*), min(change_seq), max(change_seq), "
                                    "count(clocks) FROM agreement"));
    ASSERT_TRUE(q && q.value().next());
    EXPECT_EQ(q.value().value(0).toInt(), 150);
    EXPECT_EQ(q.value().value(1).toLongLong(), sequence);
    EXPECT_EQ(q.value().value(2).toLongLong(), sequence);
    EXPECT_EQ(q.value().value(3).toInt(), 0);
}

TEST(ChangeTracking, ClocksOfAMissingRecordAreNotFound)
{
    TestDatabase t;
    auto clocks = Repository(t.db()).clocksOf(countryTable, QUuid::createUuid());
    ASSERT_FALSE(clocks.ok());
    EXPECT_EQ(clocks.error().code, Error::Code::NotFound);
}

TEST(ChangeTracking, TheCheckerReportsClocksThatCannotBeRead)
{
    TestDatabase t;
    Repository repo(t.db());
    Country ar = country("AR", "Argentina");
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
    ASSERT_EQ(all.size(), 5);
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
    EXPECT_EQ(db.schemaVersion(), 5);
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
