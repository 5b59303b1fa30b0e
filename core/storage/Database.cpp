#include "Database.h"

#include "storage/Searchable.h"
#include "storage/sqlite/SqliteDialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <optional>

namespace focal {
namespace {

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    if (name.isEmpty())                          // services and containers often set neither
        name = QDir(QDir::homePath()).dirName();
    return name;
}

// SQLite files start with this header; anything else is refused before SQLite opens it,
// so a foreign file is never written to.
bool hasSqliteHeader(const QString &path, bool *readable)
{
    QFile f(path);
    *readable = f.open(QIODevice::ReadOnly);
    if (!*readable)
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode,
                                                 const QList<MigrationStep> *migrations)
{
    if (path.trimmed().isEmpty())
        return Error{Error::Code::Invalid, tr("No database file was given."), {}};

    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const bool existed = info.exists();

    if (existed && info.isDir())
        return Error{
            Error::Code::Invalid, tr("%1 is a folder, not a database file.").arg(shown), {}};
    if (existed && mode == Mode::CreateNew)
        return Error{Error::Code::Invalid,
                     tr("%1 already exists; Focal does not overwrite it.").arg(shown),
                     {}};
    if (!existed && mode == Mode::OpenExisting)
        return Error{Error::Code::NotFound, tr("There is no database at %1.").arg(shown), {}};

    if (existed) {
        bool readable = false;
        const bool sqlite = hasSqliteHeader(path, &readable);
        if (!readable)
            return Error{
                Error::Code::Io, tr("%1 cannot be read: check its permissions.").arg(shown), {}};
        if (!sqlite)
            return Error{Error::Code::NotFocal,
                         tr("%1 is not a Focal database; it was left untouched.").arg(shown),
                         {}};
    } else {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists())
            return Error{Error::Code::Io,
                         tr("The folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(dir.absoluteFilePath())),
                         {}};
        if (!dir.isWritable())
            return Error{Error::Code::Io,
                         tr("Focal cannot create a database in %1: the folder is read-only.")
                             .arg(QDir::toNativeSeparators(dir.absoluteFilePath())),
                         {}};
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_dialect = std::make_unique<SqliteDialect>();
    db->m_connectionName =
        QStringLiteral("focal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_db = QSqlDatabase::addDatabase(db->m_dialect->driverName(), db->m_connectionName);
    if (!db->m_db.isValid())
        return Error{Error::Code::Database,
                     tr("The SQLite driver of Qt is missing; reinstall Focal."),
                     db->m_dialect->driverName()};
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(db->m_dialect->connectOptions());
    db->m_context.author = systemUserName();

    const QList<MigrationStep> steps = migrations ? *migrations : db->m_dialect->migrations();
    if (auto r = db->prepare(mode, existed, steps); !r) {
        db.reset(); // closes the connection before the files are removed
        if (!existed)
            removeDatabaseFiles(info.absoluteFilePath());
        return r.error();
    }
    return db;
}

Database::~Database()
{
    m_recent = {};
    m_statements.clear(); // prepared statements go before their connection
    if (m_db.isValid()) {
        if (m_depth > 0)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> Database::prepare(Mode, bool existed, const QList<MigrationStep> &steps)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!m_db.open())
        return Error{Error::Code::Io,
                     existed ? tr("Focal could not open %1.").arg(shown)
                             : tr("Focal could not create %1: check that the folder is writable "
                                  "and the disk is not full.")
                                   .arg(shown),
                     m_db.lastError().text()};

    int version = 0;
    if (existed) {
        // Read-only checks first: nothing is written to a file that turns out to be foreign.
        auto v = m_dialect->readSchemaVersion(m_db);
        if (!v) {
            const Error::Code code = v.error().code;
            if (code == Error::Code::NotFocal)
                return Error{code,
                             tr("%1 is not a Focal database; it was left untouched.").arg(shown),
                             v.error().detail};
            if (code == Error::Code::Corrupt)
                return Error{code, tr("%1 is damaged and cannot be opened.").arg(shown),
                             v.error().detail};
            return Error{code, tr("Focal could not read %1.").arg(shown), v.error().detail};
        }
        version = *v;
        const int current = steps.isEmpty() ? 0 : steps.last().version;
        if (version > current)
            return Error{Error::Code::TooNew,
                         tr("%1 was written by a newer version of Focal (data version %2; this "
                            "version reads up to %3). Update Focal to open it; the file was left "
                            "untouched.")
                             .arg(shown)
                             .arg(version)
                             .arg(current),
                         {}};
    }

    for (const QString &sql : m_dialect->connectionSetup()) {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            const Error e = errorFrom(q.lastError(), sql);
            if (e.code == Error::Code::Io)
                return Error{Error::Code::Io,
                             existed ? tr("Focal cannot write to %1: the file or its folder is "
                                          "read-only.")
                                           .arg(shown)
                                     : tr("Focal could not create %1: check that the folder is "
                                          "writable and the disk is not full.")
                                           .arg(shown),
                             q.lastError().text()};
            if (e.code == Error::Code::Corrupt || e.code == Error::Code::NotFocal)
                return Error{Error::Code::Corrupt,
                             tr("%1 is damaged and cannot be opened.").arg(shown),
                             q.lastError().text()};
            return e;
        }
    }

    m_created = !existed;
    if (auto r = migrate(version, steps, existed); !r)
        return r;
    m_tracksChanges = !meta(QStringLiteral("change_seq")).isEmpty();

    QString site = meta(QStringLiteral("site_id"));
    if (site.isEmpty()) {
        site = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto r = setMeta(QStringLiteral("site_id"), site); !r)
            return r;
    }
    m_context.site = QUuid::fromString(site);
    (void)pollExternalChanges(); // the starting point: later calls compare with it
    const QString author = meta(QStringLiteral("author"));
    if (!author.isEmpty())
        m_context.author = author;
    return {};
}

Result<void> Database::migrate(int from, const QList<MigrationStep> &steps, bool existed)
{
    m_version = from;
    const bool pending = std::any_of(steps.begin(), steps.end(),
                                     [from](const MigrationStep &s) { return s.version > from; });
    if (!pending)
        return {};

    if (existed && from > 0) {
        m_backupPath =
            m_path + QStringLiteral(".v%1-%2.bak")
                         .arg(from)
                         .arg(m_context.now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (auto r = backupTo(m_backupPath); !r)
            return Error{r.error().code,
                         tr("Focal needs to update %1 but could not keep a backup copy first; "
                            "nothing was changed.")
                             .arg(QDir::toNativeSeparators(m_path)),
                         r.error().fullText()};
    }

    for (const MigrationStep &step : steps) {
        if (step.version <= m_version)
            continue;
        WriteTransaction tx(*this);
        if (!tx.begun())
            return tx.begun().error();
        QStringList statements = step.statements;
        statements << m_dialect->stampStatements(step.version);
        for (const QString &sql : statements) {
            if (auto r = exec(sql); !r)
                return Error{r.error().code,
                             tr("Updating the database to data version %1 failed; it was left as "
                                "it was.")
                                 .arg(step.version),
                             r.error().fullText()};
        }
        if (step.extra) {
            if (auto r = step.extra(*this); !r)
                return Error{r.error().code,
                             tr("Updating the database to data version %1 failed; it was left as "
                                "it was.")
                                 .arg(step.version),
                             r.error().fullText()};
        }
        if (auto r = tx.commit(); !r)
            return r;
        m_version = step.version;
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true); // rows are read once, in order: Qt need not keep them
    if (!q.prepare(sql))
        return errorFrom(q.lastError(), sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return errorFrom(q.lastError(), sql);
    return q;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantMap &named)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q.lastError(), sql);
    for (auto it = named.begin(); it != named.end(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec())
        return errorFrom(q.lastError(), sql);
    return q;
}

QSqlQuery &Database::cachedStatement(const QString &sql, bool *fresh)
{
    *fresh = false;
    for (const RecentStatement &r : m_recent)
        if (r.query && r.sql.isSharedWith(sql))
            return *r.query;
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        *fresh = true;
        it = m_statements.emplace(sql, QSqlQuery(m_db)).first;
    }
    m_recent[m_recentNext] = {sql, &it->second};
    m_recentNext = (m_recentNext + 1) % m_recent.size();
    return it->second;
}

void Database::forgetStatement(const QString &sql)
{
    for (RecentStatement &r : m_recent)
        if (r.sql == sql)
            r = {};
    m_statements.erase(sql);
}

Result<int> Database::runWrite(QSqlQuery &query)
{
    if (!query.exec()) {
        const Error e = errorFrom(query.lastError(), query.lastQuery());
        query.finish();
        return e;
    }
    const int rows = query.numRowsAffected();
    query.finish();
    return rows;
}

Result<int> Database::writePrepared(const QString &sql,
                                    const std::function<void(QSqlQuery &)> &bind)
{
    std::optional<WriteTransaction> own;
    if (m_depth == 0) {
        own.emplace(*this);
        if (!own->begun())
            return own->begun().error();
    }
    bool fresh = false;
    QSqlQuery &q = cachedStatement(sql, &fresh);
    if (fresh && !q.prepare(sql)) {
        const Error e = errorFrom(q.lastError(), sql);
        forgetStatement(sql);
        return e;
    }
    bind(q);
    auto rows = runWrite(q);
    if (!rows || !own)
        return rows;
    if (auto c = own->commit(); !c)
        return c.error();
    return rows;
}

Result<int> Database::write(const QString &sql, const QVariantList &values)
{
    // Qt names each positional value ":N" on every bind; binding by the statement's own names
    // (":pN", made once) skips that work, which shows when thousands of rows are written.
    // Made once and never changed after, so connections in other threads may share it.
    static const QStringList names = [] {
        QStringList n;
        for (int i = 0; i < 1024; ++i) // enough for Repository::insertAll's statements
            n << QStringLiteral(":p%1").arg(i);
        return n;
    }();
    return writePrepared(sql, [&](QSqlQuery &q) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i < names.size() ? names.at(i) : QStringLiteral(":p%1").arg(i),
                        values.at(i));
    });
}

