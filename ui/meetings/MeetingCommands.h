#pragma once

// The facade through which widgets change meetings: the minutes' lifecycle, new meetings from a
// template or a copy, and carrying open commitments. Each function performs the change
// (retried while another program holds the database), returns its error, and only when it
// succeeded pushes the undo command that takes it back. Widgets never build the commands.

#include "model/Meeting.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>

namespace focal {
class ForumDocument;
}

namespace focal::meetingCommands {

// Records a step of the minutes' life (see MinutesLifecycle::record); `nowUtc` defaults to the
// database's clock.
Result<void> recordMinutesStep(ForumDocument &document, const QUuid &meetingId, MinutesStatus to,
                               const QString &note = {}, const QDateTime &nowUtc = {});

// Reopens approved or locked minutes, back to draft, with the reason (required).
Result<void> reopenMinutes(ForumDocument &document, const QUuid &meetingId, const QString &reason,
                           const QDateTime &nowUtc = {});

// A new meeting of the group (or subgroup) from a template (see MeetingTemplates); its id.
Result<QUuid> newFromTemplate(ForumDocument &document, const QString &templateKey,
                              const QUuid &groupId, const QUuid &subgroupId, QDate date);

// A copy of the meeting on `newDate` (see MeetingTemplates::duplicate); its id.
Result<QUuid> duplicate(ForumDocument &document, const QUuid &meetingId, QDate newDate);

// Carries the open commitments of earlier meetings into the meeting's agenda; how many were
// added. Nothing to carry pushes no undo step.
Result<int> carryOpenCommitments(ForumDocument &document, const QUuid &meetingId);

} // namespace focal::meetingCommands
