#include "FileLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>

namespace focal {
namespace {

QMutex mutex;
QFile *logFile = nullptr;
QtMessageHandler previousHandler = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "message";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&mutex);
        if (logFile && logFile->isOpen()) {
            const QByteArray line =
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                levelName(type) + ' ' + message.toUtf8() + '\n';
            logFile->write(line);
            logFile->flush();
        }
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

QString FileLog::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("focal.log"));
}

QString FileLog::path()
{
    QMutexLocker lock(&mutex);
    return logFile ? logFile->fileName() : QString();
}

bool FileLog::install(const QString &path)
{
    QMutexLocker lock(&mutex);
    if (logFile)
        return true;
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    if (info.size() > maxSize) {
        QFile::remove(path + QStringLiteral(".1"));
        QFile::rename(path, path + QStringLiteral(".1"));
    }
    auto *file = new QFile(path);
    if (!file->open(QIODevice::Append | QIODevice::Text)) {
        std::fprintf(stderr, "focal: cannot write the log file %s\n", qUtf8Printable(path));
        delete file;
        return false;
    }
    logFile = file;
    previousHandler = qInstallMessageHandler(handler);
    return true;
}

} // namespace focal
