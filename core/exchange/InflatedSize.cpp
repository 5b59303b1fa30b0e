#include "exchange/InflatedSize.h"

#include <array>

namespace focal::package {

namespace {

// A canonical Huffman code as RFC 1951 3.2.2 builds it from code lengths: how many codes of
// each length, and the symbols in code order. Decoding walks the lengths one bit at a time
// (after Mark Adler's puff.c): slower than zlib's tables, but small and easy to check, and a
// package's payload is counted once.
struct Huffman
{
    std::array<quint16, 16> count{};
    std::array<quint16, 288> symbol{};
};

constexpr int maxBits = 15;

// Builds `h` from `lengths`; false for an over-subscribed set of lengths. An incomplete set is
// allowed only as RFC 1951 allows it (a single distance code), as zlib does.
bool build(Huffman &h, const quint8 *lengths, int n, bool allowIncomplete)
{
    h.count.fill(0);
    for (int i = 0; i < n; ++i)
        ++h.count[lengths[i]];
    if (h.count[0] == n) // no codes: fine for distances of a block that only has literals
        return allowIncomplete;
    int left = 1;
    for (int len = 1; len <= maxBits; ++len) {
        left <<= 1;
        left -= h.count[len];
        if (left < 0)
            return false;
    }
    std::array<quint16, 16> offsets{};
    for (int len = 1; len < maxBits; ++len)
        offsets[len + 1] = quint16(offsets[len] + h.count[len]);
    for (int i = 0; i < n; ++i)
        if (lengths[i] != 0)
            h.symbol[offsets[lengths[i]]++] = quint16(i);
    if (left > 0) {
        // Incomplete: zlib accepts it only for a code of one symbol of length 1.
        const int used = n - h.count[0];
        return allowIncomplete && used == 1 && h.count[1] == 1;
    }
    return true;
}

class Counter
{
public:
    Counter(QByteArrayView in, qint64 limit) : m_in(in), m_limit(limit) {}

    std::optional<qint64> run()
    {
        if (m_in.size() < 2 + 4)
            return std::nullopt;
        const int cmf = quint8(m_in[0]);
        const int flg = quint8(m_in[1]);
        // Deflate, a window of at most 32 KB, a valid header check, no preset dictionary.
        if ((cmf & 0x0f) != 8 || (cmf >> 4) > 7 || (cmf * 256 + flg) % 31 != 0 || (flg & 0x20))
            return std::nullopt;
        m_pos = 2;
        bool last = false;
        while (!last) {
            int header = 0;
            if (!bits(3, header))
                return std::nullopt;
            last = header & 1;
            bool ok = false;
            switch (header >> 1) {
            case 0:
                ok = stored();
                break;
            case 1:
                ok = fixed();
                break;
            case 2:
                ok = dynamic();
                break;
            default:
                return std::nullopt;
            }
            if (!ok)
                return std::nullopt;
            if (m_out > m_limit)
                return m_out;
        }
        // The Adler-32 checksum follows on the next byte boundary, and nothing after it.
        if (m_pos + 4 != m_in.size())
            return std::nullopt;
        return m_out;
    }

private:
    bool bits(int need, int &value)
    {
        while (m_bitCount < need) {
            if (m_pos >= m_in.size())
                return false;
            m_bitBuffer |= quint32(quint8(m_in[m_pos++])) << m_bitCount;
            m_bitCount += 8;
        }
        value = int(m_bitBuffer & ((1u << need) - 1));
        m_bitBuffer >>= need;
        m_bitCount -= need;
        return true;
    }

