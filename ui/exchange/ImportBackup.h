#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace focal {

class Database;

// The copy of the database kept before a package is imported (an import cannot be undone with
// Edit > Undo): `<name>.before-import-<timestamp>.bak` next to the database, only the last few
// kept so that copies do not fill the disk.
class ImportBackup
{
    Q_DECLARE_TR_FUNCTIONS(focal::ImportBackup)

public:
    static constexpr int kept = 3;

    // Writes the copy (consistent, from the live database) and removes all but the `kept`
    // newest; returns the copy's path.
    static Result<QString> keep(Database &db, const QDateTime &now = QDateTime::currentDateTime());
    // The copies of the database at `databasePath`, oldest first.
    static QStringList existing(const QString &databasePath);
};

} // namespace focal
