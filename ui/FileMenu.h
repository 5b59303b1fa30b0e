#pragma once

#include "storage/DatabaseFile.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace focal {

class ForumDocument;
class Prompts;

// The File menu's work on databases: create one (with the PROSUR default data or empty), open
// one, reopen a recent one, save a consistent copy. It never replaces a file and never copies a
// live database file byte for byte (Database::backupTo does). What it opens it hands to the
// window, which swaps its document; when opening fails the window keeps the database it has.
class FileMenu : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<ForumDocument *()> document; // the open document
        std::function<Prompts &()> prompts;        // dialogs, answered by tests
        std::function<bool()> mayLeave;            // false when the person keeps unapplied edits
        std::function<void(std::unique_ptr<Database>)> adopt; // the window takes it
    };

    FileMenu(QWidget *window, Hooks hooks);

    // Fills `menu` with the actions (Quit is the window's own and goes last, after these).
    void populate(QMenu *menu);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveCopyAction() const { return m_saveCopy; }
    QMenu *recentMenu() const { return m_recent; }

    // Opens the database at `path`; false (after telling the person why) when it cannot.
    bool openPath(const QString &path);

signals:
    void copySaved(const QString &path);

private:
    void newDatabase();
    void openDatabase();
    void saveCopy();
    void fillRecentMenu();
    QString startFolder() const;
    static QString withSuffix(const QString &path);
    static QString filter();

    QWidget *m_window;
    Hooks m_hooks;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_saveCopy = nullptr;
    QMenu *m_recent = nullptr;
};

} // namespace focal
