// The generic record storage: round trips of every column type, change metadata, links,
// refusals, and bad values.

#include "data/DefaultData.h"
#include "model/ColumnLabels.h"
#include "model/Country.h"
#include "model/Document.h"
#include "model/Institution.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/RecordId.h"
#include "model/WorkingGroup.h"
#include "query/Checker.h"
#include "query/RecordRow.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace focal;
using focal::test::TestDatabase;

namespace {

Country peru()
{
    Country c;
    c.iso2 = QStringLiteral("PE");
    c.iso3 = QStringLiteral("PER");
    c.numeric = QStringLiteral("604");
    c.nameEs = QStringLiteral("Perú");
    c.namePt = QStringLiteral("Peru");
    c.nameEn = QStringLiteral("Peru");
    return c;
}

} // namespace

TEST(Repository, InsertAssignsAUuidAndStampsChangeInformation)
{
    TestDatabase t;
    Repository repo(t.db());
    Country c = peru();
    ASSERT_TRUE(repo.insert(c).ok());
    EXPECT_FALSE(c.meta.id.isNull());

    auto back = repo.get<Country>(c.meta.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->nameEs, QStringLiteral("Perú"));
    EXPECT_EQ(back->iso3, QStringLiteral("PER"));
    EXPECT_EQ(back->meta.created, TestDatabase::fixedNow());
    EXPECT_EQ(back->meta.modified, TestDatabase::fixedNow());
    EXPECT_EQ(back->meta.modifiedBy, QStringLiteral("tester"));
    EXPECT_EQ(back->meta.site, t->context().site);
}

TEST(Repository, UpdateKeepsCreationTimeAndMovesModification)
{
    TestDatabase t;
    Repository repo(t.db());
    Country c = peru();
    ASSERT_TRUE(repo.insert(c).ok());
    const QDateTime later = TestDatabase::fixedNow().addDays(3);
    t->context().clock = [later] { return later; };
    t->context().author = QStringLiteral("María");
    c.nameEn = QStringLiteral("Republic of Peru");
    ASSERT_TRUE(repo.update(c).ok());

    auto back = repo.get<Country>(c.meta.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->nameEn, QStringLiteral("Republic of Peru"));
    EXPECT_EQ(back->meta.created, TestDatabase::fixedNow());
    EXPECT_EQ(back->meta.modified, later);
    EXPECT_EQ(back->meta.modifiedBy, QStringLiteral("María"));
}

TEST(Repository, EveryColumnTypeRoundTrips)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    Repository repo(t.db());
    Meeting m;
    m.kind = MeetingKind::Training;
    m.date = QDate(2021, 3, 4);
    m.startTime = QTime(10, 30);
    m.timeZone = QStringLiteral("America/Asuncion");
    m.number = 7;
    m.title = QStringLiteral("7ª Capacitación — «ñandutí» 日本");
    m.scope = MeetingScope::Forum;
    m.participantsCount = 0; // zero is a count, not "unknown"
    m.summary = QStringLiteral("línea 1\nlínea 2\ttab");
    ASSERT_TRUE(repo.insert(m).ok());

    auto back = repo.get<Meeting>(m.meta.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->kind, MeetingKind::Training);
    EXPECT_EQ(back->date, QDate(2021, 3, 4));
    EXPECT_EQ(back->startTime, QTime(10, 30));
    EXPECT_EQ(back->timeZone, QStringLiteral("America/Asuncion"));
    ASSERT_TRUE(back->number.has_value());
    EXPECT_EQ(*back->number, 7);
    EXPECT_EQ(back->title, m.title);
    EXPECT_EQ(back->scope, MeetingScope::Forum);
    ASSERT_TRUE(back->participantsCount.has_value());
    EXPECT_EQ(*back->participantsCount, 0);
    EXPECT_EQ(back->summary, m.summary);
    EXPECT_TRUE(back->seriesId.isNull());
    EXPECT_TRUE(back->groupId.isNull());

    Agreement a;
    a.meetingId = m.meta.id;
    a.text = QStringLiteral("Enviar el informe");
    a.isCommitment = true;
    a.responsibleCountryId = DefaultData::keyUuid(Country::table, QStringLiteral("PY"));
    a.due = *Deadline::parse(QStringLiteral("Primer bimestre 2021"));
    a.dueText = QStringLiteral("Primer bimestre 2021");
    a.status = CommitmentStatus::Open;
    ASSERT_TRUE(repo.insert(a).ok());
    auto ab = repo.get<Agreement>(a.meta.id);
    ASSERT_TRUE(ab.ok());
    EXPECT_TRUE(ab->isCommitment);
    EXPECT_EQ(ab->responsibleCountryId, a.responsibleCountryId);
    EXPECT_EQ(ab->due, a.due);
    EXPECT_EQ(ab->due.end(), QDate(2021, 2, 28));
    ASSERT_TRUE(ab->status.has_value());
    EXPECT_EQ(*ab->status, CommitmentStatus::Open);
    EXPECT_TRUE(ab->responsibleInstitutionId.isNull());
}

