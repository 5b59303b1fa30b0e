#include "exchange/PackagePayload.h"

#include "exchange/PackageManifest.h"
#include "exchange/PackageRecords.h"
#include "exchange/PackageValueForms.h"
#include "model/RecordTypes.h"
#include "model/Timestamp.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace focal::package {

namespace {

QString hexOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// A name from the file, as a message may show it: printable, and short.
QString shown(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (out.size() >= 64) {
            out += QChar(0x2026);
            break;
        }
        out += c.isPrint() ? c : QChar(0xfffd);
    }
    return out;
}

QUuid uuidOf(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.size() == 36 ? QUuid::fromString(text) : QUuid();
}

// A plain file name: what document.file_name may hold. It is only ever shown, but a package
// that carries a path in it was made to do harm somewhere, and is refused.
bool isPlainFileName(const QString &name)
{
    if (name.size() > 255 || name.contains(QLatin1String("..")))
        return false;
    for (const QChar c : name)
        if (c == u'/' || c == u'\\' || c == u':' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    return true;
}

QJsonValue jsonOf(const QVariant &value, QJsonArray &attachments, QSet<QString> &carried)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString();
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return double(value.toLongLong());
    case QMetaType::QByteArray: {
        const QByteArray data = value.toByteArray();
        if (data.isEmpty())
            return QJsonValue::Null;
        const QString hash = hexOf(data);
        if (!carried.contains(hash)) {
            carried.insert(hash);
            attachments.append(
                QJsonObject{{QStringLiteral("sha256"), hash},
                            {QStringLiteral("size"), double(data.size())},
                            {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}});
        }
        return QJsonObject{{QStringLiteral("attachment"), hash}};
    }
    default:
        return value.toString();
    }
}

QJsonValue uuidJson(const QUuid &id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null)
                       : QJsonValue(id.toString(QUuid::WithoutBraces));
}

// Which record or deletion a message is about: "record 12 of table "plan_item"". Made only when
// a message needs it, not for each of the thousands of records that pass.
struct What
{
    enum Kind { AboutRecord, AboutDeletion } kind;
    qsizetype n;
    const QString &table;

    QString text() const
    {
        return kind == AboutRecord
                   ? PackagePayload::tr("record %1 of table \"%2\"").arg(n).arg(shown(table))
                   : PackagePayload::tr("deletion %1 of table \"%2\"").arg(n).arg(shown(table));
    }
};

// Reads a payload into records and deletions, stopping at the first fault.
class Reader
{
public:
    Reader(const Limits &limits, Package &package) : m_limits(limits), m_package(package) {}

    Result<void> read(const QJsonObject &root, QList<Record> &records, QList<Deletion> &deletions)
    {
        const Manifest &m = m_package.manifest;
        const QJsonValue r = root.value(QStringLiteral("records"));
        const QJsonValue d = root.value(QStringLiteral("deletions"));
        const QJsonValue a = root.value(QStringLiteral("attachments"));
        if (!r.isArray() || !d.isArray() || !a.isArray())
            return PackageManifest::damaged(PackagePayload::tr(
                "its contents lack the lists of records, deletions or attached files"));
        const QJsonArray recordList = r.toArray(), deletionList = d.toArray(),
                         attachmentList = a.toArray();
        if (recordList.size() != m.records || deletionList.size() != m.deletions ||
            attachmentList.size() != m.attachments)
            return PackageManifest::damaged(
                PackagePayload::tr("the manifest announces %1 records, %2 deletions and %3 "
                                   "attached files, and the package holds %4, %5 and %6")
                    .arg(m.records)
                    .arg(m.deletions)
                    .arg(m.attachments)
                    .arg(recordList.size())
                    .arg(deletionList.size())
                    .arg(attachmentList.size()));
        for (qsizetype i = 0; i < attachmentList.size(); ++i)
            if (!readAttachment(i + 1, attachmentList.at(i)))
                return m_error;
        records.reserve(recordList.size());
        for (qsizetype i = 0; i < recordList.size(); ++i) {
            Record record;
            if (!readRecord(i + 1, recordList.at(i), record))
                return m_error;
            records.append(std::move(record));
        }
        deletions.reserve(deletionList.size());
        for (qsizetype i = 0; i < deletionList.size(); ++i) {
            Deletion deletion;
            if (!readDeletion(i + 1, deletionList.at(i), deletion))
                return m_error;
            deletions.append(std::move(deletion));
        }
        for (auto it = m_attachments.cbegin(); it != m_attachments.cend(); ++it)
            if (!m_used.contains(it.key()))
                return PackageManifest::damaged(
                    PackagePayload::tr("the attached file %1 is used by no record").arg(it.key()));
        if (m_tables != m.tables)
            return PackageManifest::damaged(PackagePayload::tr(
                "the manifest's counts of records per table differ from the records it holds"));
        return {};
    }

private:
    bool fail(Error error)
    {
        m_error = std::move(error);
        return false;
    }
    bool damaged(const QString &what) { return fail(PackageManifest::damaged(what)); }
    bool refused(const QString &what)
    {
        return fail(Error{
            Error::Code::Invalid, PackagePayload::tr("The package is refused: %1.").arg(what), {}});
    }
    bool textFits(const QString &text) const
    {
        return text.size() <= m_limits.maxTextBytes / 3 ||
               text.toUtf8().size() <= m_limits.maxTextBytes;
    }

