#include "exchange/PackageManifest.h"

#include "model/RecordTypes.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace focal::package {

namespace {

const QString formatName = QStringLiteral("focal-package");

bool isCountryCode(const QString &code)
{
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{2}$"));
    return code.isEmpty() || iso.match(code).hasMatch();
}

QUuid uuidOf(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.size() == 36 ? QUuid::fromString(text) : QUuid();
}

} // namespace

std::optional<qint64> PackageManifest::count(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= 0.0 && d <= 9007199254740991.0) || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

Error PackageManifest::damaged(const QString &what)
{
    return Error{Error::Code::Invalid, tr("The package is damaged: %1.").arg(what), {}};
}

QJsonObject PackageManifest::toJson(const Manifest &m)
{
    QJsonObject tables;
    for (auto it = m.tables.cbegin(); it != m.tables.cend(); ++it)
        tables.insert(it.key(), double(it.value()));
    return QJsonObject{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("formatVersion"), m.formatVersion},
        {QStringLiteral("packageId"), m.packageId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("created"), isoTimestamp(m.created)},
        {QStringLiteral("sender"),
         QJsonObject{{QStringLiteral("site"), m.sender.site.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("country"), m.sender.country},
                     {QStringLiteral("author"), m.sender.author}}},
        {QStringLiteral("recipientCountry"), m.recipientCountry},
        {QStringLiteral("selection"), m.selection},
        {QStringLiteral("contents"),
         QJsonObject{{QStringLiteral("records"), double(m.records)},
                     {QStringLiteral("deletions"), double(m.deletions)},
                     {QStringLiteral("attachments"), double(m.attachments)},
                     {QStringLiteral("tables"), tables}}},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("bytes"), double(m.payloadBytes)},
                     {QStringLiteral("inflatedBytes"), double(m.payloadInflatedBytes)},
                     {QStringLiteral("sha256"), QString::fromLatin1(m.payloadSha256.toHex())}}}};
}

Result<Manifest> PackageManifest::fromJson(const QJsonObject &o, const Limits &limits)
{
    const auto bad = [](const char *field) {
        return damaged(
            tr("the manifest's \"%1\" is missing or invalid").arg(QString::fromLatin1(field)));
    };
    if (o.value(QStringLiteral("format")).toString() != formatName)
        return bad("format");
    const auto version = count(o.value(QStringLiteral("formatVersion")));
    if (!version || *version < 1)
        return bad("formatVersion");
    if (*version > formatVersion)
        return Error{Error::Code::TooNew,
                     tr("The package was made by a newer Focal (package format %1; this Focal "
                        "reads format %2): update Focal to read it.")
                         .arg(*version)
                         .arg(formatVersion),
                     {}};

    Manifest m;
    m.formatVersion = int(*version);
    m.packageId = uuidOf(o.value(QStringLiteral("packageId")));
    if (m.packageId.isNull())
        return bad("packageId");
    m.created =
        QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    if (!m.created.isValid())
        return bad("created");
    m.created = m.created.toUTC();

    const QJsonValue sender = o.value(QStringLiteral("sender"));
    if (!sender.isObject())
        return bad("sender");
    m.sender.site = uuidOf(sender[QStringLiteral("site")]);
    if (m.sender.site.isNull())
        return bad("sender.site");
    m.sender.country = sender[QStringLiteral("country")].toString();
    if (!sender[QStringLiteral("country")].isString() || !isCountryCode(m.sender.country))
        return bad("sender.country");
    if (!sender[QStringLiteral("author")].isString())
        return bad("sender.author");
    m.sender.author = sender[QStringLiteral("author")].toString();
    if (!o.value(QStringLiteral("recipientCountry")).isString())
        return bad("recipientCountry");
    m.recipientCountry = o.value(QStringLiteral("recipientCountry")).toString();
    if (!isCountryCode(m.recipientCountry))
        return bad("recipientCountry");
    if (!o.value(QStringLiteral("selection")).isString())
        return bad("selection");
    m.selection = o.value(QStringLiteral("selection")).toString();

    const QJsonValue contents = o.value(QStringLiteral("contents"));
    if (!contents.isObject())
        return bad("contents");
    const auto records = count(contents[QStringLiteral("records")]);
    const auto deletions = count(contents[QStringLiteral("deletions")]);
    const auto attachments = count(contents[QStringLiteral("attachments")]);
    if (!records)
        return bad("contents.records");
    if (!deletions)
        return bad("contents.deletions");
    if (!attachments)
        return bad("contents.attachments");
    // Refused on what the manifest announces, before the payload is inflated.
    if (*records + *deletions > limits.maxRecords)
        return Error{Error::Code::Invalid,
                     tr("The package is too large to read: it announces %1 records and "
                        "deletions, and at most %2 are read.")
                         .arg(*records + *deletions)
                         .arg(limits.maxRecords),
                     {}};
    if (*attachments > limits.maxAttachments)
        return Error{Error::Code::Invalid,
                     tr("The package is too large to read: it announces %1 attached files, and "
                        "at most %2 are read.")
                         .arg(*attachments)
                         .arg(limits.maxAttachments),
                     {}};
    m.records = *records;
    m.deletions = *deletions;
    m.attachments = *attachments;
    const QJsonValue tables = contents[QStringLiteral("tables")];
    if (!tables.isObject())
        return bad("contents.tables");
    const QStringList known = recordTables();
    qint64 inTables = 0;
    const QJsonObject tableCounts = tables.toObject();
    for (auto it = tableCounts.begin(); it != tableCounts.end(); ++it) {
        if (!known.contains(it.key()))
            return damaged(tr("the manifest names an unknown table \"%1\"").arg(it.key()));
        const auto n = count(it.value());
        if (!n || *n > m.records)
            return bad("contents.tables");
        inTables += *n;
        m.tables.insert(it.key(), *n);
    }
    if (inTables != m.records)
        return damaged(tr("the manifest's counts of records per table do not add up to its "
                          "count of records"));

    const QJsonValue payload = o.value(QStringLiteral("payload"));
    if (!payload.isObject())
        return bad("payload");
    const auto bytes = count(payload[QStringLiteral("bytes")]);
    const auto inflated = count(payload[QStringLiteral("inflatedBytes")]);
    if (!bytes)
        return bad("payload.bytes");
    if (!inflated)
        return bad("payload.inflatedBytes");
    if (*inflated > limits.maxPayloadBytes)
        return Error{Error::Code::Invalid,
                     tr("The package is too large to read: its contents would take %1 bytes, and "
                        "at most %2 are read.")
                         .arg(*inflated)
                         .arg(limits.maxPayloadBytes),
                     {}};
    m.payloadBytes = *bytes;
    m.payloadInflatedBytes = *inflated;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QString sha = payload[QStringLiteral("sha256")].toString();
    if (!hex.match(sha).hasMatch())
        return bad("payload.sha256");
    m.payloadSha256 = QByteArray::fromHex(sha.toLatin1());
    return m;
}

} // namespace focal::package
