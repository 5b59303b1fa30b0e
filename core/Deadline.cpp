#include "Deadline.h"

#include "DeadlineCalendar.h"
#include "DeadlineParser.h"

#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace focal {

namespace {

using Kind = Deadline::Kind;
using Period = Deadline::Period;
using detail::periodsPerYear;
using detail::yearInRange;

// First and last month covered, each counted as year * 12 + (month - 1); Date is its month.
std::pair<int, int> monthSpan(const Period &p)
{
    const int base = p.year * 12;
    switch (p.kind) {
    case Kind::Date:
        return {base + p.date.month() - 1, base + p.date.month() - 1};
    case Kind::MonthRange:
        return {base + p.index - 1, p.endYear * 12 + p.endMonth - 1};
    case Kind::Year:
        return {base, base + 11};
    default: {
        const int length = 12 / periodsPerYear(p.kind);
        return {base + (p.index - 1) * length, base + p.index * length - 1};
    }
    }
}

QDate lastDayOfMonth(int y, int m)
{
    return QDate(y, m, QDate(y, m, 1).daysInMonth());
}

// ---- Rendering -------------------------------------------------------------------------------

struct Vocabulary
{
    QStringList months, abbreviations, ordinals, periods; // periods: bimester, quarter, semester
    QString undefined;
};

const Vocabulary &vocabulary(Language lang)
{
    const auto words = [](const char16_t *s) { return QString::fromUtf16(s).split(u' '); };
    static const std::array<Vocabulary, 3> vocabularies{{
        {words(u"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
               u"diciembre"),
         words(u"ene feb mar abr may jun jul ago sep oct nov dic"),
         words(u"primer segundo tercer cuarto quinto sexto"), words(u"bimestre trimestre semestre"),
         QStringLiteral("por definir")},
        {words(u"janeiro fevereiro mar\u00e7o abril maio junho julho agosto setembro outubro "
               u"novembro dezembro"),
         words(u"jan fev mar abr mai jun jul ago set out nov dez"),
         words(u"primeiro segundo terceiro quarto quinto sexto"),
         words(u"bimestre trimestre semestre"), QStringLiteral("a definir")},
        {words(u"January February March April May June July August September October November "
               u"December"),
         words(u"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
         words(u"first second third fourth fifth sixth"), words(u"bimester quarter semester"),
         QStringLiteral("to be defined")},
    }};
    static_assert(int(Language::Spanish) == 0 && int(Language::Portuguese) == 1 &&
                  int(Language::English) == 2);
    return vocabularies[int(lang)];
}

// Lower-case except where the language capitalises (English month names), so that only the
// first item of a list needs capitalising.
QString periodText(const Period &p, Language lang)
{
    const Vocabulary &v = vocabulary(lang);
    const bool pt = lang == Language::Portuguese;
    const bool en = lang == Language::English;
    switch (p.kind) {
    case Kind::Date: {
        const QString month = (v.months[p.date.month() - 1]);
        return (en ? QStringLiteral("%1 %2 %3") : QStringLiteral("%1 de %2 de %3"))
            .arg(p.date.day())
            .arg(month)
            .arg(p.year);
    }
    case Kind::Month:
        return (pt ? QStringLiteral("%1 de %2") : QStringLiteral("%1 %2"))
            .arg((v.months[p.index - 1]))
            .arg(p.year);
    case Kind::Bimester:
    case Kind::Quarter:
    case Kind::Semester: {
        const int which = p.kind == Kind::Bimester ? 0 : p.kind == Kind::Quarter ? 1 : 2;
        return (pt ? QStringLiteral("%1 %2 de %3") : QStringLiteral("%1 %2 %3"))
            .arg((v.ordinals[p.index - 1]), (v.periods[which]))
            .arg(p.year);
    }
    case Kind::Year:
        return QString::number(p.year);
    case Kind::MonthRange:
        if (p.year == p.endYear)
            return QStringLiteral("%1 \u2013 %2 %3")
                .arg((v.abbreviations[p.index - 1]), (v.abbreviations[p.endMonth - 1]))
                .arg(p.year);
        return QStringLiteral("%1 %2 \u2013 %3 %4")
            .arg((v.abbreviations[p.index - 1]))
            .arg(p.year)
            .arg((v.abbreviations[p.endMonth - 1]))
            .arg(p.endYear);
    case Kind::Undefined:
    case Kind::List:
        break;
    }
    return {};
}

// Spelled digit by digit: codes are written for every deadline stored and compared on every
// one read (QString::arg costs ten times as much). Years outside 0-9999 take the general path.
class CodeWriter
{
public:
    void number(int value, int width)
    {
        char digits[10];
        int n = 0;
        do {
            digits[n++] = char('0' + value % 10);
            value /= 10;
        } while (value > 0 && n < 10);
        for (int i = n; i < width; ++i)
            put('0');
        while (n > 0)
            put(digits[--n]);
    }
    void put(char c) { m_text[m_size++] = QLatin1Char(c); }
    QString text() const { return QString(m_text, m_size); }

private:
    QChar m_text[32];
    int m_size = 0;
};

std::optional<QString> fastPeriodCode(const Period &p)
{
    const int endYear = p.kind == Kind::MonthRange ? p.endYear : p.year;
    const int year = p.kind == Kind::Date ? p.date.year() : p.year;
    if ((p.kind == Kind::Date && !p.date.isValid()) || year < 0 || year > 9999 || endYear < 0 ||
        endYear > 9999 || p.index < 0 || p.index > 99 || p.endMonth < 0 || p.endMonth > 99)
        return std::nullopt;
    CodeWriter w;
    switch (p.kind) {
    case Kind::Date:
        w.number(year, 4);
        w.put('-');
        w.number(p.date.month(), 2);
        w.put('-');
        w.number(p.date.day(), 2);
        break;
    case Kind::Month:
    case Kind::MonthRange:
        w.number(p.year, 0);
        w.put('-');
        w.number(p.index, 2);
        if (p.kind == Kind::MonthRange) {
            w.put('.');
            w.put('.');
            w.number(p.endYear, 0);
            w.put('-');
            w.number(p.endMonth, 2);
        }
        break;
    case Kind::Bimester:
    case Kind::Quarter:
    case Kind::Semester:
        w.number(p.year, 0);
        w.put('-');
        w.put(p.kind == Kind::Bimester ? 'B' : p.kind == Kind::Quarter ? 'Q' : 'S');
        w.number(p.index, 0);
        break;
    default:
        w.number(p.year, 0);
        break;
    }
    return w.text();
}

QString periodCode(const Period &p)
{
    if (auto fast = fastPeriodCode(p))
        return *fast;
    const auto yearMonth = [](int y, int m) {
        return QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
    };
    switch (p.kind) {
    case Kind::Date:
        return p.date.toString(Qt::ISODate);
    case Kind::Month:
        return yearMonth(p.year, p.index);
    case Kind::MonthRange:
        return yearMonth(p.year, p.index) + QLatin1String("..") + yearMonth(p.endYear, p.endMonth);
    case Kind::Bimester:
    case Kind::Quarter:
    case Kind::Semester: {
        const char letter = p.kind == Kind::Bimester ? 'B' : p.kind == Kind::Quarter ? 'Q' : 'S';
        return QStringLiteral("%1-%2%3").arg(p.year).arg(QLatin1Char(letter)).arg(p.index);
    }
    default:
        return QString::number(p.year);
    }
}

} // namespace

// ---- Period ----------------------------------------------------------------------------------

QDate Deadline::Period::start() const
{
    if (!isValid())
        return {};
    if (kind == Kind::Date)
        return date;
    const int m = monthSpan(*this).first;
    return QDate(m / 12, m % 12 + 1, 1);
}

QDate Deadline::Period::end() const
{
    if (!isValid())
        return {};
    if (kind == Kind::Date)
        return date;
    const int m = monthSpan(*this).second;
    return lastDayOfMonth(m / 12, m % 12 + 1);
}

bool Deadline::Period::isValid() const
{
    const bool onlyYearAndIndex = date.isNull() && endYear == 0 && endMonth == 0;
    if (!yearInRange(year))
        return false;
    switch (kind) {
    case Kind::Date:
        return date.isValid() && year == date.year() && index == 0 && endYear == 0 && endMonth == 0;
    case Kind::Year:
        return index == 0 && onlyYearAndIndex;
    case Kind::Month:
    case Kind::Bimester:
    case Kind::Quarter:
    case Kind::Semester:
        return index >= 1 && index <= periodsPerYear(kind) && onlyYearAndIndex;
    case Kind::MonthRange:
        return date.isNull() && yearInRange(endYear) && index >= 1 && index <= 12 &&
               endMonth >= 1 && endMonth <= 12 && monthSpan(*this).first < monthSpan(*this).second;
    case Kind::Undefined:
    case Kind::List:
        break;
    }
    return false;
}

// ---- Deadline --------------------------------------------------------------------------------

Deadline::Deadline() = default;

std::optional<Deadline> Deadline::date(QDate day)
{
    return list({Period{.kind = Kind::Date, .year = day.year(), .date = day}});
}

std::optional<Deadline> Deadline::month(int year, int month)
{
    return list({Period{.kind = Kind::Month, .year = year, .index = month}});
}

std::optional<Deadline> Deadline::bimester(int year, int bimester)
{
    return list({Period{.kind = Kind::Bimester, .year = year, .index = bimester}});
}

std::optional<Deadline> Deadline::quarter(int year, int quarter)
{
    return list({Period{.kind = Kind::Quarter, .year = year, .index = quarter}});
}

std::optional<Deadline> Deadline::semester(int year, int semester)
{
    return list({Period{.kind = Kind::Semester, .year = year, .index = semester}});
}

std::optional<Deadline> Deadline::year(int year)
{
    return list({Period{.kind = Kind::Year, .year = year}});
}

std::optional<Deadline> Deadline::monthRange(int fromYear, int fromMonth, int toYear, int toMonth)
{
    if (fromYear == toYear && fromMonth == toMonth)
        return month(fromYear, fromMonth);
    return list({Period{.kind = Kind::MonthRange,
                        .year = fromYear,
                        .index = fromMonth,
                        .endYear = toYear,
                        .endMonth = toMonth}});
}

std::optional<Deadline> Deadline::list(const QList<Period> &periods)
{
    if (periods.isEmpty())
        return std::nullopt;
    for (const Period &p : periods) {
        if (!p.isValid())
            return std::nullopt;
    }
    return Deadline(periods);
}

std::optional<Deadline> Deadline::parse(const QString &text, QString *error)
{
    detail::DeadlineParser parser(text);
    const std::optional<QList<Period>> periods = parser.run();
    if (!periods) {
        if (error)
            *error = parser.error;
        return std::nullopt;
    }
    return Deadline(*periods);
}

QString Deadline::toCode() const
{
    if (m_periods.size() == 1)
        return periodCode(m_periods.first());
    QStringList codes;
    for (const Period &p : m_periods)
        codes.append(periodCode(p));
    return codes.join(QLatin1Char(';'));
}

namespace {

bool readDigits(QStringView s, int &out)
{
    if (s.isEmpty() || s.size() > 4)
        return false;
    int v = 0;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c.unicode() - u'0');
    }
    out = v;
    return true;
}

