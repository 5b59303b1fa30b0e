// The merge engine's export side: what each selection holds, what changed since the last
// package sent to a country, the site's identity in packages, and the import's speed.
#include "test_merge_support.h"

#include <QSet>

using namespace focal;
using namespace focal::test::merge;
using focal::test::TestDatabase;

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

// Ten thousand changed records in one package, all applied. How fast is measured by
// focal-exchange-bench (docs/benchmarks.md), not here: a test's timing depends on the machine.
TEST(Merge, TenThousandChangedRecordsAllApply)
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
    const ImportPreview done = apply(target.db(), changes);
    EXPECT_EQ(done.changed, 10'000);
    EXPECT_EQ(done.added, 0);
    EXPECT_EQ(done.conflicts, 0);
    EXPECT_EQ(difference(records(target.db()), records(source.db())), "");
}
