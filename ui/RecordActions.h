#pragma once

#include "NodeKind.h"

#include <QModelIndex>
#include <QObject>
#include <QUuid>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace focal {

class ForumDocument;
class Prompts;

// The Edit menu's actions on the forum's structure: new country, new institution (of the
// current country), new person (of the current country and institution), new subgroup (of the
// current group), new work plan (of the current subgroup or group) and delete the current item
// after confirmation (refused, with the reason, when it would break the data). Each change is one
// undo command; the new record is then opened for the person to name it.
class RecordActions : public QObject
{
    Q_OBJECT

public:
    // What the actions need from the window; the window changes documents and views, so each
    // is asked for when an action runs rather than kept.
    struct Context
    {
        std::function<ForumDocument &()> document;
        std::function<Prompts &()> prompts;
        std::function<QModelIndex()> currentIndex;  // the tree's current row
        std::function<void(const QUuid &)> openNew; // selects the record and focuses its form
    };

    RecordActions(QWidget *window, Context context);

    // Adds the actions to the menu, in the order of the menu.
    void populate(QMenu *menu);
    QList<QAction *> actions() const;
    QAction *deleteAction() const { return m_delete; }
    // Enables the actions that apply to the tree's current row.
    void update();

private:
    QUuid currentIdOf(NodeKind kind) const; // the current item, or its parent, of that kind
    void deleteCurrent();
    void newCountry();
    void newInstitution();
    void newPerson();
    void newSubgroup();
    void newPlan();

    QWidget *m_window;
    Context m_context;
    QAction *m_newCountry = nullptr;
    QAction *m_newInstitution = nullptr;
    QAction *m_newPerson = nullptr;
    QAction *m_newSubgroup = nullptr;
    QAction *m_newPlan = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace focal
