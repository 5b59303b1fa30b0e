#pragma once

#include <QStringList>

namespace focal {

// The databases opened lately, newest first, kept in QSettings: the File → Open Recent list and
// the database `focal` reopens when started without --database. Paths are stored absolute and
// clean so that one file is listed once however it was reached.
class RecentDatabases
{
public:
    static constexpr int maximum = 8;

    // The list, newest first (files that have gone included: the menu shows them disabled).
    static QStringList paths();
    // Puts `path` first, drops it from further down, and keeps at most `maximum`.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
    // The database opened last, when its file still exists; empty otherwise.
    static QString lastExisting();
};

} // namespace focal
