#include "exchange/MergePlan.h"

#include "exchange/MergeRules.h"
#include "exchange/RecordStore.h"
#include "model/RecordTypes.h"
#include "storage/Database.h"
#include "storage/RecordRemoval.h"

#include <algorithm>

namespace focal {
namespace {

using Change = ImportPreview::Change;

enum class Fate {
    Insert,    // new here
    Update,    // here, and the merge changes the row
    Unchanged, // here (perhaps with new conflicts), nothing to write
    Gone       // deleted here: an old copy, or a DeletedHere conflict; not written
};

QString clocksText(const FieldClocks &clocks)
{
    const QString text = clocks.toText();
    return text.isNull() ? QStringLiteral("") : text;
}

ConflictStore::Row conflictRow(Conflict::Kind kind, const package::Record &incoming,
                               const QString &packageLabel)
{
    ConflictStore::Row row;
    row.conflict.kind = kind;
    row.conflict.table = incoming.table;
    row.conflict.recordId = incoming.meta.id;
    row.conflict.recordLabel = packageLabel;
    row.conflict.incomingAuthor = incoming.meta.modifiedBy;
    row.conflict.incomingSite = incoming.meta.site;
    row.conflict.incomingModified = incoming.meta.modified;
    return row;
}

QUuid referenced(const package::Record &record, const QString &column)
{
    const QVariant v = record.values.value(column);
    return v.isNull() ? QUuid() : QUuid::fromString(v.toString());
}

} // namespace

int MergePlan::addChange(Change::Kind kind, const QString &table, const QUuid &id,
                         const QString &label, const QStringList &fields, Conflict::Kind conflict)
{
    Change change;
    change.kind = kind;
    change.table = table;
    change.recordId = id;
    change.recordLabel = label;
    change.fields = fields;
    change.conflict = conflict;
    preview.changes.append(change);
    switch (kind) {
    case Change::Kind::Added:
        ++preview.added;
        break;
    case Change::Kind::Changed:
        ++preview.changed;
        break;
    case Change::Kind::Deleted:
        ++preview.deleted;
        break;
    case Change::Kind::Conflict:
        ++preview.conflicts;
        break;
    }
    return int(preview.changes.size() - 1);
}

void MergePlan::becomeConflict(int change, Conflict::Kind conflict)
{
    Change &c = preview.changes[change];
    if (c.kind == Change::Kind::Added)
        --preview.added;
    else if (c.kind == Change::Kind::Changed)
        --preview.changed;
    c.kind = Change::Kind::Conflict;
    c.conflict = conflict;
    ++preview.conflicts;
}

Result<MergePlan> MergePlan::build(Database &db, const package::Package &package)
{
    MergePlan plan;
    plan.preview.manifest = package.manifest;
    const QUuid packageId = package.manifest.packageId;
    auto known = ConflictStore::keys(db);
    if (!known)
        return known.error();
    auto pending = ConflictStore::pendingFields(db);
    if (!pending)
        return pending.error();
    auto keys = RecordStore::foreignKeys(db);
    if (!keys)
        return keys.error();
    QHash<QString, QList<RecordStore::ForeignKey>> keysOf; // referring table -> its keys
    for (const auto &k : keys.value())
        keysOf[k.table].append(k);

    // Everything the package names, read from here in a few statements per table.
    const QList<package::Record> &incoming = package.records;
    QHash<QString, QList<QUuid>> idsByTable;
    QHash<QUuid, qsizetype> inPackage;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        idsByTable[incoming.at(i).table].append(incoming.at(i).meta.id);
        inPackage.insert(incoming.at(i).meta.id, i);
    }
    for (const package::Deletion &d : package.deletions)
        idsByTable[d.table].append(d.id);
    QHash<QUuid, package::Record> local;
    for (auto it = idsByTable.cbegin(); it != idsByTable.cend(); ++it) {
        auto rows = RecordStore::read(db, it.key(), it.value());
        if (!rows)
            return rows.error();
        local.insert(rows.value());
    }
    QList<QUuid> absent;
    for (const auto &ids : std::as_const(idsByTable))
        for (const QUuid &id : ids)
            if (!local.contains(id))
                absent.append(id);
    auto tombs = RecordStore::tombstones(db, absent);
    if (!tombs)
        return tombs.error();

