#pragma once

// Helpers of the merge engine's tests: sites as temporary databases, packages sent in memory,
// and dumps of what each site holds.
#include "data/DefaultData.h"
#include "exchange/Exchange.h"
#include "exchange/PackageRecords.h"
#include "model/RecordTypes.h"
#include "storage/RecordRemoval.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QSqlRecord>

namespace focal::test::merge {

// Every row of every record table with every column but change_seq (which is each site's own
// bookkeeping): two sites hold the same data when their dumps are equal.
inline QStringList records(Database &db)
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
inline std::string difference(const QStringList &a, const QStringList &b)
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

inline QStringList tombstones(Database &db)
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

inline int count(Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

inline package::Package collect(Database &db, ExportSelection selection = {})
{
    auto p = PackageExport::collect(db, selection);
    EXPECT_TRUE(p.ok()) << (p ? "" : p.error().fullText().toStdString());
    return p ? p.value() : package::Package{};
}

inline ImportPreview apply(Database &db, const package::Package &package)
{
    auto r = PackageImport::apply(db, package);
    EXPECT_TRUE(r.ok()) << (r ? "" : r.error().fullText().toStdString());
    return r ? r.value() : ImportPreview{};
}

// Sends everything `from` holds to `to`.
inline ImportPreview send(Database &from, Database &to)
{
    return apply(to, collect(from));
}

inline Country country(const QString &iso2, const QString &name)
{
    Country c;
    c.iso2 = iso2;
    c.nameEs = name;
    c.namePt = name;
    c.nameEn = name;
    return c;
}

template <typename T> inline T get(Database &db, const QUuid &id)
{
    Repository repo(db);
    auto r = repo.get<T>(id);
    EXPECT_TRUE(r.ok());
    return r ? r.value() : T{};
}

template <typename T> inline void update(Database &db, T record)
{
    Repository repo(db);
    auto r = repo.update(record);
    ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
}

inline void remove(Database &db, const QString &table, const QUuid &id)
{
    auto plan = RecordRemoval::plan(db, table, id);
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(RecordRemoval::execute(db, plan.value()).ok());
}

inline QList<Conflict> conflicts(Database &db)
{
    auto list = Conflicts::list(db);
    EXPECT_TRUE(list.ok());
    return list ? list.value() : QList<Conflict>{};
}

// Time moves on with every change at any site, as it does between people editing: the later
// change's metadata is the one a merged record keeps.
inline void ticking(TestDatabase &site)
{
    static qint64 tick = 0; // one clock for all sites of a test program
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

} // namespace focal::test::merge
