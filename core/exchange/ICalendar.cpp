#include "ICalendar.h"

#include "model/Country.h"
#include "storage/Repository.h"

#include <QDir>
#include <QMap>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace focal {
namespace {

const QString crlf = QStringLiteral("\r\n");

QString utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString localStamp(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

// "+0300", "-0430"; seconds only when the offset has them (some zones' historic rules).
QString utcOffset(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int s = std::abs(seconds);
    QString out = QStringLiteral("%1%2%3")
                      .arg(sign)
                      .arg(s / 3600, 2, 10, QLatin1Char('0'))
                      .arg(s % 3600 / 60, 2, 10, QLatin1Char('0'));
    if (s % 60)
        out += QStringLiteral("%1").arg(s % 60, 2, 10, QLatin1Char('0'));
    return out;
}

QString duration(int minutes)
{
    QString out = QStringLiteral("PT");
    if (minutes >= 60)
        out += QString::number(minutes / 60) + u'H';
    if (minutes % 60 || minutes < 60)
        out += QString::number(minutes % 60) + u'M';
    return out;
}

bool isLink(const QString &location)
{
    const QString l = location.trimmed();
    return !l.contains(u' ') && (l.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
                                 l.startsWith(QLatin1String("http://"), Qt::CaseInsensitive));
}

// The zone an event is written in; invalid for a meeting without a time or a known zone, which
// is then written as floating local time.
QTimeZone zoneOf(const Meeting &m)
{
    if (!m.startTime.isValid() || m.timeZone.isEmpty())
        return {};
    return QTimeZone(m.timeZone.toUtf8());
}

QStringList eventLines(const ICalendar::Event &e, const QDateTime &stamp)
{
    const Meeting &m = e.meeting;
    QStringList l;
    l << QStringLiteral("BEGIN:VEVENT")
      << QStringLiteral("UID:%1@focal").arg(m.meta.id.toString(QUuid::WithoutBraces))
      << QStringLiteral("DTSTAMP:") + utcStamp(stamp);
    if (m.startTime.isValid()) {
        const QTimeZone zone = zoneOf(m);
        const QString start = localStamp(QDateTime(m.date, m.startTime));
        l << (zone.isValid()
                  ? QStringLiteral("DTSTART;TZID=%1:%2").arg(QString::fromUtf8(zone.id()), start)
                  : QStringLiteral("DTSTART:") + start);
        const int minutes =
            e.agendaMinutes > 0 ? e.agendaMinutes : ICalendar::defaultMinutes(m.kind);
        l << QStringLiteral("DURATION:") + duration(minutes);
    } else {
        // A whole day: DTEND is exclusive, the next day.
        l << QStringLiteral("DTSTART;VALUE=DATE:") + m.date.toString(QStringLiteral("yyyyMMdd"))
          << QStringLiteral("DTEND;VALUE=DATE:") +
                 m.date.addDays(1).toString(QStringLiteral("yyyyMMdd"));
    }
    QString title = m.title.simplified();
    if (title.isEmpty()) {
        title = enumLabel(m.kind); // labels are written for the middle of a sentence
        title[0] = title.at(0).toUpper();
    }
    l << QStringLiteral("SUMMARY:") + ICalendar::escapeText(title);
    if (!m.location.trimmed().isEmpty()) {
        l << QStringLiteral("LOCATION:") + ICalendar::escapeText(m.location.trimmed());
        if (isLink(m.location))
            l << QStringLiteral("URL:") + m.location.trimmed();
    }
    QStringList description;
    if (!m.summary.trimmed().isEmpty())
        description << m.summary.trimmed();
    if (!e.agenda.isEmpty())
        description << ICalendar::tr("Agenda:") + u'\n' + e.agenda.join(u'\n');
    if (!description.isEmpty())
        l << QStringLiteral("DESCRIPTION:") +
                 ICalendar::escapeText(description.join(QStringLiteral("\n\n")));
    l << QStringLiteral("CATEGORIES:") + ICalendar::escapeText(enumLabel(m.kind))
      << QStringLiteral("END:VEVENT");
    return l;
}

} // namespace

int ICalendar::defaultMinutes(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Videoconference:
        return 90;
    case MeetingKind::Workshop:
        return 240;
    case MeetingKind::Training:
        return 120;
    case MeetingKind::EmailExchange:
        return 30;
    }
    return 60;
}

