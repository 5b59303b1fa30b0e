#pragma once

#include "Language.h"
#include "model/Meeting.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace focal {

class Database;

// Meetings as an iCalendar file (RFC 5545) that calendar programs import: one VEVENT per dated
// meeting, in the meeting's own time zone, with one VTIMEZONE per zone used, generated from the
// zone's real transitions over the years of the events (so a program that does not know the
// zone, or knows an older rule, still places the meeting at the right instant). Text is escaped
// and lines folded at 75 octets as the RFC requires, never inside a UTF-8 sequence; lines end
// with CRLF. The minutes are never exported: a calendar is shared more widely than they are.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(focal::ICalendar)

public:
    // A meeting with what its event shows besides the meeting record.
    struct Event
    {
        Meeting meeting;
        QStringList agenda;    // the agenda's items as lines of text, in order
        int agendaMinutes = 0; // the agenda's length, when its items give durations
    };

    // How long a meeting of this kind lasts when its agenda does not say.
    static int defaultMinutes(MeetingKind kind);

    // The whole calendar, CRLF line ends, folded. Meetings without a date are left out.
    // `stamp` becomes every event's DTSTAMP (the moment the file is made).
    static QByteArray calendar(const QList<Event> &events, const QDateTime &stamp);

    // The pieces, public so that tests check them one by one.
    static QString escapeText(const QString &text);
    // One content line, folded: no physical line longer than 75 octets, each ending in CRLF.
    static QByteArray fold(const QString &line);
    // The VTIMEZONE of a zone covering years fromYear..toYear, unfolded lines without CRLF.
    static QStringList timeZone(const QTimeZone &zone, int fromYear, int toYear);

    // Events for these meetings, with their agendas read from the database.
    static Result<QList<Event>> events(Database &db, const QList<Meeting> &meetings,
                                       Language lang = Language::Spanish);
    // Dated meetings from `from` on (all of them when `from` is invalid), by date and time,
    // optionally only those of one working group (its own meetings, its subgroups' and its
    // series').
    static Result<QList<Meeting>> meetings(Database &db, QDate from = {},
                                           const QUuid &groupId = {});
    // Meetings dated today or later.
    static Result<QList<Meeting>> upcoming(Database &db, QDate today, const QUuid &groupId = {})
    {
        return meetings(db, today, groupId);
    }

    // Writes the calendar of one meeting, or of these meetings, to `path` atomically (an
    // existing file is replaced only by the complete new one); returns how many events it holds.
    static Result<int> exportMeeting(Database &db, const QUuid &meetingId, const QString &path,
                                     const QDateTime &stamp, Language lang = Language::Spanish);
    static Result<int> exportMeetings(Database &db, const QList<Meeting> &meetings,
                                      const QString &path, const QDateTime &stamp,
                                      Language lang = Language::Spanish);
    static Result<void> writeFile(const QString &path, const QByteArray &bytes);
};

} // namespace focal
