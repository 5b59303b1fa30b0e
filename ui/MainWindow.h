#pragma once

#include "ForwardingPrompts.h"
#include "NodeKind.h"
#include "TreeState.h"

#include <QDate>
#include <QHash>
#include <QMainWindow>
#include <QUndoGroup>
#include <QUuid>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace focal {

class Database;
class DetailsView;
class FileMenu;
class ForumDocument;
class ForumTreeModel;
class Prompts;
class MeetingActions;
class MeetingEditor;
class PlanActions;
class PlanEditor;
class RecordActions;
class RecordForm;
class RecordNavigator;
class SearchDock;

// The main window: the forum's structure on the left; on the right the editing form of the
// selected item over its read-only details, or the home page; the File menu (databases), the
// Edit menu with undo, redo, delete and the "new" actions (RecordActions); the search field in
// the tool bar with its results dock; the database's path in the status bar. It owns the open
// document, and replaces it (views, forms and undo history with it) when another database is
// opened. Records are opened by table and id through RecordNavigator.
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
    // Opens a search hit or a home page link: selected in the tree when the tree shows it, else
    // in the details.
    void openRecord(const QString &table, const QUuid &id);
    // The home page in the right-hand pane (View > Home, Alt+Home; also shown at start).
    void showHome();
    // The day the home page is drawn for; a null date (the default) means the current date.
    // Tests fix it so that "overdue" does not depend on when they run.
    void setToday(QDate today);
    // Replaces the open document by one on `database` (the old undo history goes with it).
    void setDatabase(std::unique_ptr<Database> database);
    ForumDocument &document() const { return *m_document; }
    // Gives the document up once the form's unapplied edits are settled (null when the person
    // stays), with the layout saved: the window is then rebuilt around it in another language.
    std::unique_ptr<ForumDocument> releaseDocument();
    // The record of the tree's current row; null when none.
    QUuid currentRecordId() const;
    // Looks whether another Focal or program changed the database and, if so, refreshes the
    // views. Runs every few seconds and whenever the window is activated.
    void checkForOutsideChanges();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createEditActions(QMenu *editMenu);
    void createToolBar();
    void buildViews();
    void dropViews();
    bool mayLeaveDocument();
    // Settles the current form's unapplied edits before the tree moves to `target` (null: to
    // no record, or to another database); false to stay.
    bool mayLeaveForm(const QUuid &target);
    void focusSearch();
    void reload();
    void rememberTreeState();
    void restoreTreeState();
    // `keepHome`: the home page, when shown, stays (the tree only settles after a write).
    void showCurrent(const QModelIndex &current, bool keepHome = false);
    void openNew(const QUuid &id);
    void openPlanItem(const QUuid &itemId);
    QUuid currentIdOf(NodeKind kind) const; // the tree's current row or its ancestor of `kind`
    void showAbout();

    std::unique_ptr<ForumDocument> m_document;
    QTimer *m_outsideChanges = nullptr;
    std::unique_ptr<Prompts> m_prompts;
    // Views built once per document ask through this one, which follows m_prompts.
    ForwardingPrompts m_viewPrompts{[this]() -> Prompts & { return *m_prompts; }};
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
    QAction *m_homeAction = nullptr;
    RecordActions *m_recordActions = nullptr;
    PlanActions *m_planActions = nullptr;
    PlanEditor *m_planEditor = nullptr;
    MeetingActions *m_meetingActions = nullptr;
    MeetingEditor *m_meetingEditor = nullptr;
    RecordNavigator *m_navigator = nullptr;
    QDate m_today; // null: the current date
    // Kept across a model reset so that the person stays where they were.
    TreeState m_treeState;
    bool m_restoring = false;
};

} // namespace focal
