#include "exchange/RecordStore.h"

#include "exchange/PackageRecords.h"
#include "model/RecordTypes.h"
#include "model/Timestamp.h"
#include "storage/Database.h"
#include "storage/Repository.h"

namespace focal {
namespace {

const QString metaSelect = QStringLiteral("id, created_at, modified_at, modified_by, site_id, "
                                          "clocks");

// What follows "IN ": the dialect's list of one bound JSON array of ids (idValues).
QString idList(Database &db)
{
    return QLatin1Char('(') + db.dialect().boundListSql() + QLatin1Char(')');
}

QVariantList idValues(const QList<QUuid> &ids, qsizetype from, qsizetype count)
{
    return {jsonIdArray(ids, from, count)};
}

Error corrupt(const QString &table, const QString &id, const QString &column)
{
    return Error{Error::Code::Corrupt,
                 RecordStore::tr("A stored value cannot be read; run \"focal-cli check\" on this "
                                 "database."),
                 QStringLiteral("%1 %2: %3").arg(table, id, column)};
}

// Rows of T matching `where` (with positional values), in the package form. Values go through
// the record type, so that they have exactly the form toPackageRecord gives (an integer column
// an int, a text column a string) whatever the driver returned.
template <typename T>
Result<QList<package::Record>> readRows(Database &db, const QString &where,
                                        const QVariantList &values)
{
    static const QString table = QString::fromLatin1(T::table);
    static const QString select = QStringLiteral("SELECT ") + metaSelect + QStringLiteral(", ") +
                                  columnNames<T>().join(QStringLiteral(", ")) +
                                  QStringLiteral(" FROM ") + table;
    auto q = db.exec(where.isEmpty() ? select + QStringLiteral(" ORDER BY rowid")
                                     : select + QStringLiteral(" WHERE ") + where,
                     values);
    if (!q)
        return q.error();
    QList<package::Record> out;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        T record;
        record.meta.id = QUuid::fromString(row.value(0).toString());
        record.meta.created = parseTimestamp(row.value(1).toString());
        record.meta.modified = parseTimestamp(row.value(2).toString());
        record.meta.modifiedBy = row.value(3).toString();
        record.meta.site = QUuid::fromString(row.value(4).toString());
        const auto clocks = FieldClocks::fromText(row.value(5).toString());
        if (!clocks)
            return corrupt(table, row.value(0).toString(), QStringLiteral("clocks"));
        int i = 6;
        const char *bad = nullptr;
        forEachField(record, [&](const char *column, auto &member) {
            if (!column::fromVariant(row.value(i++), member) && !bad)
                bad = column;
        });
        if (record.meta.id.isNull() || bad)
            return corrupt(table, row.value(0).toString(),
                           bad ? QString::fromLatin1(bad) : QStringLiteral("id"));
        out.append(package::toPackageRecord(record, *clocks));
    }
    return out;
}

Error unknownTable(const QString &table)
{
    return Error{
        Error::Code::Invalid, RecordStore::tr("Unknown kind of record \"%1\".").arg(table), {}};
}

Result<QList<package::Deletion>> readTombstones(Database &db, const QString &where,
                                                const QVariantList &values)
{
    QString sql = QStringLiteral("SELECT record_id, tbl, clocks, deleted_at, site_id, author "
                                 "FROM tombstone");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY rowid");
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    const QStringList &tables = RecordStore::tables();
    QList<package::Deletion> out;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        package::Deletion d;
        d.id = QUuid::fromString(row.value(0).toString());
        d.table = row.value(1).toString();
        const auto clocks = FieldClocks::fromText(row.value(2).toString());
        if (d.id.isNull() || !clocks || !tables.contains(d.table))
            return corrupt(QStringLiteral("tombstone"), row.value(0).toString(),
                           QStringLiteral("clocks"));
        d.clocks = *clocks;
        d.deleted = parseTimestamp(row.value(3).toString());
        d.site = QUuid::fromString(row.value(4).toString());
        d.author = row.value(5).toString();
        out.append(d);
    }
    return out;
}

} // namespace

