// libFuzzer target for the package reader (docs/fuzzing.md). The first byte chooses what the
// rest is:
//   even: a whole package file, given to PackageFile::decode as it is;
//   odd:  a payload (the JSON inside a package), framed here as a sound package, with a manifest
//         that announces its counts and the right checksum, so that mutations reach the record
//         validation behind the checksum instead of failing at it.
// Each input also checks the inflated-size counter against zlib: where the counter says a
// stream inflates to N bytes and qUncompress inflates it, it must be to exactly N.

#include "exchange/InflatedSize.h"
#include "exchange/JsonScan.h"
#include "exchange/Package.h"
#include "exchange/PackageManifest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cstdlib>

using namespace focal::package;

namespace {

Limits smallLimits()
{
    Limits limits;
    limits.maxFileBytes = 1 << 20;
    limits.maxManifestBytes = 16 << 10;
    limits.maxPayloadBytes = 4 << 20;
    limits.maxRecords = 10'000;
    limits.maxAttachments = 100;
    limits.maxAttachmentBytes = 1 << 20;
    limits.maxTextBytes = 64 << 10;
    return limits;
}

QByteArray framed(const QByteArray &payload)
{
    Manifest m;
    m.packageId = QUuid::fromString(QStringLiteral("7d444840-9dc0-11d1-b245-5ffdce74fad2"));
    m.created = QDateTime::fromMSecsSinceEpoch(1610712000000, Qt::UTC);
    m.sender.site = QUuid::fromString(QStringLiteral("6f1c1a52-3d55-4a0e-9a51-0c8f4f3b9e01"));
    if (JsonScan::check(payload, 8) == JsonScan::Fault::None) {
        const QJsonObject o = QJsonDocument::fromJson(payload).object();
        const QJsonArray records = o.value(QStringLiteral("records")).toArray();
        m.records = records.size();
        m.deletions = o.value(QStringLiteral("deletions")).toArray().size();
        m.attachments = o.value(QStringLiteral("attachments")).toArray().size();
        for (const QJsonValue &r : records)
            ++m.tables[r.toObject().value(QStringLiteral("table")).toString()];
    }
    const QByteArray stored = qCompress(payload);
    m.payloadBytes = stored.size();
    m.payloadInflatedBytes = payload.size();
    m.payloadSha256 = QCryptographicHash::hash(stored, QCryptographicHash::Sha256);
    return QByteArray("FOCAL-PACKAGE\n") +
           QJsonDocument(PackageManifest::toJson(m)).toJson(QJsonDocument::Compact) + '\n' + stored;
}

// The counter and zlib agree on every stream both accept.
void checkCounter(QByteArrayView stream)
{
    const auto counted = InflatedSize::of(stream, 1 << 20);
    if (!counted || *counted > (1 << 20))
        return;
    QByteArray withSize(4, '\0');
    qToBigEndian<quint32>(quint32(*counted), withSize.data());
    withSize += stream.toByteArray();
    const QByteArray inflated = qUncompress(withSize);
    if (!inflated.isEmpty() && inflated.size() != *counted)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const Limits limits = smallLimits();
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QByteArray bytes = (data[0] & 1) ? framed(rest) : rest;
    const auto result = PackageFile::decode(bytes, limits);
    if (result.ok()) {
        // What was accepted encodes and decodes again to the same records.
        Package again = result.value();
        const auto back = PackageFile::decode(PackageFile::encode(again), limits);
        if (!back.ok() || back->records.size() != result->records.size() ||
            back->deletions.size() != result->deletions.size())
            std::abort();
    } else if (result.error().message.isEmpty()) {
        std::abort(); // every refusal says why
    }
    checkCounter(rest);
    return 0;
}
