#pragma once

#include "exchange/VersionVector.h"
#include "model/Record.h"
#include "model/RecordId.h"
#include "storage/Database.h"
#include "storage/Searchable.h"

#include <QCoreApplication>

namespace focal {

// Generic storage of the record types in core/model: each type names its table and lists its
// fields (and any derived columns, written with them and never read back); this class writes the
// SQL once for all of them. Column names come from code only; every value is bound. Each write is
// atomic on its own: inside the open write transaction, or in one of its own.
//
// It also keeps the exchange bookkeeping of every row (docs/exchange.md): the change sequence of
// the transaction that wrote it, and the field clocks, bumped for every field an update or a
// restore changes.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(focal::Repository)

public:
    explicit Repository(Database &db) : m_db(db) {}

    Database &database() { return m_db; }

    template <typename T> Result<QList<T>> list(const QString &orderBy = QStringLiteral("rowid"))
    {
        return select<T>(QString(), {}, orderBy);
    }

    // Records whose `column` equals `value` (a null QVariant matches NULL).
    template <typename T>
    Result<QList<T>> listWhere(const char *column, const QVariant &value,
                               const QString &orderBy = QStringLiteral("rowid"))
    {
        const QString col = QString::fromLatin1(column);
        if (value.isNull())
            return select<T>(col + QStringLiteral(" IS NULL"), {}, orderBy);
        return select<T>(col + QStringLiteral(" = ?"), {value}, orderBy);
    }

    template <typename T> Result<T> get(const QUuid &id)
    {
        auto rows = select<T>(QStringLiteral("id = ?"), {column::toVariant(id)}, QString());
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return notFound(QLatin1String(T::table), id);
        return rows->first();
    }

    template <typename T> Result<int> count() { return countRows(QLatin1String(T::table)); }

    // Inserts `record`, giving it a new UUID unless it has one, and stamps its change metadata.
    template <typename T> Result<void> insert(T &record)
    {
        stamp(record.meta, true);
        if (record.meta.id.isNull())
            record.meta.id = createRecordId(record.meta.created.toMSecsSinceEpoch());
        // Built once per record type: inserts run by the thousand when data is loaded.
        static const QString sql = insertSql(QLatin1String(T::table), insertedColumnNames<T>());
        QVariantList values;
        values.reserve(metaColumnNames().size() + std::tuple_size_v<decltype(T::fields())> +
                       derivedColumnCount<T>() + 1);
        appendValues(record, values);
        // Noted first: a write outside a transaction commits at once, and indexes what is noted.
        // Should the insert fail, the note finds no row and indexes nothing.
        m_db.indexLater(searchable<T>(), record.meta.id);
        m_db.touch(tableName<T>());
        return inTransaction([&]() -> Result<void> {
            values << m_db.changeSequence();
            return insertRow(sql, values);
        });
    }

    // Whether insertAll() stamps each record with the change information of now, as insert()
    // does, or keeps what the record carries (an import keeps who changed what, when, where).
    enum class Stamps { Now, AsGiven };

    // Inserts many records of one type in a few multi-row statements, all or nothing: loading
    // data, imports, anything that writes thousands of rows. Records without an id get one.
    // Parents must be in the database (or inserted before) as with insert().
    template <typename T> Result<void> insertAll(QList<T> &records, Stamps stamps = Stamps::Now)
    {
        if (records.isEmpty())
            return {};
        static const QStringList columns = insertedColumnNames<T>();
        static const int width = int(metaColumnNames().size() + columns.size());
        static const int perStatement = std::max(1, maxValuesPerStatement / width);
        static const QString full = insertSql(QLatin1String(T::table), columns, perStatement);
        WriteTransaction tx(m_db);
        if (!tx.begun())
            return tx.begun();
        m_db.touch(tableName<T>());
        const qint64 sequence = m_db.changeSequence();
        QVariantList values;
        values.reserve(qsizetype(perStatement) * width);
        for (qsizetype start = 0; start < records.size(); start += perStatement) {
            const int rows = int(std::min<qsizetype>(perStatement, records.size() - start));
            values.clear();
            for (qsizetype i = start; i < start + rows; ++i) {
                T &record = records[i];
                if (stamps == Stamps::Now)
                    stamp(record.meta, true);
                if (record.meta.id.isNull())
                    record.meta.id = createRecordId(record.meta.created.toMSecsSinceEpoch());
                appendValues(record, values);
                values << sequence;
                m_db.indexLater(searchable<T>(), record.meta.id);
            }
            const QString sql =
                rows == perStatement ? full : insertSql(QLatin1String(T::table), columns, rows);
            if (auto r = insertRow(sql, values); !r)
                return r;
        }
        return tx.commit();
    }

