// The merge engine end to end on real databases: export selections, import (preview and apply),
// conflicts and how settling them converges. Packages travel in memory here; the file format
// has its own tests.
#include "data/DefaultData.h"
#include "exchange/Exchange.h"
#include "exchange/PackageRecords.h"
#include "model/RecordTypes.h"
#include "query/Search.h"
#include "storage/RecordRemoval.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QSet>
#include <QSqlRecord>

using namespace focal;
using focal::test::TestDatabase;

namespace {

// Every row of every record table with every column but change_seq (which is each site's own
// bookkeeping): two sites hold the same data when their dumps are equal.
QStringList records(Database &db)
{
    QStringList out;
    for (const QString &table : recordTables()) {
        auto rows = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        EXPECT_TRUE(rows.ok());
        while (rows && rows.value().next()) {
            const QSqlRecord r = rows.value().record();
            QStringList fields;
            for (int i = 0; i < r.count(); ++i) {
                if (r.fieldName(i) == QLatin1String("change_seq"))
                    continue;
                const QVariant v = r.value(i);
                fields << (v.isNull() ? QStringLiteral("NULL")
                           : v.typeId() == QMetaType::QByteArray
                               ? QString::fromLatin1(v.toByteArray().toHex())
                               : v.toString());
            }
            out << table + QLatin1Char('|') + fields.join(QLatin1Char('|'));
        }
    }
    return out;
}

// "" when the two lists are equal; otherwise the first line that differs, readable.
std::string difference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString x = a.value(i, QStringLiteral("(none)"));
        const QString y = b.value(i, QStringLiteral("(none)"));
        if (x != y)
            return QStringLiteral("line %1 of %2/%3:\n  %4\n  %5")
                .arg(i)
                .arg(a.size())
                .arg(b.size())
                .arg(x.left(300), y.left(300))
                .toStdString();
    }
    return {};
}