Result<QList<RecordStore::ForeignKey>> RecordStore::foreignKeys(Database &db)
{
    // The schema's keys change only with its version: read once per version and engine, since
    // every import and export asks (the catalogue query costs more than the rest of a small
    // import).
    static QHash<QString, QList<ForeignKey>> cache;
    const QString version = db.dialect().driverName() + QString::number(db.schemaVersion());
    if (const auto it = cache.constFind(version); it != cache.cend())
        return *it;
    auto q = db.exec(db.dialect().foreignKeysSql());
    if (!q)
        return q.error();
    const QStringList &tables = RecordStore::tables();
    QList<ForeignKey> keys;
    while (q.value().next()) {
        ForeignKey key{q.value().value(0).toString(), q.value().value(1).toString(),
                       q.value().value(2).toString(), q.value().value(3).toString().toUpper()};
        if (tables.contains(key.table) && tables.contains(key.parent))
            keys.append(key);
    }
    cache.insert(version, keys);
    return keys;
}

const QStringList &RecordStore::tables()
{
    static const QStringList names = recordTables();
    return names;
}

Result<QHash<QUuid, package::Record>> RecordStore::read(Database &db, const QString &table,
                                                        const QList<QUuid> &ids)
{
    QHash<QUuid, package::Record> out;
    std::optional<Error> error;
    const bool known = withRecordType(table, [&]<typename T>() {
        for (qsizetype start = 0; start < ids.size() && !error; start += chunk) {
            const qsizetype n = std::min<qsizetype>(chunk, ids.size() - start);
            auto rows =
                readRows<T>(db, QStringLiteral("id IN ") + idList(db), idValues(ids, start, n));
            if (!rows) {
                error = rows.error();
                return;
            }
            for (package::Record &r : rows.value())
                out.insert(r.meta.id, std::move(r));
        }
    });
    if (!known)
        return unknownTable(table);
    if (error)
        return *error;
    return out;
}

Result<QList<package::Record>> RecordStore::readAll(Database &db, const QString &table,
                                                    qint64 afterSequence)
{
    std::optional<Result<QList<package::Record>>> out;
    const bool known = withRecordType(table, [&]<typename T>() {
        out = afterSequence < 0 ? readRows<T>(db, QString(), {})
                                : readRows<T>(db, QStringLiteral("change_seq > ? ORDER BY rowid"),
                                              {afterSequence});
    });
    if (!known)
        return unknownTable(table);
    return *out;
}

Result<QStringList> RecordStore::tablesWithRows(Database &db, qint64 afterSequence)
{
    QStringList parts;
    QVariantList values;
    for (const QString &table : tables()) {
        if (afterSequence < 0) {
            parts << QStringLiteral("SELECT '%1' WHERE EXISTS (SELECT 1 FROM %1)").arg(table);
        } else {
            parts << QStringLiteral(
                         "SELECT '%1' WHERE EXISTS (SELECT 1 FROM %1 WHERE change_seq > ?)")
                         .arg(table);
            values << afterSequence;
        }
    }
    auto q = db.exec(parts.join(QStringLiteral(" UNION ALL ")), values);
    if (!q)
        return q.error();
    QSet<QString> found;
    while (q.value().next())
        found.insert(q.value().value(0).toString());
    QStringList out;
    for (const QString &table : tables())
        if (found.contains(table))
            out << table;
    return out;
}

Result<QSet<QUuid>> RecordStore::existing(Database &db, const QString &table,
                                          const QList<QUuid> &ids)
{
    if (!tables().contains(table))
        return unknownTable(table);
    QSet<QUuid> out;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const qsizetype n = std::min<qsizetype>(chunk, ids.size() - start);
        auto q = db.exec(QStringLiteral("SELECT id FROM %1 WHERE id IN %2").arg(table, idList(db)),
                         idValues(ids, start, n));
        if (!q)
            return q.error();
        while (q.value().next())
            out.insert(QUuid::fromString(q.value().value(0).toString()));
    }
    return out;
}