TEST(Repository, BinaryAttachmentsRoundTripByteForByte)
{
    TestDatabase t;
    Repository repo(t.db());
    Document d;
    d.title = QStringLiteral("Plan sectorial");
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(char(i * 31 % 256));
    d.fileData = bytes;
    d.fileName = QStringLiteral("../../etc/plan.pdf"); // kept as a label only
    ASSERT_TRUE(repo.insert(d).ok());
    auto back = repo.get<Document>(d.meta.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->fileData, bytes);
    EXPECT_EQ(back->fileName, d.fileName);
}

TEST(Repository, AHundredMegabyteTextIsStoredWhole)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    Repository repo(t.db());
    GroupText text;
    text.groupId = DefaultData::keyUuid(WorkingGroup::table, QStringLiteral("seguridad"));
    text.section = TextSection::Other;
    const QString word = QStringLiteral("cooperación ");
    text.body = word.repeated(100 * 1024 * 1024 / word.size() + 1);
    ASSERT_GE(text.body.toUtf8().size(), 100 * 1024 * 1024);
    ASSERT_TRUE(repo.insert(text).ok());
    auto back = repo.get<GroupText>(text.meta.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->body.size(), text.body.size());
    EXPECT_TRUE(back->body == text.body);
}

TEST(Repository, ALinkToAMissingRecordIsRefusedAndNothingIsWritten)
{
    TestDatabase t;
    Repository repo(t.db());
    Institution i;
    i.countryId = QUuid::createUuid();
    i.name = QStringLiteral("Ministerio de Nada");
    auto r = repo.insert(i);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Constraint);
    EXPECT_EQ(test::rowCount(t.db(), "institution"), 0);
}

TEST(Repository, DeletingACountryThatLeadsASubgroupIsRefused)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    Repository repo(t.db());
    const QUuid chile = DefaultData::keyUuid(Country::table, QStringLiteral("CL"));
    const int subgroups = test::rowCount(t.db(), "subgroup");
    auto r = repo.remove<Country>(chile);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Constraint);
    EXPECT_TRUE(repo.get<Country>(chile).ok());
    EXPECT_EQ(test::rowCount(t.db(), "subgroup"), subgroups);
}

TEST(Repository, RemovingAMissingRecordSaysSo)
{
    TestDatabase t;
    Repository repo(t.db());
    auto r = repo.remove<Country>(QUuid::createUuid());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::NotFound);
    Country ghost = peru();
    ghost.meta.id = QUuid::createUuid();
    auto u = repo.update(ghost);
    ASSERT_FALSE(u.ok());
    EXPECT_EQ(u.error().code, Error::Code::NotFound);
}

TEST(Repository, AnUnreadableStoredValueIsReportedNotGuessed)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    Repository repo(t.db());
    ASSERT_TRUE(
        t->exec(QStringLiteral("UPDATE meeting SET kind = 'picnic' WHERE date = '2019-11-11'"))
            .ok());
    auto r = repo.list<Meeting>();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(r.error().detail.contains(QStringLiteral("kind")));

    auto report = Checker::run(t.db());
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ok());
}

TEST(Repository, InvalidUtf8StoredByAnotherProgramIsReadSafely)
{
    TestDatabase t;
    Repository repo(t.db());
    Country c = peru();
    ASSERT_TRUE(repo.insert(c).ok());
    // Bytes that are not UTF-8 (a Latin-1 "ú"), written behind Focal's back: one character
    // comes back in their place, and the rest of the text is intact.
    ASSERT_TRUE(
        t->exec(QStringLiteral("UPDATE country SET name_es = CAST(X'5065729A' AS TEXT)")).ok());
    auto back = repo.get<Country>(c.meta.id);
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->nameEs.startsWith(QStringLiteral("Per")));
    EXPECT_EQ(back->nameEs.size(), 4) << back->nameEs.toStdString();
    EXPECT_NE(back->nameEs, QStringLiteral("Peru"));
}

