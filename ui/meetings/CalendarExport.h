#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QUuid>

class QWidget;

namespace focal {

class ForumDocument;
class Prompts;

// Puts meetings into a calendar program: asks for an .ics file through the injectable Prompts
// (so tests answer instead of a native dialog), asks before replacing an existing file, writes
// one meeting or every upcoming one (of a working group, or all) with ICalendar, and tells
// the person the outcome. Reading only: nothing here touches the database or the undo stack.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(focal::CalendarExport)

public:
    enum class Outcome { Written, Cancelled, Failed };

    static Outcome exportMeeting(QWidget *parent, ForumDocument &document, Prompts &prompts,
                                 const QUuid &meetingId,
                                 const QDateTime &stamp = QDateTime::currentDateTimeUtc());
    static Outcome exportUpcoming(QWidget *parent, ForumDocument &document, Prompts &prompts,
                                  QDate today, const QUuid &groupId = {},
                                  const QDateTime &stamp = QDateTime::currentDateTimeUtc());
};

} // namespace focal