Result<QList<QUuid>> RecordStore::idsWhere(Database &db, const QString &table,
                                           const QString &column, const QList<QUuid> &values)
{
    QList<QUuid> out;
    for (qsizetype start = 0; start < values.size(); start += chunk) {
        const qsizetype n = std::min<qsizetype>(chunk, values.size() - start);
        // Table and column come from the schema's own list of foreign keys.
        auto q = db.exec(
            QStringLiteral("SELECT id FROM %1 WHERE %2 IN %3").arg(table, column, idList(db)),
            idValues(values, start, n));
        if (!q)
            return q.error();
        while (q.value().next())
            out.append(QUuid::fromString(q.value().value(0).toString()));
    }
    return out;
}

Result<void> RecordStore::write(Database &db, const package::Record &record)
{
    std::optional<Result<void>> out;
    const bool known = withRecordType(record.table, [&]<typename T>() {
        auto typed = package::fromPackageRecord<T>(record);
        if (!typed) {
            out = typed.error();
            return;
        }
        Repository repository(db);
        out = repository.writeIncoming(typed.value(), record.clocks);
    });
    if (!known)
        return unknownTable(record.table);
    return *out;
}

Result<void> RecordStore::writeAll(Database &db, const QString &table,
                                   const QList<const package::Record *> &records,
                                   const QStringList &changed)
{
    std::optional<Result<void>> out;
    const bool known = withRecordType(table, [&]<typename T>() {
        QList<T> typed;
        QList<FieldClocks> clocks;
        typed.reserve(records.size());
        clocks.reserve(records.size());
        for (const package::Record *record : records) {
            auto one = package::fromPackageRecord<T>(*record);
            if (!one) {
                out = one.error();
                return;
            }
            typed.append(std::move(one.value()));
            clocks.append(record->clocks);
        }
        Repository repository(db);
        out = repository.writeIncomingAll(typed, clocks, changed);
    });
    if (!known)
        return unknownTable(table);
    return *out;
}

Result<QHash<QUuid, package::Deletion>> RecordStore::tombstones(Database &db,
                                                                const QList<QUuid> &ids)
{
    QHash<QUuid, package::Deletion> out;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const qsizetype n = std::min<qsizetype>(chunk, ids.size() - start);
        auto rows = readTombstones(db, QStringLiteral("record_id IN ") + idList(db),
                                   idValues(ids, start, n));
        if (!rows)
            return rows.error();
        for (const package::Deletion &d : rows.value())
            out.insert(d.id, d);
    }
    return out;
}

Result<QList<package::Deletion>> RecordStore::allTombstones(Database &db, qint64 afterSequence)
{
    if (afterSequence < 0)
        return readTombstones(db, QString(), {});
    return readTombstones(db, QStringLiteral("change_seq > ?"), {afterSequence});
}

Result<void> RecordStore::writeTombstone(Database &db, const package::Deletion &deletion)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QString id = deletion.id.toString(QUuid::WithoutBraces);
    // Portable upsert: delete, then insert, in one transaction.
    if (auto r = db.write(QStringLiteral("DELETE FROM tombstone WHERE record_id = :p0"), {id}); !r)
        return r.error();
    const QString clocks = deletion.clocks.toText();
    auto r = db.write(QStringLiteral("INSERT INTO tombstone (record_id, tbl, clocks, deleted_at, "
                                     "site_id, author, change_seq) VALUES (:p0, :p1, :p2, :p3, "
                                     ":p4, :p5, :p6)"),
                      {id, deletion.table, clocks.isNull() ? QVariant() : QVariant(clocks),
                       isoTimestamp(deletion.deleted), column::toVariant(deletion.site),
                       deletion.author, db.changeSequence()});
    if (!r)
        return r.error();
    return tx.commit();
}

QString RecordStore::label(const package::Record &record)
{
    static const char *const candidates[] = {"title",  "name",   "name_es", "short_name",
                                             "action", "number", "iso2",    "body",
                                             "text",   "note",   "kind"};
    for (const char *c : candidates) {
        const QString text = record.values.value(QString::fromLatin1(c)).toString().simplified();
        if (!text.isEmpty())
            return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
    }
    return record.table + QLatin1Char(' ') + record.meta.id.toString(QUuid::WithoutBraces);
}

} // namespace focal