// One period of a stored code, decoded directly: codes are read for every stored deadline,
// so they do not go through the parser for what people type.
std::optional<Deadline::Period> periodFromCode(QStringView s)
{
    int y = 0, m = 0, d = 0, y2 = 0, m2 = 0, n = 0;
    if (s.size() < 4 || !readDigits(s.left(4), y))
        return std::nullopt;
    std::optional<Deadline> one;
    if (s.size() == 4) {
        one = Deadline::year(y);
    } else if (s.size() == 7 && s[4] == u'-') {
        const QChar c = s[5];
        if ((c == u'B' || c == u'Q' || c == u'S') && readDigits(s.mid(6), n))
            one = c == u'B'   ? Deadline::bimester(y, n)
                  : c == u'Q' ? Deadline::quarter(y, n)
                              : Deadline::semester(y, n);
        else if (readDigits(s.mid(5), m))
            one = Deadline::month(y, m);
    } else if (s.size() == 10 && s[4] == u'-' && s[7] == u'-' && readDigits(s.mid(5, 2), m) &&
               readDigits(s.mid(8, 2), d)) {
        one = Deadline::date(QDate(y, m, d));
    } else if (s.size() == 16 && s[4] == u'-' && s.mid(7, 2) == u".." && s[13] == u'-' &&
               readDigits(s.mid(5, 2), m) && readDigits(s.mid(9, 4), y2) &&
               readDigits(s.mid(14, 2), m2)) {
        one = Deadline::monthRange(y, m, y2, m2);
    }
    if (!one || one->periods().size() != 1)
        return std::nullopt;
    return one->periods().first();
}

} // namespace

