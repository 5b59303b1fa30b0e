#pragma once

#include <QDate>
#include <QObject>
#include <QUuid>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace focal {

class CommitmentsView;
class ForumDocument;
class MeetingLog;
class Prompts;

// The Meetings menu: new meetings from a template, duplicating a meeting, the minutes'
// lifecycle (circulate, approve, lock, reopen with a reason), carrying open commitments into a
// meeting's agenda, calendar export, and the meeting log and commitments tracker in docks. Each
// change is one undo command.
class MeetingActions : public QObject
{
    Q_OBJECT

public:
    // What the actions need from the window, asked for when an action runs.
    struct Context
    {
        std::function<ForumDocument &()> document;
        std::function<Prompts &()> prompts;
        std::function<QUuid()> currentMeeting;  // the meeting shown, or null
        std::function<QUuid()> currentGroup;    // the group of the tree's current row, or null
        std::function<QUuid()> currentSubgroup; // the subgroup of the tree's current row, or null
        std::function<void(const QString &, const QUuid &)> openRecord;
        std::function<QDate()> today;
    };

    MeetingActions(QMainWindow *window, Context context);

    void populate(QMenu *menu);
    QList<QAction *> meetingActions() const; // those that act on the meeting shown
    void update();
    void dropViews(); // the document changed: the docks (which read it) go

private:
    QAction *makeAction(const QString &text, const char *name, void (MeetingActions::*slot)());
    void newFromTemplate(const QString &key);
    void duplicate();
    void minutesStep(int status);
    void reopenMinutes();
    void carryCommitments();
    void exportMeeting();
    void exportUpcoming();
    void showLog();
    void showTracker();
    QDockWidget *dock(QDockWidget *&dock, const QString &title, const char *name, QWidget *view);

    QMainWindow *m_window;
    Context m_context;
    QList<QAction *> m_templates;
    QAction *m_duplicate = nullptr;
    QAction *m_circulate = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_carry = nullptr;
    QAction *m_exportMeeting = nullptr;
    QAction *m_exportUpcoming = nullptr;
    QAction *m_log = nullptr;
    QAction *m_tracker = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_trackerDock = nullptr;
};

} // namespace focal
