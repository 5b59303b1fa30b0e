#include "TestDatabase.h"

#include "data/DefaultData.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QSqlRecord>

namespace focal::test {

TestDatabase::TestDatabase(Content content)
{
    m_path = QDir(m_dir.path()).filePath(QStringLiteral("focal.db"));
    auto r = reopen();
    if (!r) {
        ADD_FAILURE() << "cannot create test database: " << r.error().fullText().toStdString();
        return;
    }
    if (content == Content::DefaultData) {
        auto loaded = DefaultData::loadEmbedded(*m_db);
        if (!loaded)
            ADD_FAILURE() << "cannot load default data: "
                          << loaded.error().fullText().toStdString();
    }
}

Result<void> TestDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_path);
    if (!opened)
        return opened.error();
    m_db = std::move(opened).value();
    m_db->context().author = QStringLiteral("tester");
    m_db->context().clock = &TestDatabase::fixedNow;
    return {};
}

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(FOCAL_TEST_DATA_DIR)).filePath(relative);
}

namespace {

// The exchange bookkeeping (docs/exchange.md) says when and where data changed, not what it is:
// an undo puts the data back exactly but is itself a new change, with its own sequence and
// clocks, and a deletion's tombstone records the real time.
bool isBookkeeping(const QString &column)
{
    return column == QLatin1String("change_seq") || column == QLatin1String("clocks") ||
           column == QLatin1String("deleted_at");
}

} // namespace

QStringList dumpTables(Database &db)
{
    QStringList out;
    auto tables = db.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_%' ORDER BY name"));
    while (tables && tables.value().next()) {
        const QString t = tables.value().value(0).toString();
        auto rows = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(t));
        while (rows && rows.value().next()) {
            QStringList fields;
            const QSqlRecord r = rows.value().record();
            if (t == QLatin1String("focal_meta") && r.value(0) == QStringLiteral("change_seq"))
                continue;
            for (int i = 0; i < r.count(); ++i)
                if (!isBookkeeping(r.fieldName(i)))
                    fields << (r.isNull(i) ? QStringLiteral("NULL") : r.value(i).toString());
            out << t + QLatin1Char('|') + fields.join(QLatin1Char('|'));
        }
    }
    return out;
}

int rowCount(Database &db, const char *table)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toInt();
}

} // namespace focal::test
