#pragma once

#include "storage/SqlDialect.h"

namespace focal {

// SQLite through Qt's QSQLITE driver: the embedded default.
class SqliteDialect final : public SqlDialect
{
public:
    // "FOCL": set in the file header so that a Focal database is recognised without guessing.
    static constexpr int applicationId = 0x464F434C;

    QString driverName() const override;
    QString connectOptions() const override;
    QStringList connectionSetup() const override;
    QString beginWrite() const override;
    QList<MigrationStep> migrations() const override;
    Result<int> readSchemaVersion(QSqlDatabase &db) const override;
    QStringList stampStatements(int version) const override;
    QString rankedSearchSql() const override;
    QString recentSearchSql() const override;
    QString searchQueryFromText(const QString &text, bool titlesOnly) const override;
    QString lastIndexEntrySql() const override;
    QString indexEntriesSql(const Searchable &searchable) const override;
    QString indexTextSql(const Searchable &searchable) const override;
    QString externalChangeCounterSql() const override;
    QString foreignKeysSql() const override;
    QString deferForeignKeysSql() const override;
    QString boundListSql() const override;
    QString updateRowsSql(const QString &table, const QStringList &columns,
                          int rows) const override;
    QString backupIntoSql() const override;
    QStringList integrityCheckSql() const override;
    Error::Code classify(const QSqlError &error) const override;
};

} // namespace focal