TEST(RecordId, NewRecordsGetTimeOrderedVersion7Ids)
{
    QRandomGenerator random(42);
    const qint64 t0 = QDateTime(QDate(2021, 1, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    const QUuid a = createRecordId(t0, random);
    const QUuid b = createRecordId(t0 + 1, random);
    const QUuid c = createRecordId(t0, random);
    // Qt 6.4 does not know version 7 by name: read the version and variant digits.
    EXPECT_EQ(a.toString(QUuid::WithoutBraces).at(14), QLatin1Char('7'));
    EXPECT_TRUE(QStringLiteral("89ab").contains(a.toString(QUuid::WithoutBraces).at(19)));
    // The first 48 bits are the time: 2021-01-15T12:00:00Z.
    EXPECT_EQ(a.toString(QUuid::WithoutBraces).left(13), QStringLiteral("017705ea-a600"));
    EXPECT_LT(a.toString(QUuid::WithoutBraces), b.toString(QUuid::WithoutBraces));
    EXPECT_NE(a, c); // same millisecond, still distinct
}

TEST(Repository, InsertedRecordsSortByCreationTime)
{
    TestDatabase t;
    Repository repo(t.db());
    QDateTime now = TestDatabase::fixedNow();
    t->context().clock = [&now] { return now; };
    QStringList ids;
    for (const char *code : {"AR", "BR", "CL"}) {
        Country c;
        c.iso2 = QLatin1String(code);
        c.nameEs = QLatin1String(code);
        ASSERT_TRUE(repo.insert(c).ok());
        EXPECT_EQ(c.meta.id.toString(QUuid::WithoutBraces).at(14), QLatin1Char('7'));
        ids << c.meta.id.toString(QUuid::WithoutBraces);
        now = now.addSecs(1);
    }
    QStringList sorted = ids;
    sorted.sort();
    EXPECT_EQ(ids, sorted);
}

TEST(ColumnLabels, EnumColumnsReadAsTheirLabelsOthersAsText)
{
    EXPECT_EQ(columnValueLabel(QStringLiteral("plan_item"), QStringLiteral("status"),
                               QStringLiteral("in_progress")),
              QStringLiteral("in progress"));
    EXPECT_EQ(columnValueLabel(QStringLiteral("agreement"), QStringLiteral("status"),
                               QStringLiteral("open")),
              QStringLiteral("open"));
    EXPECT_EQ(columnValueLabel(QStringLiteral("meeting"), QStringLiteral("kind"),
                               QStringLiteral("workshop")),
              QStringLiteral("in-person workshop"));
    EXPECT_EQ(columnValueLabel(QStringLiteral("meeting"), QStringLiteral("title"),
                               QStringLiteral("workshop")),
              QStringLiteral("workshop"));
    // An unknown key is shown as stored rather than hidden.
    EXPECT_EQ(columnValueLabel(QStringLiteral("plan_item"), QStringLiteral("status"),
                               QStringLiteral("bogus")),
              QStringLiteral("bogus"));
    EXPECT_TRUE(columnValueLabel(QStringLiteral("agreement"), QStringLiteral("status"), QVariant())
                    .isEmpty());
}

TEST(RecordRow, ReadsASearchableRecordColumnByColumnAndRefusesOthers)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    const QUuid peru = DefaultData::keyUuid(Country::table, QStringLiteral("PE"));
    auto row = RecordRow::read(t.db(), QStringLiteral("country"), peru);
    ASSERT_TRUE(row.ok());
    ASSERT_GE(row->size(), 6);
    EXPECT_EQ(row->first().first, QStringLiteral("id"));
    bool found = false;
    for (const auto &[column, value] : *row)
        if (column == QLatin1String("name_es")) {
            found = true;
            EXPECT_EQ(value.toString(), QStringLiteral("Perú"));
        }
    EXPECT_TRUE(found);

    auto unknown = RecordRow::read(t.db(), QStringLiteral("focal_meta"), peru);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::Invalid);
    auto missing = RecordRow::read(t.db(), QStringLiteral("country"), QUuid::createUuid());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
}

namespace {

// The stored value of a column that records never read back (a derived column).
QVariant storedColumn(Database &db, const char *table, const char *column, const QUuid &id)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                         .arg(QLatin1String(column), QLatin1String(table)),
                     {id.toString(QUuid::WithoutBraces)});
    if (!q || !q.value().next())
        return QStringLiteral("(no row)");
    return q.value().value(0);
}

} // namespace

static_assert(HasDerivedColumns<PlanItem> && HasDerivedColumns<Agreement>);
static_assert(!HasDerivedColumns<Country> && derivedColumnCount<Country>() == 0);

