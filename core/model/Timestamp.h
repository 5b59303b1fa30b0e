#pragma once

#include <QDateTime>
#include <QString>

namespace focal {

// A moment as Focal stores it: UTC, ISO 8601 with milliseconds, "2019-03-22T12:00:00.000Z",
// exactly what QDateTime::toString(Qt::ISODateWithMs) gives for a UTC time. Every record write
// stamps two of these, so it is computed from the epoch milliseconds directly (days to civil
// date after H. Hinnant's algorithm) instead of through Qt's general formatter, which costs
// about a tenth of a bulk load.
inline QString isoTimestamp(const QDateTime &moment)
{
    if (!moment.isValid())
        return QStringLiteral(""); // as Qt's formatter gives, and NOT NULL columns accept
    const qint64 ms = moment.toMSecsSinceEpoch();
    constexpr qint64 msPerDay = 86400000;
    qint64 days = ms / msPerDay;
    qint64 rest = ms % msPerDay;
    if (rest < 0) {
        rest += msPerDay;
        --days;
    }
    // Days since 1970-01-01 to year, month, day (proleptic Gregorian).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return moment.toUTC().toString(Qt::ISODateWithMs); // Qt's own spelling of rare years

    const int msec = int(rest % 1000);
    const int sec = int(rest / 1000 % 60);
    const int min = int(rest / 60000 % 60);
    const int hour = int(rest / 3600000);
    char16_t out[24];
    auto put = [&out](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    out[4] = u'-';
    put(5, month, 2);
    out[7] = u'-';
    put(8, day, 2);
    out[10] = u'T';
    put(11, hour, 2);
    out[13] = u':';
    put(14, min, 2);
    out[16] = u':';
    put(17, sec, 2);
    out[19] = u'.';
    put(20, msec, 3);
    out[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(out), 24);
}

// The other way: a moment read back. The form isoTimestamp writes is decoded directly; any
// other text goes through Qt's parser (so a value written by hand, or an older spelling, reads
// as it always did; invalid text gives an invalid QDateTime).
inline QDateTime parseTimestamp(QStringView text)
{
    const auto digits = [text](int at, int width, int &out) {
        int value = 0;
        for (int i = at; i < at + width; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        out = value;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, min = 0, sec = 0, msec = 0;
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' &&
        text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z' &&
        digits(0, 4, year) && digits(5, 2, month) && digits(8, 2, day) && digits(11, 2, hour) &&
        digits(14, 2, min) && digits(17, 2, sec) && digits(20, 3, msec) && month >= 1 &&
        month <= 12 && day >= 1 && day <= 31 && hour < 24 && min < 60 && sec < 60) {
        // Civil date to days since 1970-01-01 (H. Hinnant's algorithm, as above).
        const qint64 y = month <= 2 ? year - 1 : year;
        const qint64 era = (y >= 0 ? y : y - 399) / 400;
        const qint64 yoe = y - era * 400;
        const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        const qint64 days = era * 146097 + doe - 719468;
        // A day past the month's end ("2021-02-30") is not a date.
        if (day <= 28 || QDate(year, month, day).isValid())
            return QDateTime::fromMSecsSinceEpoch(
                days * 86400000 + hour * 3600000 + min * 60000 + sec * 1000 + msec, Qt::UTC);
        return {};
    }
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

} // namespace focal
