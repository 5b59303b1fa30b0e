#include "exchange/Exchange.h"

#include "exchange/ConflictStore.h"
#include "exchange/MergeRules.h"
#include "exchange/RecordStore.h"
#include "storage/Database.h"
#include "storage/RecordRemoval.h"

#include <QJsonDocument>

namespace focal {
namespace {

Error gone()
{
    return Error{Error::Code::NotFound,
                 Conflicts::tr("The record no longer exists; it may have been deleted."),
                 {}};
}

Result<package::Record> localRecord(Database &db, const Conflict &c)
{
    auto rows = RecordStore::read(db, c.table, {c.recordId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return gone();
    return rows->value(c.recordId);
}

// A change made here, now, by this site's author.
void stampHere(Database &db, package::Record &record)
{
    record.meta.modified = db.context().now().toUTC();
    record.meta.modifiedBy = db.context().author;
    record.meta.site = db.context().site;
}

Result<std::optional<package::Deletion>> tombstoneOf(Database &db, const QUuid &id)
{
    auto tombs = RecordStore::tombstones(db, {id});
    if (!tombs)
        return tombs.error();
    if (tombs->contains(id))
        return std::optional<package::Deletion>(tombs->value(id));
    return std::optional<package::Deletion>();
}

Result<void> settleField(Database &db, const ConflictStore::Row &row, Conflicts::Choice choice)
{
    const Conflict &c = row.conflict;
    auto record = localRecord(db, c);
    if (!record)
        return record.error();
    const auto incoming =
        VersionVector::fromJson(QJsonDocument::fromJson(row.incomingClocks.toUtf8()).object());
    if (!incoming)
        return Error{Error::Code::Corrupt,
                     Conflicts::tr("A stored conflict cannot be read; run \"focal-cli check\" on "
                                   "this database."),
                     row.incomingClocks};
    package::Record out = record.value();
    if (choice == Conflicts::Choice::TakeIncoming)
        out.values.insert(c.field, c.incomingValue);
    // Both sides' knowledge, then this new change: After both versions wherever it goes.
    VersionVector clock = out.clocks.of(c.field);
    clock.merge(*incoming);
    clock.include(db.context().site, db.changeSequence());
    out.clocks.set(c.field, clock);
    stampHere(db, out);
    return RecordStore::write(db, out);
}

Result<void> settleDeletedHere(Database &db, const ConflictStore::Row &row,
                               Conflicts::Choice choice)
{
    auto tomb = tombstoneOf(db, row.conflict.recordId);
    if (!tomb)
        return tomb.error();
    const FieldClocks known = tomb.value() ? tomb.value()->clocks : FieldClocks();
    if (choice == Conflicts::Choice::KeepLocal) {
        // Stays deleted, and the deletion now knows the change made there: sent on, it wins.
        package::Deletion d;
        if (tomb.value()) {
            d = *tomb.value();
        } else {
            d.table = row.conflict.table;
            d.id = row.conflict.recordId;
            d.deleted = db.context().now().toUTC();
            d.site = db.context().site;
            d.author = db.context().author;
        }
        d.clocks = merge::unite(known, row.incoming.clocks);
        return RecordStore::writeTombstone(db, d);
    }
    package::Record out = row.incoming;
    out.clocks = merge::bumpAll(merge::unite(known, out.clocks), out.values.keys(),
                                db.context().site, db.changeSequence());
    stampHere(db, out);
    return RecordStore::write(db, out); // removes the tombstone
}

Result<void> settleDeletedThere(Database &db, const ConflictStore::Row &row,
                                Conflicts::Choice choice)
{
    const Conflict &c = row.conflict;
    auto record = localRecord(db, c);
    if (!record)
        return record.error();
    if (choice == Conflicts::Choice::KeepLocal) {
        package::Record out = record.value();
        out.clocks = merge::bumpAll(merge::unite(out.clocks, row.deletionClocks), out.values.keys(),
                                    db.context().site, db.changeSequence());
        stampHere(db, out);
        return RecordStore::write(db, out);
    }
    auto removal = RecordRemoval::plan(db, c.table, c.recordId);
    if (!removal)
        return removal.error();
    if (auto r = RecordRemoval::execute(db, removal.value()); !r)
        return r;
    auto tomb = tombstoneOf(db, c.recordId);
    if (!tomb)
        return tomb.error();
    if (!tomb.value())
        return {};
    package::Deletion d = *tomb.value();
    d.clocks = merge::unite(d.clocks, row.deletionClocks);
    return RecordStore::writeTombstone(db, d);
}

Result<void> settleDuplicate(Database &db, const ConflictStore::Row &row, Conflicts::Choice choice)
{
    if (choice == Conflicts::Choice::KeepLocal) {
        // The incoming record is refused here for good: a deletion of it, which travels back.
        package::Deletion d;
        d.table = row.conflict.table;
        d.id = row.conflict.recordId;
        d.deleted = db.context().now().toUTC();
        d.site = db.context().site;
        d.author = db.context().author;
        d.clocks = row.incoming.clocks;
        return RecordStore::writeTombstone(db, d);
    }
    WriteTransaction savepoint(db);
    if (!savepoint.begun())
        return savepoint.begun();
    if (auto r = RecordStore::write(db, row.incoming); !r) {
        if (r.error().code == Error::Code::Constraint)
            return Error{Error::Code::Constraint,
                         Conflicts::tr("The record still has the same name or code as one here: "
                                       "change or delete that one first."),
                         r.error().detail};
        return r;
    }
    return savepoint.commit();
}

} // namespace

Result<QList<Conflict>> Conflicts::list(Database &db)
{
    auto rows = ConflictStore::read(db);
    if (!rows)
        return rows.error();
    QList<Conflict> out;
    for (const ConflictStore::Row &row : rows.value()) {
        Conflict c = row.conflict;
        auto here = RecordStore::read(db, c.table, {c.recordId});
        if (!here)
            return here.error();
        if (here->contains(c.recordId))
            c.recordLabel = RecordStore::label(here->value(c.recordId));
        else if (!row.incoming.meta.id.isNull())
            c.recordLabel = RecordStore::label(row.incoming);
        else
            c.recordLabel = c.table + QLatin1Char(' ') + c.recordId.toString(QUuid::WithoutBraces);
        out.append(c);
    }
    return out;
}

Result<int> Conflicts::count(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM conflict"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Result<void> Conflicts::resolve(Database &db, const QUuid &conflictId, Choice choice)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto rows = ConflictStore::read(db, conflictId);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{Error::Code::NotFound, tr("This conflict has been settled already."), {}};
    const ConflictStore::Row &row = rows->first();
    Result<void> settled;
    switch (row.conflict.kind) {
    case Conflict::Kind::Field:
        settled = settleField(db, row, choice);
        break;
    case Conflict::Kind::DeletedHere:
        settled = settleDeletedHere(db, row, choice);
        break;
    case Conflict::Kind::DeletedThere:
        settled = settleDeletedThere(db, row, choice);
        break;
    case Conflict::Kind::Duplicate:
        settled = settleDuplicate(db, row, choice);
        break;
    }
    if (!settled)
        return settled;
    if (auto r = ConflictStore::remove(db, conflictId); !r)
        return r;
    return tx.commit();
}

} // namespace focal
