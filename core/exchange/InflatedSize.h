#pragma once

#include <QByteArrayView>

#include <optional>

namespace focal::package {

// How many bytes a zlib stream (RFC 1950 around RFC 1951 deflate, what qCompress writes after
// its 4-byte size) inflates to, counted without inflating. qUncompress trusts the size in front
// of the stream only as a first guess and keeps doubling its buffer while the stream goes on, so
// a few kilobytes can claim 1 KB and inflate to gigabytes; counting first, and giving up as soon
// as the count passes `limit`, lets the reader call qUncompress only on a stream it knows ends
// at the size it declared.
//
// Returns nullopt for a stream that is not well formed (bad header, preset dictionary, invalid
// codes or distances, truncated, or bytes after the checksum); a value above `limit` when the
// stream would inflate beyond it (counting stops there). The Adler-32 checksum is left to zlib.
class InflatedSize
{
public:
    static std::optional<qint64> of(QByteArrayView zlibStream, qint64 limit);
};

} // namespace focal::package
