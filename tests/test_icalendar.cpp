// The iCalendar writer: text escaping, folding at 75 octets without splitting a character, time
// zones with and without daylight saving time, the exact text of a small calendar, the upcoming
// meetings of a group; and the file read back by an independent parser (Debian's
// python3-icalendar), which must place every meeting at the right UTC instant.

#include "data/DefaultData.h"
#include "exchange/ICalendar.h"
#include "model/Country.h"
#include "model/WorkingGroup.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace focal;
using focal::test::TestDatabase;

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace {

// QProcess wants an application object; gtest_main makes none.
int appArgc = 1;
char appName[] = "test_icalendar";
char *appArgv[] = {appName, nullptr};
const QCoreApplication *const app = new QCoreApplication(appArgc, appArgv);

const QDateTime stamp(QDate(2021, 1, 15), QTime(12, 0), Qt::UTC);

QString crlfJoined(const QStringList &lines)
{
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

ICalendar::Event event(const char *uuid, QDate date, QTime time, const char *zone,
                       const QString &title, MeetingKind kind = MeetingKind::Videoconference)
{
    Meeting m;
    m.meta.id = QUuid::fromString(QLatin1String(uuid));
    m.date = date;
    m.startTime = time;
    m.timeZone = QString::fromLatin1(zone);
    m.title = title;
    m.kind = kind;
    return {m, {}, 0};
}

// A python3 that can import icalendar, or empty.
QString pythonWithICalendar()
{
    QStringList candidates{QStringLiteral("/usr/bin/python3"),
                           QStandardPaths::findExecutable(QStringLiteral("python3")),
                           QStandardPaths::findExecutable(QStringLiteral("python"))};
    for (const QString &python : candidates) {
        if (python.isEmpty() || !QFileInfo::exists(python))
            continue;
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import icalendar")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

// Parses the file with python3-icalendar and prints, per event, its UID, texts and start: in
// UTC through the zone named by TZID and again through the file's own VTIMEZONE. Any parse
// error, in any component, fails the script.
const char *parserScript = R"(
import sys, json, datetime
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
for c in cal.walk():
    if c.errors:
        sys.exit('errors in %s: %r' % (c.name, c.errors))
zones = {str(z['TZID']): z.to_tz() for z in cal.walk('VTIMEZONE')}
fmt = '%Y-%m-%dT%H:%M:%SZ'
out = []
for e in cal.walk('VEVENT'):
    row = {k.lower(): str(e.get(k, '')) for k in ('UID', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'URL', 'CATEGORIES')}
    start = e['DTSTART'].dt
    if isinstance(start, datetime.datetime):
        utc = datetime.timezone.utc
        row['utc'] = start.astimezone(utc).strftime(fmt)
        tzid = e['DTSTART'].params.get('TZID')
        row['utc_vtimezone'] = zones[tzid].localize(start.replace(tzinfo=None)).astimezone(utc).strftime(fmt)
        row['minutes'] = int(e['DURATION'].dt.total_seconds() // 60)
    else:
        row['date'] = start.isoformat()
        row['end'] = e['DTEND'].dt.isoformat()
    out.append(row)
print(json.dumps(out))
)";

QJsonArray parseWithPython(const QString &python, const QString &file)
{
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QString::fromLatin1(parserScript), file});
    EXPECT_TRUE(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    EXPECT_TRUE(doc.isArray()) << out.toStdString();
    return doc.array();
}

} // namespace

TEST(ICalendarText, EscapesBackslashSemicolonCommaAndLineBreaks)
{
    EXPECT_EQ(ICalendar::escapeText(QStringLiteral("a\\b;c,d\ne\r\nf\rg: \"h\"")),
              QStringLiteral("a\\\\b\\;c\\,d\\ne\\nf\\ng: \"h\""));
    EXPECT_EQ(ICalendar::escapeText(QString()), QString());
}

TEST(ICalendarText, FoldsAt75OctetsWithoutSplittingACharacter)
{
    // Short lines are left alone.
    EXPECT_EQ(ICalendar::fold(QStringLiteral("SUMMARY:Taller")), QByteArray("SUMMARY:Taller\r\n"));
    // 75 octets exactly fit; the 76th starts a continuation line.
    const QString a75(75, u'a');
    EXPECT_EQ(ICalendar::fold(a75), a75.toLatin1() + "\r\n");
    EXPECT_EQ(ICalendar::fold(a75 + u'b'), a75.toLatin1() + "\r\n b\r\n");
    // "é" is two octets and would straddle the 75th: it moves whole to the next line.
    const QString accented = QString(74, u'a') + QStringLiteral("éb");
    EXPECT_EQ(ICalendar::fold(accented),
              QByteArray(74, 'a') + "\r\n " + QStringLiteral("éb").toUtf8() + "\r\n");
    // Continuation lines hold 74 octets after their space: 75 + 74 + 1.
    const QString long150 = QString(150, u'x');
    EXPECT_EQ(ICalendar::fold(long150),
              QByteArray(75, 'x') + "\r\n " + QByteArray(74, 'x') + "\r\n " + "x\r\n");
    // A long accented text: every physical line within 75 octets, each a whole UTF-8 text,
    // and unfolding gives the original back.
    QString text = QStringLiteral("DESCRIPTION:");
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("Coordinación ñandú €");
    const QByteArray folded = ICalendar::fold(text);
    QByteArray unfolded;
    const QList<QByteArray> lines = folded.split('\n');
    for (int i = 0; i < lines.size() - 1; ++i) {
        QByteArray line = lines[i];
        ASSERT_TRUE(line.endsWith('\r'));
        line.chop(1);
        EXPECT_LE(line.size(), 75);
        EXPECT_EQ(QString::fromUtf8(line).toUtf8(), line) << "line " << i << " splits a character";
        if (i > 0) {
            EXPECT_EQ(line.at(0), ' ');
        }
        unfolded += i == 0 ? line : line.mid(1);
    }
    EXPECT_EQ(QString::fromUtf8(unfolded), text);
}

TEST(ICalendarZones, SantiagoIn2020HasItsDaylightSavingChanges)
{
    // Chile: summer time until 4 April 2020, again from 6 September 2020 (tzdata, zdump).
    EXPECT_EQ(ICalendar::timeZone(QTimeZone("America/Santiago"), 2020, 2020),
              (QStringList{u"BEGIN:VTIMEZONE"_qs,    u"TZID:America/Santiago"_qs,
                           u"BEGIN:DAYLIGHT"_qs,     u"DTSTART:20190908T000000"_qs,
                           u"TZOFFSETFROM:-0400"_qs, u"TZOFFSETTO:-0300"_qs,
                           u"TZNAME:-03"_qs,         u"END:DAYLIGHT"_qs,
                           u"BEGIN:STANDARD"_qs,     u"DTSTART:20200405T000000"_qs,
                           u"TZOFFSETFROM:-0300"_qs, u"TZOFFSETTO:-0400"_qs,
                           u"TZNAME:-04"_qs,         u"END:STANDARD"_qs,
                           u"BEGIN:DAYLIGHT"_qs,     u"DTSTART:20200906T000000"_qs,
                           u"TZOFFSETFROM:-0400"_qs, u"TZOFFSETTO:-0300"_qs,
                           u"TZNAME:-03"_qs,         u"END:DAYLIGHT"_qs,
                           u"END:VTIMEZONE"_qs}));
}

TEST(ICalendarZones, LimaAndBogotaWithoutDaylightSavingGetOneStandard)
{
    // Peru last left summer time on 1 April 1994, Colombia on 3 April 1993.
    EXPECT_EQ(ICalendar::timeZone(QTimeZone("America/Lima"), 2020, 2021),
              (QStringList{u"BEGIN:VTIMEZONE"_qs, u"TZID:America/Lima"_qs, u"BEGIN:STANDARD"_qs,
                           u"DTSTART:19940401T000000"_qs, u"TZOFFSETFROM:-0400"_qs,
                           u"TZOFFSETTO:-0500"_qs, u"TZNAME:-05"_qs, u"END:STANDARD"_qs,
                           u"END:VTIMEZONE"_qs}));
    const QStringList bogota = ICalendar::timeZone(QTimeZone("America/Bogota"), 2020, 2020);
    EXPECT_EQ(bogota.count(u"BEGIN:STANDARD"_qs), 1);
    EXPECT_EQ(bogota.count(u"BEGIN:DAYLIGHT"_qs), 0);
    EXPECT_TRUE(bogota.contains(u"TZOFFSETTO:-0500"_qs));
}

TEST(ICalendarText, ExactCalendarOfATimedAndADayLongMeeting)
{
    ICalendar::Event call = event("{6f1c1a52-0000-4000-8000-000000000001}", QDate(2021, 3, 2),
                                  QTime(9, 30), "America/Lima", u"Reunión; técnica, 1"_qs);
    call.meeting.location = u"https://meet.example.org/prosur"_qs;
    call.meeting.summary = u"Revisión del plan\\anual"_qs;
    call.meeting.minutes = u"Las actas no salen del programa."_qs;
    call.agenda = {u"1. Apertura (Perú, 10 min)"_qs};
    ICalendar::Event workshop = event("{6f1c1a52-0000-4000-8000-000000000002}", QDate(2021, 4, 10),
                                      QTime(), "", u"Taller"_qs, MeetingKind::Workshop);
    workshop.meeting.location = u"Lima, Perú"_qs;
    const QByteArray text = ICalendar::calendar({call, workshop}, stamp);
    EXPECT_EQ(
        QString::fromUtf8(text),
        crlfJoined(
            {u"BEGIN:VCALENDAR"_qs,
             u"VERSION:2.0"_qs,
             u"PRODID:-//PROSUR//Focal//EN"_qs,
             u"CALSCALE:GREGORIAN"_qs,
             u"METHOD:PUBLISH"_qs,
             u"BEGIN:VTIMEZONE"_qs,
             u"TZID:America/Lima"_qs,
             u"BEGIN:STANDARD"_qs,
             u"DTSTART:19940401T000000"_qs,
             u"TZOFFSETFROM:-0400"_qs,
             u"TZOFFSETTO:-0500"_qs,
             u"TZNAME:-05"_qs,
             u"END:STANDARD"_qs,
             u"END:VTIMEZONE"_qs,
             u"BEGIN:VEVENT"_qs,
             u"UID:6f1c1a52-0000-4000-8000-000000000001@focal"_qs,
             u"DTSTAMP:20210115T120000Z"_qs,
             u"DTSTART;TZID=America/Lima:20210302T093000"_qs,
             u"DURATION:PT1H30M"_qs,
             u"SUMMARY:Reunión\\; técnica\\, 1"_qs,
             u"LOCATION:https://meet.example.org/prosur"_qs,
             u"URL:https://meet.example.org/prosur"_qs,
             u"DESCRIPTION:Revisión del plan\\\\anual\\n\\nAgenda:\\n1. Apertura (Perú\\, 10 m"_qs,
             u" in)"_qs,
             u"CATEGORIES:videoconference"_qs,
             u"END:VEVENT"_qs,
             u"BEGIN:VEVENT"_qs,
             u"UID:6f1c1a52-0000-4000-8000-000000000002@focal"_qs,
             u"DTSTAMP:20210115T120000Z"_qs,
             u"DTSTART;VALUE=DATE:20210410"_qs,
             u"DTEND;VALUE=DATE:20210411"_qs,
             u"SUMMARY:Taller"_qs,
             u"LOCATION:Lima\\, Perú"_qs,
             u"CATEGORIES:in-person workshop"_qs,
             u"END:VEVENT"_qs,
             u"END:VCALENDAR"_qs}));
    EXPECT_FALSE(text.contains("actas")); // never the minutes
}

TEST(ICalendarText, DurationFromATimedAgendaElseByKind)
{
    ICalendar::Event e =
        event("{6f1c1a52-0000-4000-8000-000000000003}", QDate(2021, 3, 2), QTime(15, 0),
              "America/Bogota", u"Capacitación"_qs, MeetingKind::Training);
    EXPECT_TRUE(ICalendar::calendar({e}, stamp).contains("\r\nDURATION:PT2H\r\n"));
    e.agendaMinutes = 45;
    EXPECT_TRUE(ICalendar::calendar({e}, stamp).contains("\r\nDURATION:PT45M\r\n"));
    EXPECT_EQ(ICalendar::defaultMinutes(MeetingKind::Videoconference), 90);
}

TEST(ICalendarDatabase, UpcomingMeetingsOfAGroupWithTheirAgenda)
{
    TestDatabase t{TestDatabase::Content::DefaultData};
    Repository repo(t.db());
    const QUuid health = DefaultData::keyUuid(WorkingGroup::table, u"salud"_qs);
    auto add = [&](QDate date, const QString &title, const QUuid &group) {
        Meeting m;
        m.date = date;
        m.startTime = QTime(10, 0);
        m.timeZone = u"America/Santiago"_qs;
        m.title = title;
        m.groupId = group;
        EXPECT_TRUE(repo.insert(m).ok());
        return m.meta.id;
    };
    add(QDate(2021, 1, 10), u"Pasada"_qs, health);
    const QUuid next = add(QDate(2021, 2, 3), u"Próxima"_qs, health);
    const QUuid later = add(QDate(2021, 5, 3), u"Más tarde"_qs, health);
    AgendaItem item;
    item.meetingId = next;
    item.position = 1;
    item.title = u"Informe de avance"_qs;
    item.presenterCountryId = DefaultData::keyUuid(Country::table, u"CL"_qs);
    item.durationMinutes = 40;
    ASSERT_TRUE(repo.insert(item).ok());

    auto upcoming = ICalendar::upcoming(t.db(), QDate(2021, 1, 15), health);
    ASSERT_TRUE(upcoming.ok());
    ASSERT_EQ(upcoming->size(), 2);
    EXPECT_EQ(upcoming->at(0).meta.id, next);
    EXPECT_EQ(upcoming->at(1).meta.id, later);
    // No group: the same two (the seed's meetings are all before 2021).
    auto all = ICalendar::upcoming(t.db(), QDate(2021, 1, 15));
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 2);
    // Without a first day, every dated meeting: the seed's 13 and these three.
    auto everything = ICalendar::meetings(t.db());
    ASSERT_TRUE(everything.ok());
    EXPECT_EQ(everything->size(), 16);
    EXPECT_EQ(everything->first().date, QDate(2019, 5, 6));

    auto events = ICalendar::events(t.db(), *upcoming);
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(events->at(0).agenda, QStringList{u"1. Informe de avance (Chile, 40 min)"_qs});
    EXPECT_EQ(events->at(0).agendaMinutes, 40);
    EXPECT_TRUE(events->at(1).agenda.isEmpty());

    const QString file = t.dir() + u"/proximas.ics"_qs;
    auto written = ICalendar::exportMeetings(t.db(), *upcoming, file, stamp);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(*written, 2);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_EQ(bytes.count("BEGIN:VEVENT"), 2);
    EXPECT_EQ(bytes.count("BEGIN:VTIMEZONE"), 1); // one zone, used twice
    EXPECT_TRUE(bytes.contains("DURATION:PT40M"));

    // A meeting without a date cannot be exported; nothing is written.
    Meeting undated;
    undated.title = u"Sin fecha"_qs;
    ASSERT_TRUE(repo.insert(undated).ok());
    const QString other = t.dir() + u"/sin-fecha.ics"_qs;
    auto refused = ICalendar::exportMeeting(t.db(), undated.meta.id, other, stamp);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Invalid);
    EXPECT_FALSE(QFileInfo::exists(other));
}

