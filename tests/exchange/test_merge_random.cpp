// Order independence: three sites start from the same few records, change them at random
// (without conflicts: each field has at most one editor, each deleted record one deleter),
// and send each other packages that arrive late and in random order. Whatever the order, all
// three end with the same data. A second run lets the sites edit the same fields (conflicts),
// settles every conflict the same way everywhere, and checks that one more round converges.
#include "exchange/Exchange.h"
#include "exchange/PackageRecords.h"
#include "exchange/RecordStore.h"
#include "model/RecordTypes.h"
#include "storage/RecordRemoval.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QSqlRecord>

#include <random>

using namespace focal;
using focal::test::TestDatabase;

namespace {

const QStringList usedTables = {QStringLiteral("country"), QStringLiteral("organisation"),
                                QStringLiteral("institution")};

// The data of the tables the scenarios use, without change_seq (each site's own bookkeeping),
// and the ids of the deletions each site knows.
QStringList dump(Database &db)
{
    QStringList out;
    for (const QString &table : usedTables) {
        auto rows = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        while (rows && rows.value().next()) {
            const QSqlRecord r = rows.value().record();
            QStringList fields;
            for (int i = 0; i < r.count(); ++i)
                if (r.fieldName(i) != QLatin1String("change_seq"))
                    fields << (r.isNull(i) ? QStringLiteral("NULL") : r.value(i).toString());
            out << table + QLatin1Char('|') + fields.join(QLatin1Char('|'));
        }
    }
    auto tombs = db.exec(QStringLiteral("SELECT record_id FROM tombstone ORDER BY record_id"));
    while (tombs && tombs.value().next())
        out << QStringLiteral("tombstone|") + tombs.value().value(0).toString();
    return out;
}

struct Editable
{
    QString table;
    QUuid id;
    QString column;
};

class World
{
public:
    explicit World(unsigned seed) : rng(seed)
    {
        static qint64 tick = 0;
        for (auto &site : sites) {
            site = std::make_unique<TestDatabase>();
            // Time moves on with every change anywhere: the latest change's metadata wins.
            site->db().context().clock = [] { return TestDatabase::fixedNow().addMSecs(++tick); };
        }
    }

    Database &db(int i) { return sites[i]->db(); }
    int random(int n) { return int(rng() % unsigned(n)); }
    QUuid uuid()
    {
        return QUuid(uint(rng()), ushort(rng()), ushort(0x4000 | (rng() & 0x0fff)),
                     uchar(0x80 | (rng() & 0x3f)), uchar(rng()), uchar(rng()), uchar(rng()),
                     uchar(rng()), uchar(rng()), uchar(rng()), uchar(rng()));
    }

    // The same few records at every site, as if received from one origin; nothing else.
    void reset()
    {
        start.clear();
        fields.clear();
        const QDateTime created = TestDatabase::fixedNow();
        const QUuid origin = uuid();
        const auto stamp = [&](RecordMeta &meta) {
            meta.id = uuid();
            meta.created = meta.modified = created;
            meta.site = origin;
            meta.modifiedBy = QStringLiteral("origen");
        };
        QList<QUuid> countries;
        for (const char *iso : {"AR", "BO"}) {
            Country c;
            stamp(c.meta);
            c.iso2 = QString::fromLatin1(iso);
            c.nameEs = c.iso2;
            countries << c.meta.id;
            start << package::toPackageRecord(c, {});
            for (const char *col : {"name_es", "name_pt", "name_en", "iso3"})
                fields << Editable{QStringLiteral("country"), c.meta.id, QString::fromLatin1(col)};
        }
        for (int i = 0; i < 4; ++i) {
            Institution in;
            stamp(in.meta);
            in.countryId = countries.at(i % 2);
            in.name = QStringLiteral("Ministerio %1").arg(i);
            start << package::toPackageRecord(in, {});
            for (const char *col : {"name", "acronym"})
                fields << Editable{QStringLiteral("institution"), in.meta.id,
                                   QString::fromLatin1(col)};
        }
        for (int i = 0; i < 2; ++i) {
            Organisation o;
            stamp(o.meta);
            o.name = QStringLiteral("Organización %1").arg(i);
            start << package::toPackageRecord(o, {});
            for (const char *col : {"name", "acronym", "description"})
                fields << Editable{QStringLiteral("organisation"), o.meta.id,
                                   QString::fromLatin1(col)};
        }
        for (int s = 0; s < 3; ++s) {
            Database &d = db(s);
            WriteTransaction tx(d);
            ASSERT_TRUE(tx.begun().ok());
            for (const QString &t : {QStringLiteral("institution"), QStringLiteral("organisation"),
                                     QStringLiteral("country"), QStringLiteral("tombstone"),
                                     QStringLiteral("conflict"), QStringLiteral("package_log")})
                ASSERT_TRUE(d.exec(QStringLiteral("DELETE FROM ") + t).ok());
            for (const package::Record &r : std::as_const(start))
                ASSERT_TRUE(RecordStore::write(d, r).ok());
            ASSERT_TRUE(tx.commit().ok());
        }
    }