std::optional<Deadline> Deadline::fromCode(const QString &code)
{
    if (code.isEmpty())
        return Deadline();
    QList<Period> periods;
    for (QStringView item : QStringView(code).split(u';')) {
        const auto p = periodFromCode(item);
        if (!p)
            return std::nullopt;
        periods.append(*p);
    }
    std::optional<Deadline> d =
        periods.size() == 1 ? std::optional<Deadline>(Deadline()) : Deadline::list(periods);
    if (periods.size() == 1 && d)
        d->m_periods = periods;
    // Only the canonical spelling is accepted: "2021-03..2021-03" or "2021-B01" are not codes.
    if (!d || d->toCode() != code)
        return std::nullopt;
    return d;
}

QString Deadline::toText(Language lang) const
{
    if (isUndefined()) {
        QString s = vocabulary(lang).undefined;
        s[0] = s[0].toUpper();
        return s;
    }
    QStringList parts;
    for (const Period &p : m_periods)
        parts.append(periodText(p, lang));
    QString s = parts.join(QStringLiteral(", "));
    s[0] = s[0].toUpper();
    return s;
}

std::optional<Deadline> Deadline::shiftedByYears(int years) const
{
    if (isUndefined())
        return *this;
    QList<Period> shifted;
    shifted.reserve(m_periods.size());
    for (Period p : m_periods) {
        p.year += years;
        if (p.kind == Kind::Date)
            p.date = p.date.addYears(years);
        if (p.kind == Kind::MonthRange)
            p.endYear += years;
        shifted.append(p);
    }
    return list(shifted); // validates the years
}