TEST(ICalendarDatabase, AnUnwritableFileIsAnErrorAndLeavesNothing)
{
    TestDatabase t{TestDatabase::Content::DefaultData};
    const QString file = t.dir() + u"/no-such-folder/x.ics"_qs;
    auto r = ICalendar::exportMeetings(t.db(), *ICalendar::meetings(t.db()), file, stamp);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Io);
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST(ICalendarParser, PythonICalendarPlacesEveryMeetingAtTheRightInstant)
{
    const QString python = pythonWithICalendar();
    if (python.isEmpty())
        GTEST_SKIP() << "python3-icalendar is not installed";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // 24 September 2020: Chilean summer time (-03); 15 July 2020: winter (-04).
    ICalendar::Event summer = event("{6f1c1a52-0000-4000-8000-000000000011}", QDate(2020, 9, 24),
                                    QTime(10, 0), "America/Santiago", u"Subgrupo DOT"_qs);
    ICalendar::Event winter = event("{6f1c1a52-0000-4000-8000-000000000012}", QDate(2020, 7, 15),
                                    QTime(10, 0), "America/Santiago", u"Invierno"_qs);
    ICalendar::Event lima = event("{6f1c1a52-0000-4000-8000-000000000013}", QDate(2021, 3, 2),
                                  QTime(9, 30), "America/Lima", u"Reunión; técnica, 1"_qs);
    lima.meeting.location = u"https://meet.example.org/prosur"_qs;
    QString description;
    for (int i = 0; i < 12; ++i)
        description += u"Coordinación regional, ñandú; línea \\ %1\n"_qs.arg(i);
    lima.meeting.summary = description.trimmed();
    ICalendar::Event day = event("{6f1c1a52-0000-4000-8000-000000000014}", QDate(2021, 4, 10),
                                 QTime(), "", u"Taller"_qs, MeetingKind::Workshop);
    const QString file = dir.filePath(u"prueba.ics"_qs);
    ASSERT_TRUE(
        ICalendar::writeFile(file, ICalendar::calendar({summer, winter, lima, day}, stamp)).ok());

    const QJsonArray events = parseWithPython(python, file);
    ASSERT_EQ(events.size(), 4);
    auto at = [&](int i, const char *key) {
        return events[i].toObject().value(QLatin1String(key));
    };
    EXPECT_EQ(at(0, "uid").toString(), u"6f1c1a52-0000-4000-8000-000000000011@focal"_qs);
    EXPECT_EQ(at(0, "utc").toString(), u"2020-09-24T13:00:00Z"_qs);
    EXPECT_EQ(at(0, "utc_vtimezone").toString(), u"2020-09-24T13:00:00Z"_qs);
    EXPECT_EQ(at(0, "minutes").toInt(), 90);
    EXPECT_EQ(at(1, "utc").toString(), u"2020-07-15T14:00:00Z"_qs);
    EXPECT_EQ(at(1, "utc_vtimezone").toString(), u"2020-07-15T14:00:00Z"_qs);
    EXPECT_EQ(at(2, "utc").toString(), u"2021-03-02T14:30:00Z"_qs);
    EXPECT_EQ(at(2, "utc_vtimezone").toString(), u"2021-03-02T14:30:00Z"_qs);
    // Escaping and folding undone by the parser give the texts back exactly.
    EXPECT_EQ(at(2, "summary").toString(), u"Reunión; técnica, 1"_qs);
    EXPECT_EQ(at(2, "description").toString(), description.trimmed());
    EXPECT_EQ(at(2, "url").toString(), u"https://meet.example.org/prosur"_qs);
    EXPECT_EQ(at(3, "date").toString(), u"2021-04-10"_qs);
    EXPECT_EQ(at(3, "end").toString(), u"2021-04-11"_qs);
}
