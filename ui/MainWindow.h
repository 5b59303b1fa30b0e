#pragma once

#include "NodeKind.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QUuid>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace focal {

class DetailsView;
class ForumDocument;
class ForumTreeModel;
class Prompts;
class RecordForm;

// The main window: the forum's structure on the left; on the right the editing form of the
// selected item over its read-only details; the Edit menu with undo, redo, delete and the
// "new" actions; the database's path in the status bar. It owns the open document.
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createEditActions(QMenu *editMenu);
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
