#include "exchange/MergeRules.h"

namespace focal::merge {

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    const bool aBytes = a.typeId() == QMetaType::QByteArray;
    const bool bBytes = b.typeId() == QMetaType::QByteArray;
    if (aBytes || bBytes)
        return aBytes && bBytes && a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}

ColumnOutcome decideColumn(const VersionVector &local, const QVariant &localValue,
                           const VersionVector &incoming, const QVariant &incomingValue)
{
    switch (incoming.compare(local)) {
    case VersionVector::Order::Equal:
    case VersionVector::Order::Before:
        return ColumnOutcome::Keep;
    case VersionVector::Order::After:
        return ColumnOutcome::Take;
    case VersionVector::Order::Concurrent:
        break;
    }
    return sameValue(localValue, incomingValue) ? ColumnOutcome::MergeClock
                                                : ColumnOutcome::Conflict;
}

RecordMeta laterMeta(const RecordMeta &a, const RecordMeta &b)
{
    if (a.modified != b.modified)
        return a.modified > b.modified ? a : b;
    const QString siteA = a.site.toString(), siteB = b.site.toString();
    if (siteA != siteB)
        return siteA > siteB ? a : b;
    return a.modifiedBy >= b.modifiedBy ? a : b;
}

static bool sameMeta(const RecordMeta &a, const RecordMeta &b)
{
    return a.id == b.id && a.created == b.created && a.modified == b.modified &&
           a.modifiedBy == b.modifiedBy && a.site == b.site;
}

RecordMerge mergeRecord(const package::Record &local, const package::Record &incoming)
{
    RecordMerge out;
    out.result = local;
    for (auto it = incoming.values.cbegin(); it != incoming.values.cend(); ++it) {
        const QString &column = it.key();
        const VersionVector loc = local.clocks.of(column);
        const VersionVector in = incoming.clocks.of(column);
        const QVariant localValue = local.values.value(column);
        switch (decideColumn(loc, localValue, in, it.value())) {
        case ColumnOutcome::Keep:
            break;
        case ColumnOutcome::Take:
            if (!sameValue(localValue, it.value()))
                out.taken << column;
            out.result.values.insert(column, it.value());
            out.result.clocks.set(column, in);
            break;
        case ColumnOutcome::MergeClock: {
            VersionVector merged = loc;
            merged.merge(in);
            out.result.clocks.set(column, merged);
            break;
        }
        case ColumnOutcome::Conflict:
            out.conflicts << column;
            break;
        }
    }
    out.result.meta = laterMeta(local.meta, incoming.meta);
    // The creation time is the record's own; both sides carry the same one.
    out.result.meta.created = local.meta.created;
    out.needsWrite = !out.taken.isEmpty() || !(out.result.clocks == local.clocks) ||
                     !sameMeta(out.result.meta, local.meta);
    return out;
}

bool includesAll(const FieldClocks &knowing, const FieldClocks &known)
{
    const auto &fields = known.fields();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!knowing.of(it.key()).includes(it.value()))
            return false;
    return true;
}

FieldClocks unite(const FieldClocks &a, const FieldClocks &b)
{
    FieldClocks out = a;
    const auto &fields = b.fields();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        VersionVector v = out.of(it.key());
        v.merge(it.value());
        out.set(it.key(), v);
    }
    return out;
}

FieldClocks bumpAll(FieldClocks clocks, const QStringList &columns, const QUuid &site,
                    qint64 sequence)
{
    for (const QString &column : columns)
        clocks.bump(column, site, sequence);
    return clocks;
}

} // namespace focal::merge