    // Sets one column through Repository (its clock bumped); false when the record is not here.
    bool edit(int site, const Editable &f, const QString &value)
    {
        auto rows = RecordStore::read(db(site), f.table, {f.id});
        EXPECT_TRUE(rows.ok());
        if (!rows || !rows->contains(f.id))
            return false;
        package::Record r = rows->value(f.id);
        r.values.insert(f.column, value);
        bool ok = false;
        withRecordType(f.table, [&]<typename T>() {
            auto typed = package::fromPackageRecord<T>(r);
            ok = typed && Repository(db(site)).update(typed.value()).ok();
        });
        EXPECT_TRUE(ok);
        return ok;
    }

    QUuid create(int site)
    {
        Institution in;
        in.countryId =
            QUuid::fromString(start.at(random(2)).meta.id.toString()); // one of the two countries
        in.name = QStringLiteral("Nueva %1").arg(random(1000));
        EXPECT_TRUE(Repository(db(site)).insert(in).ok());
        return in.meta.id;
    }

    void remove(int site, const QString &table, const QUuid &id)
    {
        auto plan = RecordRemoval::plan(db(site), table, id);
        if (!plan && plan.error().code == Error::Code::NotFound)
            return;
        ASSERT_TRUE(plan.ok());
        ASSERT_TRUE(RecordRemoval::execute(db(site), plan.value()).ok());
    }

    package::Package snapshot(int site)
    {
        auto p = PackageExport::collect(db(site), {});
        EXPECT_TRUE(p.ok());
        return p ? p.value() : package::Package{};
    }

    void deliver(int site, const package::Package &p)
    {
        auto r = PackageImport::apply(db(site), p);
        ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
    }

    // Every site sends what it has to every other, in a random order.
    void fullRound()
    {
        QList<std::pair<int, int>> pairs;
        for (int from = 0; from < 3; ++from)
            for (int to = 0; to < 3; ++to)
                if (from != to)
                    pairs.append({from, to});
        std::shuffle(pairs.begin(), pairs.end(), rng);
        for (const auto &[from, to] : pairs)
            deliver(to, snapshot(from));
    }

    // Around the three sites, in a random order, and once more to the second: each ends with
    // what all three had (a merge without conflicts is a union, whatever travels with what).
    void ring()
    {
        std::array<int, 3> order{0, 1, 2};
        std::shuffle(order.begin(), order.end(), rng);
        for (int i = 0; i < 4; ++i)
            deliver(order[(i + 1) % 3], snapshot(order[i % 3]));
    }

    int conflicts()
    {
        int n = 0;
        for (int s = 0; s < 3; ++s)
            n += Conflicts::count(db(s)).value();
        return n;
    }

    // What is left to settle at each site, for a failure's message.
    std::string describeConflicts()
    {
        QStringList lines;
        for (int s = 0; s < 3; ++s) {
            const auto list = Conflicts::list(db(s));
            for (const Conflict &c : list.value())
                lines << QStringLiteral("site %1: %2.%3 here \"%4\", there \"%5\" from %6")
                             .arg(s)
                             .arg(c.recordLabel, c.field, c.localValue.toString(),
                                  c.incomingValue.toString(), c.incomingSite.toString());
        }
        return lines.join(QLatin1Char('\n')).toStdString();
    }

    std::mt19937 rng;
    std::array<std::unique_ptr<TestDatabase>, 3> sites;
    QList<package::Record> start;
    QList<Editable> fields;
};

} // namespace

