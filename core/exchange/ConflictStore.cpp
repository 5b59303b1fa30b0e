#include "exchange/ConflictStore.h"

#include "exchange/RecordStore.h"
#include "model/RecordTypes.h"
#include "model/Timestamp.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace focal {
namespace {

struct KindKey
{
    Conflict::Kind kind;
    const char *key;
};

constexpr KindKey kindKeys[] = {{Conflict::Kind::Field, "field"},
                                {Conflict::Kind::DeletedHere, "deleted-here"},
                                {Conflict::Kind::DeletedThere, "deleted-there"},
                                {Conflict::Kind::Duplicate, "duplicate"}};

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QJsonObject{
            {QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64())}};
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return double(value.toLongLong());
    default:
        return value.toString();
    }
}

QVariant variantValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return int(value.toDouble());
    if (value.isObject())
        return QByteArray::fromBase64(
            value.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    return value.toString();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString ConflictStore::kindKey(Conflict::Kind kind)
{
    for (const KindKey &k : kindKeys)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<Conflict::Kind> ConflictStore::kindFromKey(const QString &key)
{
    for (const KindKey &k : kindKeys)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString ConflictStore::encodeValue(const QVariant &value)
{
    // A document holds an array, not a bare value: the brackets are taken off again.
    const QByteArray json =
        QJsonDocument(QJsonArray{jsonValue(value)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QVariant ConflictStore::decodeValue(const QString &json)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + QByteArray("]"));
    return doc.isArray() && !doc.array().isEmpty() ? variantValue(doc.array().at(0)) : QVariant();
}

QString ConflictStore::encodeRecord(const package::Record &record)
{
    QJsonObject meta{{QStringLiteral("id"), record.meta.id.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("created"), isoTimestamp(record.meta.created)},
                     {QStringLiteral("modified"), isoTimestamp(record.meta.modified)},
                     {QStringLiteral("author"), record.meta.modifiedBy},
                     {QStringLiteral("site"), record.meta.site.toString(QUuid::WithoutBraces)}};
    QJsonObject values;
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it)
        values.insert(it.key(), jsonValue(it.value()));
    return compact({{QStringLiteral("meta"), meta},
                    {QStringLiteral("values"), values},
                    {QStringLiteral("clocks"), record.clocks.toJson()}});
}

std::optional<package::Record> ConflictStore::decodeRecord(const QString &table,
                                                           const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject meta = doc.object().value(QStringLiteral("meta")).toObject();
    package::Record record;
    record.table = table;
    record.meta.id = QUuid::fromString(meta.value(QStringLiteral("id")).toString());
    record.meta.created = parseTimestamp(meta.value(QStringLiteral("created")).toString());
    record.meta.modified = parseTimestamp(meta.value(QStringLiteral("modified")).toString());
    record.meta.modifiedBy = meta.value(QStringLiteral("author")).toString();
    record.meta.site = QUuid::fromString(meta.value(QStringLiteral("site")).toString());
    const QJsonObject values = doc.object().value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        record.values.insert(it.key(), variantValue(it.value()));
    const auto clocks = FieldClocks::fromJson(doc.object().value(QStringLiteral("clocks")));
    if (!clocks || record.meta.id.isNull())
        return std::nullopt;
    record.clocks = *clocks;
    return record;
}

QString ConflictStore::encodeVector(const VersionVector &vector)
{
    return compact(vector.toJson());
}

QString ConflictStore::key(const QUuid &recordId, const QString &field, const QString &clocks)
{
    return recordId.toString(QUuid::WithoutBraces) + QLatin1Char('|') + field + QLatin1Char('|') +
           clocks;
}

Result<QSet<QString>> ConflictStore::keys(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT record_id, field, incoming_clocks FROM conflict"));
    if (!q)
        return q.error();
    QSet<QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString() + QLatin1Char('|') +
                   q.value().value(1).toString() + QLatin1Char('|') +
                   q.value().value(2).toString());
    return out;
}

Result<QHash<QString, QList<ConflictStore::Pending>>> ConflictStore::pendingFields(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT id, record_id, field, incoming_clocks FROM conflict "
                                    "WHERE kind = 'field'"));
    if (!q)
        return q.error();
    QHash<QString, QList<Pending>> out;
    while (q.value().next()) {
        const auto vector = VersionVector::fromJson(
            QJsonDocument::fromJson(q.value().value(3).toString().toUtf8()).object());
        if (!vector)
            continue; // unreadable: left for a person, never taken as known
        out[q.value().value(1).toString() + QLatin1Char('|') + q.value().value(2).toString()]
            .append({QUuid::fromString(q.value().value(0).toString()), *vector});
    }
    return out;
}