    // Each incoming record on its own: merged, new, or deleted here.
    QList<Fate> fates(incoming.size(), Fate::Unchanged);
    QList<package::Record> rows(incoming.size());
    QList<QStringList> taken(incoming.size());
    QList<QList<ConflictStore::Row>> conflicts(incoming.size());
    const auto addConflict = [&](qsizetype i, ConflictStore::Row row) {
        const QString k =
            ConflictStore::key(row.conflict.recordId, row.conflict.field, row.incomingClocks);
        if (known->contains(k))
            return; // found by an earlier import of the same change
        row.conflict.packageId = packageId;
        conflicts[i].append(row);
    };
    const auto deletedHere = [&](qsizetype i) {
        const package::Record &in = incoming.at(i);
        auto row = conflictRow(Conflict::Kind::DeletedHere, in, RecordStore::label(in));
        row.incoming = in;
        row.incomingClocks = clocksText(in.clocks);
        addConflict(i, row);
        fates[i] = Fate::Gone;
    };
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const package::Record &in = incoming.at(i);
        const auto here = local.constFind(in.meta.id);
        if (here != local.cend()) {
            const merge::RecordMerge m = merge::mergeRecord(*here, in);
            rows[i] = m.result;
            taken[i] = m.taken;
            fates[i] = m.needsWrite ? Fate::Update : Fate::Unchanged;
            // A stored conflict is over once the local value includes its incoming version
            // (a later change took it into account), or a newer incoming version replaces it.
            const QString idText = in.meta.id.toString(QUuid::WithoutBraces) + QLatin1Char('|');
            for (const QString &column : in.values.keys()) {
                const auto stored = pending->constFind(idText + column);
                if (stored == pending->cend())
                    continue;
                const VersionVector now = m.result.clocks.of(column);
                const VersionVector incoming = in.clocks.of(column);
                const bool conflicting = m.conflicts.contains(column);
                for (const ConflictStore::Pending &p : *stored)
                    if (now.includes(p.incoming) ||
                        (conflicting && incoming.includes(p.incoming) && !(incoming == p.incoming)))
                        plan.obsolete.append(p.id);
            }
            for (const QString &column : m.conflicts) {
                const auto stored = pending->constFind(idText + column);
                const VersionVector incoming = in.clocks.of(column);
                if (stored != pending->cend() &&
                    std::any_of(stored->cbegin(), stored->cend(),
                                [&](const ConflictStore::Pending &p) {
                                    return p.incoming.includes(incoming);
                                }))
                    continue; // an older version of a change already waiting here
                auto row = conflictRow(Conflict::Kind::Field, in, RecordStore::label(*here));
                row.conflict.field = column;
                row.conflict.localValue = here->values.value(column);
                row.conflict.incomingValue = in.values.value(column);
                row.incomingClocks = ConflictStore::encodeVector(in.clocks.of(column));
                addConflict(i, row);
            }
        } else if (const auto tomb = tombs->constFind(in.meta.id); tomb != tombs->cend()) {
            if (merge::includesAll(tomb->clocks, in.clocks))
                fates[i] = Fate::Gone; // an old copy of what was deleted here
            else
                deletedHere(i);
        } else {
            rows[i] = in;
            fates[i] = Fate::Insert;
        }
    }

    // References: to a record here, or in the package and kept. A record whose parent was
    // deleted here cannot be written: it waits as a DeletedHere conflict, and so do its own
    // children. A parent found nowhere refuses the package.
    static const QList<RecordStore::ForeignKey> noKeys;
    const auto keysOfTable = [&](const QString &table) -> const QList<RecordStore::ForeignKey> & {
        const auto it = keysOf.constFind(table);
        return it == keysOf.cend() ? noKeys : *it;
    };
    QHash<QString, QSet<QUuid>> outside; // parent table -> ids not in the package
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        if (fates[i] != Fate::Insert && fates[i] != Fate::Update)
            continue;
        for (const auto &k : keysOfTable(incoming.at(i).table)) {
            const QUuid parent = referenced(rows[i], k.column);
            if (!parent.isNull() && !inPackage.contains(parent) && !local.contains(parent))
                outside[k.parent].insert(parent);
        }
    }
    QSet<QUuid> presentOutside;
    QList<QUuid> missing;
    for (auto it = outside.cbegin(); it != outside.cend(); ++it) {
        auto found = RecordStore::existing(db, it.key(), it.value().values());
        if (!found)
            return found.error();
        presentOutside.unite(found.value());
        for (const QUuid &id : it.value())
            if (!found->contains(id))
                missing.append(id);
    }
    auto missingTombs = RecordStore::tombstones(db, missing);
    if (!missingTombs)
        return missingTombs.error();
    // Every parent is here or in the package, kept, unless one is missing or a record of the
    // package goes: only then can a record lose its parent.
    const bool someGo = std::find(fates.cbegin(), fates.cend(), Fate::Gone) != fates.cend();
    for (bool again = someGo || !missing.isEmpty(); again;) {
        again = false;
        for (qsizetype i = 0; i < incoming.size(); ++i) {
            if (fates[i] != Fate::Insert && fates[i] != Fate::Update)
                continue;
            for (const auto &k : keysOfTable(incoming.at(i).table)) {
                const QUuid parent = referenced(rows[i], k.column);
                if (parent.isNull() || local.contains(parent) || presentOutside.contains(parent))
                    continue;
                const auto p = inPackage.constFind(parent);
                if (p != inPackage.cend() && fates[*p] != Fate::Gone)
                    continue;
                if (p == inPackage.cend() && !missingTombs->contains(parent))
                    return Error{Error::Code::Invalid,
                                 tr("The package cannot be applied: record %1 of table \"%2\" "
                                    "refers to record %3 of table \"%4\", which is neither in "
                                    "this database nor in the package.")
                                     .arg(incoming.at(i).meta.id.toString(QUuid::WithoutBraces),
                                          incoming.at(i).table,
                                          parent.toString(QUuid::WithoutBraces), k.parent),
                                 {}};
                if (fates[i] == Fate::Insert) {
                    deletedHere(i);
                } else {
                    // A change here that would point at a deleted record: keep the local row.
                    fates[i] = Fate::Unchanged;
                    taken[i].clear();
                }
                again = true;
                break;
            }
        }
    }

    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const package::Record &in = incoming.at(i);
        int change = -1;
        if (fates[i] == Fate::Insert) {
            change =
                plan.addChange(Change::Kind::Added, in.table, in.meta.id, RecordStore::label(in));
            plan.writes.append({rows[i], true, change, {}});
        } else if (fates[i] == Fate::Update) {
            if (!taken[i].isEmpty())
                change = plan.addChange(Change::Kind::Changed, in.table, in.meta.id,
                                        RecordStore::label(rows[i]), taken[i]);
            plan.writes.append({rows[i], false, change, taken[i]});
        }
        QStringList conflictFields;
        for (const auto &row : std::as_const(conflicts[i]))
            conflictFields << row.conflict.field;
        if (!conflicts[i].isEmpty()) {
            const auto &first = conflicts[i].first().conflict;
            plan.addChange(Change::Kind::Conflict, in.table, in.meta.id, first.recordLabel,
                           first.kind == Conflict::Kind::Field ? conflictFields : QStringList(),
                           first.kind);
            plan.conflicts.append(conflicts[i]);
        }
        if (change < 0 && conflicts[i].isEmpty())
            ++plan.preview.unchanged;
    }

    // Deletions, children's tables first, so that a parent goes after what it held.
    const QStringList &order = RecordStore::tables();
    QList<package::Deletion> deletions = package.deletions;
    std::stable_sort(deletions.begin(), deletions.end(),
                     [&](const package::Deletion &a, const package::Deletion &b) {
                         return order.indexOf(a.table) > order.indexOf(b.table);
                     });
    QHash<QUuid, package::Deletion> deleting;
    for (const package::Deletion &d : std::as_const(deletions))
        deleting.insert(d.id, d);
    for (const package::Deletion &d : std::as_const(deletions)) {
        const auto here = local.constFind(d.id);
        if (here == local.cend()) {
            // Not here: remember the deletion, so that an old copy arriving later is ignored
            // and the deletion travels on.
            const auto tomb = tombs->constFind(d.id);
            if (tomb == tombs->cend()) {
                plan.tombstones.append(d);
            } else if (!merge::includesAll(tomb->clocks, d.clocks)) {
                package::Deletion united = *tomb;
                united.clocks = merge::unite(tomb->clocks, d.clocks);
                plan.tombstones.append(united);
            }
            ++plan.preview.unchanged;
            continue;
        }
        bool covered = merge::includesAll(d.clocks, here->clocks);
        if (covered) {
            // What the schema's cascades take along must be known to the deleter too: a
            // record added or changed here under the deleted one is not lost silently.
            auto removal = RecordRemoval::plan(db, d.table, d.id);
            if (!removal)
                return removal.error();
            for (qsizetype r = 1; r < removal->deleted.size() && covered; ++r) {
                const QVariantMap &row = removal->deleted.at(r).values;
                const QUuid id = QUuid::fromString(row.value(QStringLiteral("id")).toString());
                const auto clocks =
                    FieldClocks::fromText(row.value(QStringLiteral("clocks")).toString());
                const auto theirs = deleting.constFind(id);
                covered = clocks && theirs != deleting.cend() &&
                          merge::includesAll(theirs->clocks, *clocks);
            }
        }
        if (covered) {
            const int change =
                plan.addChange(Change::Kind::Deleted, d.table, d.id, RecordStore::label(*here));
            plan.removals.append({d, change});
            continue;
        }
        ConflictStore::Row row;
        row.conflict.kind = Conflict::Kind::DeletedThere;
        row.conflict.table = d.table;
        row.conflict.recordId = d.id;
        row.conflict.recordLabel = RecordStore::label(*here);
        row.conflict.incomingAuthor = d.author;
        row.conflict.incomingSite = d.site;
        row.conflict.incomingModified = d.deleted;
        row.conflict.packageId = packageId;
        row.incomingClocks = clocksText(d.clocks);
        row.deletionClocks = d.clocks;
        if (known->contains(ConflictStore::key(d.id, QString(), row.incomingClocks))) {
            ++plan.preview.unchanged;
            continue;
        }
        plan.addChange(Change::Kind::Conflict, d.table, d.id, row.conflict.recordLabel, {},
                       Conflict::Kind::DeletedThere);
        plan.conflicts.append(row);
    }
    return plan;
}

} // namespace focal
