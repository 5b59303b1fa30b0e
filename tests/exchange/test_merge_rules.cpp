// The merge decisions of docs/exchange.md as pure functions: column by column, whole records,
// and what a deletion or a tombstone knows.
#include "exchange/MergeRules.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace focal;
using namespace focal::merge;

namespace {

const QUuid siteA = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-00000000000a}"));
const QUuid siteB = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-00000000000b}"));

VersionVector vv(std::initializer_list<std::pair<QUuid, qint64>> entries)
{
    VersionVector v;
    for (const auto &[site, seq] : entries)
        v.include(site, seq);
    return v;
}

package::Record record(const QMap<QString, QVariant> &values, const FieldClocks &clocks = {})
{
    package::Record r;
    r.table = QStringLiteral("country");
    r.meta.id = QUuid::fromString(QStringLiteral("{11111111-0000-4000-8000-000000000001}"));
    r.meta.created = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    r.meta.modified = r.meta.created;
    r.meta.site = siteA;
    r.values = values;
    r.clocks = clocks;
    return r;
}

} // namespace

TEST(MergeRules, SameValueComparesStoredForms)
{
    EXPECT_TRUE(sameValue(QVariant(5), QVariant(QStringLiteral("5"))));
    EXPECT_TRUE(sameValue(QVariant(), QVariant()));
    EXPECT_FALSE(sameValue(QVariant(), QVariant(QStringLiteral(""))));
    EXPECT_FALSE(sameValue(QVariant(QStringLiteral("Perú")), QVariant(QStringLiteral("Peru"))));
    EXPECT_TRUE(
        sameValue(QVariant(QByteArray("\x00\x01", 2)), QVariant(QByteArray("\x00\x01", 2))));
    EXPECT_FALSE(sameValue(QVariant(QByteArray("ab")), QVariant(QStringLiteral("ab"))));
}

TEST(MergeRules, EachOrderOfVectorsDecidesTheColumn)
{
    const QVariant x(QStringLiteral("x")), y(QStringLiteral("y"));
    const VersionVector a1 = vv({{siteA, 1}});
    const VersionVector a2 = vv({{siteA, 2}});
    const VersionVector b1 = vv({{siteB, 1}});
    EXPECT_EQ(decideColumn(a1, x, a1, x), ColumnOutcome::Keep); // Equal
    EXPECT_EQ(decideColumn(a2, x, a1, y), ColumnOutcome::Keep); // incoming Before
    EXPECT_EQ(decideColumn(a1, x, a2, y), ColumnOutcome::Take); // incoming After
    EXPECT_EQ(decideColumn({}, x, b1, y), ColumnOutcome::Take); // change of the creation value
    EXPECT_EQ(decideColumn(a1, x, b1, x), ColumnOutcome::MergeClock); // Concurrent, same value
    EXPECT_EQ(decideColumn(a1, x, b1, y), ColumnOutcome::Conflict);   // Concurrent, different
}

TEST(MergeRules, DifferentColumnsOfOneRecordMergeSilently)
{
    FieldClocks here, there;
    here.bump(QStringLiteral("name_es"), siteA, 3);
    there.bump(QStringLiteral("name_pt"), siteB, 7);
    const auto local = record({{QStringLiteral("name_es"), QStringLiteral("Perú (aquí)")},
                               {QStringLiteral("name_pt"), QStringLiteral("Peru")}},
                              here);
    auto incoming = record({{QStringLiteral("name_es"), QStringLiteral("Perú")},
                            {QStringLiteral("name_pt"), QStringLiteral("Peru (lá)")}},
                           there);
    incoming.meta.modified = local.meta.modified.addSecs(60);
    incoming.meta.site = siteB;
    const RecordMerge m = mergeRecord(local, incoming);
    EXPECT_TRUE(m.conflicts.isEmpty());
    EXPECT_EQ(m.taken, QStringList{QStringLiteral("name_pt")});
    EXPECT_EQ(m.result.values.value(QStringLiteral("name_es")).toString(),
              QStringLiteral("Perú (aquí)"));
    EXPECT_EQ(m.result.values.value(QStringLiteral("name_pt")).toString(),
              QStringLiteral("Peru (lá)"));
    EXPECT_EQ(m.result.clocks.of(QStringLiteral("name_es")), vv({{siteA, 3}}));
    EXPECT_EQ(m.result.clocks.of(QStringLiteral("name_pt")), vv({{siteB, 7}}));
    EXPECT_EQ(m.result.meta.site, siteB); // the later change's metadata
    EXPECT_TRUE(m.needsWrite);

    // The merged record, sent back, changes nothing: every column is Equal or Before.
    const RecordMerge again = mergeRecord(m.result, incoming);
    EXPECT_FALSE(again.needsWrite);
    EXPECT_TRUE(again.taken.isEmpty());
}

TEST(MergeRules, SameColumnChangedAtBothSitesIsAConflictKeepingTheLocalValue)
{
    FieldClocks here, there;
    here.bump(QStringLiteral("name_es"), siteA, 2);
    there.bump(QStringLiteral("name_es"), siteB, 2);
    const auto local = record({{QStringLiteral("name_es"), QStringLiteral("aquí")}}, here);
    const auto incoming = record({{QStringLiteral("name_es"), QStringLiteral("allá")}}, there);
    const RecordMerge m = mergeRecord(local, incoming);
    EXPECT_EQ(m.conflicts, QStringList{QStringLiteral("name_es")});
    EXPECT_EQ(m.result.values.value(QStringLiteral("name_es")).toString(), QStringLiteral("aquí"));
    EXPECT_EQ(m.result.clocks.of(QStringLiteral("name_es")), vv({{siteA, 2}}));
    EXPECT_FALSE(m.needsWrite);
}

