#include "exchange/ImportBackup.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace focal {
namespace {

QString prefix(const QFileInfo &database)
{
    return database.completeBaseName() + QStringLiteral(".before-import-");
}

} // namespace

QStringList ImportBackup::existing(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    QStringList copies;
    // The timestamp sorts by name as it does by time.
    const QStringList names =
        info.dir().entryList({prefix(info) + QStringLiteral("*.bak")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        copies << info.dir().filePath(name);
    return copies;
}

Result<QString> ImportBackup::keep(Database &db, const QDateTime &now)
{
    const QFileInfo info(db.path());
    const QString path =
        info.dir().filePath(prefix(info) + now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
                            QStringLiteral(".bak"));
    if (auto copied = db.backupTo(path); !copied)
        return Error{copied.error().code,
                     tr("The copy of the database kept before importing could not be written, so "
                        "nothing was imported: %1")
                         .arg(copied.error().message),
                     copied.error().detail};
    QStringList copies = existing(db.path());
    // Failing to remove an old copy costs disk space, never data: it is not an error.
    while (copies.size() > kept)
        QFile::remove(copies.takeFirst());
    return path;
}

} // namespace focal