Deadline::Kind Deadline::kind() const
{
    if (m_periods.isEmpty())
        return Kind::Undefined;
    if (m_periods.size() > 1)
        return Kind::List;
    return m_periods.first().kind;
}

QDate Deadline::start() const
{
    QDate first;
    for (const Period &p : m_periods) {
        if (!first.isValid() || p.start() < first)
            first = p.start();
    }
    return first;
}

QDate Deadline::end() const
{
    QDate last;
    for (const Period &p : m_periods) {
        if (!last.isValid() || p.end() > last)
            last = p.end();
    }
    return last;
}

bool Deadline::isOverdue(QDate on) const
{
    return !isUndefined() && end() < on;
}

bool Deadline::lessByEnd(const Deadline &a, const Deadline &b)
{
    if (a.isUndefined() || b.isUndefined())
        return !a.isUndefined() && b.isUndefined();
    if (a.end() != b.end())
        return a.end() < b.end();
    return a.start() < b.start();
}

std::strong_ordering Deadline::operator<=>(const Deadline &other) const
{
    if (isUndefined() || other.isUndefined())
        return isUndefined() <=> other.isUndefined();
    if (const auto c = end().toJulianDay() <=> other.end().toJulianDay(); c != 0)
        return c;
    if (const auto c = start().toJulianDay() <=> other.start().toJulianDay(); c != 0)
        return c;
    return QString::compare(toCode(), other.toCode()) <=> 0;
}

} // namespace focal
