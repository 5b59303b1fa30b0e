#pragma once

// The facade through which the meeting editor changes a meeting and what hangs from it: each
// function checks the change, performs it in one transaction, returns its error (translated),
// and only when it succeeded pushes the one undo command that takes it back. A meeting whose
// minutes are locked refuses every change here, whatever the widgets allow.

#include "ForumDocument.h"

#include "model/Meeting.h"

#include <QCoreApplication>

namespace focal::commands {

// The time zones meetings of the forum are held in (IANA ids).
const QStringList &meetingTimeZones();

// Checks a meeting's fields (title, date, time zone, number >= 1, attendees >= 0): the first
// problem found, as a field name ("title", "date", ...) and a message; empty when all is well.
struct FieldProblem
{
    QString field;
    QString message;
};
std::optional<FieldProblem> checkMeeting(const Meeting &meeting);
// Checks an agreement (a commitment needs a country, an action and a status; a due date, when
// written, must be a deadline).
std::optional<FieldProblem> checkAgreement(const Agreement &agreement);

// Writes the meeting's fields (all of them; minutes as given, after MinutesText::clean).
Result<void> editMeeting(ForumDocument &document, const Meeting &after, const QString &text);
// Writes new minutes (cleaned; refused when too long). Successive saves merge into one step.
Result<void> setMinutes(ForumDocument &document, const QUuid &meetingId, const QString &markdown);

// Adds or removes one country in one role.
Result<void> setMeetingCountry(ForumDocument &document, const QUuid &meetingId,
                               const QUuid &countryId, MeetingRole role, bool present);

Result<QUuid> addParticipant(ForumDocument &document, MeetingParticipant participant);
Result<void> removeParticipant(ForumDocument &document, const QUuid &participantId);

// A document linked to a meeting: one of the forum's documents, or an http/https link.
Result<QUuid> addMeetingDocument(ForumDocument &document, MeetingDocument link);
Result<void> removeMeetingDocument(ForumDocument &document, const QUuid &linkId);

// Agenda items are numbered 1, 2, 3 ... in their order; new ones go at the end.
Result<QUuid> addAgendaItem(ForumDocument &document, const QUuid &meetingId, const QString &title);
Result<void> editAgendaItem(ForumDocument &document, const AgendaItem &after);
Result<void> removeAgendaItem(ForumDocument &document, const QUuid &itemId);
// One place up (-1) or down (+1); refused at either end.
Result<void> moveAgendaItem(ForumDocument &document, const QUuid &itemId, int offset);

Result<QUuid> addAgreement(ForumDocument &document, const QUuid &meetingId, const QString &text);
Result<void> editAgreement(ForumDocument &document, const Agreement &after);
Result<void> removeAgreement(ForumDocument &document, const QUuid &agreementId);

} // namespace focal::commands
