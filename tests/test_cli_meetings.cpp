// focal-cli meetings ics and focal-cli commitments end to end: exact rows against commitments
// and meetings made here in the health group (which has none in the default data), the JSON
// shape, exit codes (0 ok, 1 error, 2 usage), and the .ics file read back by Debian's
// python3-icalendar.

#include "CliFixture.h"

#include "model/Country.h"
#include "model/Meeting.h"
#include "model/WorkingGroup.h"
#include "storage/DatabaseFile.h"
#include "storage/Repository.h"

#include <QStandardPaths>

namespace {

using namespace focal;

QUuid key(const char *table, const char *k)
{
    return DefaultData::keyUuid(table, QString::fromUtf8(k));
}

class CliMeetingsTest : public CliTest
{
protected:
    // The default data, plus in the health group: a meeting in Chile's winter of 2020 and one
    // in its summer, and two meetings in 2021 (one in Lima); commitments of Argentina and
    // Brazil.
    void SetUp() override
    {
        CliTest::SetUp();
        init();
        auto opened = DatabaseFile::open(dbPath(), Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.ok());
        Repository repo(*opened.value());
        const QUuid health = key(WorkingGroup::table, "salud");
        auto meeting = [&](QDate date, QTime time, const char *zone, const char *title) {
            Meeting m;
            m.date = date;
            m.startTime = time;
            m.timeZone = QString::fromLatin1(zone);
            m.title = QString::fromUtf8(title);
            m.groupId = health;
            EXPECT_TRUE(repo.insert(m).ok());
            return m.meta.id;
        };
        const QUuid winter =
            meeting(QDate(2020, 7, 15), QTime(10, 0), "America/Santiago", "Reunión de invierno");
        const QUuid summer =
            meeting(QDate(2020, 9, 24), QTime(10, 0), "America/Santiago", "Reunión de primavera");
        next = meeting(QDate(2021, 2, 3), QTime(9, 30), "America/Lima", "Reunión en Lima");
        later = meeting(QDate(2021, 5, 3), QTime(), "", "Taller anual");
        auto commitment = [&](const QUuid &m, const char *iso2, const char *due,
                              CommitmentStatus status, const char *action) {
            Agreement a;
            a.meetingId = m;
            a.isCommitment = true;
            a.responsibleCountryId = key(Country::table, iso2);
            a.action = QString::fromUtf8(action);
            a.due = *Deadline::fromCode(QString::fromLatin1(due));
            a.status = status;
            EXPECT_TRUE(repo.insert(a).ok());
            return a.meta.id;
        };
        brDecember = commitment(winter, "BR", "2020-12", CommitmentStatus::Open, "Enviar catastro");
        arJune = commitment(winter, "AR", "2020-06", CommitmentStatus::Open, "Enviar informe");
        arDone = commitment(summer, "AR", "2020-S2", CommitmentStatus::Done, "Presentar propuesta");
    }

