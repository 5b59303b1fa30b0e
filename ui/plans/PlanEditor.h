#pragma once

#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QToolBar;
class QTreeView;

namespace focal {

class ForumDocument;
class PlanItemModel;
class Prompts;
struct Error;

// The plan editor: which plan it is (title, group and subgroup, year, status), a tool bar, and
// the plan's lines of action and products as a tree table edited in place. Every change goes
// through the document's undo stack; the keyboard does everything the mouse does (add, remove,
// indent, outdent, move, edit), and rows can be dragged to reorder lines or to move a product
// to another line. The main window hosts it and adds its own actions to toolBar().
class PlanEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PlanEditor(ForumDocument &document, Prompts &prompts, QWidget *parent = nullptr);

    void setPlan(const QUuid &planId);
    QUuid plan() const;
    QTreeView *view() const { return m_view; }
    PlanItemModel *model() const { return m_model; }
    QToolBar *toolBar() const { return m_toolBar; }
    // Makes the item (a line of action or a product of this plan) current and shows it.
    void selectItem(const QUuid &itemId) { select(itemId); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addAction(const QString &text, const char *name, const QList<QKeySequence> &keys,
                       void (PlanEditor::*slot)());
    void updateHeader();
    void updateActions();
    QUuid currentItem() const;
    void select(const QUuid &itemId, bool edit = false);
    bool succeeded(const Error *error);

    void addLine();
    void addProduct();
    void removeItem();
    void indent();
    void outdent();
    void moveUp();
    void moveDown();
    void editCurrent();

    ForumDocument &m_document;
    Prompts &m_prompts;
    PlanItemModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTreeView *m_view = nullptr;
    QAction *m_addLine = nullptr;
    QAction *m_addProduct = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_indent = nullptr;
    QAction *m_outdent = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_edit = nullptr;
};

} // namespace focal