QStringList tombstones(Database &db)
{
    QStringList out;
    auto rows = db.exec(QStringLiteral("SELECT record_id, tbl, clocks, deleted_at, site_id, "
                                       "author FROM tombstone ORDER BY record_id"));
    while (rows && rows.value().next()) {
        QStringList fields;
        for (int i = 0; i < 6; ++i)
            fields << rows.value().value(i).toString();
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

int count(Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

package::Package collect(Database &db, ExportSelection selection = {})
{
    auto p = PackageExport::collect(db, selection);
    EXPECT_TRUE(p.ok()) << (p ? "" : p.error().fullText().toStdString());
    return p ? p.value() : package::Package{};
}

ImportPreview apply(Database &db, const package::Package &package)
{
    auto r = PackageImport::apply(db, package);
    EXPECT_TRUE(r.ok()) << (r ? "" : r.error().fullText().toStdString());
    return r ? r.value() : ImportPreview{};
}

// Sends everything `from` holds to `to`.
ImportPreview send(Database &from, Database &to)
{
    return apply(to, collect(from));
}

Country country(const QString &iso2, const QString &name)
{
    Country c;
    c.iso2 = iso2;
    c.nameEs = name;
    c.namePt = name;
    c.nameEn = name;
    return c;
}

template <typename T> T get(Database &db, const QUuid &id)
{
    Repository repo(db);
    auto r = repo.get<T>(id);
    EXPECT_TRUE(r.ok());
    return r ? r.value() : T{};
}

template <typename T> void update(Database &db, T record)
{
    Repository repo(db);
    auto r = repo.update(record);
    ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
}

void remove(Database &db, const QString &table, const QUuid &id)
{
    auto plan = RecordRemoval::plan(db, table, id);
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(RecordRemoval::execute(db, plan.value()).ok());
}

QList<Conflict> conflicts(Database &db)
{
    auto list = Conflicts::list(db);
    EXPECT_TRUE(list.ok());
    return list ? list.value() : QList<Conflict>{};
}

// Time moves on with every change at any site, as it does between people editing: the later
// change's metadata is the one a merged record keeps.
void ticking(TestDatabase &site)
{
    static qint64 tick = 0;
    site->context().clock = [] { return TestDatabase::fixedNow().addMSecs(++tick); };
}

// Two sites sharing one country, made at the first and sent to the second.
struct TwoSites
{
    TestDatabase a, b;
    QUuid peru;
    TwoSites()
    {
        ticking(a);
        ticking(b);
        Country c = country(QStringLiteral("PE"), QStringLiteral("Perú"));
        Repository repo(a.db());
        EXPECT_TRUE(repo.insert(c).ok());
        peru = c.meta.id;
        send(a.db(), b.db());
    }
};

} // namespace

TEST(Merge, EverythingRoundTripsIntoAnEmptyDatabase)
{
    TestDatabase source(TestDatabase::Content::DefaultData);
    Database &db = source.db();
    Repository repo(db);
    // Changes after creation (clocks), accents, a very long text, a binary attachment, and a
    // deletion (a tombstone).
    Country peru = get<Country>(db, DefaultData::keyUuid(Country::table, QStringLiteral("PE")));
    peru.namePt = QStringLiteral("Peru — República do Peru, ñandú, ação");
    update(db, peru);
    GroupText text;
    text.groupId = DefaultData::keyUuid(WorkingGroup::table, QStringLiteral("seguridad"));
    text.section = TextSection::Other;
    text.year = 2021;
    text.body = QString(100'000, QChar(u'é'));
    ASSERT_TRUE(repo.insert(text).ok());
    Document doc;
    doc.groupId = text.groupId;
    doc.title = QStringLiteral("Acta firmada (versión escaneada)");
    doc.fileName = QStringLiteral("acta.pdf");
    doc.mimeType = QStringLiteral("application/pdf");
    for (int i = 0; i < 70'000; ++i)
        doc.fileData.append(char(i * 7 % 256));
    ASSERT_TRUE(repo.insert(doc).ok());
    remove(db, QLatin1String(Milestone::table), repo.list<Milestone>().value().first().meta.id);
    ASSERT_FALSE(tombstones(db).isEmpty());

    // Through the file, as focal points send it.
    const QString path = source.dir() + QStringLiteral("/todo.focal");
    auto manifest = PackageExport::write(db, {}, path);
    ASSERT_TRUE(manifest.ok()) << manifest.error().fullText().toStdString();
    EXPECT_EQ(manifest->selection, QStringLiteral("all"));
    EXPECT_EQ(manifest->records, records(db).size());
    EXPECT_EQ(manifest->deletions, tombstones(db).size());
    auto read = package::PackageFile::read(path);
    ASSERT_TRUE(read.ok()) << read.error().fullText().toStdString();
    TestDatabase target;
    const ImportPreview done = apply(target.db(), read.value());
    EXPECT_EQ(done.conflicts, 0);
    EXPECT_EQ(done.added, records(db).size());
    EXPECT_EQ(difference(records(target.db()), records(db)), "");
    EXPECT_EQ(difference(tombstones(target.db()), tombstones(db)), "");
    EXPECT_EQ(get<GroupText>(target.db(), text.meta.id).body.size(), 100'000);
    EXPECT_EQ(get<Document>(target.db(), doc.meta.id).fileData, doc.fileData);
    // Derived columns and the search index are the receiver's own work.
    EXPECT_EQ(count(target.db(), QStringLiteral("SELECT count(*) FROM plan_item WHERE "
                                                "deadline_end IS NOT NULL")),
              count(db, QStringLiteral("SELECT count(*) FROM plan_item WHERE deadline_end IS "
                                       "NOT NULL")));
    auto hits = Search::run(target.db(), QStringLiteral("nandu"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, peru.meta.id);
}

TEST(Merge, ImportingTheSamePackageTwiceChangesNothing)
{
    TestDatabase source(TestDatabase::Content::DefaultData), target;
    const package::Package package = collect(source.db());
    int calls = 0, last = 0, total = 0;
    auto first = PackageImport::apply(target.db(), package, [&](int done, int all) {
        ++calls;
        last = done;
        total = all;
    });
    ASSERT_TRUE(first.ok());
    EXPECT_GT(first->added, 100);
    EXPECT_EQ(calls, total);
    EXPECT_EQ(last, total);
    EXPECT_GE(total, first->added);

    const QStringList before = test::dumpTables(target.db());
    auto again = PackageImport::preview(target.db(), package);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->changesNothing()) << again->summary().toStdString();
    EXPECT_EQ(again->unchanged, package.records.size() + package.deletions.size());
    auto second = PackageImport::apply(target.db(), package);
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->changesNothing());
    EXPECT_EQ(difference(test::dumpTables(target.db()), before), "");
    EXPECT_EQ(count(target.db(), QStringLiteral("SELECT count(*) FROM package_log WHERE "
                                                "direction = 'received'")),
              1);
}

TEST(Merge, DifferentFieldsEditedAtTwoSitesMergeSilently)
{
    TwoSites s;
    Country here = get<Country>(s.a.db(), s.peru);
    here.nameEs = QStringLiteral("República del Perú");
    update(s.a.db(), here);
    Country there = get<Country>(s.b.db(), s.peru);
    there.namePt = QStringLiteral("República do Peru");
    update(s.b.db(), there);

    const ImportPreview atA = send(s.b.db(), s.a.db());
    EXPECT_EQ(atA.changed, 1);
    EXPECT_EQ(atA.conflicts, 0);
    ASSERT_EQ(atA.changes.size(), 1);
    EXPECT_EQ(atA.changes.first().fields, QStringList{QStringLiteral("name_pt")});
    const ImportPreview atB = send(s.a.db(), s.b.db());
    EXPECT_EQ(atB.changed, 1);
    EXPECT_EQ(atB.conflicts, 0);

    const Country merged = get<Country>(s.b.db(), s.peru);
    EXPECT_EQ(merged.nameEs, QStringLiteral("República del Perú"));
    EXPECT_EQ(merged.namePt, QStringLiteral("República do Peru"));
    EXPECT_EQ(difference(records(s.a.db()), records(s.b.db())), "");
    EXPECT_EQ(Conflicts::count(s.a.db()).value(), 0);
}

TEST(Merge, SameFieldEditedAtTwoSitesIsOneConflictSettledEitherWay)
{
    TwoSites s;
    Country here = get<Country>(s.a.db(), s.peru);
    here.nameEs = QStringLiteral("Perú (A)");
    update(s.a.db(), here);
    Country there = get<Country>(s.b.db(), s.peru);
    there.nameEs = QStringLiteral("Perú (B)");
    update(s.b.db(), there);

    const ImportPreview atA = send(s.b.db(), s.a.db());
    EXPECT_EQ(atA.conflicts, 1);
    EXPECT_EQ(atA.changed, 0);
    EXPECT_EQ(get<Country>(s.a.db(), s.peru).nameEs, QStringLiteral("Perú (A)")); // kept
    const QList<Conflict> listA = conflicts(s.a.db());
    ASSERT_EQ(listA.size(), 1);
    EXPECT_EQ(listA.first().kind, Conflict::Kind::Field);
    EXPECT_EQ(listA.first().field, QStringLiteral("name_es"));
    EXPECT_EQ(listA.first().localValue.toString(), QStringLiteral("Perú (A)"));
    EXPECT_EQ(listA.first().incomingValue.toString(), QStringLiteral("Perú (B)"));
    EXPECT_EQ(listA.first().incomingSite, s.b->context().site);
    EXPECT_EQ(listA.first().recordLabel, QStringLiteral("Perú (A)"));
    // The same package again finds the conflict known: nothing new.
    EXPECT_TRUE(PackageImport::preview(s.a.db(), collect(s.b.db()))->changesNothing());
    EXPECT_EQ(Conflicts::count(s.a.db()).value(), 1);

    send(s.a.db(), s.b.db());
    const QList<Conflict> listB = conflicts(s.b.db());
    ASSERT_EQ(listB.size(), 1);
    EXPECT_EQ(get<Country>(s.b.db(), s.peru).nameEs, QStringLiteral("Perú (B)"));

    // A keeps its value, B takes A's: both sides now say "Perú (A)".
    ASSERT_TRUE(Conflicts::resolve(s.a.db(), listA.first().id, Conflicts::Choice::KeepLocal).ok());
    ASSERT_TRUE(
        Conflicts::resolve(s.b.db(), listB.first().id, Conflicts::Choice::TakeIncoming).ok());
    EXPECT_EQ(Conflicts::count(s.a.db()).value(), 0);
    EXPECT_EQ(get<Country>(s.b.db(), s.peru).nameEs, QStringLiteral("Perú (A)"));
    EXPECT_EQ(
        Conflicts::resolve(s.b.db(), listB.first().id, Conflicts::Choice::KeepLocal).error().code,
        Error::Code::NotFound);

    const ImportPreview again = send(s.a.db(), s.b.db());
    EXPECT_EQ(again.conflicts, 0);
    EXPECT_EQ(send(s.b.db(), s.a.db()).conflicts, 0);
    EXPECT_EQ(difference(records(s.a.db()), records(s.b.db())), "");
    EXPECT_EQ(Conflicts::count(s.a.db()).value() + Conflicts::count(s.b.db()).value(), 0);
}

TEST(Merge, SettlingBySendingTheSettledValueOnConvergesAThirdSite)
{
    TwoSites s;
    TestDatabase c;
    ticking(c);
    send(s.a.db(), c.db());
    Country here = get<Country>(s.a.db(), s.peru);
    here.nameEn = QStringLiteral("Peru (A)");
    update(s.a.db(), here);
    Country there = get<Country>(s.b.db(), s.peru);
    there.nameEn = QStringLiteral("Peru (B)");
    update(s.b.db(), there);
    send(s.b.db(), s.a.db());
    send(s.b.db(), c.db()); // C takes B's value silently: it never changed it
    EXPECT_EQ(get<Country>(c.db(), s.peru).nameEn, QStringLiteral("Peru (B)"));
    ASSERT_TRUE(Conflicts::resolve(s.a.db(), conflicts(s.a.db()).first().id,
                                   Conflicts::Choice::TakeIncoming)
                    .ok());
    // A's settlement is After both versions: C and B take it without a conflict.
    EXPECT_EQ(send(s.a.db(), c.db()).conflicts, 0);
    EXPECT_EQ(send(s.a.db(), s.b.db()).conflicts, 0);
    EXPECT_EQ(difference(records(c.db()), records(s.a.db())), "");
    EXPECT_EQ(difference(records(s.b.db()), records(s.a.db())), "");
}

TEST(Merge, EditHereAndDeletionThereConflictOnBothSidesAndSettle)
{
    for (const bool keep : {false, true}) {
        SCOPED_TRACE(keep ? "keep the record" : "accept the deletion");
        TwoSites s;
        Country here = get<Country>(s.a.db(), s.peru);
        here.iso3 = QStringLiteral("PER");
        update(s.a.db(), here);
        remove(s.b.db(), QLatin1String(Country::table), s.peru);

        // At A: deleted there, changed here. The record stays.
        const ImportPreview atA = send(s.b.db(), s.a.db());
        EXPECT_EQ(atA.conflicts, 1);
        EXPECT_EQ(atA.deleted, 0);
        const QList<Conflict> listA = conflicts(s.a.db());
        ASSERT_EQ(listA.size(), 1);
        EXPECT_EQ(listA.first().kind, Conflict::Kind::DeletedThere);
        EXPECT_EQ(get<Country>(s.a.db(), s.peru).iso3, QStringLiteral("PER"));
        // At B: deleted here, changed there. It stays deleted.
        const ImportPreview atB = send(s.a.db(), s.b.db());
        EXPECT_EQ(atB.conflicts, 1);
        EXPECT_EQ(atB.added, 0);
        const QList<Conflict> listB = conflicts(s.b.db());
        ASSERT_EQ(listB.size(), 1);
        EXPECT_EQ(listB.first().kind, Conflict::Kind::DeletedHere);
        EXPECT_EQ(listB.first().recordLabel, QStringLiteral("Perú"));
        EXPECT_EQ(test::rowCount(s.b.db(), "country"), 0);

        ASSERT_TRUE(Conflicts::resolve(s.a.db(), listA.first().id,
                                       keep ? Conflicts::Choice::KeepLocal
                                            : Conflicts::Choice::TakeIncoming)
                        .ok());
        ASSERT_TRUE(Conflicts::resolve(s.b.db(), listB.first().id,
                                       keep ? Conflicts::Choice::TakeIncoming
                                            : Conflicts::Choice::KeepLocal)
                        .ok());
        EXPECT_EQ(test::rowCount(s.a.db(), "country"), keep ? 1 : 0);
        EXPECT_EQ(test::rowCount(s.b.db(), "country"), keep ? 1 : 0);
        EXPECT_EQ(send(s.a.db(), s.b.db()).conflicts, 0);
        EXPECT_EQ(send(s.b.db(), s.a.db()).conflicts, 0);
        EXPECT_EQ(difference(records(s.a.db()), records(s.b.db())), "");
        EXPECT_EQ(Conflicts::count(s.a.db()).value() + Conflicts::count(s.b.db()).value(), 0);
    }
}

TEST(Merge, DeletionKnowingEveryChangeDeletesWithItsCascade)
{
    TestDatabase a(TestDatabase::Content::DefaultData), b;
    send(a.db(), b.db());
    const QUuid plan = DefaultData::keyUuid(Plan::table, QStringLiteral("seg-sg1-2021"));
    const int items = test::rowCount(b.db(), "plan_item");
    remove(a.db(), QLatin1String(Plan::table), plan);
    const ImportPreview done = send(a.db(), b.db());
    EXPECT_EQ(done.conflicts, 0);
    // The plan, its 7 lines and items, their countries, events and versions: each deletion
    // travelled as its own tombstone.
    EXPECT_EQ(done.deleted, tombstones(a.db()).size());
    EXPECT_GT(done.deleted, 7);
    EXPECT_EQ(items - test::rowCount(b.db(), "plan_item"), 7);
    EXPECT_EQ(difference(records(a.db()), records(b.db())), "");
    EXPECT_EQ(difference(tombstones(a.db()), tombstones(b.db())), "");
}

TEST(Merge, NewRecordOnATakenUniqueKeyIsADuplicateConflict)
{
    TestDatabase a, b;
    Country mine = country(QStringLiteral("UY"), QStringLiteral("Uruguay"));
    Country theirs = country(QStringLiteral("UY"), QStringLiteral("República Oriental"));
    Country other = country(QStringLiteral("AR"), QStringLiteral("Argentina"));
    ASSERT_TRUE(Repository(a.db()).insert(mine).ok());
    ASSERT_TRUE(Repository(b.db()).insert(theirs).ok());
    ASSERT_TRUE(Repository(b.db()).insert(other).ok());

    const ImportPreview done = send(b.db(), a.db());
    EXPECT_EQ(done.added, 1); // Argentina
    EXPECT_EQ(done.conflicts, 1);
    const QList<Conflict> list = conflicts(a.db());
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().kind, Conflict::Kind::Duplicate);
    EXPECT_EQ(list.first().recordId, theirs.meta.id);
    EXPECT_EQ(list.first().recordLabel, QStringLiteral("República Oriental"));
    EXPECT_EQ(get<Country>(a.db(), mine.meta.id).nameEs, QStringLiteral("Uruguay"));
    EXPECT_EQ(test::rowCount(a.db(), "country"), 2);
    // Taking the incoming one while ours holds the code is refused, and changes nothing.
    EXPECT_EQ(
        Conflicts::resolve(a.db(), list.first().id, Conflicts::Choice::TakeIncoming).error().code,
        Error::Code::Constraint);
    EXPECT_EQ(Conflicts::count(a.db()).value(), 1);
    ASSERT_TRUE(Conflicts::resolve(a.db(), list.first().id, Conflicts::Choice::KeepLocal).ok());
    // Refused for good: the same package again brings nothing.
    EXPECT_TRUE(PackageImport::preview(a.db(), collect(b.db()))->changesNothing());
}

TEST(Merge, RecordReferringToNothingKnownRefusesTheWholePackage)
{
    TestDatabase source(TestDatabase::Content::DefaultData), target;
    send(source.db(), target.db());
    package::Package package = collect(source.db());
    Institution lost;
    lost.meta.id = QUuid::createUuid();
    lost.meta.created = lost.meta.modified = TestDatabase::fixedNow();
    lost.name = QStringLiteral("Ministerio fantasma");
    lost.countryId = QUuid::createUuid();
    package.records.append(package::toPackageRecord(lost, {}));

    const QStringList before = test::dumpTables(target.db());
    for (int pass = 0; pass < 2; ++pass) {
        auto r = pass == 0 ? PackageImport::preview(target.db(), package)
                           : PackageImport::apply(target.db(), package);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, Error::Code::Invalid);
        EXPECT_TRUE(r.error().message.contains(lost.meta.id.toString(QUuid::WithoutBraces)));
        EXPECT_TRUE(r.error().message.contains(lost.countryId.toString(QUuid::WithoutBraces)));
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("\"country\"")));
    }
    EXPECT_EQ(difference(test::dumpTables(target.db()), before), "");
}

