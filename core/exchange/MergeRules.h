#pragma once

#include "exchange/Package.h"
#include "exchange/VersionVector.h"

#include <QStringList>
#include <QVariant>

namespace focal::merge {

// The decisions of docs/exchange.md "Merging one incoming record", as pure functions over
// values and clocks, so that the rules are tested apart from the database and the import
// engine (MergePlan) only reads, applies them and writes.

// Whether two stored values are the same: NULL equals only NULL, blobs compare their bytes,
// anything else compares as text (an integer and its text are the same value).
bool sameValue(const QVariant &a, const QVariant &b);

enum class ColumnOutcome {
    Keep,       // Equal or Before: the local value and vector stay
    Take,       // After: the incoming value and vector replace the local ones
    MergeClock, // Concurrent with the same value: the vectors merge
    Conflict    // Concurrent with different values: the local value stays, a conflict is kept
};

ColumnOutcome decideColumn(const VersionVector &local, const QVariant &localValue,
                           const VersionVector &incoming, const QVariant &incomingValue);

// The result of merging an incoming version of a record into the local one.
struct RecordMerge
{
    package::Record result;  // what the row becomes (values, clocks, metadata)
    QStringList taken;       // columns whose value changes
    QStringList conflicts;   // columns in conflict (the local value stays)
    bool needsWrite = false; // values, clocks or metadata differ from the local row
};

RecordMerge mergeRecord(const package::Record &local, const package::Record &incoming);

// The change metadata a merged record carries: the later of the two (by time, then site, then
// author), so that every site ends with the same whatever order packages come in.
RecordMeta laterMeta(const RecordMeta &a, const RecordMeta &b);

// Whether `knowing` includes every column's vector of `known`: a deletion made with clocks
// `knowing` knew every change in `known`; a tombstone with clocks `knowing` makes a record with
// clocks `known` an old copy.
bool includesAll(const FieldClocks &knowing, const FieldClocks &known);

// The union of two records' clocks, column by column.
FieldClocks unite(const FieldClocks &a, const FieldClocks &b);

// Every listed column of `clocks` with this site's change (site, sequence) included: a new
// change made here that knows what the clocks know (settling a conflict).
FieldClocks bumpAll(FieldClocks clocks, const QStringList &columns, const QUuid &site,
                    qint64 sequence);

} // namespace focal::merge
