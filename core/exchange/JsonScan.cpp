#include "exchange/JsonScan.h"

namespace focal::package {

namespace {

// The length of the well-formed UTF-8 sequence starting at `at` (RFC 3629, table 3-7 of the
// Unicode standard), or 0 when it is not one.
qsizetype utf8Length(QByteArrayView s, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return i < s.size() ? quint8(s[i]) : 0; };
    const quint8 b0 = byte(at);
    const auto cont = [](quint8 b) { return (b & 0xc0) == 0x80; };
    if (b0 < 0x80)
        return 1;
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return cont(byte(at + 1)) ? 2 : 0;
    if (b0 >= 0xe0 && b0 <= 0xef) {
        const quint8 b1 = byte(at + 1);
        // E0 needs A0..BF (no overlong forms), ED needs 80..9F (no surrogates).
        const quint8 lo = b0 == 0xe0 ? 0xa0 : 0x80;
        const quint8 hi = b0 == 0xed ? 0x9f : 0xbf;
        return b1 >= lo && b1 <= hi && cont(byte(at + 2)) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const quint8 b1 = byte(at + 1);
        // F0 needs 90..BF (no overlong forms), F4 needs 80..8F (nothing above U+10FFFF).
        const quint8 lo = b0 == 0xf0 ? 0x90 : 0x80;
        const quint8 hi = b0 == 0xf4 ? 0x8f : 0xbf;
        return b1 >= lo && b1 <= hi && cont(byte(at + 2)) && cont(byte(at + 3)) ? 4 : 0;
    }
    return 0;
}

} // namespace

JsonScan::Fault JsonScan::check(QByteArrayView json, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size();) {
        const char c = json[i];
        if (quint8(c) >= 0x80) {
            const qsizetype n = utf8Length(json, i);
            if (n == 0)
                return Fault::InvalidUtf8;
            i += n;
            continue;
        }
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character is ASCII in valid JSON; the parser checks it
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return Fault::TooDeep;
        } else if (c == '}' || c == ']') {
            --depth; // unbalanced text is the parser's to refuse
        }
        ++i;
    }
    return Fault::None;
}

} // namespace focal::package
