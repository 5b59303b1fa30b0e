// The merge engine end to end on real databases: import (preview and apply), conflicts and how
// settling them converges. Packages travel in memory here; the file format has its own tests.
#include "test_merge_support.h"

#include "query/Search.h"

using namespace focal;
using namespace focal::test::merge;
using focal::test::TestDatabase;

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

// An import writes its updates grouped by the fields they change, each group a few statements:
// every record gets exactly its own changes, and what the receiving site changed itself in
// other fields stays.
TEST(Merge, ManyRecordsChangingDifferentFieldsKeepWhatTheSiteChangedItself)
{
    TwoSites s;
    Repository repo(s.a.db());
    Meeting m;
    m.title = QStringLiteral("Videoconferencia del Subgrupo");
    ASSERT_TRUE(repo.insert(m).ok());
    QList<Agreement> list;
    for (int i = 0; i < 400; ++i) { // several statements' worth in each group
        Agreement a;
        a.meetingId = m.meta.id;
        a.position = i;
        a.text = QStringLiteral("Acuerdo %1").arg(i);
        list << a;
    }
    ASSERT_TRUE(repo.insertAll(list).ok());
    send(s.a.db(), s.b.db());

    for (int i = 0; i < 400; i += 4) { // at B, a field A leaves alone
        Agreement b = get<Agreement>(s.b.db(), list.at(i).meta.id);
        b.action = QStringLiteral("Acción de Perú %1").arg(i);
        update(s.b.db(), b);
    }
    const Deadline second = *Deadline::parse(QStringLiteral("Segundo semestre 2021"));
    {
        WriteTransaction tx(s.a.db());
        for (int i = 0; i < 400; ++i) { // at A, one of three fields, in turn
            Agreement a = get<Agreement>(s.a.db(), list.at(i).meta.id);
            if (i % 3 == 0)
                a.text = QStringLiteral("Acuerdo revisado %1").arg(i);
            else if (i % 3 == 1)
                a.status = CommitmentStatus::Done;
            else
                a.due = second;
            update(s.a.db(), a);
        }
        ASSERT_TRUE(tx.commit().ok());
    }

    const ImportPreview atB = send(s.a.db(), s.b.db());
    EXPECT_EQ(atB.changed, 400);
    EXPECT_EQ(atB.conflicts, 0);
    for (int i = 0; i < 400; ++i) {
        const Agreement b = get<Agreement>(s.b.db(), list.at(i).meta.id);
        EXPECT_EQ(b.text, i % 3 == 0 ? QStringLiteral("Acuerdo revisado %1").arg(i)
                                     : QStringLiteral("Acuerdo %1").arg(i))
            << i;
        EXPECT_EQ(b.status, i % 3 == 1 ? std::optional(CommitmentStatus::Done) : std::nullopt) << i;
        EXPECT_EQ(b.due.toCode(), i % 3 == 2 ? second.toCode() : Deadline().toCode()) << i;
        EXPECT_EQ(b.action, i % 4 == 0 ? QStringLiteral("Acción de Perú %1").arg(i) : QString())
            << i;
        EXPECT_EQ(b.position, i);
    }
    EXPECT_EQ(count(s.b.db(), QStringLiteral("SELECT count(*) FROM agreement WHERE due_end = "
                                             "'2021-12-31'")),
              133);
    auto hits = Search::run(s.b.db(), QStringLiteral("acuerdo revisado"), 1000);
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 134);

    send(s.b.db(), s.a.db());
    EXPECT_EQ(difference(records(s.a.db()), records(s.b.db())), "");
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