    bool readAttachment(qsizetype n, const QJsonValue &value)
    {
        const QJsonObject o = value.toObject();
        const QString hash = o.value(QStringLiteral("sha256")).toString();
        const auto size = PackageManifest::count(o.value(QStringLiteral("size")));
        const QJsonValue data = o.value(QStringLiteral("data"));
        if (hash.size() != 64 || QByteArray::fromHex(hash.toLatin1()).toHex() != hash.toLatin1() ||
            !size || !data.isString())
            return damaged(PackagePayload::tr("attached file %1 is not described as one").arg(n));
        if (*size > m_limits.maxAttachmentBytes)
            return refused(PackagePayload::tr("attached file %1 has %2 bytes, and at most %3 are "
                                              "read")
                               .arg(n)
                               .arg(*size)
                               .arg(m_limits.maxAttachmentBytes));
        if (m_attachments.contains(hash))
            return damaged(PackagePayload::tr("attached file %1 is carried twice").arg(n));
        // Base64 with padding: the length is known before anything is decoded.
        const QString text = data.toString();
        if (text.size() != (*size + 2) / 3 * 4)
            return damaged(PackagePayload::tr("attached file %1 is not as long as it says").arg(n));
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != *size)
            return damaged(PackagePayload::tr("attached file %1 is not valid Base64").arg(n));
        if (hexOf(decoded.decoded) != hash)
            return damaged(
                PackagePayload::tr("attached file %1 does not match its checksum").arg(n));
        m_attachments.insert(hash, decoded.decoded);
        return true;
    }

    bool readMeta(const What &what, const QJsonObject &o, RecordMeta &meta)
    {
        meta.id = uuidOf(o.value(QStringLiteral("id")));
        if (meta.id.isNull())
            return damaged(PackagePayload::tr("%1 has no valid id").arg(what.text()));
        if (m_ids.contains(meta.id))
            return damaged(PackagePayload::tr("%1 has the id %2 of an earlier record or deletion")
                               .arg(what.text(), meta.id.toString(QUuid::WithoutBraces)));
        m_ids.insert(meta.id);
        const QJsonValue site = o.value(QStringLiteral("site"));
        meta.site = uuidOf(site);
        if (!site.isNull() && meta.site.isNull())
            return damaged(PackagePayload::tr("%1 has an invalid site").arg(what.text()));
        return true;
    }

    bool readMoment(const What &what, const QJsonObject &o, const char *key, QDateTime &out)
    {
        out = parseTimestamp(o.value(QLatin1String(key)).toString());
        if (!out.isValid())
            return damaged(PackagePayload::tr("%1 has an invalid date and time in \"%2\"")
                               .arg(what.text(), QString::fromLatin1(key)));
        out = out.toUTC();
        return true;
    }

    bool readAuthor(const What &what, const QJsonObject &o, const char *key, QString &out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString())
            return damaged(PackagePayload::tr("%1 has no author in \"%2\"")
                               .arg(what.text(), QString::fromLatin1(key)));
        out = v.toString();
        if (!textFits(out))
            return refused(PackagePayload::tr("%1 has a text longer than %2 bytes in \"%3\"")
                               .arg(what.text())
                               .arg(m_limits.maxTextBytes)
                               .arg(QString::fromLatin1(key)));
        return true;
    }

    template <typename T>
    bool readClocks(const What &what, const QJsonObject &o, FieldClocks &clocks)
    {
        const auto c = FieldClocks::fromJson(o.value(QStringLiteral("clocks")));
        if (!c)
            return damaged(PackagePayload::tr("%1 has invalid field clocks").arg(what.text()));
        static const QStringList columns = columnNames<T>();
        for (auto it = c->fields().cbegin(); it != c->fields().cend(); ++it)
            if (!columns.contains(it.key()))
                return damaged(PackagePayload::tr("%1 has a clock for an unknown field \"%2\"")
                                   .arg(what.text(), shown(it.key())));
        clocks = *c;
        return true;
    }

    // The stored value of one column from its JSON form, or false with the fault set.
    template <typename Member>
    bool valueOf(const What &what, const QString &column, const QJsonValue &v, const Member &member,
                 QVariant &out)
    {
        const ValueForm::Form form = ValueForm::of(member);
        const auto invalid = [&] {
            return damaged(PackagePayload::tr("%1 has an invalid %2 in \"%3\"")
                               .arg(what.text(), ValueForm::name(member), column));
        };
        const bool optional = form == ValueForm::Form::OptionalInteger ||
                              form == ValueForm::Form::OptionalKey || form == ValueForm::Form::Blob;
        if (v.isNull() && optional) {
            out = QVariant();
            return true;
        }
        switch (form) {
        case ValueForm::Form::Text:
        case ValueForm::Form::Key:
        case ValueForm::Form::OptionalKey:
            if (!v.isString())
                return invalid();
            out = v.toString();
            if (!textFits(out.toString()))
                return refused(PackagePayload::tr("%1 has a text longer than %2 bytes in \"%3\"")
                                   .arg(what.text())
                                   .arg(m_limits.maxTextBytes)
                                   .arg(column));
            return true;
        case ValueForm::Form::Integer:
        case ValueForm::Form::Flag:
        case ValueForm::Form::OptionalInteger: {
            const double d = v.isDouble() ? v.toDouble() : 0.5;
            if (d != std::floor(d) || d < std::numeric_limits<int>::min() ||
                d > std::numeric_limits<int>::max() ||
                (form == ValueForm::Form::Flag && d != 0 && d != 1))
                return invalid();
            out = int(d);
            return true;
        }
        case ValueForm::Form::Blob: {
            const QJsonObject o = v.toObject();
            const QString hash = o.value(QStringLiteral("attachment")).toString();
            if (!v.isObject() || o.size() != 1 || hash.isEmpty())
                return invalid();
            const auto it = m_attachments.constFind(hash);
            if (it == m_attachments.cend())
                return damaged(PackagePayload::tr("%1 refers to an attached file the package "
                                                  "does not carry in \"%2\"")
                                   .arg(what.text(), column));
            m_used.insert(hash);
            out = *it;
            return true;
        }
        }
        return invalid();
    }

    template <typename T> bool readFields(const What &what, const QJsonObject &o, Record &out)
    {
        const QJsonValue fieldsValue = o.value(QStringLiteral("fields"));
        if (!fieldsValue.isObject())
            return damaged(PackagePayload::tr("%1 has no fields").arg(what.text()));
        const QJsonObject fields = fieldsValue.toObject();
        static const QStringList names = columnNames<T>();
        T scratch;
        bool ok = true;
        int index = 0;
        forEachField(scratch, [&](const char *, auto &member) {
            const QString &column = names.at(index++);
            if (!ok)
                return;
            const auto it = fields.constFind(column);
            if (it == fields.constEnd()) {
                ok = damaged(
                    PackagePayload::tr("%1 lacks the field \"%2\"").arg(what.text(), column));
                return;
            }
            QVariant value;
            if (!valueOf(what, column, *it, member, value)) {
                ok = false;
                return;
            }
            if (!column::fromVariant(value, member)) {
                ok = damaged(PackagePayload::tr("%1 has an invalid %2 in \"%3\"")
                                 .arg(what.text(), ValueForm::name(member), column));
                return;
            }
            if (std::is_same_v<T, Document> && column == QLatin1String("file_name") &&
                !isPlainFileName(value.toString())) {
                ok = refused(PackagePayload::tr("%1 gives in \"%2\" a file name that is not a "
                                                "plain file name (a folder, a drive, \"..\", a "
                                                "control character or over 255 characters)")
                                 .arg(what.text(), column));
                return;
            }
            out.values.insert(column, value);
        });
        if (!ok)
            return false;
        if (fields.size() != out.values.size()) {
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if (!names.contains(it.key()))
                    return damaged(PackagePayload::tr("%1 has an unknown field \"%2\"")
                                       .arg(what.text(), shown(it.key())));
        }
        return true;
    }

    bool readRecord(qsizetype n, const QJsonValue &value, Record &out)
    {
        const QJsonObject o = value.toObject();
        out.table = o.value(QStringLiteral("table")).toString();
        const What what{What::AboutRecord, n, out.table};
        if (!value.isObject())
            return damaged(PackagePayload::tr("record %1 is not an object").arg(n));
        bool ok = false;
        const bool known = withRecordType(out.table, [&]<typename T>() {
            ok = readMeta(what, o, out.meta) && readMoment(what, o, "created", out.meta.created) &&
                 readMoment(what, o, "modified", out.meta.modified) &&
                 readAuthor(what, o, "modifiedBy", out.meta.modifiedBy) &&
                 readFields<T>(what, o, out) && readClocks<T>(what, o, out.clocks);
            if (!ok)
                return;
            // The same conversion the merge engine makes: whatever passed above must pass here.
            const auto typed = fromPackageRecord<T>(out);
            if (!typed)
                ok = fail(Error{
                    Error::Code::Invalid,
                    PackagePayload::tr("The package is damaged. %1").arg(typed.error().message),
                    {}});
        });
        if (!known)
            return damaged(PackagePayload::tr("record %1 belongs to an unknown table \"%2\"")
                               .arg(n)
                               .arg(shown(out.table)));
        if (ok)
            ++m_tables[out.table];
        return ok;
    }

    bool readDeletion(qsizetype n, const QJsonValue &value, Deletion &out)
    {
        const QJsonObject o = value.toObject();
        out.table = o.value(QStringLiteral("table")).toString();
        const What what{What::AboutDeletion, n, out.table};
        if (!value.isObject())
            return damaged(PackagePayload::tr("deletion %1 is not an object").arg(n));
        bool ok = false;
        const bool known = withRecordType(out.table, [&]<typename T>() {
            RecordMeta meta;
            ok = readMeta(what, o, meta) && readMoment(what, o, "deleted", out.deleted) &&
                 readAuthor(what, o, "author", out.author) && readClocks<T>(what, o, out.clocks);
            out.id = meta.id;
            out.site = meta.site;
        });
        if (!known)
            return damaged(PackagePayload::tr("deletion %1 belongs to an unknown table \"%2\"")
                               .arg(n)
                               .arg(shown(out.table)));
        return ok;
    }

    const Limits &m_limits;
    Package &m_package;
    Error m_error;
    QHash<QString, QByteArray> m_attachments; // sha256 hex -> bytes
    QSet<QString> m_used;
    QSet<QUuid> m_ids;
    QMap<QString, qint64> m_tables;
};

} // namespace

