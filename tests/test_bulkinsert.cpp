// Writing many records at once (Repository::insertAll): multi-row statements that give the same
// rows, stamps, ids and search entries as one insert per record, all or nothing; and the
// timestamp spelling every write uses.

#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/Timestamp.h"
#include "model/WorkingGroup.h"
#include "query/Search.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace focal;
using focal::test::TestDatabase;

namespace {

// A plan of the default data's first working group, with `count` products under one line.
struct PlanFixture
{
    TestDatabase t{TestDatabase::Content::DefaultData};
    Repository repo{t.db()};
    Plan plan;
    PlanItem line;

    PlanFixture()
    {
        auto groups = repo.list<WorkingGroup>();
        EXPECT_TRUE(groups.ok() && !groups->isEmpty());
        plan.groupId = groups->first().meta.id;
        plan.year = 2031;
        plan.title = QStringLiteral("Plan de prueba");
        EXPECT_TRUE(repo.insert(plan).ok());
        line.planId = plan.meta.id;
        line.text = QStringLiteral("Línea de acción");
        EXPECT_TRUE(repo.insert(line).ok());
    }

    QList<PlanItem> products(int count) const
    {
        QList<PlanItem> items;
        for (int i = 0; i < count; ++i) {
            PlanItem item;
            item.planId = plan.meta.id;
            item.parentId = line.meta.id;
            item.position = i;
            item.text =
                QStringLiteral("Producto número %1 sobre la cooperación \"regional\"").arg(i);
            item.deadline = Deadline::bimester(2031, 1 + i % 6).value();
            item.deadlineText = item.deadline.toText(Language::Spanish);
            item.notes = i % 2 ? QStringLiteral("línea 1\nlínea 2") : QString();
            items.append(item);
        }
        return items;
    }
};

} // namespace

TEST(Timestamp, SpellsUtcMomentsExactlyAsQtDoes)
{
    const QList<QDateTime> moments = {
        QDateTime(QDate(2019, 3, 22), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(2020, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(0, 0, 0, 1), Qt::UTC), // before the epoch
        QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(7, 8, 9, 10), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2100, 3, 1), QTime(1, 2, 3, 4), Qt::UTC), // not a leap year
    };
    for (const QDateTime &m : moments)
        EXPECT_EQ(isoTimestamp(m), m.toString(Qt::ISODateWithMs)) << qPrintable(m.toString());
    EXPECT_EQ(isoTimestamp(QDateTime(QDate(2019, 3, 22), QTime(12, 0), Qt::UTC)),
              QStringLiteral("2019-03-22T12:00:00.000Z"));
    // A local time is written as the same moment in UTC.
    const QDateTime offset(QDate(2020, 9, 24), QTime(10, 30), QTimeZone(-3 * 3600));
    EXPECT_EQ(isoTimestamp(offset), QStringLiteral("2020-09-24T13:30:00.000Z"));
    EXPECT_EQ(isoTimestamp(QDateTime()), QStringLiteral(""));
}

TEST(Timestamp, ReadsMomentsBackExactlyAsQtDoes)
{
    const QList<QDateTime> moments = {
        QDateTime(QDate(2019, 3, 22), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(2020, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(0, 0, 0, 1), Qt::UTC),
        QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(7, 8, 9, 10), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2100, 3, 1), QTime(1, 2, 3, 4), Qt::UTC),
    };
    for (const QDateTime &m : moments) {
        const QDateTime back = parseTimestamp(isoTimestamp(m));
        EXPECT_EQ(back, m) << qPrintable(m.toString());
        EXPECT_EQ(back.timeSpec(), Qt::UTC);
        EXPECT_EQ(back.toMSecsSinceEpoch(), m.toMSecsSinceEpoch());
    }
    // Every day of four years, at an odd time: as Qt's parser reads them.
    QDateTime day(QDate(2019, 1, 1), QTime(13, 7, 41, 309), Qt::UTC);
    for (int i = 0; i < 4 * 366; ++i, day = day.addDays(1)) {
        const QString text = isoTimestamp(day);
        ASSERT_EQ(parseTimestamp(text), QDateTime::fromString(text, Qt::ISODateWithMs))
            << qPrintable(text);
    }
    // Other spellings and nonsense go through Qt's parser, which decides.
    for (const char *text :
         {"2020-09-24T13:30:00Z", "2020-09-24T10:30:00.000-03:00", "2020-09-24", "",
          "2021-02-30T00:00:00.000Z", "2021-13-01T00:00:00.000Z", "2021-01-01T24:00:00.000Z",
          "2021-01-01T00:00:00.000X", "2O21-01-01T00:00:00.000Z", "2021-04-31T00:00:00.000Z",
          "2024-02-29T00:00:00.000Z"}) {
        const QString s = QString::fromLatin1(text);
        const QDateTime expected = QDateTime::fromString(s, Qt::ISODateWithMs);
        const QDateTime got = parseTimestamp(s);
        EXPECT_EQ(got.isValid(), expected.isValid()) << text;
        if (expected.isValid()) {
            EXPECT_EQ(got, expected) << text;
        }
    }
}