    // The next symbol of `h`, or -1 when the input ends or the code is not one of `h`'s.
    int decode(const Huffman &h)
    {
        int code = 0, first = 0, index = 0;
        for (int len = 1; len <= maxBits; ++len) {
            int bit = 0;
            if (!bits(1, bit))
                return -1;
            code |= bit;
            const int count = h.count[len];
            if (code - count < first)
                return h.symbol[index + (code - first)];
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        return -1;
    }

    bool stored()
    {
        m_bitBuffer = 0; // to the byte boundary
        m_bitCount = 0;
        if (m_pos + 4 > m_in.size())
            return false;
        const int len = quint8(m_in[m_pos]) | quint8(m_in[m_pos + 1]) << 8;
        const int nlen = quint8(m_in[m_pos + 2]) | quint8(m_in[m_pos + 3]) << 8;
        if (len != (~nlen & 0xffff))
            return false;
        m_pos += 4;
        if (m_pos + len > m_in.size())
            return false;
        m_pos += len;
        m_out += len;
        return true;
    }

    bool fixed()
    {
        static const auto codes = [] {
            std::array<quint8, 288 + 30> lengths{};
            for (int i = 0; i < 288; ++i)
                lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
            for (int i = 0; i < 30; ++i)
                lengths[288 + i] = 5;
            // Both are built whatever build() says: the fixed distance code is incomplete by
            // design (codes 30 and 31 exist but mean nothing, and decode() refuses them).
            std::pair<Huffman, Huffman> h;
            build(h.first, lengths.data(), 288, false);
            build(h.second, lengths.data() + 288, 30, true);
            return h;
        }();
        return codesBlock(codes.first, codes.second);
    }

    bool dynamic()
    {
        int nlen = 0, ndist = 0, ncode = 0;
        if (!bits(5, nlen) || !bits(5, ndist) || !bits(4, ncode))
            return false;
        nlen += 257;
        ndist += 1;
        ncode += 4;
        if (nlen > 286 || ndist > 30)
            return false;
        static constexpr int order[19] = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                          11, 4,  12, 3, 13, 2, 14, 1, 15};
        std::array<quint8, 320> lengths{};
        for (int i = 0; i < ncode; ++i) {
            int len = 0;
            if (!bits(3, len))
                return false;
            lengths[order[i]] = quint8(len);
        }
        Huffman lencode;
        if (!build(lencode, lengths.data(), 19, false))
            return false;
        lengths.fill(0);
        for (int index = 0; index < nlen + ndist;) {
            int symbol = decode(lencode);
            if (symbol < 0)
                return false;
            if (symbol < 16) {
                lengths[index++] = quint8(symbol);
                continue;
            }
            int len = 0, repeat = 0;
            if (symbol == 16) {
                if (index == 0)
                    return false;
                len = lengths[index - 1];
                if (!bits(2, repeat))
                    return false;
                repeat += 3;
            } else if (symbol == 17) {
                if (!bits(3, repeat))
                    return false;
                repeat += 3;
            } else {
                if (!bits(7, repeat))
                    return false;
                repeat += 11;
            }
            if (index + repeat > nlen + ndist)
                return false;
            while (repeat--)
                lengths[index++] = quint8(len);
        }
        if (lengths[256] == 0) // a block must be able to end
            return false;
        Huffman litcode, distcode;
        return build(litcode, lengths.data(), nlen, true) &&
               build(distcode, lengths.data() + nlen, ndist, true) && codesBlock(litcode, distcode);
    }

    bool codesBlock(const Huffman &litcode, const Huffman &distcode)
    {
        static constexpr quint16 lengthBase[29] = {3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                                   15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                                   67, 83, 99, 115, 131, 163, 195, 227, 258};
        static constexpr quint8 lengthExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                   2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        static constexpr quint16 distBase[30] = {
            1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
            193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
        static constexpr quint8 distExtra[30] = {0, 0, 0,  0,  1,  1,  2,  2,  3,  3,
                                                 4, 4, 5,  5,  6,  6,  7,  7,  8,  8,
                                                 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
        for (;;) {
            int symbol = decode(litcode);
            if (symbol < 0)
                return false;
            if (symbol < 256) {
                ++m_out;
            } else if (symbol == 256) {
                return true;
            } else {
                symbol -= 257;
                if (symbol >= 29)
                    return false;
                int extra = 0;
                if (!bits(lengthExtra[symbol], extra))
                    return false;
                const int length = lengthBase[symbol] + extra;
                const int dsym = decode(distcode);
                if (dsym < 0 || dsym >= 30)
                    return false;
                if (!bits(distExtra[dsym], extra))
                    return false;
                // A distance further back than what came out so far (zlib refuses it too).
                if (distBase[dsym] + extra > m_out)
                    return false;
                m_out += length;
            }
            if (m_out > m_limit)
                return true; // the caller sees the count above the limit and stops
        }
    }

    QByteArrayView m_in;
    qint64 m_limit;
    qsizetype m_pos = 0;
    quint32 m_bitBuffer = 0;
    int m_bitCount = 0;
    qint64 m_out = 0;
};

} // namespace

std::optional<qint64> InflatedSize::of(QByteArrayView zlibStream, qint64 limit)
{
    return Counter(zlibStream, limit).run();
}

} // namespace focal::package