TEST(MergeOrder, ThousandRandomScenariosWithoutConflictsConverge)
{
    World w(20211);
    constexpr int scenarios = 1000;
    int edits = 0, deletions = 0, deliveries = 0;
    for (int scenario = 0; scenario < scenarios; ++scenario) {
        SCOPED_TRACE(scenario);
        w.reset();
        // Who may change what: each field one editor (or none); some records one deleter, who
        // is then the only one to touch them.
        QHash<QUuid, int> deleter;
        for (qsizetype i = 2; i < w.start.size(); ++i)
            if (w.random(3) == 0)
                deleter.insert(w.start.at(i).meta.id, w.random(3));
        QList<int> owner;
        for (const Editable &f : std::as_const(w.fields))
            owner << (deleter.contains(f.id) ? deleter.value(f.id) : w.random(4));
        QList<QList<QUuid>> created(3);
        QList<std::pair<int, package::Package>> pending;
        const int steps = 8 + w.random(8);
        for (int step = 0; step < steps; ++step) {
            const int site = w.random(3);
            const int action = w.random(20);
            if (action < 8) {
                QList<Editable> mine;
                for (qsizetype i = 0; i < w.fields.size(); ++i)
                    if (owner.at(i) == site)
                        mine << w.fields.at(i);
                for (const QUuid &id : std::as_const(created[site]))
                    mine << Editable{QStringLiteral("institution"), id, QStringLiteral("acronym")};
                if (!mine.isEmpty() &&
                    w.edit(site, mine.at(w.random(int(mine.size()))),
                           QStringLiteral("s%1-%2").arg(site).arg(w.random(100000))))
                    ++edits;
            } else if (action < 10) {
                created[site] << w.create(site);
            } else if (action < 12) {
                QList<std::pair<QString, QUuid>> mine;
                for (auto it = deleter.cbegin(); it != deleter.cend(); ++it)
                    if (it.value() == site)
                        for (const package::Record &r : std::as_const(w.start))
                            if (r.meta.id == it.key())
                                mine.append({r.table, r.meta.id});
                for (const QUuid &id : std::as_const(created[site]))
                    mine.append({QStringLiteral("institution"), id});
                if (!mine.isEmpty()) {
                    const auto &[table, id] = mine.at(w.random(int(mine.size())));
                    w.remove(site, table, id);
                    ++deletions;
                }
            } else if (action < 16) {
                pending.append({(site + 1 + w.random(2)) % 3, w.snapshot(site)});
            } else if (!pending.isEmpty()) {
                const auto [to, package] = pending.takeAt(w.random(int(pending.size())));
                w.deliver(to, package);
                ++deliveries;
            }
        }
        std::shuffle(pending.begin(), pending.end(), w.rng);
        for (const auto &[to, package] : std::as_const(pending))
            w.deliver(to, package);
        w.ring();
        const QString first = dump(w.db(0)).join(QLatin1Char('\n'));
        ASSERT_EQ(dump(w.db(1)).join(QLatin1Char('\n')).toStdString(), first.toStdString());
        ASSERT_EQ(dump(w.db(2)).join(QLatin1Char('\n')).toStdString(), first.toStdString());
        ASSERT_EQ(w.conflicts(), 0);
    }
    RecordProperty("edits", edits);
    RecordProperty("deletions", deletions);
    RecordProperty("late_deliveries", deliveries);
    EXPECT_GT(edits, scenarios);
    EXPECT_GT(deletions, scenarios / 4);
}

TEST(MergeOrder, RandomConflictsSettledAlikeEverywhereConverge)
{
    World w(4242);
    int found = 0;
    for (int scenario = 0; scenario < 150; ++scenario) {
        SCOPED_TRACE(scenario);
        w.reset();
        QList<std::pair<int, package::Package>> pending;
        // Any site edits any field: concurrent edits of one field conflict.
        for (int step = 0; step < 10; ++step) {
            const int site = w.random(3);
            if (w.random(3) > 0) {
                const Editable &f = w.fields.at(w.random(int(w.fields.size())));
                w.edit(site, f, QStringLiteral("s%1-%2").arg(site).arg(w.random(100000)));
            } else {
                pending.append({(site + 1 + w.random(2)) % 3, w.snapshot(site)});
            }
        }
        std::shuffle(pending.begin(), pending.end(), w.rng);
        for (const auto &[to, package] : std::as_const(pending))
            w.deliver(to, package);
        w.fullRound();
        found += w.conflicts();
        // Every site settles each conflict for the greater value, so that all choose alike.
        for (int s = 0; s < 3; ++s) {
            auto list = Conflicts::list(w.db(s));
            ASSERT_TRUE(list.ok());
            for (const Conflict &c : list.value()) {
                ASSERT_EQ(c.kind, Conflict::Kind::Field);
                auto rows = RecordStore::read(w.db(s), c.table, {c.recordId});
                ASSERT_TRUE(rows.ok());
                const QString current = rows->value(c.recordId).values.value(c.field).toString();
                const auto choice = c.incomingValue.toString() > current
                                        ? Conflicts::Choice::TakeIncoming
                                        : Conflicts::Choice::KeepLocal;
                ASSERT_TRUE(Conflicts::resolve(w.db(s), c.id, choice).ok());
            }
        }
        w.fullRound();
        ASSERT_EQ(w.conflicts(), 0) << w.describeConflicts();
        const QString first = dump(w.db(0)).join(QLatin1Char('\n'));
        ASSERT_EQ(dump(w.db(1)).join(QLatin1Char('\n')).toStdString(), first.toStdString());
        ASSERT_EQ(dump(w.db(2)).join(QLatin1Char('\n')).toStdString(), first.toStdString());
    }
    RecordProperty("conflicts", found);
    EXPECT_GT(found, 50);
}