    QStringList ids(const QJsonArray &rows)
    {
        QStringList out;
        for (const QJsonValue &v : rows)
            out << v.toObject().value(QStringLiteral("id")).toString();
        return out;
    }
    static QString text(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

    QUuid next, later, brDecember, arJune, arDone;
};

QString pythonWithICalendar()
{
    for (const QString &python : {QStringLiteral("/usr/bin/python3"),
                                  QStandardPaths::findExecutable(QStringLiteral("python3"))}) {
        if (python.isEmpty() || !QFileInfo::exists(python))
            continue;
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import icalendar")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

} // namespace

TEST_F(CliMeetingsTest, CommitmentsOfAGroupAsJsonInDeadlineOrder)
{
    const CliRun r = cliDb({u"commitments"_qs, u"--group"_qs, u"salud"_qs, u"--today"_qs,
                            u"2020-10-01"_qs, u"--json"_qs});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const QJsonArray rows = jsonArray(r);
    EXPECT_EQ(ids(rows), (QStringList{text(arJune), text(arDone), text(brDecember)}));
    ASSERT_EQ(rows.size(), 3);
    const QJsonObject first = rows[0].toObject();
    EXPECT_EQ(first.keys(),
              (QStringList{u"action"_qs, u"country"_qs, u"document"_qs, u"due"_qs, u"due_code"_qs,
                           u"group"_qs, u"id"_qs, u"institution"_qs, u"meeting"_qs,
                           u"meeting_date"_qs, u"meeting_id"_qs, u"overdue"_qs, u"plan_item"_qs,
                           u"status"_qs, u"subgroup"_qs}));
    EXPECT_EQ(first.value(u"due"_qs).toString(), u"Junio 2020"_qs);
    EXPECT_EQ(first.value(u"due_code"_qs).toString(), u"2020-06"_qs);
    EXPECT_EQ(first.value(u"country"_qs).toString(), u"AR"_qs);
    EXPECT_EQ(first.value(u"status"_qs).toString(), u"open"_qs);
    EXPECT_EQ(first.value(u"overdue"_qs), QJsonValue(true));
    EXPECT_EQ(first.value(u"meeting_date"_qs).toString(), u"2020-07-15"_qs);
    EXPECT_TRUE(first.value(u"document"_qs).isNull());
    EXPECT_EQ(rows[1].toObject().value(u"overdue"_qs), QJsonValue(false)); // done
    EXPECT_EQ(rows[2].toObject().value(u"overdue"_qs), QJsonValue(false)); // not yet due
}

TEST_F(CliMeetingsTest, CommitmentsFilteredByCountryStatusAndOverdue)
{
    auto run = [&](QStringList args) {
        args << u"--group"_qs << u"salud"_qs << u"--today"_qs << u"2021-01-15"_qs << u"--json"_qs;
        const CliRun r = cliDb(args);
        EXPECT_EQ(r.exitCode, 0) << r.describe();
        return ids(jsonArray(r));
    };
    EXPECT_EQ(run({u"commitments"_qs, u"--country"_qs, u"Argentina"_qs}),
              (QStringList{text(arJune), text(arDone)}));
    EXPECT_EQ(run({u"commitments"_qs, u"--country"_qs, u"bra"_qs}), QStringList{text(brDecember)});
    EXPECT_EQ(run({u"commitments"_qs, u"--country"_qs, u"brasil"_qs, u"--status"_qs, u"done"_qs}),
              QStringList{});
    EXPECT_EQ(run({u"commitments"_qs, u"--status"_qs, u"DONE"_qs}), QStringList{text(arDone)});
    // By 15 January 2021 December has passed too.
    EXPECT_EQ(run({u"commitments"_qs, u"--overdue"_qs}),
              (QStringList{text(arJune), text(brDecember)}));
}

TEST_F(CliMeetingsTest, CommitmentsAsATable)
{
    const CliRun r = cliDb({u"commitments"_qs, u"--group"_qs, u"salud"_qs, u"--country"_qs,
                            u"AR"_qs, u"--today"_qs, u"2020-10-01"_qs});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.out, u"Due                    Country  Status  Overdue  Meeting date  Group  "
                     u"Action\n"
                     u"---------------------  -------  ------  -------  ------------  -----  "
                     u"-------------------\n"
                     u"Junio 2020             AR       open    overdue  2020-07-15    salud  "
                     u"Enviar informe\n"
                     u"Segundo semestre 2020  AR       done             2020-09-24    salud  "
                     u"Presentar propuesta\n"_qs);
    const CliRun none =
        cliDb({u"commitments"_qs, u"--group"_qs, u"salud"_qs, u"--status"_qs, u"dropped"_qs});
    ASSERT_EQ(none.exitCode, 0) << none.describe();
    EXPECT_EQ(none.out, u"No commitments.\n"_qs);
}

TEST_F(CliMeetingsTest, WrongUsageExitsWithTwoAndUnknownNamesWithOne)
{
    const QList<QStringList> wrong = {
        {u"commitments"_qs, u"--status"_qs, u"pending"_qs},
        {u"commitments"_qs, u"--today"_qs, u"15/01/2021"_qs},
        {u"commitments"_qs, u"extra"_qs},
        {u"meetings"_qs},
        {u"meetings"_qs, u"list"_qs},
        {u"meetings"_qs, u"ics"_qs},
        {u"meetings"_qs, u"ics"_qs, u"extra"_qs, u"-o"_qs, u"x.ics"_qs},
        {u"meetings"_qs, u"ics"_qs, u"-o"_qs, u"x.ics"_qs, u"--today"_qs, u"mañana"_qs},
    };
    for (const QStringList &args : wrong) {
        const CliRun r = cliDb(args);
        EXPECT_EQ(r.exitCode, 2) << r.describe();
        EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    }
    EXPECT_FALSE(QFileInfo::exists(path(u"x.ics"_qs)));

    CliRun r = cliDb({u"commitments"_qs, u"--country"_qs, u"Narnia"_qs});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains(u"\"Narnia\""_qs)) << r.describe();
    EXPECT_TRUE(r.err.contains(u"AR, BR"_qs)) << r.describe();
    r = cliDb({u"meetings"_qs, u"ics"_qs, u"--group"_qs, u"turismo"_qs, u"-o"_qs, u"x.ics"_qs});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_FALSE(QFileInfo::exists(path(u"x.ics"_qs)));
    r = cliDb({u"meetings"_qs, u"ics"_qs, u"-o"_qs, path(u"missing/x.ics"_qs)});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_FALSE(QFileInfo::exists(path(u"missing"_qs)));
}

TEST_F(CliMeetingsTest, UpcomingMeetingsOfAGroupAsICalendar)
{
    const QString file = path(u"salud.ics"_qs);
    // An older export is replaced whole.
    ASSERT_TRUE(writeBytes(file, QByteArray(100000, 'x')));
    const CliRun r = cliDb({u"meetings"_qs, u"ics"_qs, u"--upcoming"_qs, u"--group"_qs, u"salud"_qs,
                            u"--today"_qs, u"2021-01-15"_qs, u"-o"_qs, file});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.out, u"Wrote 2 meeting(s) to %1.\n"_qs.arg(QDir::toNativeSeparators(file)));
    const QByteArray bytes = readBytes(file);
    EXPECT_EQ(bytes.count("BEGIN:VEVENT"), 2);
    EXPECT_TRUE(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(bytes.endsWith("END:VCALENDAR\r\n"));
    EXPECT_TRUE(bytes.contains("UID:" + text(next).toLatin1() + "@focal\r\n"));
    EXPECT_TRUE(bytes.contains("DTSTART;TZID=America/Lima:20210203T093000\r\n"));
    EXPECT_TRUE(bytes.contains("DTSTART;VALUE=DATE:20210503\r\n"));

    // Without --upcoming: every meeting, the seed's included.
    const QString all = path(u"todas.ics"_qs);
    const CliRun everything = cliDb({u"meetings"_qs, u"ics"_qs, u"--output"_qs, all});
    ASSERT_EQ(everything.exitCode, 0) << everything.describe();
    EXPECT_GE(readBytes(all).count("BEGIN:VEVENT"), 4 + 13);

    const QString python = pythonWithICalendar();
    if (python.isEmpty())
        GTEST_SKIP() << "python3-icalendar is not installed";
    QProcess p;
    p.start(python, {u"-c"_qs,
                     u"import sys, datetime\n"
                     "from icalendar import Calendar\n"
                     "cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                     "assert not [c for c in cal.walk() if c.errors]\n"
                     "for e in cal.walk('VEVENT'):\n"
                     "    s = e['DTSTART'].dt\n"
                     "    if isinstance(s, datetime.datetime):\n"
                     "        s = s.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%MZ')\n"
                     "    print(str(e['SUMMARY']), s)\n"_qs,
                     file});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_EQ(QString::fromUtf8(p.readAllStandardOutput()),
              u"Reunión en Lima 2021-02-03T14:30Z\nTaller anual 2021-05-03\n"_qs);

    // The seed and the two Chilean meetings of 2020: winter (-04) and summer time (-03).
    QProcess q;
    q.start(python,
            {u"-c"_qs,
             u"import sys, datetime\n"
             "from icalendar import Calendar\n"
             "cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
             "assert not [c for c in cal.walk() if c.errors]\n"
             "for e in cal.walk('VEVENT'):\n"
             "    s = e['DTSTART'].dt\n"
             "    if isinstance(s, datetime.datetime) and 'Reuni' in str(e['SUMMARY']):\n"
             "        print(s.astimezone(datetime.timezone.utc).strftime('%m-%dT%H:%M'))\n"_qs,
             all});
    ASSERT_TRUE(q.waitForFinished(60000));
    EXPECT_EQ(q.exitCode(), 0) << q.readAllStandardError().toStdString();
    EXPECT_EQ(QString::fromUtf8(q.readAllStandardOutput()),
              u"07-15T14:00\n09-24T13:00\n02-03T14:30\n"_qs);
}