TEST(Merge, SelectionsTakeTheirRecordsAndTheParentsTheyNeed)
{
    TestDatabase source(TestDatabase::Content::DefaultData);
    const auto tablesOf = [](const package::Package &p) {
        QMap<QString, int> n;
        for (const package::Record &r : p.records)
            ++n[r.table];
        return n;
    };
    {
        ExportSelection plan{ExportSelection::Kind::Plan,
                             DefaultData::keyUuid(Plan::table, QStringLiteral("seg-sg1-2021")),
                             {}};
        const package::Package p = collect(source.db(), plan);
        const auto n = tablesOf(p);
        EXPECT_EQ(n.value(QStringLiteral("plan")), 1);
        EXPECT_EQ(n.value(QStringLiteral("plan_item")), 7); // 2 lines of action, 5 products
        EXPECT_EQ(n.value(QStringLiteral("plan_event")), 2);
        EXPECT_EQ(n.value(QStringLiteral("subgroup")), 1);
        EXPECT_EQ(n.value(QStringLiteral("working_group")), 1);
        EXPECT_EQ(n.value(QStringLiteral("thematic_area")), 1);
        EXPECT_EQ(n.value(QStringLiteral("document")), 1); // anexo-2b
        // The meeting one of its events refers to, without that meeting's own records.
        EXPECT_EQ(n.value(QStringLiteral("meeting")), 1);
        EXPECT_EQ(n.value(QStringLiteral("agenda_item")), 0);
        EXPECT_EQ(n.value(QStringLiteral("agreement")), 0);
        EXPECT_TRUE(p.deletions.isEmpty());
        EXPECT_EQ(p.manifest.selection,
                  QStringLiteral("plan:") + plan.id.toString(QUuid::WithoutBraces));
        TestDatabase empty;
        const ImportPreview done = apply(empty.db(), p);
        EXPECT_EQ(done.added, p.records.size());
        EXPECT_EQ(test::rowCount(empty.db(), "plan_item"), 7);
    }
    {
        ExportSelection meeting{
            ExportSelection::Kind::Meeting,
            DefaultData::keyUuid(Meeting::table, QStringLiteral("seg-vc-2020-08-06")),
            {}};
        const package::Package p = collect(source.db(), meeting);
        const auto n = tablesOf(p);
        EXPECT_EQ(n.value(QStringLiteral("meeting")), 1);
        EXPECT_EQ(n.value(QStringLiteral("agenda_item")), 3);
        EXPECT_EQ(n.value(QStringLiteral("meeting_country")), 4);
        EXPECT_EQ(n.value(QStringLiteral("agreement")), 7);
        EXPECT_EQ(n.value(QStringLiteral("working_group")), 1);
        EXPECT_GE(n.value(QStringLiteral("country")), 4); // CL, PE, PY, EC at least
        EXPECT_EQ(n.value(QStringLiteral("plan_item")), 0);
        TestDatabase empty;
        EXPECT_EQ(apply(empty.db(), p).added, p.records.size());
        EXPECT_EQ(test::rowCount(empty.db(), "agreement"), 7);
    }
    {
        ExportSelection group{
            ExportSelection::Kind::Group,
            DefaultData::keyUuid(WorkingGroup::table, QStringLiteral("seguridad")),
            {}};
        const package::Package p = collect(source.db(), group);
        const auto n = tablesOf(p);
        EXPECT_EQ(n.value(QStringLiteral("working_group")), 1);
        EXPECT_EQ(n.value(QStringLiteral("subgroup")), 3);
        EXPECT_EQ(n.value(QStringLiteral("plan")), 4);
        EXPECT_EQ(n.value(QStringLiteral("document")), 5);
        EXPECT_EQ(n.value(QStringLiteral("group_country")), 7);
        EXPECT_EQ(n.value(QStringLiteral("group_institution")), 8);
        EXPECT_EQ(n.value(QStringLiteral("report_text")), 1);
        EXPECT_EQ(n.value(QStringLiteral("meeting")), 5); // the group's five meetings
        // Chile's workshops and the digital communities trainings belong to no group.
        EXPECT_EQ(test::rowCount(source.db(), "meeting"), 13);
        TestDatabase empty;
        EXPECT_EQ(apply(empty.db(), p).added, p.records.size());
        EXPECT_EQ(records(empty.db()).size(), p.records.size());
    }
}