Result<int> Database::write(const QString &sql, const QVariantMap &named)
{
    return writePrepared(sql, [&](QSqlQuery &q) {
        for (auto it = named.begin(); it != named.end(); ++it)
            q.bindValue(QLatin1Char(':') + it.key(), it.value());
    });
}

bool Database::pollExternalChanges()
{
    if (m_depth > 0)
        return false; // inside our own transaction the counter says nothing about others
    auto q = exec(m_dialect->externalChangeCounterSql());
    if (!q || !q.value().next())
        return false;
    const qint64 counter = q.value().value(0).toLongLong();
    const bool changed = m_externalCounter >= 0 && counter != m_externalCounter;
    m_externalCounter = counter;
    if (changed)
        emit m_notifier.committed({QStringLiteral("*")});
    return changed;
}

void Database::indexLater(const Searchable *searchable, const QUuid &id)
{
    if (searchable)
        m_pendingIndex[searchable].append(id);
}

Result<void> Database::indexPending()
{
    if (m_pendingIndex.isEmpty())
        return {};
    const QHash<const Searchable *, QList<QUuid>> pending = std::exchange(m_pendingIndex, {});
    auto last = exec(m_dialect->lastIndexEntrySql());
    if (!last || !last.value().next())
        return last ? errorFrom(last.value().lastError()) : last.error();
    const qint64 after = last.value().value(0).toLongLong();

    for (auto it = pending.begin(); it != pending.end(); ++it) {
        const Searchable *searchable = it.key();
        QVariantMap entries;
        entries.insert(QStringLiteral("ids"), jsonIdArray(it.value()));
        if (auto r = write(m_dialect->indexEntriesSql(*searchable), entries); !r)
            return r.error();
        QVariantMap bound;
        bound.insert(QStringLiteral("after"), after);
        if (auto r = write(m_dialect->indexTextSql(*searchable), bound); !r)
            return r.error();
    }
    return {};
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const
{
    const Error::Code code = m_dialect->classify(error);
    QString message;
    switch (code) {
    case Error::Code::Busy:
        message = tr("The database is being changed by another Focal window or program. Try again "
                     "in a moment.");
        break;
    case Error::Code::Io:
        message = tr("The database file could not be written: the disk may be full or the file "
                     "read-only. Nothing was changed.");
        break;
    case Error::Code::Corrupt:
        message = tr("The database file is damaged.");
        break;
    case Error::Code::Constraint:
        message = tr("This change would break the data (a required link, or a duplicate); it was "
                     "not made.");
        break;
    case Error::Code::Invalid:
        message = tr("A value is too large or of the wrong kind; the change was not made.");
        break;
    default:
        message = tr("The database reported an error; the change was not made.");
        break;
    }
    QString detail = error.text();
    if (!what.isEmpty())
        detail += QStringLiteral(" [") + what.left(200) + QLatin1Char(']');
    return Error{code, message, detail};
}

Result<void> Database::setBusyTimeout(int milliseconds)
{
    if (auto r = exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds)); !r)
        return r.error();
    return {};
}

