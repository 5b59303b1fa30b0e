#pragma once

#include <QString>

namespace focal {

// The technical side of errors: while dialogs show a person one translated sentence, the details
// (driver messages, SQL, paths) go to a log file, by default focal.log in
// QStandardPaths::AppLocalDataLocation. Qt's messages (qWarning, qCritical, ...) are appended
// there, one line each with time and level; the file is kept under a size limit.
class FileLog
{
public:
    static QString defaultPath();
    // Installs the message handler; returns false (and logs only to stderr) when the file cannot
    // be opened. Messages still reach stderr as before.
    static bool install(const QString &path = defaultPath());
    static QString path();

    static constexpr qint64 maxSize = 2 * 1024 * 1024; // larger logs are rotated to focal.log.1
};

} // namespace focal
