// focal-crash-worker: the process test_crash kills. It opens the database given on its command
// line and writes through core forever, as the program does: plan items' texts changed
// (Repository::update), meetings added with their agreements (one transaction), meetings
// deleted with what cascades (RecordRemoval), and packages from another site imported
// (PackageImport::apply: a new meeting with its agreements and a newer text of a plan item,
// encoded and read back as a file is). Before each write it prints what it is about to
// do ("try ..."), and after the write committed "ack ...", flushed at once, so that the parent
// knows which changes were acknowledged when it kills the process, and which one may have been
// under way.
//
//   focal-crash-worker DATABASE SEED

#include "exchange/Exchange.h"
#include "exchange/Package.h"
#include "exchange/PackageRecords.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "storage/Database.h"
#include "storage/RecordRemoval.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace focal;

namespace {

QString text(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// One line on standard output, out of the process before anything else happens.
void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "focal-crash-worker: %s: %s\n", what.toUtf8().constData(),
                 error.fullText().toUtf8().constData());
    std::exit(1);
}

// The worker's writes, chosen at random.
class Worker
{
public:
    Worker(Database &db, quint32 seed) : m_db(db), m_repo(db), m_random(seed), m_seed(seed) {}

    void load()
    {
        auto items = m_repo.list<PlanItem>();
        auto meetings = m_repo.list<Meeting>();
        if (!items || !meetings)
            fail(QStringLiteral("reading"), !items ? items.error() : meetings.error());
        m_items = *items;
        for (const Meeting &m : *meetings)
            m_meetings << m.meta.id;
        if (m_items.isEmpty())
            fail(QStringLiteral("reading"),
                 Error{Error::Code::NotFound, QStringLiteral("no plan items"), {}});
    }

    void step()
    {
        // As many meetings deleted as added: the database stays small, so that each of the
        // test's rounds starts and checks it quickly.
        const int dice = int(m_random.bounded(12));
        if (dice < 6)
            updateItem();
        else if (dice < 8)
            insertMeeting();
        else if (dice < 10 || m_meetings.isEmpty())
            importPackage();
        else
            deleteMeeting();
    }

private:
    void updateItem()
    {
        PlanItem &item = m_items[qsizetype(m_random.bounded(quint32(m_items.size())))];
        item.text = QStringLiteral("v%1-%2").arg(m_seed).arg(++m_count);
        const QString line = QStringLiteral("update %1 %2").arg(text(item.meta.id), item.text);
        say(QStringLiteral("try ") + line);
        if (auto r = m_repo.update(item); !r)
            fail(line, r.error());
        say(QStringLiteral("ack ") + line);
    }