TEST(Merge, SiteIdentityIsStoredAndNamesTheAuthor)
{
    TestDatabase db(TestDatabase::Content::DefaultData);
    const SiteIdentity before = SiteIdentity::load(db.db());
    EXPECT_EQ(before.site, db->context().site);
    EXPECT_FALSE(before.isComplete());
    const QUuid peru = DefaultData::keyUuid(Country::table, QStringLiteral("PE"));
    EXPECT_EQ(SiteIdentity::save(db.db(), QUuid::createUuid(), QStringLiteral("Ana")).error().code,
              Error::Code::NotFound);
    EXPECT_EQ(SiteIdentity::save(db.db(), peru, QStringLiteral("  ")).error().code,
              Error::Code::Invalid);
    ASSERT_TRUE(SiteIdentity::save(db.db(), peru, QStringLiteral(" Ana  Quispe ")).ok());
    EXPECT_EQ(db->context().author, QStringLiteral("Ana Quispe"));
    ASSERT_TRUE(db.reopen().ok());
    const SiteIdentity after = SiteIdentity::load(db.db());
    EXPECT_EQ(after.site, before.site);
    EXPECT_EQ(after.countryId, peru);
    EXPECT_EQ(after.focalPoint, QStringLiteral("Ana Quispe"));
    EXPECT_TRUE(after.isComplete());
    EXPECT_EQ(db->meta(QStringLiteral("author")), QStringLiteral("Ana Quispe"));

    const package::Package p = collect(db.db(), {ExportSelection::Kind::Everything, {}, peru});
    EXPECT_EQ(p.manifest.sender.site, before.site);
    EXPECT_EQ(p.manifest.sender.country, QStringLiteral("PE"));
    EXPECT_EQ(p.manifest.sender.author, QStringLiteral("Ana Quispe"));
    EXPECT_EQ(p.manifest.recipientCountry, QStringLiteral("PE"));
    EXPECT_EQ(ExportSelection({ExportSelection::Kind::ChangedSince, {}, peru}).describe(db.db()),
              QStringLiteral("changes-for:PE"));
}

