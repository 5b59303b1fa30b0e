#pragma once

#include "model/Meeting.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace focal {

class Database;

// The life of a meeting's minutes: drafted, circulated for comments, approved, locked. It says
// which steps may follow which, records a step in one transaction (the event and the meeting's
// new minutes status), and tells editing code whether the minutes, the agenda and the agreements
// of a meeting may still change.
//
// Allowed steps:
//   Draft      -> Circulated
//   Circulated -> Approved, Draft (withdrawn to be corrected: nobody agreed yet, no reason)
//   Approved   -> Locked, Draft (reopened: needs a reason)
//   Locked     -> Draft (reopened: needs a reason)
// Approved and locked minutes were agreed by the group, so going back to draft is a reopening,
// an explicit step recorded with its reason. Only locked minutes refuse edits: approved ones may
// still take corrections of form before they are locked.
class MinutesLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(focal::MinutesLifecycle)

public:
    static QList<MinutesStatus> allowedNext(MinutesStatus from);
    static bool isAllowed(MinutesStatus from, MinutesStatus to);
    // Back to draft from minutes the group agreed to.
    static bool isReopening(MinutesStatus from, MinutesStatus to);

    static bool isLocked(const Meeting &meeting)
    {
        return meeting.minutesStatus == MinutesStatus::Locked;
    }
    // Error::Code::Invalid when the meeting's minutes are locked: its minutes, agenda and
    // agreements cannot change until they are reopened.
    static Result<void> checkEditable(const Meeting &meeting);
    static Result<void> checkEditable(Database &db, const QUuid &meetingId);

    // What one step did, enough to undo and redo it exactly.
    struct Recorded
    {
        Meeting meetingBefore;
        Meeting meetingAfter;
        MinutesEvent event;
    };

    // Records the step to `to` at `nowUtc` with `note` (required when reopening), in one
    // transaction; refused (Error::Code::Invalid, nothing written) when not allowed.
    static Result<Recorded> record(Database &db, const QUuid &meetingId, MinutesStatus to,
                                   const QString &note, const QDateTime &nowUtc);
    // Back to draft from approved or locked minutes, with the reason (required).
    static Result<Recorded> reopen(Database &db, const QUuid &meetingId, const QString &reason,
                                   const QDateTime &nowUtc);
    // Removes the event and puts the meeting back as it was, in one transaction.
    static Result<void> undo(Database &db, const Recorded &recorded);
    // Writes again exactly what record() wrote.
    static Result<void> redo(Database &db, const Recorded &recorded);

    // The meeting's minutes events, oldest first.
    static Result<QList<MinutesEvent>> history(Database &db, const QUuid &meetingId);
};

} // namespace focal