    void insertMeeting()
    {
        Meeting meeting;
        meeting.meta.id = QUuid::createUuid();
        meeting.title = QStringLiteral("Reunión %1-%2").arg(m_seed).arg(++m_count);
        QList<Agreement> agreements;
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            Agreement a;
            a.meta.id = QUuid::createUuid();
            a.meetingId = meeting.meta.id;
            a.position = i;
            a.text = QStringLiteral("Acuerdo %1").arg(i + 1);
            agreements << a;
            ids << text(a.meta.id);
        }
        const QString line =
            QStringLiteral("insert %1 %2").arg(text(meeting.meta.id), ids.join(QLatin1Char(' ')));
        say(QStringLiteral("try ") + line);
        WriteTransaction tx(m_db);
        if (!tx.begun())
            fail(line, tx.begun().error());
        if (auto r = m_repo.insert(meeting); !r)
            fail(line, r.error());
        if (auto r = m_repo.insertAll(agreements); !r)
            fail(line, r.error());
        if (auto r = tx.commit(); !r)
            fail(line, r.error());
        m_meetings << meeting.meta.id;
        say(QStringLiteral("ack ") + line);
    }

    // A package from another site, as focal points e-mail them: a meeting it added with its two
    // agreements, and a newer text of one of our plan items (its clock includes ours).
    void importPackage()
    {
        static const QUuid remote = QUuid::fromString(u"7f3c1c9e-5d1a-4c55-9a0b-3d2f6a8e4b21");
        // The other site's changes are numbered on from what it sent before, in earlier runs of
        // the worker too: its milliseconds, each a new change.
        m_remoteSequence = std::max(m_remoteSequence + 1, QDateTime::currentMSecsSinceEpoch());
        const qint64 remoteSequence = m_remoteSequence;
        ++m_count;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto stamped = [&](RecordMeta meta) {
            meta.created = meta.created.isValid() ? meta.created : now;
            meta.modified = now;
            meta.site = remote;
            meta.modifiedBy = QStringLiteral("Remote focal point");
            return meta;
        };
        package::Package p;
        p.manifest.packageId = QUuid::createUuid();
        p.manifest.created = now;
        p.manifest.sender.site = remote;
        Meeting meeting;
        meeting.meta.id = QUuid::createUuid();
        meeting.meta = stamped(meeting.meta);
        meeting.title = QStringLiteral("Reunión remota %1-%2").arg(m_seed).arg(m_count);
        p.records << package::toPackageRecord(meeting, {});
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            Agreement a;
            a.meta.id = QUuid::createUuid();
            a.meta = stamped(a.meta);
            a.meetingId = meeting.meta.id;
            a.position = i;
            a.text = QStringLiteral("Acuerdo remoto %1").arg(i + 1);
            p.records << package::toPackageRecord(a, {});
            ids << text(a.meta.id);
        }
        PlanItem &item = m_items[qsizetype(m_random.bounded(quint32(m_items.size())))];
        auto clocks = m_repo.clocksOf(QStringLiteral("plan_item"), item.meta.id);
        if (!clocks)
            fail(QStringLiteral("clocks"), clocks.error());
        PlanItem changed = item;
        changed.meta = stamped(item.meta);
        changed.text = QStringLiteral("r%1-%2").arg(m_seed).arg(m_count);
        FieldClocks newer = *clocks;
        newer.bump(QStringLiteral("text"), remote, remoteSequence);
        p.records << package::toPackageRecord(changed, newer);

        const QString line = QStringLiteral("import %1 %2 %3 %4")
                                 .arg(text(meeting.meta.id), ids.join(QLatin1Char(' ')),
                                      text(item.meta.id), changed.text);
        say(QStringLiteral("try ") + line);
        auto read = package::PackageFile::decode(package::PackageFile::encode(p));
        if (!read)
            fail(line, read.error());
        auto done = PackageImport::apply(m_db, *read);
        if (!done)
            fail(line, done.error());
        if (done->added != 3 || done->changed != 1 || done->conflicts != 0)
            fail(line, Error{Error::Code::Invalid, done->summary(), {}});
        item.text = changed.text;
        item.meta = changed.meta;
        m_meetings << meeting.meta.id;
        say(QStringLiteral("ack ") + line);
    }

    void deleteMeeting()
    {
        const QUuid id = m_meetings.takeAt(qsizetype(m_random.bounded(quint32(m_meetings.size()))));
        const QString line = QStringLiteral("delete %1").arg(text(id));
        say(QStringLiteral("try ") + line);
        auto plan = RecordRemoval::plan(m_db, QStringLiteral("meeting"), id);
        if (!plan)
            fail(line, plan.error());
        if (auto r = RecordRemoval::execute(m_db, *plan); !r)
            fail(line, r.error());
        say(QStringLiteral("ack ") + line);
    }

    Database &m_db;
    Repository m_repo;
    QRandomGenerator m_random;
    quint32 m_seed;
    int m_count = 0;
    qint64 m_remoteSequence = 0;
    QList<PlanItem> m_items;
    QList<QUuid> m_meetings;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: focal-crash-worker DATABASE SEED\n", stderr);
        return 2;
    }
    auto db = Database::open(args.at(1), Database::Mode::OpenExisting);
    if (!db)
        fail(QStringLiteral("opening"), db.error());
    Worker worker(*db.value(), args.at(2).toUInt());
    worker.load();
    say(QStringLiteral("ready"));
    for (;;)
        worker.step();
}