TEST(MergeRules, ConcurrentSameValuesMergeTheirVectors)
{
    FieldClocks here, there;
    here.bump(QStringLiteral("iso3"), siteA, 4);
    there.bump(QStringLiteral("iso3"), siteB, 9);
    const auto local = record({{QStringLiteral("iso3"), QStringLiteral("PER")}}, here);
    const auto incoming = record({{QStringLiteral("iso3"), QStringLiteral("PER")}}, there);
    const RecordMerge m = mergeRecord(local, incoming);
    EXPECT_TRUE(m.conflicts.isEmpty());
    EXPECT_TRUE(m.taken.isEmpty());
    EXPECT_EQ(m.result.clocks.of(QStringLiteral("iso3")), vv({{siteA, 4}, {siteB, 9}}));
    EXPECT_TRUE(m.needsWrite);
}

TEST(MergeRules, LaterMetaIsTheSameWhicheverSideAsks)
{
    RecordMeta a, b;
    a.modified = b.modified = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
    a.site = siteA;
    b.site = siteB;
    EXPECT_EQ(laterMeta(a, b).site, laterMeta(b, a).site);
    b.modified = b.modified.addMSecs(-1);
    EXPECT_EQ(laterMeta(a, b).site, siteA);
    EXPECT_EQ(laterMeta(b, a).site, siteA);
}

TEST(MergeRules, DeletionCoversOnlyWhatItKnew)
{
    FieldClocks record, deletion;
    record.bump(QStringLiteral("name"), siteA, 3);
    deletion.bump(QStringLiteral("name"), siteA, 2);
    EXPECT_FALSE(includesAll(deletion, record));
    deletion.bump(QStringLiteral("name"), siteA, 3);
    EXPECT_TRUE(includesAll(deletion, record));
    record.bump(QStringLiteral("acronym"), siteB, 1);
    EXPECT_FALSE(includesAll(deletion, record));
    EXPECT_TRUE(includesAll(deletion, FieldClocks())); // a record never changed since creation
    const FieldClocks both = unite(deletion, record);
    EXPECT_TRUE(includesAll(both, record));
    EXPECT_TRUE(includesAll(both, deletion));
    const FieldClocks bumped = bumpAll(both, {QStringLiteral("name")}, siteB, 5);
    EXPECT_EQ(bumped.of(QStringLiteral("name")), vv({{siteA, 3}, {siteB, 5}}));
    EXPECT_FALSE(includesAll(both, bumped));
}

// Stored clocks are compared as text (a conflict is known by its record, field and incoming
// clocks): the text must be exactly what Qt's JSON writer gives, whatever the sites and numbers.
TEST(MergeRules, ClocksAreWrittenAsQtsJsonWriterWritesThem)
{
    QRandomGenerator random(20211205);
    QList<QUuid> sites;
    for (int i = 0; i < 12; ++i) {
        QUuid site;
        site.data1 = random.generate();
        site.data2 = quint16(random.generate());
        site.data3 = quint16(random.generate());
        for (uchar &b : site.data4)
            b = uchar(random.generate());
        sites << site; // every variant and version, so QUuid's own order differs from the text's
    }
    const QStringList fields = {QStringLiteral("name_es"),  QStringLiteral("text"),
                                QStringLiteral("deadline"), QStringLiteral("a"),
                                QStringLiteral("Z_upper"),  QStringLiteral("x1")};
    const QList<qint64> numbers = {1, 7, 10, 100, 1000000, 123456789, 9007199254740991};
    for (int round = 0; round < 300; ++round) {
        FieldClocks clocks;
        const int n = 1 + int(random.bounded(fields.size()));
        for (int f = 0; f < n; ++f) {
            VersionVector v;
            const int m = 1 + int(random.bounded(4));
            for (int k = 0; k < m; ++k)
                v.include(sites.at(random.bounded(sites.size())),
                          random.bounded(2) ? numbers.at(random.bounded(numbers.size()))
                                            : qint64(1 + random.bounded(5000)));
            clocks.set(fields.at(random.bounded(fields.size())), v);
        }
        const QString expected =
            QString::fromUtf8(QJsonDocument(clocks.toJson()).toJson(QJsonDocument::Compact));
        ASSERT_EQ(clocks.toText(), expected) << round;
        ASSERT_EQ(FieldClocks::fromText(clocks.toText()), clocks) << round;
    }
    // A name JSON must escape goes through Qt's writer too.
    FieldClocks odd;
    odd.set(QStringLiteral("a\"b\\c"), vv({{siteA, 3}}));
    EXPECT_EQ(odd.toText(),
              QString::fromUtf8(QJsonDocument(odd.toJson()).toJson(QJsonDocument::Compact)));
    EXPECT_EQ(FieldClocks::fromText(odd.toText()), odd);
    EXPECT_TRUE(FieldClocks{}.toText().isNull());
}