QString Database::meta(const QString &key, const QString &fallback)
{
    auto q = exec(QStringLiteral("SELECT value FROM focal_meta WHERE key = ?"), {key});
    if (q && q.value().next())
        return q.value().value(0).toString();
    return fallback;
}

Result<void> Database::setMeta(const QString &key, const QString &value)
{
    WriteTransaction tx(*this);
    if (!tx.begun())
        return tx.begun();
    // Portable upsert: delete then insert inside one transaction.
    if (auto r = exec(QStringLiteral("DELETE FROM focal_meta WHERE key = ?"), {key}); !r)
        return r.error();
    if (auto r =
            exec(QStringLiteral("INSERT INTO focal_meta(key, value) VALUES (?, ?)"), {key, value});
        !r)
        return r.error();
    return tx.commit();
}

Result<void> Database::backupTo(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    if (target.exists())
        return Error{Error::Code::Invalid,
                     tr("%1 already exists; choose another name for the copy.")
                         .arg(QDir::toNativeSeparators(target.absoluteFilePath())),
                     {}};
    QVariantMap path;
    path.insert(QStringLiteral("path"), target.absoluteFilePath());
    if (auto r = exec(m_dialect->backupIntoSql(), path); !r) {
        QFile::remove(target.absoluteFilePath());
        return Error{r.error().code,
                     tr("The copy could not be written to %1.")
                         .arg(QDir::toNativeSeparators(target.absoluteFilePath())),
                     r.error().detail};
    }
    return {};
}

