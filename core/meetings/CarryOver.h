#pragma once

#include "model/Meeting.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace focal {

class Database;

// Open commitments follow the group to its next meeting: each open commitment of the group's
// earlier meetings (the subgroup's, for a subgroup meeting) becomes an agenda item of the
// meeting, "Seguimiento: <country>: <action>", presented by the responsible country and linked
// to the commitment. Items are appended after the agenda already there, oldest commitment
// first; a commitment already on the agenda is not added again, so carrying twice adds nothing.
class CarryOver
{
    Q_DECLARE_TR_FUNCTIONS(focal::CarryOver)

public:
    struct Carried
    {
        QList<AgendaItem> items; // the agenda items written, in order
    };

    // Refused (Error::Code::Invalid, nothing written) for a meeting that belongs to no group,
    // or whose minutes are locked.
    static Result<Carried> carryOpenCommitments(Database &db, const QUuid &meetingId);
    // Removes the items carried, in one transaction.
    static Result<void> undo(Database &db, const Carried &carried);
    // Writes the same items again.
    static Result<void> redo(Database &db, const Carried &carried);

    // The open commitments that carrying would add to the meeting's agenda, oldest first.
    static Result<QList<Agreement>> pending(Database &db, const QUuid &meetingId);

    // The group's (subgroup's, for a subgroup meeting) next meeting after this one by date, if
    // any; meetings on the same day follow in the order they were entered.
    static Result<std::optional<Meeting>> nextMeetingOf(Database &db, const QUuid &meetingId);
};

} // namespace focal