TEST(BulkInsert, ManyRecordsGoInInOrderWithTheirValuesStampsAndIds)
{
    PlanFixture f;
    const int before = test::rowCount(f.t.db(), "plan_item");
    QList<PlanItem> items = f.products(150); // three statements of at most 62 rows
    ASSERT_TRUE(f.repo.insertAll(items).ok());
    EXPECT_EQ(test::rowCount(f.t.db(), "plan_item"), before + 150);

    auto back = f.repo.listWhere<PlanItem>("parent_id", column::toVariant(f.line.meta.id));
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->size(), 150);
    for (int i = 0; i < 150; ++i) {
        const PlanItem &b = back->at(i); // rowid order is the order given
        EXPECT_EQ(b.meta.id, items[i].meta.id);
        EXPECT_FALSE(b.meta.id.isNull());
        EXPECT_EQ(b.position, i);
        EXPECT_EQ(b.text, items[i].text);
        EXPECT_EQ(b.deadline, items[i].deadline);
        EXPECT_EQ(b.deadlineText, items[i].deadlineText);
        EXPECT_EQ(b.notes, items[i].notes);
        EXPECT_EQ(b.meta.created, TestDatabase::fixedNow());
        EXPECT_EQ(b.meta.modifiedBy, QStringLiteral("tester"));
        EXPECT_EQ(b.meta.site, f.t->context().site);
    }
}

TEST(BulkInsert, RecordsKeepTheirOwnChangeInformationWhenAsked)
{
    PlanFixture f;
    QList<PlanItem> items = f.products(3);
    const QDateTime made(QDate(2020, 9, 24), QTime(15, 4, 5, 6), Qt::UTC);
    const QUuid site = QUuid::fromString(QStringLiteral("{6f1c2a3b-0000-7000-8000-00000000abcd}"));
    for (PlanItem &item : items) {
        item.meta.id = createRecordId(made.toMSecsSinceEpoch());
        item.meta.created = made;
        item.meta.modified = made.addSecs(60);
        item.meta.modifiedBy = QStringLiteral("Punto focal de Chile");
        item.meta.site = site;
    }
    ASSERT_TRUE(f.repo.insertAll(items, Repository::Stamps::AsGiven).ok());
    auto back = f.repo.get<PlanItem>(items[1].meta.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->meta.created, made);
    EXPECT_EQ(back->meta.modified, made.addSecs(60));
    EXPECT_EQ(back->meta.modifiedBy, QStringLiteral("Punto focal de Chile"));
    EXPECT_EQ(back->meta.site, site);
}

TEST(BulkInsert, InsertedRecordsAreFoundBySearch)
{
    PlanFixture f;
    QList<PlanItem> items = f.products(70);
    items[65].text = QStringLiteral("Estudio sobre la hidrovía del Pilcomayo");
    ASSERT_TRUE(f.repo.insertAll(items).ok());
    auto hits = Search::run(f.t.db(), QStringLiteral("pilcomayo hidrovia"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, items[65].meta.id);
}

TEST(BulkInsert, OneBadRecordLeavesTheDatabaseAsItWas)
{
    PlanFixture f;
    const QStringList before = test::dumpTables(f.t.db());
    QList<PlanItem> items = f.products(130);
    items[120].parentId = QUuid::createUuid(); // a line that does not exist, in the third statement
    auto r = f.repo.insertAll(items);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Constraint);
    EXPECT_EQ(test::dumpTables(f.t.db()), before);
    EXPECT_EQ(f.t->transactionDepth(), 0);
}

TEST(BulkInsert, InsideAnOuterTransactionItIsUndoneWithIt)
{
    PlanFixture f;
    const QStringList before = test::dumpTables(f.t.db());
    {
        WriteTransaction tx(f.t.db());
        ASSERT_TRUE(tx.begun().ok());
        QList<PlanItem> items = f.products(80);
        items[70].text = QStringLiteral("Feria regional de la quinua");
        ASSERT_TRUE(f.repo.insertAll(items).ok());
        // not committed: rolled back when tx goes
    }
    EXPECT_EQ(test::dumpTables(f.t.db()), before);
    auto hits = Search::run(f.t.db(), QStringLiteral("quinua"));
    ASSERT_TRUE(hits.ok());
    EXPECT_TRUE(hits->isEmpty());
}

TEST(BulkInsert, NothingToInsertWritesNothing)
{
    PlanFixture f;
    const QStringList before = test::dumpTables(f.t.db());
    QList<Meeting> none;
    EXPECT_TRUE(f.repo.insertAll(none).ok());
    EXPECT_EQ(test::dumpTables(f.t.db()), before);
}
