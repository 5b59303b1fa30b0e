#pragma once

#include "Result.h"
#include "storage/ChangeNotifier.h"
#include "storage/ChangeSequence.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantList>

#include <array>
#include <functional>
#include <memory>
#include <unordered_map>

namespace focal {

struct Searchable;

// Who and where changes are made: stamped on every record written through this connection.
struct ChangeContext
{
    QUuid site;                       // this installation
    QString author;                   // the person at the keyboard
    std::function<QDateTime()> clock; // UTC now; replaceable in tests
    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
};

// One open Focal database: a connection, its dialect, and the write-transaction discipline.
// It refuses files that are not Focal databases or come from a newer Focal, without touching
// them, and brings older ones up to date after keeping a backup copy.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(focal::Database)

public:
    enum class Mode {
        OpenOrCreate, // the usual start: create with an empty schema when missing
        OpenExisting, // the file must exist
        CreateNew,    // the file must not exist (focal-cli init)
    };

    // `migrations` replaces the dialect's steps (tests exercise migration with their own).
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Mode mode = Mode::OpenOrCreate,
                                                  const QList<MigrationStep> *migrations = nullptr);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase &connection() { return m_db; }
    const SqlDialect &dialect() const { return *m_dialect; }
    int schemaVersion() const { return m_version; }
    bool wasCreated() const { return m_created; }
    QString backupPath() const { return m_backupPath; } // set when a migration kept a copy
    ChangeContext &context() { return m_context; }
    const ChangeContext &context() const { return m_context; }

    // Runs one statement with bound values; the error carries a translated message.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    Result<QSqlQuery> exec(const QString &sql, const QVariantMap &named);

    // Runs one writing statement through a cache of prepared statements (the SQL text must come
    // from code, never from input). It is atomic on its own: inside an open write transaction
    // directly, otherwise in a write transaction of its own. Returns the rows it changed.
    // Positional values bind to the placeholders :p0, :p1, ... (see valuePlaceholders()).
    Result<int> write(const QString &sql, const QVariantList &values);
    Result<int> write(const QString &sql, const QVariantMap &named);

    // Views connect here to hear of every committed change.
    ChangeNotifier *notifier() { return &m_notifier; }
    // Whether another connection or program committed to the database since the last call;
    // if so, the notifier announces a change of every table ("*"), since which tables changed
    // is not known. Windows call this from a timer or when they are activated.
    bool pollExternalChanges();

    // A table was written in the current transaction; announced when it commits.
    // A repeat of the previous table (the same string, as Repository passes) costs no lookup.
    void touch(const QString &table)
    {
        if (table.isSharedWith(m_lastTouched) && !m_touched.isEmpty())
            return;
        m_touched.insert(table);
        m_lastTouched = table;
    }

    // A record was inserted: its search entry is written, with all others of the transaction,
    // just before the transaction commits.
    // `searchable` is Searchable::find(table); null (a table without search text) is ignored.
    void indexLater(const Searchable *searchable, const QUuid &id);

    // The error of a failed statement, classified, with a sentence a person understands.
    Error errorFrom(const QSqlError &error, const QString &what = {}) const;

    // How long a write waits for another connection's write lock before reporting Busy.
    Result<void> setBusyTimeout(int milliseconds);

    // Settings stored inside the database (site identity, author, ...).
    QString meta(const QString &key, const QString &fallback = {});
    Result<void> setMeta(const QString &key, const QString &value);

    // A consistent copy of the live database (safe with WAL), written to a new file.
    Result<void> backupTo(const QString &targetPath);

    // Write transactions nest: the outermost begins the dialect's write transaction, inner ones
    // are savepoints. Use WriteTransaction rather than these.
    Result<void> beginWrite();
    Result<void> commitWrite();
    void rollbackWrite();
    int transactionDepth() const { return m_depth; }

    // The change sequence of the current write transaction (docs/exchange.md): this site's
    // transactions are numbered 1, 2, 3, ..., the number raised when the outermost one begins,
    // inside it, so that a rollback gives the number back. Outside a write transaction, the last
    // number this connection used or read (0 before any; always 0 on a schema without change
    // sequences, which only tests open).
    qint64 changeSequence() const { return m_sequence.current(); }

private:
    Database() = default;
    Result<void> prepare(Mode mode, bool existed, const QList<MigrationStep> &steps);
    Result<void> migrate(int from, const QList<MigrationStep> &steps, bool existed);
    Result<int> runWrite(QSqlQuery &query);
    Result<int> writePrepared(const QString &sql, const std::function<void(QSqlQuery &)> &bind);
    QSqlQuery &cachedStatement(const QString &sql, bool *fresh);
    void forgetStatement(const QString &sql);
    Result<void> indexPending();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    // Prepared writes, by SQL text; node-based, so the recent list below may point into it.
    std::unordered_map<QString, QSqlQuery> m_statements;
    // The last statements used, found by their string's identity rather than by hashing and
    // comparing the whole SQL text: Repository passes the same string for every row of a kind.
    struct RecentStatement
    {
        QString sql;
        QSqlQuery *query = nullptr;
    };
    std::array<RecentStatement, 8> m_recent;
    size_t m_recentNext = 0;
    QHash<const Searchable *, QList<QUuid>> m_pendingIndex; // inserted in this transaction
    QSet<QString> m_touched;                                // tables written in this transaction
    QString m_lastTouched;
    ChangeNotifier m_notifier;
    qint64 m_externalCounter = -1;
    std::unique_ptr<SqlDialect> m_dialect;
    ChangeContext m_context;
    int m_version = 0;
    int m_depth = 0;
    // Whether the schema keeps change sequences: set after migrating (a migration is no change
    // of the data, and the bookkeeping arrives with version 5).
    bool m_tracksChanges = false;
    ChangeSequence m_sequence;
    bool m_created = false;
    QString m_backupPath;
};

// Scope guard for a write: rolled back unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db) : m_db(db) { m_begun = m_db.beginWrite(); }
    ~WriteTransaction()
    {
        if (m_begun.ok() && !m_done)
            m_db.rollbackWrite();
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    const Result<void> &begun() const { return m_begun; }
    Result<void> commit()
    {
        m_done = true;
        return m_db.commitWrite();
    }

private:
    Database &m_db;
    Result<void> m_begun;
    bool m_done = false;
};

} // namespace focal
