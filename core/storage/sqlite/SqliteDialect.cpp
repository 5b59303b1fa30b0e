#include "SqliteDialect.h"

#include "SqliteSchema.h"
#include "storage/Searchable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace focal {

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions() const
{
    // The busy timeout makes a second Focal wait for a short write instead of failing at once.
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
}

QStringList SqliteDialect::connectionSetup() const
{
    return {
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL"),
        // 32 MB of page cache (the default is 2 MB): a large import and its search index stay in
        // memory instead of spilling pages to the WAL in the middle of the transaction.
        QStringLiteral("PRAGMA cache_size = -32768")};
}

QString SqliteDialect::beginWrite() const
{
    // IMMEDIATE takes the write lock at once, so two writers never deadlock half-way.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QList<MigrationStep> SqliteDialect::migrations() const
{
    static const QList<MigrationStep> steps = sqliteMigrations();
    return steps;
}

Result<int> SqliteDialect::readSchemaVersion(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return Error{classify(q.lastError()), QString(), q.lastError().text()};
    const int appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error{classify(q.lastError()), QString(), q.lastError().text()};
    const int version = q.value(0).toInt();
    if (appId != applicationId)
        return Error{Error::Code::NotFocal, QString(),
                     QStringLiteral("application_id %1, user_version %2").arg(appId).arg(version)};
    return version;
}

QStringList SqliteDialect::stampStatements(int version) const
{
    return {QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
            QStringLiteral("PRAGMA user_version = %1").arg(version)};
}

QString SqliteDialect::rankedSearchSql() const
{
    // bm25 scores every match before LIMIT applies: on titles alone that stays a few thousand.
    return QStringLiteral("SELECT d.kind, d.record_id, d.title FROM search_index s "
                          "JOIN search_doc d ON d.rowid = s.rowid "
                          "WHERE search_index MATCH :query ORDER BY s.rank, d.title LIMIT :limit");
}

QString SqliteDialect::recentSearchSql() const
{
    return QStringLiteral("SELECT d.kind, d.record_id, d.title FROM search_index s "
                          "JOIN search_doc d ON d.rowid = s.rowid "
                          "WHERE search_index MATCH :query ORDER BY s.rowid DESC LIMIT :limit");
}

QString SqliteDialect::searchQueryFromText(const QString &text, bool titlesOnly) const
{
    // Each word becomes a quoted term, so FTS5 operators typed by a user are only text. The last
    // word is a prefix (people search as they type); the others are whole words, which keeps a
    // short word such as "de" from matching most of the database.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i)
        terms << (titlesOnly ? QStringLiteral("{title} : \"") : QStringLiteral("\"")) +
                     words.at(i) +
                     (i + 1 == words.size() ? QStringLiteral("\"*") : QStringLiteral("\""));
    return terms.join(QLatin1Char(' '));
}

QString SqliteDialect::lastIndexEntrySql() const
{
    return QStringLiteral("SELECT coalesce(max(rowid), 0) FROM search_doc");
}

QString SqliteDialect::indexEntriesSql(const Searchable &searchable) const
{
    // One bound array rather than thousands of bound values: binding is the costly part. The
    // entries are numbered in the order of the records' rows, the order in which SQLite's
    // many-row UPDATE ... FROM visits them: FTS5 then rewrites their index entries in
    // increasing order and keeps them in memory (see the schema's version 6).
    return QStringLiteral("INSERT INTO search_doc(record_id, kind, title) "
                          "SELECT r.id, '%1', %2 FROM %1 r WHERE r.id IN "
                          "(SELECT value FROM json_each(:ids)) AND NOT EXISTS "
                          "(SELECT 1 FROM search_doc d WHERE d.record_id = r.id) "
                          "ORDER BY r.rowid")
        .arg(QLatin1String(searchable.table),
             Searchable::expression(searchable.title, QStringLiteral("r")));
}

QString SqliteDialect::indexTextSql(const Searchable &searchable) const
{
    return QStringLiteral("INSERT INTO search_index(rowid, title, body) "
                          "SELECT d.rowid, d.title, %2 FROM search_doc d JOIN %1 r ON r.id = "
                          "d.record_id WHERE d.rowid > :after AND d.kind = '%1'")
        .arg(QLatin1String(searchable.table),
             Searchable::expression(searchable.body, QStringLiteral("r")));
}

QString SqliteDialect::externalChangeCounterSql() const
{
    return QStringLiteral("PRAGMA data_version");
}

QString SqliteDialect::foreignKeysSql() const
{
    return QStringLiteral(
        "SELECT m.name, k.\"from\", k.\"table\", k.on_delete FROM sqlite_master m, "
        "pragma_foreign_key_list(m.name) k WHERE m.type = 'table' "
        "ORDER BY m.name, k.id");
}

QString SqliteDialect::deferForeignKeysSql() const
{
    // Reset by SQLite itself when the transaction ends.
    return QStringLiteral("PRAGMA defer_foreign_keys = ON");
}

QString SqliteDialect::boundListSql() const
{
    return QStringLiteral("SELECT value FROM json_each(?)");
}

// UPDATE ... FROM (SQLite 3.33 and later): the rows as a VALUES list, whose columns SQLite
// names column1, column2...
QString SqliteDialect::updateRowsSql(const QString &table, const QStringList &columns,
                                     int rows) const
{
    const int width = int(columns.size());
    QStringList sets;
    QString key;
    for (int i = 0; i < width; ++i) {
        const QString source = QStringLiteral("v.column%1").arg(i + 1);
        if (columns.at(i) == QLatin1String("id"))
            key = source;
        else
            sets << columns.at(i) + QStringLiteral(" = ") + source;
    }
    QStringList tuples;
    tuples.reserve(rows);
    for (int r = 0; r < rows; ++r)
        tuples << QLatin1Char('(') + valuePlaceholders(width, QStringLiteral(", "), r * width) +
                      QLatin1Char(')');
    return QStringLiteral("UPDATE %1 SET %2 FROM (VALUES %3) AS v WHERE %1.id = %4")
        .arg(table, sets.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")), key);
}

QString SqliteDialect::backupIntoSql() const
{
    return QStringLiteral("VACUUM INTO :path");
}

QStringList SqliteDialect::integrityCheckSql() const
{
    return {QStringLiteral("PRAGMA integrity_check"), QStringLiteral("PRAGMA foreign_key_check")};
}

Error::Code SqliteDialect::classify(const QSqlError &error) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // primary result code
    if (!ok)
        return Error::Code::Database;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::Code::Busy;
    case 8:  // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
        return Error::Code::Io;
    case 11: // SQLITE_CORRUPT
        return Error::Code::Corrupt;
    case 26: // SQLITE_NOTADB
        return Error::Code::NotFocal;
    case 19: // SQLITE_CONSTRAINT
        return Error::Code::Constraint;
    case 18: // SQLITE_TOOBIG
    case 20: // SQLITE_MISMATCH
        return Error::Code::Invalid;
    default:
        return Error::Code::Database;
    }
}

} // namespace focal
