#pragma once

// Reading the exchange bookkeeping of rows back in test_changetracking: stored values, clocks,
// sequences and tombstones, straight from the tables.

#include "exchange/VersionVector.h"
#include "storage/Database.h"
#include "storage/Repository.h"

#include <gtest/gtest.h>

#include <optional>

namespace focal::test {

// One stored value of one row.
inline QVariant stored(Database &db, const QString &table, const char *column, const QUuid &id)
{
    auto q =
        db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(QLatin1String(column), table),
                {id.toString(QUuid::WithoutBraces)});
    if (!q || !q.value().next())
        return QStringLiteral("(no row)");
    return q.value().value(0);
}

inline qint64 sequenceOf(Database &db, const QString &table, const QUuid &id)
{
    return stored(db, table, "change_seq", id).toLongLong();
}

inline FieldClocks clocksOf(Database &db, const QString &table, const QUuid &id)
{
    auto clocks = Repository(db).clocksOf(table, id);
    EXPECT_TRUE(clocks.ok()) << clocks.error().fullText().toStdString();
    return clocks ? *clocks : FieldClocks{};
}

inline qint64 storedSequence(Database &db)
{
    return db.meta(QStringLiteral("change_seq")).toLongLong();
}

// A clock with one change: (site, sequence).
inline VersionVector vector(const QUuid &site, qint64 sequence)
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

inline std::optional<Tombstone> tombstone(Database &db, const QUuid &id)
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

} // namespace focal::test