    // Writes `record` exactly as given, change information included: how an undo puts back
    // what was there. An undo is a new change: the clock of every field it changes is bumped.
    // Inserts the record when it no longer exists, with the clocks it had when it was deleted.
    template <typename T> Result<void> restore(const T &record)
    {
        static const QStringList columns = metaColumnNames() + writtenColumnNames<T>();
        QVariantList values;
        values.reserve(columns.size() + 2);
        appendValues(record, values);
        m_db.touch(tableName<T>());
        return inTransaction([&]() -> Result<void> {
            auto updated =
                updateTracked(tableName<T>(), record.meta.id, columns, values, fieldCount<T>());
            if (updated || updated.error().code != Error::Code::NotFound)
                return updated;
            m_db.indexLater(searchable<T>(), record.meta.id);
            return reinsert(tableName<T>(), record.meta.id, columns, values);
        });
    }

    template <typename T> Result<void> update(T &record)
    {
        stamp(record.meta, false);
        static const QStringList columns = metaColumnNames() + writtenColumnNames<T>();
        QVariantList values;
        values.reserve(columns.size() + 2);
        appendValues(record, values);
        m_db.touch(tableName<T>());
        return inTransaction([&] {
            return updateTracked(tableName<T>(), record.meta.id, columns, values, fieldCount<T>());
        });
    }

    // For the merge engine: writes `record` exactly as given (change information as given, not
    // stamped) with `clocks`, inserting it or replacing what is stored, and drops its tombstone
    // if it had one. The row's change sequence is this transaction's.
    template <typename T> Result<void> writeIncoming(const T &record, const FieldClocks &clocks)
    {
        static const QStringList columns = metaColumnNames() + writtenColumnNames<T>();
        QVariantList values;
        values.reserve(columns.size() + 2);
        appendValues(record, values);
        m_db.touch(tableName<T>());
        return inTransaction([&]() -> Result<void> {
            auto replaced = replaceRow(tableName<T>(), record.meta.id, columns, values, clocks);
            if (!replaced)
                return replaced.error();
            if (!replaced.value())
                m_db.indexLater(searchable<T>(), record.meta.id); // updates: search triggers
            return {};
        });
    }

    // writeIncoming for many records of type T at once, `clocks` beside `records`, all of them
    // changing the same field columns, `changed` (derived columns follow their fields). A record
    // stored here is updated, several to a statement, in those columns, its change metadata and
    // its clocks only: the rest of it is stored already. Any other record is inserted whole.
    template <typename T>
    Result<void> writeIncomingAll(const QList<T> &records, const QList<FieldClocks> &clocks,
                                  const QStringList &changed)
    {
        static const QStringList columns = metaColumnNames() + writtenColumnNames<T>();
        // The field each column belongs to ("" for the change metadata).
        static const QStringList fieldOf = QStringList(metaColumnNames().size(), QString()) +
                                           columnNames<T>() + derivedSourceNames<T>();
        QList<bool> written(columns.size()); // beside `columns` (and appendValues)
        QStringList names;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            written[i] = fieldOf.at(i).isEmpty() ? columns.at(i) != QLatin1String("created_at")
                                                 : changed.contains(fieldOf.at(i));
            if (written[i])
                names << columns.at(i);
        }
        names << QStringLiteral("change_seq") << QStringLiteral("clocks");
        const int perStatement = std::max(1, maxValuesPerStatement / int(names.size()));
        m_db.touch(tableName<T>());
        // A stored record has no tombstone (deleting writes one, writing the record again drops
        // it), so updated rows leave the tombstones alone; writeIncoming handles the others.
        return inTransaction([&]() -> Result<void> {
            const QString full = m_db.dialect().updateRowsSql(tableName<T>(), names, perStatement);
            QVariantList values;
            values.reserve(qsizetype(perStatement) * names.size());
            for (qsizetype start = 0; start < records.size(); start += perStatement) {
                const int rows = int(std::min<qsizetype>(perStatement, records.size() - start));
                values.clear();
                for (qsizetype i = start; i < start + rows; ++i) {
                    appendValues(records.at(i), values, written);
                    values << m_db.changeSequence() << clocksValue(clocks.at(i));
                }
                auto updated =
                    m_db.write(rows == perStatement
                                   ? full
                                   : m_db.dialect().updateRowsSql(tableName<T>(), names, rows),
                               values);
                if (!updated)
                    return updated.error();
                if (updated.value() == rows)
                    continue;
                // Some are not stored: row by row, inserting those.
                for (qsizetype i = start; i < start + rows; ++i)
                    if (auto r = writeIncoming(records.at(i), clocks.at(i)); !r)
                        return r;
            }
            return {};
        });
    }

    // The field clocks of a stored record; NotFound when there is no such row. `table` is a
    // record table's name from code (AllRecordTypes), never from input.
    Result<FieldClocks> clocksOf(const QString &table, const QUuid &id);

    // Deletes one record; what depends on it follows the schema's rules (see RecordRemoval for
    // a deletion that can be undone and says what it takes along).
    template <typename T> Result<void> remove(const QUuid &id)
    {
        m_db.touch(tableName<T>());
        return removeRow(QLatin1String(T::table), id);
    }

    // Low-level select used by the typed helpers and by queries in core/query.
    template <typename T>
    Result<QList<T>> select(const QString &where, const QVariantList &values,
                            const QString &orderBy)
    {
        const QStringList columns = metaColumnNames() + columnNames<T>();
        QString sql = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                      QStringLiteral(" FROM ") + QLatin1String(T::table);
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        if (!orderBy.isEmpty())
            sql += QStringLiteral(" ORDER BY ") + orderBy;
        auto q = m_db.exec(sql, values);
        if (!q)
            return q.error();
        QList<T> out;
        while (q.value().next()) {
            T record;
            int i = 0;
            bool ok = readMeta(q.value(), record.meta);
            i = metaColumnNames().size();
            const char *bad = nullptr;
            forEachField(record, [&](const char *col, auto &member) {
                if (!column::fromVariant(q.value().value(i++), member) && !bad)
                    bad = col;
            });
            if (!ok || bad)
                return corrupt(QLatin1String(T::table), record.meta.id,
                               bad ? QString::fromLatin1(bad) : QStringLiteral("id"));
            out.append(std::move(record));
        }
        return out;
    }