TEST(Merge, PreviewSummaryCountsAndNamesTheChanges)
{
    TwoSites s;
    Country there = get<Country>(s.b.db(), s.peru);
    there.nameEs = QStringLiteral("Perú (nuevo)");
    update(s.b.db(), there);
    auto preview = PackageImport::preview(s.a.db(), collect(s.b.db()));
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->changed, 1);
    const QString text = preview->summary();
    EXPECT_TRUE(text.startsWith(QStringLiteral("0 added, 1 changed, 0 deleted, 0 conflicts")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("name_es")));
    EXPECT_TRUE(text.contains(QStringLiteral("Perú (nuevo)")));
    // The preview wrote nothing.
    EXPECT_EQ(get<Country>(s.a.db(), s.peru).nameEs, QStringLiteral("Perú"));
}

TEST(Merge, ChangedSinceHoldsExactlyWhatChangedAfterTheLastPackageSent)
{
    TestDatabase a(TestDatabase::Content::DefaultData);
    Database &db = a.db();
    const QUuid peru = DefaultData::keyUuid(Country::table, QStringLiteral("PE"));
    const QUuid chile = DefaultData::keyUuid(Country::table, QStringLiteral("CL"));
    const ExportSelection forPeru{ExportSelection::Kind::ChangedSince, {}, peru};
    EXPECT_EQ(
        PackageExport::collect(db, {ExportSelection::Kind::ChangedSince, {}, {}}).error().code,
        Error::Code::Invalid);

    // Nothing sent to Peru yet: everything.
    auto first = PackageExport::write(db, forPeru, a.dir() + QStringLiteral("/1.focal"));
    ASSERT_TRUE(first.ok()) << first.error().fullText().toStdString();
    EXPECT_EQ(first->records, records(db).size());
    EXPECT_EQ(first->selection, QStringLiteral("changes-for:PE"));
    EXPECT_EQ(first->recipientCountry, QStringLiteral("PE"));
    EXPECT_TRUE(collect(db, forPeru).records.isEmpty());

    // Then one change, one new record, one deletion.
    Country guyana = get<Country>(db, DefaultData::keyUuid(Country::table, QStringLiteral("GY")));
    guyana.nameEn = QStringLiteral("Co-operative Republic of Guyana");
    update(db, guyana);
    Organisation added;
    added.name = QStringLiteral("Secretaría técnica");
    ASSERT_TRUE(Repository(db).insert(added).ok());
    const QUuid milestone = Repository(db).list<Milestone>().value().first().meta.id;
    remove(db, QLatin1String(Milestone::table), milestone);

    const package::Package changes = collect(db, forPeru);
    QSet<QUuid> ids;
    for (const package::Record &r : changes.records)
        ids.insert(r.meta.id);
    EXPECT_EQ(ids, (QSet<QUuid>{guyana.meta.id, added.meta.id}));
    ASSERT_EQ(changes.deletions.size(), 1);
    EXPECT_EQ(changes.deletions.first().id, milestone);
    EXPECT_EQ(changes.deletions.first().table, QStringLiteral("milestone"));
    // Chile was sent nothing: it gets everything.
    EXPECT_EQ(collect(db, {ExportSelection::Kind::ChangedSince, {}, chile}).records.size(),
              records(db).size());

    auto second = PackageExport::write(db, forPeru, a.dir() + QStringLiteral("/2.focal"));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->records, 2);
    EXPECT_EQ(second->deletions, 1);
    EXPECT_TRUE(collect(db, forPeru).records.isEmpty());
    EXPECT_TRUE(collect(db, forPeru).deletions.isEmpty());

    // Applied in order on a new database, the two packages give the same data.
    TestDatabase peruSite;
    for (const char *name : {"/1.focal", "/2.focal"}) {
        auto p = package::PackageFile::read(a.dir() + QString::fromLatin1(name));
        ASSERT_TRUE(p.ok());
        apply(peruSite.db(), p.value());
    }
    EXPECT_EQ(difference(records(peruSite.db()), records(db)), "");
}

