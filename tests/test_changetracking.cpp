// The exchange bookkeeping of the database (docs/exchange.md, "Sites and change sequences"):
// change sequences of write transactions, field clocks bumped by updates and restores, tombstones
// left by deletions (cascades included) and removed by their undo, writes of incoming records,
// (the schema, the checker and the migration: test_changetracking_schema.cpp).

#include "model/Country.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "query/Search.h"
#include "storage/RecordRemoval.h"
#include "storage/Repository.h"
#include "support/ChangeTracking.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace focal;
using namespace focal::test;

namespace {

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

// The merge writes many updates at once, several rows to a statement: each row as given, with its
// own clocks, searchable under its new text; a record that is not stored is inserted instead and
// its tombstone goes.
TEST(ChangeTracking, ManyIncomingRecordsAreWrittenExactlyAsGiven)
{
    MeetingFixture f;
    const QUuid there = QUuid::createUuid();
    Agreement added; // deleted here once
    added.meta.id = QUuid::createUuid();
    added.meetingId = f.meeting.meta.id;
    added.position = 99;
    ASSERT_TRUE(f.t->write(QStringLiteral("INSERT INTO tombstone (record_id, tbl, deleted_at) "
                                          "VALUES (:p0, 'agreement', '2020-01-01T00:00:00.000Z')"),
                           {added.meta.id.toString(QUuid::WithoutBraces)})
                    .ok());
    QList<Agreement> stored = f.agreements;
    for (int i = 3; i < 60; ++i) { // more rows than one statement takes
        Agreement a;
        a.meetingId = f.meeting.meta.id;
        a.position = i;
        a.text = QStringLiteral("Acuerdo %1").arg(i);
        stored.append(a);
    }
    QList<Agreement> more = stored.last(57);
    ASSERT_TRUE(f.repo.insertAll(more).ok());
    for (qsizetype i = 3; i < 60; ++i) {
        auto back = f.repo.get<Agreement>(more.at(i - 3).meta.id);
        ASSERT_TRUE(back.ok());
        stored[i] = back.value();
    }
    QList<Agreement> incoming;
    QList<FieldClocks> clocks;
    for (int i = 0; i < 60; ++i) {
        Agreement a = stored.at(i);
        a.text = QStringLiteral("Compromiso revisado número %1").arg(i);
        a.meta.modified = QDateTime(QDate(2021, 1, 1 + i % 28), QTime(10, i), Qt::UTC);
        a.meta.modifiedBy = QStringLiteral("Punto focal %1").arg(i);
        a.meta.site = there;
        incoming.append(a);
        FieldClocks c;
        c.set(QStringLiteral("text"), vector(there, i + 1));
        clocks.append(c);
    }
    added.text = QStringLiteral("Acuerdo que vuelve");
    added.meta.created = QDateTime(QDate(2020, 5, 5), QTime(5, 5), Qt::UTC);
    added.meta.modified = added.meta.created;
    added.meta.site = there;
    incoming.insert(1, added);
    clocks.insert(1, FieldClocks{});

    ASSERT_TRUE(f.repo.writeIncomingAll(incoming, clocks, {QStringLiteral("text")}).ok());
    const qint64 sequence = f.t->changeSequence();
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const Agreement &a = incoming.at(i);
        auto back = f.repo.get<Agreement>(a.meta.id);
        ASSERT_TRUE(back.ok()) << i;
        EXPECT_EQ(back->text, a.text);
        EXPECT_EQ(back->position, a.position);
        EXPECT_EQ(back->meta.created, a.meta.created);
        EXPECT_EQ(back->meta.modified, a.meta.modified);
        EXPECT_EQ(back->meta.modifiedBy, a.meta.modifiedBy);
        EXPECT_EQ(back->meta.site, there);
        EXPECT_EQ(clocksOf(f.t.db(), agreementTable, a.meta.id), clocks.at(i));
        EXPECT_EQ(sequenceOf(f.t.db(), agreementTable, a.meta.id), sequence);
    }
    EXPECT_FALSE(tombstone(f.t.db(), added.meta.id));
    EXPECT_EQ(test::rowCount(f.t.db(), "agreement"), 61);
    auto hits = Search::run(f.t.db(), QStringLiteral("compromiso revisado numero"), 100);
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 60);
    hits = Search::run(f.t.db(), QStringLiteral("acuerdo que vuelve"));
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 1);
    hits = Search::run(f.t.db(), QStringLiteral("Acuerdo 17"));
    ASSERT_TRUE(hits.ok());
    EXPECT_TRUE(hits->isEmpty()); // the old texts left the index
}

