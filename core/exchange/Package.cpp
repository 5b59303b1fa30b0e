#include "exchange/Package.h"

#include "exchange/InflatedSize.h"
#include "exchange/JsonScan.h"
#include "exchange/PackageManifest.h"
#include "exchange/PackagePayload.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>

namespace focal::package {

namespace {

constexpr char magicLine[] = "FOCAL-PACKAGE\n";
constexpr qsizetype magicSize = sizeof(magicLine) - 1;

Error invalid(const QString &message)
{
    return Error{Error::Code::Invalid, message, {}};
}

// The checked parts of a package: its manifest and the payload bytes as stored.
struct Framed
{
    Manifest manifest;
    QByteArrayView payload; // qCompress output: 4-byte size, then the zlib stream
};

Result<Framed> frame(QByteArrayView bytes, const Limits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return invalid(PackageFile::tr("The package is too large to read: %1 bytes, and at most "
                                       "%2 are read.")
                           .arg(bytes.size())
                           .arg(limits.maxFileBytes));
    if (bytes.isEmpty())
        return invalid(PackageFile::tr("The file is empty: it is not a Focal package."));
    if (!bytes.startsWith(QByteArrayView(magicLine, magicSize)))
        return invalid(PackageFile::tr("The file is not a Focal package."));
    // The manifest line ends within the limit, or the file is refused without reading further.
    const QByteArrayView rest = bytes.sliced(magicSize);
    const QByteArrayView window =
        rest.first(std::min<qsizetype>(rest.size(), limits.maxManifestBytes + 1));
    const qsizetype end = window.indexOf('\n');
    if (end < 0)
        return window.size() > limits.maxManifestBytes
                   ? invalid(PackageFile::tr("The package is damaged: its manifest is longer "
                                             "than %1 bytes.")
                                 .arg(limits.maxManifestBytes))
                   : PackageManifest::damaged(PackageFile::tr("it ends inside its manifest "
                                                              "(the file is incomplete)"));
    const QByteArrayView line = window.first(end);
    switch (JsonScan::check(line, limits.maxDepth)) {
    case JsonScan::Fault::TooDeep:
        return PackageManifest::damaged(
            PackageFile::tr("its manifest nests deeper than %1 levels").arg(limits.maxDepth));
    case JsonScan::Fault::InvalidUtf8:
        return PackageManifest::damaged(PackageFile::tr("its manifest is not valid UTF-8"));
    case JsonScan::Fault::None:
        break;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return PackageManifest::damaged(PackageFile::tr("its manifest is not a JSON object"));
    auto manifest = PackageManifest::fromJson(doc.object(), limits);
    if (!manifest)
        return manifest.error();

    Framed out{std::move(manifest).value(), rest.sliced(end + 1)};
    const Manifest &m = out.manifest;
    if (out.payload.size() != m.payloadBytes)
        return PackageManifest::damaged(
            PackageFile::tr("its manifest announces %1 bytes of contents and the file holds %2 "
                            "(the file is incomplete or was altered)")
                .arg(m.payloadBytes)
                .arg(out.payload.size()));
    if (QCryptographicHash::hash(out.payload, QCryptographicHash::Sha256) != m.payloadSha256)
        return PackageManifest::damaged(
            PackageFile::tr("its contents do not match the checksum in its manifest"));
    if (out.payload.size() < 4)
        return PackageManifest::damaged(PackageFile::tr("its contents are too short"));
    const quint32 declared = qFromBigEndian<quint32>(out.payload.data());
    if (declared > limits.maxPayloadBytes)
        return invalid(PackageFile::tr("The package is too large to read: its contents would "
                                       "take %1 bytes, and at most %2 are read.")
                           .arg(declared)
                           .arg(limits.maxPayloadBytes));
    if (declared != m.payloadInflatedBytes)
        return PackageManifest::damaged(
            PackageFile::tr("its contents announce %1 bytes and its manifest %2")
                .arg(declared)
                .arg(m.payloadInflatedBytes));
    return out;
}

} // namespace

QByteArray PackageFile::encode(Package &package)
{
    PackagePayload::orderByTable(package.records);
    Manifest &m = package.manifest;
    m.formatVersion = formatVersion;
    if (m.packageId.isNull())
        m.packageId = QUuid::createUuid();
    if (!m.created.isValid())
        m.created = QDateTime::currentDateTimeUtc();
    m.records = package.records.size();
    m.deletions = package.deletions.size();
    m.tables.clear();
    for (const Record &r : package.records)
        ++m.tables[r.table];
    const QByteArray payload = PackagePayload::encode(package, m.attachments);
    const QByteArray stored = qCompress(payload);
    m.payloadBytes = stored.size();
    m.payloadInflatedBytes = payload.size();
    m.payloadSha256 = QCryptographicHash::hash(stored, QCryptographicHash::Sha256);

    QByteArray out(magicLine, magicSize);
    out += QJsonDocument(PackageManifest::toJson(m)).toJson(QJsonDocument::Compact);
    out += '\n';
    out += stored;
    return out;
}

Result<void> PackageFile::write(const QString &path, Package &package)
{
    const QByteArray bytes = encode(package);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            Error::Code::Io,
            tr("The package could not be written to \"%1\".").arg(QDir::toNativeSeparators(path)),
            file.errorString()};
    return {};
}

Result<Manifest> PackageFile::readManifest(const QByteArray &bytes, const Limits &limits)
{
    auto framed = frame(bytes, limits);
    if (!framed)
        return framed.error();
    return std::move(framed).value().manifest;
}

Result<Package> PackageFile::decode(const QByteArray &bytes, const Limits &limits)
{
    auto framed = frame(bytes, limits);
    if (!framed)
        return framed.error();
    Package package;
    package.manifest = framed->manifest;
    const QByteArrayView stored = framed->payload;
    const qint64 declared = package.manifest.payloadInflatedBytes;

    // Counted first: qUncompress would follow a stream well past the size it declares.
    const auto size = InflatedSize::of(stored.sliced(4), declared);
    if (!size)
        return PackageManifest::damaged(tr("its contents cannot be uncompressed"));
    if (*size != declared)
        return PackageManifest::damaged(
            tr("its contents uncompress to more or fewer bytes than announced (%1)").arg(declared));
    const QByteArray json =
        qUncompress(reinterpret_cast<const uchar *>(stored.data()), stored.size());
    if (json.size() != declared)
        return PackageManifest::damaged(tr("its contents cannot be uncompressed"));

    switch (JsonScan::check(json, limits.maxDepth)) {
    case JsonScan::Fault::TooDeep:
        return PackageManifest::damaged(
            tr("its contents nest deeper than %1 levels").arg(limits.maxDepth));
    case JsonScan::Fault::InvalidUtf8:
        return PackageManifest::damaged(tr("its contents are not valid UTF-8"));
    case JsonScan::Fault::None:
        break;
    }
    if (auto read = PackagePayload::decode(json, limits, package); !read)
        return read.error();
    return package;
}

Result<Package> PackageFile::read(const QString &path, const Limits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Code::NotFound,
                     tr("The package \"%1\" does not exist.").arg(QDir::toNativeSeparators(path)),
                     {}};
    if (info.size() > limits.maxFileBytes)
        return invalid(tr("The package is too large to read: %1 bytes, and at most %2 are read.")
                           .arg(info.size())
                           .arg(limits.maxFileBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            Error::Code::Io,
            tr("The package \"%1\" could not be read.").arg(QDir::toNativeSeparators(path)),
            file.errorString()};
    // No more than was measured (and one byte, to notice a file that grew since: it is then
    // longer than its manifest says and refused). QIODevice::read allocates what it is asked
    // for, so this is the measured size, not the limit.
    const QByteArray bytes = file.read(info.size() + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{
            Error::Code::Io,
            tr("The package \"%1\" could not be read.").arg(QDir::toNativeSeparators(path)),
            file.errorString()};
    return decode(bytes, limits);
}

} // namespace focal::package
