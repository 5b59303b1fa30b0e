#include "FileMenu.h"

#include "ForumDocument.h"
#include "Prompts.h"
#include "RecentDatabases.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>

namespace focal {

FileMenu::FileMenu(QWidget *window, Hooks hooks)
    : QObject(window), m_window(window), m_hooks(std::move(hooks))
{
    m_new = new QAction(tr("&New Database…"), this);
    m_new->setObjectName(QStringLiteral("newDatabaseAction"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Create a database, with the PROSUR data or empty"));
    connect(m_new, &QAction::triggered, this, &FileMenu::newDatabase);

    m_open = new QAction(tr("&Open…"), this);
    m_open->setObjectName(QStringLiteral("openAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_open->setStatusTip(tr("Open another Focal database"));
    connect(m_open, &QAction::triggered, this, &FileMenu::openDatabase);

    m_saveCopy = new QAction(tr("Save a &Copy As…"), this);
    m_saveCopy->setObjectName(QStringLiteral("saveCopyAction"));
    m_saveCopy->setStatusTip(tr("Write a consistent copy of this database to a new file"));
    connect(m_saveCopy, &QAction::triggered, this, &FileMenu::saveCopy);

    m_recent = new QMenu(tr("Open &Recent"), window);
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    // Filled when shown, so that files deleted meanwhile show as missing.
    connect(m_recent, &QMenu::aboutToShow, this, &FileMenu::fillRecentMenu);
    fillRecentMenu(); // a menu with no actions cannot be opened from the keyboard
}

void FileMenu::populate(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_open);
    menu->addMenu(m_recent);
    menu->addSeparator();
    menu->addAction(m_saveCopy);
    menu->addSeparator();
}

QString FileMenu::filter()
{
    return tr("Focal databases (*.db);;All files (*)");
}

QString FileMenu::withSuffix(const QString &path)
{
    // Not every platform's dialog adds the filter's suffix.
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".db") : path;
}

QString FileMenu::startFolder() const
{
    if (ForumDocument *document = m_hooks.document())
        return QFileInfo(document->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileMenu::newDatabase()
{
    if (!m_hooks.mayLeave())
        return;
    QString path =
        m_hooks.prompts().saveFileName(m_window, tr("New Database"), startFolder(), filter());
    if (path.isEmpty())
        return;
    path = withSuffix(path);
    if (QFileInfo::exists(path)) {
        m_hooks.prompts().inform(
            m_window, tr("New Database"),
            tr("%1 already exists. Focal never replaces a file with a new database: choose "
               "another name.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const int choice = m_hooks.prompts().choose(
        m_window, tr("New Database"), tr("What should the new database contain?"),
        {tr("The PROSUR default data"), tr("Nothing: an empty database")});
    if (choice < 0)
        return;
    const auto content =
        choice == 0 ? DatabaseFile::Content::DefaultData : DatabaseFile::Content::Empty;
    // CreateNew refuses a file made since the check above: nothing is ever overwritten.
    auto created = DatabaseFile::open(path, Database::Mode::CreateNew, content);
    if (!created) {
        m_hooks.prompts().inform(m_window, tr("New Database"),
                                 tr("Focal could not create the database %1.\n\n%2")
                                     .arg(QDir::toNativeSeparators(path), created.error().message));
        return;
    }
    m_hooks.adopt(std::move(created).value());
}

void FileMenu::openDatabase()
{
    const QString path =
        m_hooks.prompts().openFileName(m_window, tr("Open Database"), startFolder(), filter());
    if (!path.isEmpty())
        openPath(path);
}

bool FileMenu::openPath(const QString &path)
{
    if (ForumDocument *document = m_hooks.document();
        document && QFileInfo(document->path()) == QFileInfo(path))
        return true; // already open: a second connection would only compete with the first
    if (!m_hooks.mayLeave())
        return false;
    auto opened = DatabaseFile::open(path, Database::Mode::OpenExisting);
    if (!opened) {
        m_hooks.prompts().inform(m_window, tr("Open Database"),
                                 tr("Focal could not open the database %1.\n\n%2")
                                     .arg(QDir::toNativeSeparators(path), opened.error().message));
        return false;
    }
    m_hooks.adopt(std::move(opened).value());
    return true;
}

void FileMenu::saveCopy()
{
    ForumDocument *document = m_hooks.document();
    if (!document)
        return;
    // backupTo refuses an existing target, and so does this loop, before asking for another name.
    for (;;) {
        QString path =
            m_hooks.prompts().saveFileName(m_window, tr("Save a Copy As"), startFolder(), filter());
        if (path.isEmpty())
            return;
        path = withSuffix(path);
        if (QFileInfo::exists(path)) {
            m_hooks.prompts().inform(m_window, tr("Save a Copy As"),
                                     tr("%1 already exists. Focal does not replace files with "
                                        "copies: choose another name.")
                                         .arg(QDir::toNativeSeparators(path)));
            continue;
        }
        if (auto copied = document->database().backupTo(path); !copied) {
            m_hooks.prompts().inform(
                m_window, tr("Save a Copy As"),
                tr("The copy could not be written to %1.\n\n%2")
                    .arg(QDir::toNativeSeparators(path), copied.error().message));
            return;
        }
        emit copySaved(path);
        return;
    }
}

void FileMenu::fillRecentMenu()
{
    m_recent->clear();
    const QStringList paths = RecentDatabases::paths();
    int number = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        ++number;
        const QString name = info.fileName();
        QAction *action = info.isFile()
                              ? m_recent->addAction(tr("&%1 %2").arg(number).arg(name))
                              : m_recent->addAction(tr("&%1 %2 (missing)").arg(number).arg(name));
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(info.isFile());
        connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (paths.isEmpty())
        m_recent->addAction(tr("No recent databases"))->setEnabled(false);
    m_recent->addSeparator();
    QAction *clear = m_recent->addAction(tr("&Clear List"), this, [] { RecentDatabases::clear(); });
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setEnabled(!paths.isEmpty());
}

} // namespace focal