// An import's updates write only the columns the merge changed (the derived day of a deadline
// with its deadline), the change metadata and the clocks: the rest of the row stays as stored.
TEST(ChangeTracking, IncomingUpdatesWriteOnlyTheColumnsTheyChange)
{
    MeetingFixture f;
    const QUuid there = QUuid::createUuid();
    Agreement stored = f.agreements.at(1);
    stored.due = *Deadline::parse(QStringLiteral("Primer bimestre 2021"));
    stored.dueText = QStringLiteral("Primer bimestre 2021");
    ASSERT_TRUE(f.repo.update(stored).ok());
    const auto dueEnd = [&] {
        auto q = f.t->exec(QStringLiteral("SELECT due_end FROM agreement WHERE id = ?"),
                           {stored.meta.id.toString(QUuid::WithoutBraces)});
        return q && q.value().next() ? q.value().value(0).toString() : QStringLiteral("?");
    };
    ASSERT_EQ(dueEnd(), QStringLiteral("2021-02-28"));
    auto before = f.repo.get<Agreement>(stored.meta.id);
    ASSERT_TRUE(before.ok());

    Agreement incoming = before.value();
    incoming.text = QStringLiteral("Texto revisado");
    incoming.due = *Deadline::parse(QStringLiteral("Segundo semestre 2021"));
    incoming.position = 42; // not among the changed columns
    incoming.meta.created = QDateTime(QDate(2000, 1, 1), {}, Qt::UTC); // a record's own: kept
    incoming.meta.modified = QDateTime(QDate(2021, 3, 4), QTime(5, 6), Qt::UTC);
    incoming.meta.modifiedBy = QStringLiteral("Punto focal de Perú");
    incoming.meta.site = there;
    FieldClocks clocks;
    clocks.set(QStringLiteral("text"), vector(there, 7));
    clocks.set(QStringLiteral("due"), vector(there, 8));
    ASSERT_TRUE(f.repo
                    .writeIncomingAll(QList<Agreement>{incoming}, {clocks},
                                      {QStringLiteral("due"), QStringLiteral("text")})
                    .ok());
    auto back = f.repo.get<Agreement>(stored.meta.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->text, QStringLiteral("Texto revisado"));
    EXPECT_EQ(back->due.toCode(), incoming.due.toCode());
    EXPECT_EQ(dueEnd(), QStringLiteral("2021-12-31"));
    EXPECT_EQ(back->position, before->position);
    EXPECT_EQ(back->dueText, QStringLiteral("Primer bimestre 2021"));
    EXPECT_EQ(back->meta.created, before->meta.created);
    EXPECT_EQ(back->meta.modified, incoming.meta.modified);
    EXPECT_EQ(back->meta.modifiedBy, incoming.meta.modifiedBy);
    EXPECT_EQ(back->meta.site, there);
    EXPECT_EQ(clocksOf(f.t.db(), agreementTable, stored.meta.id), clocks);

    // Only the text now: the deadline and its day stay as stored.
    incoming.text = QStringLiteral("Otro texto");
    incoming.due = *Deadline::parse(QStringLiteral("Por definir"));
    ASSERT_TRUE(
        f.repo.writeIncomingAll(QList<Agreement>{incoming}, {clocks}, {QStringLiteral("text")})
            .ok());
    back = f.repo.get<Agreement>(stored.meta.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->text, QStringLiteral("Otro texto"));
    EXPECT_EQ(dueEnd(), QStringLiteral("2021-12-31"));
    EXPECT_EQ(back->due.toCode(),
              Deadline::parse(QStringLiteral("Segundo semestre 2021"))->toCode());
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
