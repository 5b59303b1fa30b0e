#include "meetings/MeetingActions.h"

#include "ForumDocument.h"
#include "meetings/CalendarExport.h"
#include "meetings/CommitmentsView.h"
#include "meetings/MeetingCommands.h"
#include "meetings/MeetingLog.h"
#include "meetings/ReopenMinutesDialog.h"
#include "Prompts.h"

#include "meetings/MeetingTemplates.h"
#include "meetings/MinutesLifecycle.h"
#include "model/Meeting.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

#include <algorithm>

namespace focal {

MeetingActions::MeetingActions(QMainWindow *window, Context context)
    : QObject(window), m_window(window), m_context(std::move(context))
{
    for (const MeetingTemplate &t : MeetingTemplates::all()) {
        auto *action = new QAction(tr("New Meeting: %1").arg(t.displayName()), window);
        action->setObjectName(QStringLiteral("newMeetingAction_") + t.key);
        action->setToolTip(tr("A new meeting of the current group or subgroup, with the "
                              "template's agenda"));
        connect(action, &QAction::triggered, this, [this, key = t.key] { newFromTemplate(key); });
        m_templates << action;
    }
    m_duplicate =
        makeAction(tr("&Duplicate Meeting"), "duplicateMeetingAction", &MeetingActions::duplicate);
    m_circulate = new QAction(tr("&Circulate Minutes for Comments"), window);
    m_circulate->setObjectName(QStringLiteral("circulateMinutesAction"));
    connect(m_circulate, &QAction::triggered, this,
            [this] { minutesStep(int(MinutesStatus::Circulated)); });
    m_approve = new QAction(tr("&Approve Minutes"), window);
    m_approve->setObjectName(QStringLiteral("approveMinutesAction"));
    connect(m_approve, &QAction::triggered, this,
            [this] { minutesStep(int(MinutesStatus::Approved)); });
    m_lock = new QAction(tr("&Lock Minutes"), window);
    m_lock->setObjectName(QStringLiteral("lockMinutesAction"));
    connect(m_lock, &QAction::triggered, this, [this] { minutesStep(int(MinutesStatus::Locked)); });
    m_reopen =
        makeAction(tr("&Reopen Minutes…"), "reopenMinutesAction", &MeetingActions::reopenMinutes);
    m_carry = makeAction(tr("Carry Open &Commitments into the Agenda"), "carryCommitmentsAction",
                         &MeetingActions::carryCommitments);
    m_exportMeeting = makeAction(tr("&Export Meeting to a Calendar…"), "exportMeetingIcsAction",
                                 &MeetingActions::exportMeeting);
    m_exportUpcoming = makeAction(tr("Export &Upcoming Meetings to a Calendar…"),
                                  "exportUpcomingIcsAction", &MeetingActions::exportUpcoming);
    m_log = makeAction(tr("Meeting &Log"), "meetingLogAction", &MeetingActions::showLog);
    m_log->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_tracker = makeAction(tr("Commitments &Tracker"), "commitmentsTrackerAction",
                           &MeetingActions::showTracker);
    m_tracker->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    update();
}

QAction *MeetingActions::makeAction(const QString &text, const char *name,
                                    void (MeetingActions::*slot)())
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(QLatin1String(name));
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void MeetingActions::populate(QMenu *menu)
{
    menu->addActions(m_templates);
    menu->addAction(m_duplicate);
    menu->addSeparator();
    menu->addActions({m_circulate, m_approve, m_lock, m_reopen});
    menu->addSeparator();
    menu->addAction(m_carry);
    menu->addSeparator();
    menu->addActions({m_exportMeeting, m_exportUpcoming});
    menu->addSeparator();
    menu->addActions({m_log, m_tracker});
}

QList<QAction *> MeetingActions::meetingActions() const
{
    return {m_duplicate, m_circulate, m_approve, m_lock, m_reopen, m_carry, m_exportMeeting};
}

void MeetingActions::update()
{
    const QUuid id = m_context.currentMeeting();
    std::optional<Meeting> meeting;
    if (!id.isNull())
        if (auto read = m_context.document().repository().get<Meeting>(id))
            meeting = *read;
    const MinutesStatus status = meeting ? meeting->minutesStatus : MinutesStatus::Draft;
    m_duplicate->setEnabled(meeting.has_value());
    m_exportMeeting->setEnabled(meeting.has_value());
    m_carry->setEnabled(meeting && !meeting->groupId.isNull() && status != MinutesStatus::Locked);
    m_circulate->setEnabled(meeting &&
                            MinutesLifecycle::isAllowed(status, MinutesStatus::Circulated));
    m_approve->setEnabled(meeting && MinutesLifecycle::isAllowed(status, MinutesStatus::Approved));
    m_lock->setEnabled(meeting && MinutesLifecycle::isAllowed(status, MinutesStatus::Locked));
    m_reopen->setEnabled(meeting &&
                         (status == MinutesStatus::Approved || status == MinutesStatus::Locked));
    const bool group = !m_context.currentGroup().isNull();
    for (QAction *t : std::as_const(m_templates))
        t->setEnabled(group);
}

void MeetingActions::dropViews()
{
    delete m_logDock;
    m_logDock = nullptr;
    delete m_trackerDock;
    m_trackerDock = nullptr;
}

void MeetingActions::newFromTemplate(const QString &key)
{
    const QUuid group = m_context.currentGroup();
    if (group.isNull())
        return;
    auto made = meetingCommands::newFromTemplate(m_context.document(), key, group,
                                                 m_context.currentSubgroup(), m_context.today());
    if (!made) {
        m_context.prompts().inform(m_window, tr("New Meeting"), made.error().message);
        return;
    }
    m_context.openRecord(QLatin1String(Meeting::table), *made);
}

void MeetingActions::duplicate()
{
    const QUuid id = m_context.currentMeeting();
    if (id.isNull())
        return;
    auto meeting = m_context.document().repository().get<Meeting>(id);
    if (!meeting) {
        m_context.prompts().inform(m_window, tr("Duplicate Meeting"), meeting.error().message);
        return;
    }
    // A week later, and never in the past: the copy is a meeting still to hold; its date is
    // the first field the person changes.
    const QDate today = m_context.today();
    const QDate date = meeting->date.isValid() ? std::max(today, meeting->date.addDays(7)) : today;
    auto copy = meetingCommands::duplicate(m_context.document(), id, date);
    if (!copy) {
        m_context.prompts().inform(m_window, tr("Duplicate Meeting"), copy.error().message);
        return;
    }
    m_context.openRecord(QLatin1String(Meeting::table), *copy);
}

void MeetingActions::minutesStep(int status)
{
    const QUuid id = m_context.currentMeeting();
    if (id.isNull())
        return;
    if (auto r =
            meetingCommands::recordMinutesStep(m_context.document(), id, MinutesStatus(status));
        !r)
        m_context.prompts().inform(m_window, tr("Minutes"), r.error().message);
    update();
}

void MeetingActions::reopenMinutes()
{
    const QUuid id = m_context.currentMeeting();
    if (id.isNull())
        return;
    auto *dialog = new ReopenMinutesDialog(m_context.document(), id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MeetingActions::update);
    dialog->open();
}

void MeetingActions::carryCommitments()
{
    const QUuid id = m_context.currentMeeting();
    if (id.isNull())
        return;
    auto carried = meetingCommands::carryOpenCommitments(m_context.document(), id);
    if (!carried)
        m_context.prompts().inform(m_window, tr("Carry Open Commitments"), carried.error().message);
    else if (*carried == 0)
        m_context.prompts().inform(m_window, tr("Carry Open Commitments"),
                                   tr("No open commitment of earlier meetings is missing from "
                                      "this meeting's agenda."));
}

void MeetingActions::exportMeeting()
{
    const QUuid id = m_context.currentMeeting();
    if (!id.isNull())
        CalendarExport::exportMeeting(m_window, m_context.document(), m_context.prompts(), id);
}

void MeetingActions::exportUpcoming()
{
    CalendarExport::exportUpcoming(m_window, m_context.document(), m_context.prompts(),
                                   m_context.today(), m_context.currentGroup());
}

QDockWidget *MeetingActions::dock(QDockWidget *&dock, const QString &title, const char *name,
                                  QWidget *view)
{
    dock = new QDockWidget(title, m_window);
    dock->setObjectName(QLatin1String(name));
    dock->setWidget(view);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    return dock;
}

void MeetingActions::showLog()
{
    if (!m_logDock) {
        auto *log = new MeetingLog(m_context.document());
        connect(log, &MeetingLog::meetingActivated, this, [this](const QUuid &id) {
            m_context.openRecord(QLatin1String(Meeting::table), id);
        });
        dock(m_logDock, tr("Meeting Log"), "meetingLogDock", log);
    }
    m_logDock->show();
    m_logDock->raise();
    m_logDock->widget()->setFocus();
}

void MeetingActions::showTracker()
{
    if (!m_trackerDock) {
        auto *tracker = new CommitmentsView(m_context.document());
        tracker->setToday(m_context.today());
        connect(tracker, &CommitmentsView::meetingActivated, this, [this](const QUuid &id) {
            m_context.openRecord(QLatin1String(Meeting::table), id);
        });
        connect(tracker, &CommitmentsView::commitmentActivated, this, [this](const QUuid &id) {
            // A commitment is edited in its meeting.
            if (auto a = m_context.document().repository().get<Agreement>(id))
                m_context.openRecord(QLatin1String(Meeting::table), a->meetingId);
        });
        dock(m_trackerDock, tr("Commitments Tracker"), "commitmentsDock", tracker);
    }
    m_trackerDock->show();
    m_trackerDock->raise();
    m_trackerDock->widget()->setFocus();
}

} // namespace focal