TEST(Merge, TenThousandChangedRecordsImportQuickly)
{
    TestDatabase source, target;
    Country peru = country(QStringLiteral("PE"), QStringLiteral("Perú"));
    ASSERT_TRUE(Repository(source.db()).insert(peru).ok());
    QList<Institution> many(10'000);
    for (int i = 0; i < many.size(); ++i) {
        many[i].countryId = peru.meta.id;
        many[i].name = QStringLiteral("Institución %1").arg(i);
    }
    ASSERT_TRUE(Repository(source.db()).insertAll(many).ok());
    send(source.db(), target.db());
    for (Institution &in : many)
        in.acronym = QStringLiteral("I") + in.name.right(4);
    {
        WriteTransaction tx(source.db());
        for (Institution &in : many)
            ASSERT_TRUE(Repository(source.db()).update(in).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    const package::Package changes = collect(source.db());
    QElapsedTimer timer;
    timer.start();
    const ImportPreview done = apply(target.db(), changes);
    const qint64 ms = timer.elapsed();
    RecordProperty("import_10000_ms", int(ms));
    EXPECT_EQ(done.changed, 10'000);
    EXPECT_EQ(difference(records(target.db()), records(source.db())), "");
    // The target is 1 s in a Release build; a Debug build with checks is allowed more.
#ifdef NDEBUG
    EXPECT_LT(ms, 1000);
#else
    EXPECT_LT(ms, 20000); // unoptimised, on a shared machine: a gross regression only
#endif
}
