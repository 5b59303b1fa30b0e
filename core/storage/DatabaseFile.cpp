#include "DatabaseFile.h"

#include "data/DefaultData.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace focal {

QString DatabaseFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("focal.db"));
}

Result<std::unique_ptr<Database>> DatabaseFile::open(const QString &path, Database::Mode mode,
                                                     Content content)
{
    QString target = path;
    if (target.isEmpty()) {
        target = defaultPath();
        const QString folder = QFileInfo(target).absolutePath();
        if (!QDir().mkpath(folder))
            return Error{Error::Code::Io,
                         tr("Focal could not create its data folder %1.")
                             .arg(QDir::toNativeSeparators(folder)),
                         {}};
    }
    auto opened = Database::open(target, mode);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    if (db->wasCreated() && content == Content::DefaultData) {
        if (auto r = DefaultData::loadEmbedded(*db); !r) {
            const QString file = db->path();
            db.reset();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(file + QLatin1String(suffix));
            return r.error();
        }
    }
    return db;
}

} // namespace focal
