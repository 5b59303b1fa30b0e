#pragma once

#include "NodeKind.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QUndoGroup>
#include <QUuid>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace focal {

class Database;
class DetailsView;
class FileMenu;
class ForumDocument;
class ForumTreeModel;
class Prompts;
class RecordForm;
class SearchDock;

// The main window: the forum's structure on the left; on the right the editing form of the
// selected item over its read-only details; the File menu (databases), the Edit menu with undo,
// redo, delete and the "new" actions; the search field in the tool bar with its results dock;
// the database's path in the status bar. It owns the open document, and replaces it (views,
// forms and undo history with it) when another database is opened.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<ForumDocument> document, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the message boxes (tests answer them through this).
    void setPrompts(std::unique_ptr<Prompts> prompts);
    // The form shown for the current item, or null when it cannot be edited here.
    RecordForm *currentForm() const;
    // Makes the record `id` the current item of the tree; false when the tree does not show it.
    bool selectRecord(const QUuid &id);
    // Opens the search hit: selected in the tree when the tree shows it, else in the details.
    void openRecord(const QString &table, const QUuid &id);
    // Replaces the open document by one on `database` (the old undo history goes with it).
    void setDatabase(std::unique_ptr<Database> database);
    ForumDocument &document() const { return *m_document; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createEditActions(QMenu *editMenu);
    void createToolBar();
    void buildViews();
    void dropViews();
    bool mayLeaveDocument();
    void focusSearch();
    void reload();
    void rememberTreeState();
    void restoreTreeState();
    void showCurrent(const QModelIndex &current);
    void updateActions();
    void deleteCurrent();
    void newCountry();
    void newInstitution();
    void newSubgroup();
    void openNew(const QUuid &id);
    QUuid currentIdOf(NodeKind kind) const; // the current item, or its parent, of that kind
    void showAbout();
    void restoreLayout();
    void saveLayout() const;

    std::unique_ptr<ForumDocument> m_document;
    std::unique_ptr<Prompts> m_prompts;
    // Undo and redo follow the document's stack through the group, across database switches.
    QUndoGroup m_undoGroup;
    FileMenu *m_fileMenu = nullptr;
    QLineEdit *m_searchField = nullptr;
    SearchDock *m_searchDock = nullptr;
    QSplitter *m_rightPane = nullptr;
    ForumTreeModel *m_treeModel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_editors = nullptr;
    QHash<NodeKind, RecordForm *> m_forms;
    DetailsView *m_details = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QLabel *m_pathLabel = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_newCountryAction = nullptr;
    QAction *m_newInstitutionAction = nullptr;
    QAction *m_newSubgroupAction = nullptr;
    // Kept across a model reset so that the person stays where they were.
    QUuid m_keptCurrent;
    NodeKind m_keptKind = NodeKind::Forum;
    QSet<QString> m_keptExpanded; // kind and id of each expanded row
    bool m_restoring = false;
};

} // namespace focal