QString ICalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray ICalendar::fold(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype at = 0;
    int limit = 75; // the first line; continuation lines start with a space
    while (bytes.size() - at > limit) {
        qsizetype cut = at + limit;
        // Never between the bytes of one character: back up to the start of the sequence.
        while (cut > at && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(at, cut - at);
        out += "\r\n ";
        at = cut;
        limit = 74;
    }
    out += bytes.mid(at);
    out += "\r\n";
    return out;
}

QStringList ICalendar::timeZone(const QTimeZone &zone, int fromYear, int toYear)
{
    const QDateTime from(QDate(fromYear, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(toYear + 1, 1, 1), QTime(0, 0), Qt::UTC);
    // The rule in force when the range starts, then every change within it.
    QTimeZone::OffsetDataList changes;
    const QTimeZone::OffsetData before = zone.previousTransition(from);
    if (before.atUtc.isValid())
        changes << before;
    changes << zone.transitions(from, to);

    QStringList l;
    l << QStringLiteral("BEGIN:VTIMEZONE")
      << QStringLiteral("TZID:") + QString::fromUtf8(zone.id());
    if (changes.isEmpty()) {
        // No transition known at all: one standard offset since the epoch.
        const int offset = zone.offsetFromUtc(from);
        l << QStringLiteral("BEGIN:STANDARD") << QStringLiteral("DTSTART:19700101T000000")
          << QStringLiteral("TZOFFSETFROM:") + utcOffset(offset)
          << QStringLiteral("TZOFFSETTO:") + utcOffset(offset);
        const QString name = zone.abbreviation(from);
        if (!name.isEmpty())
            l << QStringLiteral("TZNAME:") + escapeText(name);
        l << QStringLiteral("END:STANDARD");
    }
    int offsetBefore =
        changes.isEmpty() ? 0 : zone.offsetFromUtc(changes.first().atUtc.addSecs(-1));
    for (const QTimeZone::OffsetData &t : std::as_const(changes)) {
        const QString kind =
            t.daylightTimeOffset != 0 ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        // DTSTART is the local time just before the change, in the offset then in force.
        const QDateTime local = t.atUtc.addSecs(offsetBefore);
        l << QStringLiteral("BEGIN:") + kind
          << QStringLiteral("DTSTART:") +
                 QDateTime(local.date(), local.time()).toString(QStringLiteral("yyyyMMdd'T'HHmmss"))
          << QStringLiteral("TZOFFSETFROM:") + utcOffset(offsetBefore)
          << QStringLiteral("TZOFFSETTO:") + utcOffset(t.offsetFromUtc);
        if (!t.abbreviation.isEmpty())
            l << QStringLiteral("TZNAME:") + escapeText(t.abbreviation);
        l << QStringLiteral("END:") + kind;
        offsetBefore = t.offsetFromUtc;
    }
    l << QStringLiteral("END:VTIMEZONE");
    return l;
}

QByteArray ICalendar::calendar(const QList<Event> &events, const QDateTime &stamp)
{
    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:-//PROSUR//Focal//EN"),
                      QStringLiteral("CALSCALE:GREGORIAN"), QStringLiteral("METHOD:PUBLISH")};
    // Years per zone, in zone order so that the file is the same whatever the events' order.
    QMap<QByteArray, std::pair<int, int>> years;
    for (const Event &e : events) {
        const QTimeZone zone = zoneOf(e.meeting);
        if (!e.meeting.date.isValid() || !zone.isValid())
            continue;
        const int y = e.meeting.date.year();
        auto it = years.find(zone.id());
        if (it == years.end())
            years.insert(zone.id(), {y, y});
        else
            *it = {std::min(it->first, y), std::max(it->second, y)};
    }
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        lines << timeZone(QTimeZone(it.key()), it->first, it->second);
    for (const Event &e : events)
        if (e.meeting.date.isValid())
            lines << eventLines(e, stamp);
    lines << QStringLiteral("END:VCALENDAR");
    QByteArray out;
    for (const QString &l : std::as_const(lines))
        out += fold(l);
    return out;
}

Result<QList<ICalendar::Event>> ICalendar::events(Database &db, const QList<Meeting> &meetings,
                                                  Language lang)
{
    Repository repo(db);
    QHash<QUuid, QString> countries;
    QList<Event> out;
    for (const Meeting &m : meetings) {
        Event e{m, {}, 0};
        auto items = repo.listWhere<AgendaItem>(
            "meeting_id", m.meta.id.toString(QUuid::WithoutBraces), QStringLiteral("position"));
        if (!items)
            return items.error();
        bool timed = !items->isEmpty();
        for (const AgendaItem &item : *items) {
            QStringList notes;
            if (!item.presenterCountryId.isNull()) {
                auto it = countries.find(item.presenterCountryId);
                if (it == countries.end()) {
                    auto c = repo.get<Country>(item.presenterCountryId);
                    if (!c)
                        return c.error();
                    it = countries.insert(item.presenterCountryId, c->name(lang));
                }
                notes << *it;
            }
            if (item.durationMinutes) {
                notes << tr("%1 min").arg(*item.durationMinutes);
                e.agendaMinutes += *item.durationMinutes;
            } else {
                timed = false;
            }
            e.agenda
                << QStringLiteral("%1. %2").arg(e.agenda.size() + 1).arg(item.title.simplified()) +
                       (notes.isEmpty()
                            ? QString()
                            : QStringLiteral(" (%1)").arg(notes.join(QStringLiteral(", "))));
        }
        // A partly timed agenda says too little about the length: the kind's default is better.
        if (!timed)
            e.agendaMinutes = 0;
        out << e;
    }
    return out;
}

Result<QList<Meeting>> ICalendar::meetings(Database &db, QDate from, const QUuid &groupId)
{
    auto q = db.exec(
        QStringLiteral("SELECT m.id FROM meeting m "
                       "LEFT JOIN subgroup s ON s.id = m.subgroup_id "
                       "LEFT JOIN meeting_series ms ON ms.id = m.series_id "
                       "WHERE m.date IS NOT NULL AND (? IS NULL OR m.date >= ?) "
                       "AND (? IS NULL OR COALESCE(m.group_id, s.group_id, ms.group_id) = ?) "
                       "ORDER BY m.date, m.start_time, m.title"),
        {column::toVariant(from), column::toVariant(from), column::toVariant(groupId),
         column::toVariant(groupId)});
    if (!q)
        return q.error();
    QList<QUuid> ids;
    while (q.value().next())
        ids << QUuid::fromString(q.value().value(0).toString());
    Repository repo(db);
    QList<Meeting> out;
    for (const QUuid &id : ids) {
        auto m = repo.get<Meeting>(id);
        if (!m)
            return m.error();
        out << *m;
    }
    return out;
}

Result<void> ICalendar::writeFile(const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, tr("Cannot write %1.").arg(shown), file.errorString()};
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error{Error::Code::Io, tr("Cannot write %1.").arg(shown), file.errorString()};
    }
    if (!file.commit())
        return Error{Error::Code::Io, tr("Cannot write %1.").arg(shown), file.errorString()};
    return {};
}

Result<int> ICalendar::exportMeeting(Database &db, const QUuid &meetingId, const QString &path,
                                     const QDateTime &stamp, Language lang)
{
    auto m = Repository(db).get<Meeting>(meetingId);
    if (!m)
        return m.error();
    if (!m->date.isValid())
        return Error{
            Error::Code::Invalid,
            tr("The meeting \"%1\" has no date, so it cannot go into a calendar.").arg(m->title),
            {}};
    auto e = events(db, {*m}, lang);
    if (!e)
        return e.error();
    if (auto written = writeFile(path, calendar(*e, stamp)); !written)
        return written.error();
    return 1;
}

Result<int> ICalendar::exportMeetings(Database &db, const QList<Meeting> &meetings,
                                      const QString &path, const QDateTime &stamp, Language lang)
{
    auto e = events(db, meetings, lang);
    if (!e)
        return e.error();
    if (auto written = writeFile(path, calendar(*e, stamp)); !written)
        return written.error();
    return int(std::count_if(e->begin(), e->end(),
                             [](const Event &event) { return event.meeting.date.isValid(); }));
}

} // namespace focal
