#pragma once

#include "model/Meeting.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace focal {

class Database;

// A kind of meeting the groups hold again and again, with its usual agenda.
struct MeetingTemplate
{
    struct Entry
    {
        QString title; // stored as written in the forum's language (Spanish)
        int minutes = 0;
    };
    QString key; // "videoconferencia-grupo", "taller-puntos-focales"
    MeetingKind kind = MeetingKind::Videoconference;
    MeetingScope scope = MeetingScope::Group;
    QString title; // the new meeting's title
    QTime startTime;
    QString timeZone; // IANA id
    int durationMinutes = 0;
    QList<Entry> agenda;

    QString displayName() const; // translated
};

// The built-in meeting templates, meetings made from them, and "duplicate meeting". Each write
// is one transaction and returns every row it wrote, so that undo removes the new meeting
// (RecordRemoval) and redo writes the same rows again.
class MeetingTemplates
{
    Q_DECLARE_TR_FUNCTIONS(focal::MeetingTemplates)

public:
    static QList<MeetingTemplate> all();
    static std::optional<MeetingTemplate> find(const QString &key);

    // A new meeting and everything written with it.
    struct Created
    {
        Meeting meeting;
        QList<MeetingCountry> countries;
        QList<MeetingParticipant> participants;
        QList<AgendaItem> agenda;
    };

    // A meeting of `groupId` (and `subgroupId`, if given: a subgroup meeting) on `date`, made
    // from the template `key`: its kind, time, time zone and agenda; the group's (or subgroup's)
    // active countries invited; numbered after the last meeting of its kind of that group.
    static Result<Created> createFromTemplate(Database &db, const QString &key,
                                              const QUuid &groupId, const QUuid &subgroupId,
                                              QDate date);

    // A copy of a meeting on `newDate`: its countries and participants (invited again, an
    // organiser stays organiser) and its agenda, without the follow-ups of commitments (carried
    // afresh, see CarryOver), agreements, minutes, documents or summary. A numbered meeting gets
    // the next number, and a title that starts with the old number ("3ª Videoconferencia")
    // starts with the new one.
    static Result<Created> duplicate(Database &db, const QUuid &meetingId, QDate newDate);

    // Removes the created meeting and what came with it, in one transaction.
    static Result<void> undo(Database &db, const Created &created);
    // Writes again exactly the rows that were created.
    static Result<void> redo(Database &db, const Created &created);
};

} // namespace focal
