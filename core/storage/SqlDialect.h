#pragma once

#include "Result.h"

#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

class QSqlDatabase;

namespace focal {

class Database;
struct Searchable;

// The placeholders Database::write binds its values to, in order: ":p0, :p1, ...", numbered
// from `first` (the later rows of a multi-row INSERT).
inline QString valuePlaceholders(int count, const QString &separator = QStringLiteral(", "),
                                 int first = 0)
{
    QStringList marks;
    marks.reserve(count);
    for (int i = first; i < first + count; ++i)
        marks << QStringLiteral(":p%1").arg(i);
    return marks.join(separator);
}

// A JSON array of the ids [from, from + count) as text, "[\"0b3f...\",\"...\"]": a list of
// ids bound as one value (see SqlDialect::boundListSql). UUID text needs no escaping.
inline QString jsonIdArray(const QList<QUuid> &ids, qsizetype from = 0, qsizetype count = -1)
{
    if (count < 0)
        count = ids.size() - from;
    QByteArray out;
    out.reserve(count * 39 + 2);
    out += '[';
    for (qsizetype i = from; i < from + count; ++i) {
        if (i > from)
            out += ',';
        out += '"' + ids.at(i).toByteArray(QUuid::WithoutBraces) + '"';
    }
    out += ']';
    return QString::fromLatin1(out);
}

// One cumulative schema step: from version `version - 1` to `version`. It runs inside one write
// transaction, so it either applies whole or not at all.
struct MigrationStep
{
    int version = 0;
    QStringList statements;
    std::function<Result<void>(Database &)> extra; // optional data migration after the statements
};

// Everything that differs between SQL databases lives behind this interface: SQLite now, a
// shared PostgreSQL server later. The rest of core writes plain, portable SQL with bound values.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;
    virtual QString connectOptions() const = 0;
    // Statements run on every new connection (foreign keys, journal mode, timeouts).
    virtual QStringList connectionSetup() const = 0;
    virtual QString beginWrite() const = 0;
    virtual QList<MigrationStep> migrations() const = 0;
    int currentVersion() const { return migrations().isEmpty() ? 0 : migrations().last().version; }

    // Reads the stored schema version and whether the file belongs to Focal, without writing.
    virtual Result<int> readSchemaVersion(QSqlDatabase &db) const = 0;
    virtual QStringList stampStatements(int version) const = 0;

    // Full-text search, in two passes that stay fast however common a word is: records whose
    // title matches, best first; then any other match, newest first. Both SELECTs take :query
    // and :limit and return kind, record id and title. searchQueryFromText() turns what a user
    // typed into the engine's query syntax (every word required, the last one as a prefix),
    // for titles only or for all the text.
    virtual QString rankedSearchSql() const = 0;
    virtual QString recentSearchSql() const = 0;
    virtual QString searchQueryFromText(const QString &text, bool titlesOnly) const = 0;

    // Indexing records inserted during a write transaction, in bulk before it commits: the
    // newest entry of the record map; entries for the ids of one table given as one bound JSON
    // array :ids (those not indexed yet); and the index text of that table's entries newer
    // than bound :after.
    virtual QString lastIndexEntrySql() const = 0;
    virtual QString indexEntriesSql(const Searchable &searchable) const = 0;
    virtual QString indexTextSql(const Searchable &searchable) const = 0;

    // A number that changes whenever another connection commits to the database (one row, one
    // column); comparing it tells a window to refresh after another program's writes.
    virtual QString externalChangeCounterSql() const = 0;

    // Every foreign key of the schema: rows of (child table, child column, parent table,
    // on-delete action as SQL spells it: CASCADE, SET NULL, RESTRICT, NO ACTION).
    virtual QString foreignKeysSql() const = 0;
    // Run inside a write transaction: its foreign keys are checked when it commits, not after
    // each statement (an import writes records whose parents come later in the same package).
    virtual QString deferForeignKeysSql() const = 0;
    // One statement that updates `rows` stored rows of `table` by id: the values are bound as
    // :p0, :p1... row after row, each row giving `columns` in order, one of which is "id".
    // Every column but the id is set. (An import writes thousands of rows this way: one
    // statement per row would make the search index flush after every row.)
    // A SELECT of the texts in one bound JSON array (jsonIdArray), as one column: for
    // "id IN (...)" with thousands of ids (a statement with thousands of bound values costs
    // more to prepare than to run).
    virtual QString boundListSql() const = 0;
    virtual QString updateRowsSql(const QString &table, const QStringList &columns,
                                  int rows) const = 0;

    // A consistent copy of the live database into a new file (bind :path).
    virtual QString backupIntoSql() const = 0;
    virtual QStringList integrityCheckSql() const = 0;

    virtual Error::Code classify(const QSqlError &error) const = 0;
};

} // namespace focal
