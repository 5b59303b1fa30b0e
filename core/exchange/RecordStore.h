#pragma once

#include "exchange/Package.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

namespace focal {

class Database;

// The exchange's access to stored records of any table, by table name (always one of
// AllRecordTypes): rows read in the package form (every mapped column's stored value, change
// metadata, field clocks), many at a time, and incoming records written through Repository so
// that derived columns, search, tombstones and change notifications follow.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(focal::RecordStore)

public:
    struct ForeignKey
    {
        QString table;  // the referring table
        QString column; // its referring column
        QString parent; // the referred table
        QString onDelete;
    };

    // The record tables (AllRecordTypes), parents first.
    static const QStringList &tables();
    // The schema's foreign keys between record tables.
    static Result<QList<ForeignKey>> foreignKeys(Database &db);

    // The rows of `table` with these ids (read in chunks), by id.
    static Result<QHash<QUuid, package::Record>> read(Database &db, const QString &table,
                                                      const QList<QUuid> &ids);
    // Every row of `table`, or those with change_seq above `afterSequence` when it is >= 0.
    static Result<QList<package::Record>> readAll(Database &db, const QString &table,
                                                  qint64 afterSequence = -1);
    // The record tables that have rows (with change_seq above `afterSequence` when it is >= 0),
    // in one statement: an export then reads only those.
    static Result<QStringList> tablesWithRows(Database &db, qint64 afterSequence = -1);
    // Which of `ids` exist in `table`.
    static Result<QSet<QUuid>> existing(Database &db, const QString &table,
                                        const QList<QUuid> &ids);
    // The ids of rows of `table` whose `column` is one of `values`.
    static Result<QList<QUuid>> idsWhere(Database &db, const QString &table, const QString &column,
                                         const QList<QUuid> &values);

    // Inserts or replaces the row exactly as given (metadata and clocks included).
    static Result<void> write(Database &db, const package::Record &record);
    // write() for many records of one table, most of them stored here already, that all change
    // the same columns, `changed`: the stored ones are updated in those columns (and their
    // change metadata and clocks), many rows to a statement.
    static Result<void> writeAll(Database &db, const QString &table,
                                 const QList<const package::Record *> &records,
                                 const QStringList &changed);

    // Tombstones (deletions known here) of these ids, by id.
    static Result<QHash<QUuid, package::Deletion>> tombstones(Database &db,
                                                              const QList<QUuid> &ids);
    // Every tombstone, or those with change_seq above `afterSequence` when it is >= 0.
    static Result<QList<package::Deletion>> allTombstones(Database &db, qint64 afterSequence = -1);
    // Writes a tombstone as given (a deletion learnt from a package, or a settled conflict),
    // with this transaction's change sequence so that it travels on.
    static Result<void> writeTombstone(Database &db, const package::Deletion &deletion);

    // How people know a record: its name, title or text, else its table and id.
    static QString label(const package::Record &record);

    // Ids are read and compared in chunks of this many, each bound as one JSON array.
    static constexpr int chunk = 5000;
};

} // namespace focal
