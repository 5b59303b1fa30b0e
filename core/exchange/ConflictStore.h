#pragma once

#include "exchange/Exchange.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSet>

namespace focal {

class Database;

// The `conflict` table: conflicts found by imports, kept until a person settles them. Values
// are stored as JSON text (a string, a number, null, or {"base64": ...} for a blob); a whole
// incoming record (DeletedHere, Duplicate) as {"meta": {...}, "values": {...}}; the incoming
// clocks as compact JSON (a field's vector, or a record's field clocks), so that the UNIQUE
// (record_id, field, incoming_clocks) key makes importing the same package again a no-op.
class ConflictStore
{
    Q_DECLARE_TR_FUNCTIONS(focal::ConflictStore)

public:
    // A conflict as stored, with what Conflict does not show: the incoming clocks and record.
    struct Row
    {
        Conflict conflict;
        QString incomingClocks;     // as stored
        package::Record incoming;   // DeletedHere and Duplicate: the whole incoming record
        FieldClocks deletionClocks; // DeletedThere: what the deletion knew
    };

    static QString kindKey(Conflict::Kind kind);
    static std::optional<Conflict::Kind> kindFromKey(const QString &key);

    static QString encodeValue(const QVariant &value);
    static QVariant decodeValue(const QString &json);
    static QString encodeRecord(const package::Record &record);
    static std::optional<package::Record> decodeRecord(const QString &table, const QString &json);
    static QString encodeVector(const VersionVector &vector);

    // A stored Field conflict's incoming version: what a newer import may make obsolete.
    struct Pending
    {
        QUuid id;
        VersionVector incoming;
    };
    // The stored Field conflicts by "record id|field".
    static Result<QHash<QString, QList<Pending>>> pendingFields(Database &db);

    // "record id|field|incoming clocks" of every stored conflict: what an import already knows.
    static Result<QSet<QString>> keys(Database &db);
    static QString key(const QUuid &recordId, const QString &field, const QString &clocks);

    // Stores a conflict (a new id, detected now); one already stored with the same key is left.
    static Result<void> add(Database &db, const Row &row);
    static Result<QList<Row>> read(Database &db, const QUuid &id = {});
    static Result<void> remove(Database &db, const QUuid &id);
    // Removes conflicts made obsolete by an import (the local value came to include them, or a
    // newer incoming version replaced them).
    static Result<void> removeAll(Database &db, const QList<QUuid> &ids);
};

} // namespace focal
