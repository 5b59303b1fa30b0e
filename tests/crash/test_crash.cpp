// Crash safety: focal-crash-worker writes to a database through core and is killed (SIGKILL on
// Linux, TerminateProcess on Windows) at a random moment, 200 times. After each kill the
// database must be whole (integrity and foreign keys, the checker clean) and hold every change
// the worker acknowledged; the one change under way at the kill may or may not be there, whole.

#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "query/Checker.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>

using namespace focal;
using focal::test::TestDatabase;

namespace {

constexpr int rounds = 200;
constexpr int planItems = 20;

// What the database must hold, from the worker's acknowledgements.
struct Expected
{
    QHash<QString, QString> itemText;            // plan item -> its text
    QHash<QString, QStringList> meetings;        // meeting -> its agreements
    QHash<QString, QStringList> deletedMeetings; // deleted meeting -> its agreements
};

// What the database holds.
struct Found
{
    QHash<QString, QString> itemText;
    QHash<QString, QStringList> agreementsOf; // meeting -> agreements, sorted
    QSet<QString> tombstones;
};

Found read(Database &db)
{
    Found f;
    auto items = db.exec(QStringLiteral("SELECT id, text FROM plan_item"));
    while (items && items.value().next())
        f.itemText.insert(items.value().value(0).toString(), items.value().value(1).toString());
    auto meetings = db.exec(QStringLiteral("SELECT id FROM meeting"));
    while (meetings && meetings.value().next())
        f.agreementsOf.insert(meetings.value().value(0).toString(), {});
    auto agreements = db.exec(QStringLiteral("SELECT meeting_id, id FROM agreement ORDER BY id"));
    while (agreements && agreements.value().next())
        f.agreementsOf[agreements.value().value(0).toString()]
            << agreements.value().value(1).toString();
    auto stones = db.exec(QStringLiteral("SELECT record_id FROM tombstone"));
    while (stones && stones.value().next())
        f.tombstones.insert(stones.value().value(0).toString());
    return f;
}

// A small database: one group, one plan, a few items. The worker starts in milliseconds.
void seed(Database &db, QHash<QString, QString> &texts)
{
    Repository repo(db);
    ThematicArea area;
    area.code = QStringLiteral("S");
    area.nameEs = QStringLiteral("Seguridad");
    ASSERT_TRUE(repo.insert(area).ok());
    WorkingGroup group;
    group.areaId = area.meta.id;
    group.name = QStringLiteral("Grupo de Seguridad");
    group.shortName = QStringLiteral("seguridad");
    ASSERT_TRUE(repo.insert(group).ok());
    Plan plan;
    plan.groupId = group.meta.id;
    plan.year = 2021;
    plan.title = QStringLiteral("Plan de Trabajo 2021");
    ASSERT_TRUE(repo.insert(plan).ok());
    QList<PlanItem> items;
    for (int i = 0; i < planItems; ++i) {
        PlanItem item;
        item.planId = plan.meta.id;
        item.position = i;
        item.text = QStringLiteral("Producto %1").arg(i);
        items << item;
    }
    ASSERT_TRUE(repo.insertAll(items).ok());
    for (const PlanItem &item : items)
        texts.insert(item.meta.id.toString(QUuid::WithoutBraces), item.text);
}

// One line of the worker: "try|ack update ID TEXT", "try|ack insert MEETING A1 A2",
// "try|ack delete MEETING", "try|ack import MEETING A1 A2 ITEM TEXT".
struct Line
{
    bool ack = false;
    QString op;
    QStringList args;
};

std::optional<Line> parse(const QString &text)
{
    const QStringList words = text.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 3 || (words[0] != QLatin1String("try") && words[0] != QLatin1String("ack")))
        return std::nullopt;
    return Line{words[0] == QLatin1String("ack"), words[1], words.mid(2)};
}

// Applies one change the worker made to what is expected.
void apply(Expected &e, const Line &l)
{
    if (l.op == QLatin1String("update")) {
        e.itemText.insert(l.args.value(0), l.args.value(1));
    } else if (l.op == QLatin1String("insert")) {
        QStringList agreements = l.args.mid(1);
        agreements.sort();
        e.meetings.insert(l.args.value(0), agreements);
    } else if (l.op == QLatin1String("import")) {
        QStringList agreements = l.args.mid(1, 2);
        agreements.sort();
        e.meetings.insert(l.args.value(0), agreements);
        e.itemText.insert(l.args.value(3), l.args.value(4));
    } else if (l.op == QLatin1String("delete")) {
        e.deletedMeetings.insert(l.args.value(0), e.meetings.take(l.args.value(0)));
    }
}

// Whether the database holds what is expected; otherwise what differs.
QStringList differences(const Expected &e, const Found &f)
{
    QStringList out;
    if (f.itemText != e.itemText)
        out << QStringLiteral("plan item texts differ");
    for (auto it = e.meetings.begin(); it != e.meetings.end(); ++it)
        if (f.agreementsOf.value(it.key()) != it.value() || !f.agreementsOf.contains(it.key()))
            out << QStringLiteral("meeting %1 or its agreements missing").arg(it.key());
    for (auto it = f.agreementsOf.begin(); it != f.agreementsOf.end(); ++it)
        if (!e.meetings.contains(it.key()))
            out << QStringLiteral("meeting %1 should not be there").arg(it.key());
    for (auto it = e.deletedMeetings.begin(); it != e.deletedMeetings.end(); ++it)
        for (const QString &id : QStringList{it.key()} + it.value())
            if (!f.tombstones.contains(id))
                out << QStringLiteral("deleted %1 has no tombstone").arg(id);
    return out;
}

} // namespace

