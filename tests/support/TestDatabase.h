#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace focal::test {

// A database in a fresh temporary folder, removed with the object. The clock is fixed so that
// stamped change times are predictable.
class TestDatabase
{
public:
    enum class Content { Empty, DefaultData };

    explicit TestDatabase(Content content = Content::Empty);

    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Closes the connection (to inspect or damage the file) and opens it again.
    void close() { m_db.reset(); }
    Result<void> reopen();

    static QDateTime fixedNow() { return QDateTime(QDate(2021, 1, 15), QTime(12, 0), Qt::UTC); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// The folder of test fixtures (tests/data), from the environment ctest sets.
QString dataPath(const QString &relative);

// Every row of every data table, as text, in a stable order: two dumps are equal when the
// database holds the same data. The search index's own tables are left out (their row numbers
// may change while what they find must not), and so is the exchange bookkeeping that records
// when data changed (change sequences, field clocks, when a tombstone was written).
QStringList dumpTables(Database &db);

// Counts rows of a table, for asserting that nothing was written.
int rowCount(Database &db, const char *table);

} // namespace focal::test