TEST(Repository, APlanItemsDeadlineEndIsWrittenOnInsertUpdateAndRestore)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    Repository repo(t.db());
    auto loaded = repo.listWhere<PlanItem>("deadline_text", QStringLiteral("Cuarto bimestre 2020"));
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded->size(), 1);
    const PlanItem original = loaded->first();
    // The default data goes through Repository::insert too.
    EXPECT_EQ(storedColumn(t.db(), "plan_item", "deadline_end", original.meta.id).toString(),
              QStringLiteral("2020-08-31"));

    PlanItem item = original;
    item.deadline = *Deadline::monthRange(2020, 10, 2020, 12);
    ASSERT_TRUE(repo.update(item).ok());
    EXPECT_EQ(storedColumn(t.db(), "plan_item", "deadline_end", item.meta.id).toString(),
              QStringLiteral("2020-12-31"));

    item.deadline = Deadline(); // "Por definir": no end day, so never overdue in SQL
    ASSERT_TRUE(repo.update(item).ok());
    const QVariant undefinedEnd = storedColumn(t.db(), "plan_item", "deadline_end", item.meta.id);
    EXPECT_TRUE(undefinedEnd.isNull()) << undefinedEnd.toString().toStdString();

    ASSERT_TRUE(repo.restore(original).ok());
    EXPECT_EQ(storedColumn(t.db(), "plan_item", "deadline_end", item.meta.id).toString(),
              QStringLiteral("2020-08-31"));

    // A list of periods ends with its latest one, whatever the order written.
    PlanItem added = original;
    added.meta = {};
    added.deadline = *Deadline::list(Deadline::bimester(2021, 1)->periods() +
                                     Deadline::bimester(2020, 4)->periods());
    ASSERT_TRUE(repo.insert(added).ok());
    EXPECT_EQ(storedColumn(t.db(), "plan_item", "deadline_end", added.meta.id).toString(),
              QStringLiteral("2021-02-28"));
    // The record reads back as it was written: the derived column is not one of its fields.
    auto back = repo.get<PlanItem>(added.meta.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->deadline, added.deadline);
    EXPECT_EQ(back->text, original.text);
}

TEST(Repository, ACommitmentsDueEndIsWrittenAndARestoredRecordGetsItBack)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    Repository repo(t.db());
    auto meetings = repo.list<Meeting>();
    ASSERT_TRUE(meetings.ok());
    ASSERT_FALSE(meetings->isEmpty());
    Agreement a;
    a.meetingId = meetings->first().meta.id;
    a.text = QStringLiteral("Enviar el informe");
    a.isCommitment = true;
    a.responsibleCountryId = DefaultData::keyUuid(Country::table, QStringLiteral("PE"));
    a.status = CommitmentStatus::Open;
    a.due = *Deadline::quarter(2021, 2);
    ASSERT_TRUE(repo.insert(a).ok());
    EXPECT_EQ(storedColumn(t.db(), "agreement", "due_end", a.meta.id).toString(),
              QStringLiteral("2021-06-30"));

    // Deleted and put back (how an undo restores it): the end day comes back with it.
    ASSERT_TRUE(repo.remove<Agreement>(a.meta.id).ok());
    ASSERT_TRUE(repo.restore(a).ok());
    EXPECT_EQ(storedColumn(t.db(), "agreement", "due_end", a.meta.id).toString(),
              QStringLiteral("2021-06-30"));
}

TEST(Repository, InsertAllWritesTheDerivedColumnsOfEveryRow)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    Repository repo(t.db());
    auto loaded = repo.listWhere<PlanItem>("deadline_text", QStringLiteral("Cuarto bimestre 2020"));
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded->size(), 1);
    QList<PlanItem> items;
    const QList<Deadline> deadlines{*Deadline::semester(2021, 1), Deadline(),
                                    *Deadline::date(QDate(2021, 5, 4))};
    for (const Deadline &d : deadlines) {
        PlanItem item = loaded->first();
        item.meta = {};
        item.deadline = d;
        items << item;
    }
    ASSERT_TRUE(repo.insertAll(items).ok());
    EXPECT_EQ(storedColumn(t.db(), "plan_item", "deadline_end", items.at(0).meta.id).toString(),
              QStringLiteral("2021-06-30"));
    EXPECT_TRUE(storedColumn(t.db(), "plan_item", "deadline_end", items.at(1).meta.id).isNull());
    EXPECT_EQ(storedColumn(t.db(), "plan_item", "deadline_end", items.at(2).meta.id).toString(),
              QStringLiteral("2021-05-04"));
}
