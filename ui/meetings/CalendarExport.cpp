#include "CalendarExport.h"

#include "exchange/ICalendar.h"
#include "ForumDocument.h"
#include "Prompts.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace focal {
namespace {

// The file the person chose, with the .ics suffix calendar programs look for; empty when they
// cancelled or would not replace an existing file.
QString chooseFile(QWidget *parent, Prompts &prompts, const QString &suggested)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString file = prompts.saveFileName(parent, CalendarExport::tr("Export to a Calendar"),
                                        QDir(folder).filePath(suggested),
                                        CalendarExport::tr("iCalendar files (*.ics)"));
    if (file.isEmpty())
        return {};
    if (QFileInfo(file).suffix().compare(QLatin1String("ics"), Qt::CaseInsensitive) != 0)
        file += QStringLiteral(".ics");
    if (QFileInfo::exists(file) &&
        !prompts.confirm(parent, CalendarExport::tr("Export to a Calendar"),
                         CalendarExport::tr("%1 already exists. Replace it?")
                             .arg(QDir::toNativeSeparators(file))))
        return {};
    return file;
}

CalendarExport::Outcome finish(QWidget *parent, Prompts &prompts, const Result<int> &written)
{
    if (!written) {
        prompts.inform(parent, CalendarExport::tr("Export to a Calendar"), written.error().message);
        return CalendarExport::Outcome::Failed;
    }
    return CalendarExport::Outcome::Written;
}

} // namespace

CalendarExport::Outcome CalendarExport::exportMeeting(QWidget *parent, ForumDocument &document,
                                                      Prompts &prompts, const QUuid &meetingId,
                                                      const QDateTime &stamp)
{
    auto meeting = document.repository().get<Meeting>(meetingId);
    if (!meeting)
        return finish(parent, prompts, meeting.error());
    if (!meeting->date.isValid()) {
        prompts.inform(parent, tr("Export to a Calendar"),
                       tr("This meeting has no date yet, so it cannot go into a calendar."));
        return Outcome::Failed;
    }
    const QString file =
        chooseFile(parent, prompts,
                   tr("meeting-%1.ics").arg(meeting->date.toString(QStringLiteral("yyyy-MM-dd"))));
    if (file.isEmpty())
        return Outcome::Cancelled;
    return finish(parent, prompts,
                  ICalendar::exportMeeting(document.database(), meetingId, file, stamp));
}

CalendarExport::Outcome CalendarExport::exportUpcoming(QWidget *parent, ForumDocument &document,
                                                       Prompts &prompts, QDate today,
                                                       const QUuid &groupId, const QDateTime &stamp)
{
    auto meetings = ICalendar::upcoming(document.database(), today, groupId);
    if (!meetings)
        return finish(parent, prompts, meetings.error());
    if (meetings->isEmpty()) {
        prompts.inform(parent, tr("Export to a Calendar"),
                       tr("There are no meetings from %1 on to export.")
                           .arg(QLocale().toString(today, QLocale::ShortFormat)));
        return Outcome::Cancelled;
    }
    const QString file = chooseFile(parent, prompts, tr("upcoming-meetings.ics"));
    if (file.isEmpty())
        return Outcome::Cancelled;
    return finish(parent, prompts,
                  ICalendar::exportMeetings(document.database(), *meetings, file, stamp));
}

} // namespace focal