private:
    // Looked up once per record type: inserts run by the thousand when data is loaded.
    template <typename T> static const Searchable *searchable()
    {
        static const Searchable *const found = Searchable::find(QLatin1String(T::table));
        return found;
    }
    template <typename T> static const QString &tableName()
    {
        static const QString name = QLatin1String(T::table);
        return name;
    }
    // What an insert writes after the change metadata: the written columns and the change
    // sequence (clocks stay NULL: creation needs no clock).
    template <typename T> static QStringList insertedColumnNames()
    {
        return writtenColumnNames<T>() << QStringLiteral("change_seq");
    }
    template <typename T> static constexpr int fieldCount()
    {
        return int(std::tuple_size_v<decltype(T::fields())>);
    }

    // Runs `write` in the open write transaction, or in one of its own: a row's change sequence
    // is known only once its transaction has begun.
    template <typename F> Result<void> inTransaction(F &&write)
    {
        if (m_db.transactionDepth() > 0)
            return write();
        WriteTransaction tx(m_db);
        if (!tx.begun())
            return tx.begun();
        if (auto r = write(); !r)
            return r;
        return tx.commit();
    }

    // In the order of metaColumnNames() + writtenColumnNames<T>().
    template <typename T> void appendValues(const T &record, QVariantList &values)
    {
        appendMetaValues(record.meta, values);
        forEachField(
            record, [&](const char *, const auto &member) { values << column::toVariant(member); });
        forEachDerived(record, [&](const char *, QVariant value) { values << std::move(value); });
    }

    // Only the columns whose entry in `written` is true.
    template <typename T>
    void appendValues(const T &record, QVariantList &values, const QList<bool> &written)
    {
        QVariantList meta;
        appendMetaValues(record.meta, meta);
        qsizetype i = 0;
        for (; i < meta.size(); ++i)
            if (written.at(i))
                values << std::move(meta[i]);
        forEachField(record, [&](const char *, const auto &member) {
            if (written.at(i++))
                values << column::toVariant(member);
        });
        forEachDerived(record, [&](const char *, QVariant value) {
            if (written.at(i++))
                values << std::move(value);
        });
    }

    static const QStringList &metaColumnNames();
    static void appendMetaValues(const RecordMeta &meta, QVariantList &values);
    // An INSERT of `rows` rows (several in one statement when more than one).
    static QString insertSql(const QString &table, const QStringList &columns, int rows = 1);
    // Bound values per multi-row statement: SQLite's smallest limit of variables, 999.
    static constexpr int maxValuesPerStatement = 999;
    static bool readMeta(const QSqlQuery &q, RecordMeta &meta);
    void stamp(RecordMeta &meta, bool created);
    Result<void> insertRow(const QString &sql, const QVariantList &values);
    // Writes `values` (of `columns`: the change metadata, then the written columns, of which the
    // first `fields` are the mapped fields) over the stored row, bumping the clock of every
    // mapped field whose stored value changes; NotFound when there is no row.
    Result<void> updateTracked(const QString &table, const QUuid &id, const QStringList &columns,
                               const QVariantList &values, int fields);
    // Inserts a record that was deleted, with the clocks its tombstone kept, and drops the
    // tombstone.
    Result<void> reinsert(const QString &table, const QUuid &id, const QStringList &columns,
                          const QVariantList &values);
    // Updates the row as given (created_at too) or inserts it; true when it was updated.
    Result<bool> replaceRow(const QString &table, const QUuid &id, const QStringList &columns,
                            const QVariantList &values, const FieldClocks &clocks);
    Result<void> dropTombstone(const QUuid &id);
    static QVariant clocksValue(const FieldClocks &clocks);
    Result<void> removeRow(const QString &table, const QUuid &id);
    Result<int> countRows(const QString &table);
    static Error notFound(const QString &table, const QUuid &id);
    static Error corrupt(const QString &table, const QUuid &id, const QString &column);

    Database &m_db;
};

} // namespace focal
