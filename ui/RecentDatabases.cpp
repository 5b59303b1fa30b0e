#include "RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace focal {
namespace {

// QSettings keys: stable names, never translated.
const QString recentKey = QStringLiteral("Databases/recent");
const QString lastKey = QStringLiteral("Databases/last");

QString normalised(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList RecentDatabases::paths()
{
    return QSettings().value(recentKey).toStringList();
}

void RecentDatabases::add(const QString &path)
{
    const QString clean = normalised(path);
    QStringList list = paths();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > maximum)
        list.removeLast();
    QSettings settings;
    settings.setValue(recentKey, list);
    settings.setValue(lastKey, clean);
}

void RecentDatabases::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(normalised(path));
    QSettings().setValue(recentKey, list);
}

void RecentDatabases::clear()
{
    // The last database stays: clearing the menu is not asking to start elsewhere next time.
    QSettings().remove(recentKey);
}

QString RecentDatabases::lastExisting()
{
    const QString last = QSettings().value(lastKey).toString();
    return !last.isEmpty() && QFileInfo(last).isFile() ? last : QString();
}

} // namespace focal
