#include "exchange/Exchange.h"

#include "exchange/MergePlan.h"
#include "exchange/RecordStore.h"
#include "model/Timestamp.h"
#include "storage/Database.h"
#include "storage/RecordRemoval.h"

#include <algorithm>

namespace focal {
namespace {

ConflictStore::Row duplicateRow(const package::Record &record, const QUuid &packageId)
{
    ConflictStore::Row row;
    row.conflict.kind = Conflict::Kind::Duplicate;
    row.conflict.table = record.table;
    row.conflict.recordId = record.meta.id;
    row.conflict.recordLabel = RecordStore::label(record);
    row.conflict.incomingAuthor = record.meta.modifiedBy;
    row.conflict.incomingSite = record.meta.site;
    row.conflict.incomingModified = record.meta.modified;
    row.conflict.packageId = packageId;
    row.incoming = record;
    const QString clocks = record.clocks.toText();
    row.incomingClocks = clocks.isNull() ? QStringLiteral("") : clocks;
    return row;
}

ConflictStore::Row blockedRow(const package::Deletion &d, const QString &label,
                              const QUuid &packageId)
{
    ConflictStore::Row row;
    row.conflict.kind = Conflict::Kind::DeletedThere;
    row.conflict.table = d.table;
    row.conflict.recordId = d.id;
    row.conflict.recordLabel = label;
    row.conflict.incomingAuthor = d.author;
    row.conflict.incomingSite = d.site;
    row.conflict.incomingModified = d.deleted;
    row.conflict.packageId = packageId;
    row.deletionClocks = d.clocks;
    const QString clocks = d.clocks.toText();
    row.incomingClocks = clocks.isNull() ? QStringLiteral("") : clocks;
    return row;
}

// A new record, in a savepoint: one that collides with a record here on a unique key becomes a
// Duplicate conflict instead of failing the import. Foreign keys are deferred, so a Constraint
// error here is a unique key (or a check the package reader lets through).
Result<bool> insertOrCollide(Database &db, const package::Record &record)
{
    WriteTransaction savepoint(db);
    if (!savepoint.begun())
        return savepoint.begun().error();
    auto r = RecordStore::write(db, record);
    if (!r) {
        if (r.error().code == Error::Code::Constraint)
            return false; // rolled back to the savepoint
        return r.error();
    }
    if (auto c = savepoint.commit(); !c)
        return c.error();
    return true;
}

Result<void> execute(Database &db, MergePlan &plan, const std::function<void(int, int)> &progress)
{
    const QUuid packageId = plan.preview.manifest.packageId;
    const int total = int(plan.writes.size() + plan.removals.size() + plan.tombstones.size() +
                          plan.conflicts.size());
    int done = 0;
    const auto step = [&] {
        ++done;
        if (progress)
            progress(done, total);
    };
    // Updates of records stored here: the consecutive ones of a table, grouped by the columns
    // they change, a group to a few statements (up to a batch at a time, so that the progress
    // moves on). Foreign keys are checked at commit, so updates need not keep their order.
    constexpr qsizetype updatesPerBatch = 1000;
    struct Group
    {
        QStringList changed;
        QList<const package::Record *> records;
    };
    QList<Group> groups;
    qsizetype pending = 0;
    const auto writeUpdates = [&]() -> Result<void> {
        for (const Group &g : std::as_const(groups)) {
            if (auto r = RecordStore::writeAll(db, g.records.first()->table, g.records, g.changed);
                !r)
                return r;
            for (qsizetype i = 0; i < g.records.size(); ++i)
                step();
        }
        groups.clear();
        pending = 0;
        return {};
    };
    for (const MergePlan::Write &w : std::as_const(plan.writes)) {
        const bool sameBatch =
            !w.insert &&
            (groups.isEmpty() || (groups.first().records.first()->table == w.record.table &&
                                  pending < updatesPerBatch));
        if (!sameBatch)
            if (auto r = writeUpdates(); !r)
                return r;
        if (!w.insert) {
            auto g = std::find_if(groups.begin(), groups.end(),
                                  [&](const Group &g) { return g.changed == w.changed; });
            if (g == groups.end())
                g = groups.insert(groups.end(), Group{w.changed, {}});
            g->records.append(&w.record);
            ++pending;
            continue;
        }
        auto inserted = insertOrCollide(db, w.record);
        if (!inserted)
            return inserted.error();
        if (!inserted.value()) {
            if (w.change >= 0)
                plan.becomeConflict(w.change, Conflict::Kind::Duplicate);
            if (auto r = ConflictStore::add(db, duplicateRow(w.record, packageId)); !r)
                return r;
        }
        step();
    }
    if (auto r = writeUpdates(); !r)
        return r;
    for (const MergePlan::Removal &removal : std::as_const(plan.removals)) {
        const package::Deletion &d = removal.deletion;
        auto removalPlan = RecordRemoval::plan(db, d.table, d.id);
        if (removalPlan && !removalPlan->allowed()) {
            // Records here still need it (added here since): the deletion waits for a person.
            const QString label = plan.preview.changes.value(removal.change).recordLabel;
            plan.becomeConflict(removal.change, Conflict::Kind::DeletedThere);
            if (auto r = ConflictStore::add(db, blockedRow(d, label, packageId)); !r)
                return r;
            step();
            continue;
        }
        if (removalPlan) {
            if (auto r = RecordRemoval::execute(db, removalPlan.value()); !r)
                return r;
        } else if (removalPlan.error().code != Error::Code::NotFound) {
            return removalPlan.error(); // NotFound: gone already with a parent deleted before
        }
        // The schema's trigger wrote a tombstone as of here and now; it is the deleter's.
        if (auto r = RecordStore::writeTombstone(db, d); !r)
            return r;
        step();
    }
    for (const package::Deletion &d : std::as_const(plan.tombstones)) {
        if (auto r = RecordStore::writeTombstone(db, d); !r)
            return r;
        step();
    }
    if (auto r = ConflictStore::removeAll(db, plan.obsolete); !r)
        return r;
    for (const ConflictStore::Row &row : std::as_const(plan.conflicts)) {
        if (auto r = ConflictStore::add(db, row); !r)
            return r;
        step();
    }
    return {};
}

Result<bool> alreadyReceived(Database &db, const QUuid &packageId)
{
    if (packageId.isNull())
        return false;
    auto q = db.exec(QStringLiteral("SELECT 1 FROM package_log WHERE id = ?"),
                     {packageId.toString(QUuid::WithoutBraces)});
    if (!q)
        return q.error();
    return q.value().next();
}

Result<void> logReceived(Database &db, const package::Manifest &manifest)
{
    QVariant country;
    if (!manifest.sender.country.isEmpty()) {
        auto q = db.exec(QStringLiteral("SELECT id FROM country WHERE iso2 = ?"),
                         {manifest.sender.country});
        if (!q)
            return q.error();
        if (q.value().next())
            country = q.value().value(0);
    }
    const QUuid id = manifest.packageId.isNull() ? QUuid::createUuid() : manifest.packageId;
    auto r = db.write(
        QStringLiteral("INSERT INTO package_log (id, direction, country_id, site_id, created_at, "
                       "change_seq, sha256, summary) VALUES (:p0, 'received', :p1, :p2, :p3, "
                       ":p4, :p5, :p6)"),
        {id.toString(QUuid::WithoutBraces), country, column::toVariant(manifest.sender.site),
         isoTimestamp(db.context().now().toUTC()), db.changeSequence(),
         column::toVariant(QString::fromLatin1(manifest.payloadSha256.toHex())),
         column::toVariant(manifest.selection)});
    if (!r)
        return r.error();
    return {};
}

} // namespace

Result<ImportPreview> PackageImport::preview(Database &db, const package::Package &package)
{
    auto plan = MergePlan::build(db, package);
    if (!plan)
        return plan.error();
    return plan->preview;
}

Result<ImportPreview> PackageImport::apply(Database &db, const package::Package &package,
                                           const std::function<void(int, int)> &progress)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto plan = MergePlan::build(db, package);
    if (!plan)
        return plan.error();
    auto received = alreadyReceived(db, package.manifest.packageId);
    if (!received)
        return received.error();
    // The same package again: nothing is written, not even the log (rolled back on return).
    if (!plan->writesSomething() && received.value())
        return plan->preview;
    if (auto r = db.exec(db.dialect().deferForeignKeysSql()); !r)
        return r.error();
    if (auto r = execute(db, plan.value(), progress); !r)
        return r.error();
    if (!received.value())
        if (auto r = logReceived(db, package.manifest); !r)
            return r.error();
    if (auto r = tx.commit(); !r) {
        if (r.error().code == Error::Code::Constraint)
            return Error{Error::Code::Constraint,
                         tr("The package cannot be applied: some of its records refer to records "
                            "that are not in this database. Nothing was imported."),
                         r.error().detail};
        return r.error();
    }
    return plan->preview;
}

} // namespace focal