void PackagePayload::orderByTable(QList<Record> &records)
{
    // Each record's rank once, then a stable sort of the ranks: comparing table names in the
    // sort itself would cost a lookup per comparison, millions of them in a large package.
    QHash<QString, int> rankOf;
    const QStringList tables = recordTables();
    for (int i = 0; i < tables.size(); ++i)
        rankOf.insert(tables[i], i);
    QList<std::pair<int, qsizetype>> order;
    order.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        order.append({rankOf.value(records[i].table, int(tables.size())), i});
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Record> sorted;
    sorted.reserve(records.size());
    for (const auto &o : order)
        sorted.append(std::move(records[o.second]));
    records = std::move(sorted);
}

QByteArray PackagePayload::encode(const Package &package, qint64 &attachmentCount)
{
    QJsonArray records, deletions, attachments;
    QSet<QString> carried;
    for (const Record &r : package.records) {
        QJsonObject fields;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
            fields.insert(it.key(), jsonOf(it.value(), attachments, carried));
        records.append(QJsonObject{{QStringLiteral("table"), r.table},
                                   {QStringLiteral("id"), uuidJson(r.meta.id)},
                                   {QStringLiteral("created"), isoTimestamp(r.meta.created)},
                                   {QStringLiteral("modified"), isoTimestamp(r.meta.modified)},
                                   {QStringLiteral("modifiedBy"), r.meta.modifiedBy},
                                   {QStringLiteral("site"), uuidJson(r.meta.site)},
                                   {QStringLiteral("fields"), fields},
                                   {QStringLiteral("clocks"), r.clocks.toJson()}});
    }
    for (const Deletion &d : package.deletions)
        deletions.append(QJsonObject{{QStringLiteral("table"), d.table},
                                     {QStringLiteral("id"), uuidJson(d.id)},
                                     {QStringLiteral("deleted"), isoTimestamp(d.deleted)},
                                     {QStringLiteral("site"), uuidJson(d.site)},
                                     {QStringLiteral("author"), d.author},
                                     {QStringLiteral("clocks"), d.clocks.toJson()}});
    attachmentCount = attachments.size();
    return QJsonDocument(QJsonObject{{QStringLiteral("records"), records},
                                     {QStringLiteral("deletions"), deletions},
                                     {QStringLiteral("attachments"), attachments}})
        .toJson(QJsonDocument::Compact);
}

Result<void> PackagePayload::decode(const QByteArray &json, const Limits &limits, Package &package)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return PackageManifest::damaged(tr("its contents are not valid JSON (%1 at byte %2)")
                                            .arg(error.error != QJsonParseError::NoError
                                                     ? error.errorString()
                                                     : tr("not an object"))
                                            .arg(error.offset));
    QList<Record> records;
    QList<Deletion> deletions;
    Reader reader(limits, package);
    if (auto read = reader.read(doc.object(), records, deletions); !read)
        return read.error();
    // Parents before children, whatever order the sender wrote.
    orderByTable(records);
    package.records = std::move(records);
    package.deletions = std::move(deletions);
    return {};
}

} // namespace focal::package