Result<void> ConflictStore::removeAll(Database &db, const QList<QUuid> &ids)
{
    for (const QUuid &id : ids)
        if (auto r = remove(db, id); !r)
            return r;
    return {};
}

Result<void> ConflictStore::add(Database &db, const Row &row)
{
    const Conflict &c = row.conflict;
    const QString recordId = c.recordId.toString(QUuid::WithoutBraces);
    // The UNIQUE key, checked first in portable SQL: an import met it already.
    auto q = db.exec(QStringLiteral("SELECT 1 FROM conflict WHERE record_id = ? AND field = ? AND "
                                    "incoming_clocks = ?"),
                     {recordId, column::toVariant(c.field), column::toVariant(row.incomingClocks)});
    if (!q)
        return q.error();
    if (q.value().next())
        return {};
    QVariant local, incoming;
    switch (c.kind) {
    case Conflict::Kind::Field:
        local = encodeValue(c.localValue);
        incoming = encodeValue(c.incomingValue);
        break;
    case Conflict::Kind::DeletedHere:
    case Conflict::Kind::Duplicate:
        incoming = encodeRecord(row.incoming);
        break;
    case Conflict::Kind::DeletedThere:
        break;
    }
    auto r = db.write(
        QStringLiteral("INSERT INTO conflict (id, kind, tbl, record_id, field, local_value, "
                       "incoming_value, incoming_clocks, incoming_site, incoming_author, "
                       "incoming_modified, package_id, detected_at) VALUES (:p0, :p1, :p2, :p3, "
                       ":p4, :p5, :p6, :p7, :p8, :p9, :p10, :p11, :p12)"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), kindKey(c.kind), c.table, recordId,
         column::toVariant(c.field), local, incoming, column::toVariant(row.incomingClocks),
         column::toVariant(c.incomingSite), column::toVariant(c.incomingAuthor),
         column::toVariant(c.incomingModified), column::toVariant(c.packageId),
         isoTimestamp(db.context().now().toUTC())});
    if (!r)
        return r.error();
    db.touch(QStringLiteral("conflict"));
    return {};
}

Result<QList<ConflictStore::Row>> ConflictStore::read(Database &db, const QUuid &id)
{
    QString sql = QStringLiteral("SELECT id, kind, tbl, record_id, field, local_value, "
                                 "incoming_value, incoming_clocks, incoming_site, "
                                 "incoming_author, incoming_modified, package_id, detected_at "
                                 "FROM conflict");
    QVariantList values;
    if (!id.isNull()) {
        sql += QStringLiteral(" WHERE id = ?");
        values << id.toString(QUuid::WithoutBraces);
    }
    sql += QStringLiteral(" ORDER BY detected_at, tbl, record_id, field");
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    const QStringList &tables = RecordStore::tables();
    QList<Row> out;
    while (q.value().next()) {
        const QSqlQuery &s = q.value();
        Row row;
        Conflict &c = row.conflict;
        const auto kind = kindFromKey(s.value(1).toString());
        c.id = QUuid::fromString(s.value(0).toString());
        c.table = s.value(2).toString();
        c.recordId = QUuid::fromString(s.value(3).toString());
        if (!kind || !tables.contains(c.table) || c.recordId.isNull())
            return Error{Error::Code::Corrupt,
                         tr("A stored conflict cannot be read; run \"focal-cli check\" on this "
                            "database."),
                         QStringLiteral("conflict %1").arg(s.value(0).toString())};
        c.kind = *kind;
        c.field = s.value(4).toString();
        row.incomingClocks = s.value(7).toString();
        c.incomingSite = QUuid::fromString(s.value(8).toString());
        c.incomingAuthor = s.value(9).toString();
        c.incomingModified = parseTimestamp(s.value(10).toString());
        c.packageId = QUuid::fromString(s.value(11).toString());
        c.detected = parseTimestamp(s.value(12).toString());
        switch (c.kind) {
        case Conflict::Kind::Field:
            c.localValue = decodeValue(s.value(5).toString());
            c.incomingValue = decodeValue(s.value(6).toString());
            break;
        case Conflict::Kind::DeletedHere:
        case Conflict::Kind::Duplicate:
            if (auto record = decodeRecord(c.table, s.value(6).toString()))
                row.incoming = *record;
            break;
        case Conflict::Kind::DeletedThere:
            if (auto clocks = FieldClocks::fromText(row.incomingClocks))
                row.deletionClocks = *clocks;
            break;
        }
        out.append(row);
    }
    return out;
}

Result<void> ConflictStore::remove(Database &db, const QUuid &id)
{
    auto r = db.write(QStringLiteral("DELETE FROM conflict WHERE id = :p0"),
                      {id.toString(QUuid::WithoutBraces)});
    if (!r)
        return r.error();
    db.touch(QStringLiteral("conflict"));
    return {};
}

} // namespace focal