Result<void> Database::beginWrite()
{
    const bool outermost = m_depth == 0;
    const QString sql =
        outermost ? m_dialect->beginWrite() : QStringLiteral("SAVEPOINT focal_%1").arg(m_depth);
    if (auto r = exec(sql); !r)
        return r.error();
    ++m_depth;
    if (outermost && m_tracksChanges) {
        if (auto r = m_sequence.raise(*this); !r) {
            rollbackWrite();
            return r;
        }
    }
    return {};
}

Result<void> Database::commitWrite()
{
    if (m_depth <= 0)
        return Error{Error::Code::Database, tr("Internal error: no transaction to commit."), {}};
    if (m_depth > 1) {
        --m_depth;
        if (auto r = exec(QStringLiteral("RELEASE SAVEPOINT focal_%1").arg(m_depth)); !r)
            return r.error();
        return {};
    }
    if (auto r = indexPending(); !r) {
        rollbackWrite();
        return r;
    }
    if (auto r = exec(QStringLiteral("COMMIT")); !r) {
        (void)exec(QStringLiteral("ROLLBACK"));
        m_depth = 0;
        m_touched.clear();
        m_sequence.rolledBack();
        return r.error();
    }
    m_depth = 0;
    if (!m_touched.isEmpty())
        emit m_notifier.committed(std::exchange(m_touched, {}));
    return {};
}

void Database::rollbackWrite()
{
    if (m_depth <= 0)
        return;
    --m_depth;
    if (m_depth == 0) {
        m_pendingIndex.clear();
        m_touched.clear();
        m_sequence.rolledBack();
        (void)exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)exec(QStringLiteral("ROLLBACK TO SAVEPOINT focal_%1").arg(m_depth));
        (void)exec(QStringLiteral("RELEASE SAVEPOINT focal_%1").arg(m_depth));
    }
}

} // namespace focal
