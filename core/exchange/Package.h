#pragma once

#include "exchange/VersionVector.h"
#include "model/Record.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace focal::package {

// The package file (docs/package-format.md): what focal points e-mail each other.
//
//   FOCAL-PACKAGE\n                       the magic line
//   {manifest, compact JSON, UTF-8}\n     one line, at most Limits::maxManifestBytes
//   payload                               4-byte big-endian uncompressed size, then a zlib
//                                         stream (what qCompress writes) of the payload JSON
//
// The manifest carries the SHA-256 of the payload bytes as stored, checked before anything is
// inflated or parsed. Every package is untrusted: the reader checks sizes before reading,
// nesting depth before parsing, counts, UTF-8, versions, names and every value's form against
// the record type of its table, and refuses the whole package at the first fault.

constexpr int formatVersion = 1;

struct Limits
{
    qint64 maxFileBytes = 512ll << 20;
    qint64 maxManifestBytes = 64ll << 10;
    qint64 maxPayloadBytes = 1024ll << 20; // inflated
    int maxDepth = 8;                      // JSON nesting, manifest and payload
    qint64 maxRecords = 2'000'000;         // records and deletions together
    qint64 maxAttachments = 100'000;
    qint64 maxAttachmentBytes = 256ll << 20;
    qint64 maxTextBytes = 16ll << 20; // one text value, UTF-8
};

struct Sender
{
    QUuid site;
    QString country; // ISO 3166-1 alpha-2 of the sending site's country, "" when not set
    QString author;  // the focal point who made the package
};

struct Manifest
{
    int formatVersion = package::formatVersion;
    QUuid packageId;
    QDateTime created; // UTC
    Sender sender;
    QString recipientCountry; // ISO alpha-2, "" for anyone
    QString selection;        // what was chosen, as focal-cli spells it ("all", "group:<id>", ...)
    qint64 records = 0;
    qint64 deletions = 0;
    qint64 attachments = 0;
    QMap<QString, qint64> tables; // records per table
    qint64 payloadBytes = 0;      // stored (compressed), after the manifest line
    qint64 payloadInflatedBytes = 0;
    QByteArray payloadSha256; // raw 32 bytes (hex in the file)
};

// One record as exchanged: its table, its change metadata, every mapped column's stored value
// (what Repository writes: text, integer or NULL; a blob as QByteArray), and its field clocks.
// Derived columns are never exchanged; the receiver computes them.
struct Record
{
    QString table;
    RecordMeta meta;
    QMap<QString, QVariant> values; // column -> stored value, every column of the type
    FieldClocks clocks;
};

// A deletion: the record's id and table, when, by whom, where, and what the record's fields
// knew when it was deleted.
struct Deletion
{
    QString table;
    QUuid id;
    QDateTime deleted; // UTC
    QUuid site;
    QString author;
    FieldClocks clocks;
};

struct Package
{
    Manifest manifest;
    QList<Record> records; // parents before children (AllRecordTypes order)
    QList<Deletion> deletions;
};

class PackageFile
{
    Q_DECLARE_TR_FUNCTIONS(focal::PackageFile)

public:
    // The file's bytes; fills the manifest's counts, sizes and checksum.
    static QByteArray encode(Package &package);
    // Writes atomically (QSaveFile): a failed write leaves any existing file as it was.
    static Result<void> write(const QString &path, Package &package);

    // Every fault is an Error with Code::Invalid (TooNew for a newer format version) and a
    // translated sentence that names what is wrong; nothing partial is returned.
    static Result<Package> decode(const QByteArray &bytes, const Limits &limits = {});
    // Checks the file's size before reading it.
    static Result<Package> read(const QString &path, const Limits &limits = {});
    // The manifest alone, checked (magic, size, version, checksum of the payload) but with the
    // payload not parsed: what `focal-cli package inspect` shows before a preview.
    static Result<Manifest> readManifest(const QByteArray &bytes, const Limits &limits = {});
};

} // namespace focal::package