TEST(Crash, KilledAtRandomMomentsTheDatabaseKeepsEveryAcknowledgedChange)
{
    TestDatabase t;
    Expected expected;
    seed(t.db(), expected.itemText);
    t.close();

    const quint32 testSeed = 20210115;
    QRandomGenerator random(testSeed);
    int acknowledged = 0;
    int imports = 0; // acknowledged package imports
    int kills = 0;
    int underWay = 0; // kills with a change begun and not acknowledged
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < rounds; ++round) {
        SCOPED_TRACE(
            QStringLiteral("round %1 (test seed %2)").arg(round).arg(testSeed).toStdString());
        QProcess worker;
        worker.start(QStringLiteral(FOCAL_CRASH_WORKER_PATH),
                     {t.path(), QString::number(random.generate())});
        ASSERT_TRUE(worker.waitForStarted(10000));
        QByteArray output;
        QElapsedTimer wait;
        wait.start();
        while (!output.contains("ack ") && wait.elapsed() < 20000 &&
               worker.state() == QProcess::Running) {
            worker.waitForReadyRead(50);
            output += worker.readAllStandardOutput();
        }
        ASSERT_TRUE(output.contains("ack "))
            << "the worker acknowledged nothing: " << worker.readAllStandardError().toStdString();
        const int delay = 5 + int(random.bounded(146)); // 5..150 ms after the first ack
        wait.restart();
        while (wait.elapsed() < delay && worker.state() == QProcess::Running) {
            worker.waitForReadyRead(int(std::max<qint64>(1, delay - wait.elapsed())));
            output += worker.readAllStandardOutput();
        }
        ASSERT_EQ(worker.state(), QProcess::Running)
            << "the worker stopped by itself: " << worker.readAllStandardError().toStdString();
        worker.kill();
        ASSERT_TRUE(worker.waitForFinished(10000));
        EXPECT_EQ(worker.exitStatus(), QProcess::CrashExit);
        ++kills;
        output += worker.readAllStandardOutput();

        // Only whole lines count: a line cut by the kill was never acknowledged.
        QList<QByteArray> lines = output.split('\n');
        lines.removeLast(); // after the last newline: empty, or cut
        std::optional<Line> pending;
        for (const QByteArray &raw : std::as_const(lines)) {
            const auto line = parse(QString::fromUtf8(raw));
            if (!line)
                continue;
            if (line->ack) {
                apply(expected, *line);
                ++acknowledged;
                imports += line->op == QLatin1String("import") ? 1 : 0;
                pending.reset();
            } else {
                pending = line;
            }
        }

        auto opened = Database::open(t.path(), Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.ok()) << opened.error().fullText().toStdString();
        Database &db = *opened.value();
        auto integrity = db.exec(QStringLiteral("PRAGMA integrity_check"));
        ASSERT_TRUE(integrity && integrity.value().next());
        ASSERT_EQ(integrity.value().value(0).toString(), QStringLiteral("ok"));
        auto keys = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
        ASSERT_TRUE(keys.ok());
        ASSERT_FALSE(keys.value().next())
            << "a broken link in " << keys.value().value(0).toString().toStdString();
        auto check = Checker::run(db);
        ASSERT_TRUE(check.ok()) << check.error().fullText().toStdString();
        ASSERT_TRUE(check->ok()) << check->problems.join(QLatin1Char('\n')).toStdString();

        // Every acknowledged change is there; the change under way is there whole or not at all.
        const Found found = read(db);
        QStringList without = differences(expected, found);
        if (!without.isEmpty() && pending) {
            Expected with = expected;
            apply(with, *pending);
            const QStringList whole = differences(with, found);
            ASSERT_TRUE(whole.isEmpty()) << "neither before nor after the change under way:\n"
                                         << without.join(QLatin1Char('\n')).toStdString() << "\n"
                                         << whole.join(QLatin1Char('\n')).toStdString();
            expected = with;
            ++underWay;
        } else {
            ASSERT_TRUE(without.isEmpty()) << without.join(QLatin1Char('\n')).toStdString();
        }
    }
    std::printf("[ crash    ] %d rounds, %d kills, %d acknowledged changes all kept (%d of them "
                "package imports), %d kills with a change under way (kept whole or not at all), "
                "%lld ms\n",
                rounds, kills, acknowledged, imports, underWay, qint64(clock.elapsed()));
    RecordProperty("rounds", rounds);
    RecordProperty("kills", kills);
    RecordProperty("acknowledged", acknowledged);
    RecordProperty("under_way", underWay);
    EXPECT_EQ(kills, rounds);
    EXPECT_GT(acknowledged, rounds); // more than one acknowledged change per round on average
    EXPECT_GT(imports, rounds / 4);  // imports are among the changes killed
}
