#include "Deadline.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <climits>

namespace focal {

namespace {

using Kind = Deadline::Kind;
using Period = Deadline::Period;

bool yearInRange(int y)
{
    return y >= Deadline::MinYear && y <= Deadline::MaxYear;
}

// 1 for kinds that are not subdivisions of a year.
int periodsPerYear(Kind k)
{
    return k == Kind::Month      ? 12
           : k == Kind::Bimester ? 6
           : k == Kind::Quarter  ? 4
           : k == Kind::Semester ? 2
                                 : 1;
}

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

// Digits people type can be arbitrarily long; anything unrepresentable is simply out of range.
int toNumber(const QString &digits)
{
    bool ok = false;
    const int n = digits.toInt(&ok);
    return ok ? n : INT_MAX;
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

QString periodCode(const Period &p)
{
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

// ---- Parsing ---------------------------------------------------------------------------------

enum class Cls { Unknown, Ordinal, PeriodWord, Month, YearWord, Connector, ListWord, Undefined };

struct WordInfo
{
    Cls cls = Cls::Unknown;
    int value = 0; // ordinal, month, or Kind for period words
};

// Words are looked up after folding (lower case, accents stripped), so "março" is "marco".
WordInfo wordInfo(const QString &word)
{
    static const QHash<QString, WordInfo> table = [] {
        QHash<QString, WordInfo> t;
        const auto add = [&t](const char *words, Cls cls, int value) {
            for (const QString &w : QString::fromLatin1(words).split(QLatin1Char(' ')))
                t.insert(w, WordInfo{cls, value});
        };
        const char *months[] = {"enero ene janeiro january jan",
                                "febrero feb fevereiro fev february",
                                "marzo marco march mar",
                                "abril abr april apr",
                                "mayo maio mai may",
                                "junio junho june jun",
                                "julio julho july jul",
                                "agosto ago august aug",
                                "septiembre setiembre setembro september sept sep set",
                                "octubre outubro october oct out",
                                "noviembre novembro november nov",
                                "diciembre dezembro december dic dez dec"};
        for (int m = 0; m < 12; ++m)
            add(months[m], Cls::Month, m + 1);
        // Seventh and beyond are listed only so that "Séptimo bimestre" gets a precise error.
        const char *ordinals[] = {"primer primero primera primeiro primeira first",
                                  "segundo segunda second",
                                  "tercer tercero tercera terceiro terceira third",
                                  "cuarto cuarta quarto quarta fourth",
                                  "quinto quinta fifth",
                                  "sexto sexta sixth",
                                  "septimo septima setimo setima seventh",
                                  "octavo octava oitavo oitava eighth",
                                  "noveno novena nono nona ninth",
                                  "decimo decima tenth"};
        for (int n = 0; n < 10; ++n)
            add(ordinals[n], Cls::Ordinal, n + 1);
        add("bimestre bimester", Cls::PeriodWord, int(Kind::Bimester));
        add("trimestre quarter", Cls::PeriodWord, int(Kind::Quarter));
        add("semestre semester half", Cls::PeriodWord, int(Kind::Semester));
        add("ano anio year", Cls::YearWord, 0);
        add("a al hasta ate to until till", Cls::Connector, 0);
        add("y e and", Cls::ListWord, 0);
        add("definir definirse definido definida defined tbd", Cls::Undefined, 0);
        return t;
    }();
    return table.value(word);
}

bool isFiller(const QString &word)
{
    static const QStringList fillers = QString::fromLatin1("de del do da of the").split(u' ');
    return fillers.contains(word);
}

bool isUndefinedPhrase(const QString &folded)
{
    static const QStringList phrases = {
        QStringLiteral("por definir"),    QStringLiteral("por definirse"),
        QStringLiteral("sin definir"),    QStringLiteral("a definir"),
        QStringLiteral("a ser definido"), QStringLiteral("a ser definida"),
        QStringLiteral("to be defined"),  QStringLiteral("tbd")};
    QString bare = folded;
    bare.remove(QLatin1Char('.'));
    bare = bare.simplified();
    // A lone dash is how tables say "nothing here".
    return bare.isEmpty() || bare.count(QLatin1Char('-')) == bare.size() || phrases.contains(bare);
}

QString ordinalName(int n)
{
    static const char *const words[] = {QT_TRANSLATE_NOOP("focal::Deadline", "first"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "second"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "third"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "fourth"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "fifth"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "sixth"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "seventh"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "eighth"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "ninth"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "tenth")};
    if (n >= 1 && n <= 10)
        return Deadline::tr(words[n - 1]);
    if (n % 100 >= 11 && n % 100 <= 13)
        return Deadline::tr("%1th").arg(n);
    switch (n % 10) {
    case 1:
        return Deadline::tr("%1st").arg(n);
    case 2:
        return Deadline::tr("%1nd").arg(n);
    case 3:
        return Deadline::tr("%1rd").arg(n);
    }
    return Deadline::tr("%1th").arg(n);
}

QString monthName(int m)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("focal::Deadline", "January"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "February"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "March"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "April"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "May"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "June"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "July"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "August"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "September"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "October"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "November"),
                                        QT_TRANSLATE_NOOP("focal::Deadline", "December")};
    return Deadline::tr(names[m - 1]);
}

enum class Tok { Num, Word, Code, IsoMonth, NumDate, Dash, Sep };

struct Token
{
    Tok type;
    qsizetype from; // range in the folded text
    qsizetype to;
    QStringList cap; // regular expression captures
};

struct MonthPoint
{
    int year = 0; // 0 until known: "oct" in "oct – dic 2020" takes its year from "dic 2020"
    int month = 0;
};

// Folds the text (accents, case, dash and space variants), tokenizes it, and reads a sequence of
// periods with a small recursive-descent grammar. Errors quote the user's own spelling.
class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}
    std::optional<QList<Period>> run();
    QString error;

private:
    std::nullopt_t fail(const QString &message)
    {
        error = message;
        return std::nullopt;
    }
    void fold();
    bool tokenize();
    const Token *peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_tokens.size() ? &m_tokens[m_pos + ahead] : nullptr;
    }
    static WordInfo info(const Token *t)
    {
        return t && t->type == Tok::Word ? wordInfo(t->cap[0]) : WordInfo{};
    }
    static bool isPlainNumber(const Token *t)
    {
        return t && t->type == Tok::Num && t->cap[2].isEmpty();
    }
    QString original(qsizetype from, qsizetype to) const;
    QString text(const Token &t) const { return original(t.from, t.to); }
    QString consumedSince(qsizetype firstToken) const;

    std::optional<Period> item();
    std::optional<Period> numbered(Kind kind, int n, qsizetype start);
    std::optional<Period> monthPhrase(qsizetype start);
    std::optional<MonthPoint> monthPoint(qsizetype start);
    std::optional<Period> numericDate(const Token &t);
    std::optional<Period> makeDate(int y, int m, int d);
    std::optional<int> year(qsizetype start);
    std::optional<int> checkYear(int y, const QString &written);

    const QString &m_text;
    QString m_folded;
    QList<qsizetype> m_origin; // index in m_text of each folded character
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
};

void Parser::fold()
{
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        QString piece;
        // º, ª and ° are ordinal marks ("1º", "1ª", "1°"), not letters NFD could decompose.
        if (c == QChar(0x00BA) || c == QChar(0x00B0))
            piece = QStringLiteral("o");
        else if (c == QChar(0x00AA))
            piece = QStringLiteral("a");
        else if (c.isSpace())
            piece = QStringLiteral(" ");
        else if ((c.unicode() >= 0x2010 && c.unicode() <= 0x2015) || c.unicode() == 0x2212)
            piece = QStringLiteral("-");
        else
            piece = QString(c).normalized(QString::NormalizationForm_D);
        for (const QChar p : std::as_const(piece)) {
            if (p.category() == QChar::Mark_NonSpacing)
                continue;
            m_folded += p.toLower();
            m_origin.append(i);
        }
    }
}

QString Parser::original(qsizetype from, qsizetype to) const
{
    const qsizetype begin = m_origin[from];
    qsizetype end = to < m_folded.size() ? m_origin[to] : m_text.size();
    end = std::max(end, m_origin[to - 1] + 1);
    return m_text.mid(begin, end - begin).trimmed();
}

QString Parser::consumedSince(qsizetype firstToken) const
{
    if (m_pos <= firstToken)
        return {};
    return original(m_tokens[firstToken].from, m_tokens[m_pos - 1].to);
}

bool Parser::tokenize()
{
    // Order matters: a numeric date must win over a number followed by a dash, and "q1" over
    // a word.
    static const std::array<std::pair<Tok, QRegularExpression>, 7> patterns{{
        {Tok::NumDate, QRegularExpression(QStringLiteral("(\\d+)([./-])(\\d+)\\2(\\d+)(?!\\d)"))},
        {Tok::Code,
         QRegularExpression(QStringLiteral("(?:(\\d{4})-)?([bqsh])(\\d+)(?![\\p{L}\\d])"))},
        {Tok::IsoMonth, QRegularExpression(QStringLiteral("(\\d{4})-(\\d{1,2})(?!\\d)"))},
        {Tok::Num,
         QRegularExpression(QStringLiteral(
             "(\\d+)(\\.?o|\\.?a|ero|era|ro|ra|do|da|to|ta|er|st|nd|rd|th)?(?![\\p{L}\\d])"))},
        {Tok::Word, QRegularExpression(QStringLiteral("\\p{L}+"))},
        {Tok::Dash, QRegularExpression(QStringLiteral("\\.\\.|-+"))},
        {Tok::Sep, QRegularExpression(QStringLiteral("[,;/]"))},
    }};
    qsizetype at = 0;
    while (at < m_folded.size()) {
        const QChar c = m_folded.at(at);
        if (c == u' ' || (c == u'.' && m_folded.mid(at, 2) != QLatin1String(".."))) {
            ++at; // abbreviation dots and trailing periods carry no meaning
            continue;
        }
        bool matched = false;
        for (const auto &[type, re] : patterns) {
            const QRegularExpressionMatch m =
                re.match(m_folded, at, QRegularExpression::NormalMatch,
                         QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch())
                continue;
            const qsizetype end = m.capturedEnd(0);
            // capturedTexts() omits trailing unmatched groups; callers index every group.
            QStringList cap;
            for (int i = 0; i <= re.captureCount(); ++i)
                cap.append(m.captured(i));
            if (!(type == Tok::Word && isFiller(cap[0])))
                m_tokens.append(Token{type, at, end, cap});
            at = end;
            matched = true;
            break;
        }
        if (!matched) {
            qsizetype end = m_folded.indexOf(u' ', at);
            if (end < 0)
                end = m_folded.size();
            error = Deadline::tr("Unexpected \"%1\".").arg(original(at, end));
            return false;
        }
    }
    return true;
}

std::optional<QList<Period>> Parser::run()
{
    fold();
    if (isUndefinedPhrase(m_folded))
        return QList<Period>();
    if (!tokenize())
        return std::nullopt;
    if (m_tokens.isEmpty())
        return fail(
            Deadline::tr("\"%1\" is not a date, month, period or year that Focal understands.")
                .arg(m_text.trimmed()));
    for (const Token &t : std::as_const(m_tokens)) {
        if (info(&t).cls == Cls::Undefined)
            return fail(Deadline::tr("A deadline that is still to be defined cannot be combined "
                                     "with dates or periods."));
    }
    QList<Period> periods;
    for (;;) {
        const std::optional<Period> p = item();
        if (!p)
            return std::nullopt;
        periods.append(*p);
        const Token *t = peek();
        if (!t)
            break;
        if (t->type == Tok::Dash || info(t).cls == Cls::Connector)
            return fail(
                Deadline::tr("Only months can form a range, as in \"Oct \u2013 dic 2020\"."));
        // Periods may also be simply juxtaposed: "Cuarto bimestre 2020 Primer bimestre 2021".
        if (t->type == Tok::Sep || info(t).cls == Cls::ListWord) {
            ++m_pos;
            if (!peek())
                return fail(
                    Deadline::tr("Something is missing after \"%1\".").arg(consumedSince(0)));
        }
    }
    return periods;
}

std::optional<Period> Parser::item()
{
    const qsizetype start = m_pos;
    const Token &t = m_tokens[m_pos];
    const Token *next = peek(1);
    const QString ordinalAlone =
        Deadline::tr("\"%1\" must be followed by a bimester, quarter or semester.").arg(text(t));
    switch (t.type) {
    case Tok::NumDate:
        ++m_pos;
        return numericDate(t);
    case Tok::IsoMonth:
        return monthPhrase(start);
    case Tok::Code: {
        ++m_pos;
        const QChar c = t.cap[2].at(0);
        const Kind k = c == u'b' ? Kind::Bimester : c == u'q' ? Kind::Quarter : Kind::Semester;
        return numbered(k, toNumber(t.cap[3]), t.cap[1].isEmpty() ? start : -1);
    }
    case Tok::Num:
        if (info(next).cls == Cls::PeriodWord) {
            m_pos += 2;
            return numbered(Kind(info(next).value), toNumber(t.cap[1]), start);
        }
        if (info(next).cls == Cls::Month) {
            m_pos += 2;
            const std::optional<int> y = year(start);
            if (!y)
                return std::nullopt;
            return makeDate(*y, info(next).value, toNumber(t.cap[1]));
        }
        if (!t.cap[2].isEmpty())
            return fail(ordinalAlone);
        if (const std::optional<int> y = year(start))
            return Period{.kind = Kind::Year, .year = *y};
        return std::nullopt;
    case Tok::Word:
        switch (info(&t).cls) {
        case Cls::Ordinal:
            if (info(next).cls != Cls::PeriodWord)
                return fail(ordinalAlone);
            m_pos += 2;
            return numbered(Kind(info(next).value), info(&t).value, start);
        case Cls::PeriodWord:
            return fail(Deadline::tr("An ordinal such as \"primer\", \"2do\" or \"first\" is "
                                     "missing before \"%1\".")
                            .arg(text(t)));
        case Cls::Month:
            return monthPhrase(start);
        case Cls::YearWord: {
            ++m_pos;
            const std::optional<int> y = year(start);
            if (!y)
                return std::nullopt;
            return Period{.kind = Kind::Year, .year = *y};
        }
        case Cls::Unknown:
            return fail(Deadline::tr("\"%1\" is not a date, month, period or year that Focal "
                                     "understands.")
                            .arg(text(t)));
        default:
            break;
        }
        break;
    case Tok::Dash:
    case Tok::Sep:
        break;
    }
    return fail(Deadline::tr("Unexpected \"%1\".").arg(text(t)));
}

// start < 0: the year was part of the token ("2021-B1"), which m_pos has already passed.
std::optional<Period> Parser::numbered(Kind kind, int n, qsizetype start)
{
    if (n < 1 || n > periodsPerYear(kind)) {
        const QString ord = ordinalName(n);
        switch (kind) {
        case Kind::Bimester:
            return fail(
                Deadline::tr("There is no %1 bimester: a year has six bimesters.").arg(ord));
        case Kind::Quarter:
            return fail(Deadline::tr("There is no %1 quarter: a year has four quarters.").arg(ord));
        default:
            return fail(
                Deadline::tr("There is no %1 semester: a year has two semesters.").arg(ord));
        }
    }
    const std::optional<int> y =
        start < 0 ? checkYear(toNumber(m_tokens[m_pos - 1].cap[1]), m_tokens[m_pos - 1].cap[1])
                  : year(start);
    if (!y)
        return std::nullopt;
    return Period{.kind = kind, .year = *y, .index = n};
}

std::optional<Period> Parser::monthPhrase(qsizetype start)
{
    // "March 15, 2021": a month name followed by a short number is a day, not a year.
    const Token *next = peek(1);
    if (m_tokens[m_pos].type == Tok::Word && next && next->type == Tok::Num &&
        next->cap[1].size() <= 2) {
        const int month = info(&m_tokens[m_pos]).value;
        m_pos += 2;
        if (peek() && peek()->type == Tok::Sep && peek()->cap[0] == QLatin1String(","))
            ++m_pos;
        const std::optional<int> y = year(start);
        if (!y)
            return std::nullopt;
        return makeDate(*y, month, toNumber(next->cap[1]));
    }
    std::optional<MonthPoint> from = monthPoint(start);
    if (!from)
        return std::nullopt;
    const Token *t = peek();
    if (t && (t->type == Tok::Dash || info(t).cls == Cls::Connector)) {
        ++m_pos;
        const std::optional<MonthPoint> to = monthPoint(start);
        if (!to)
            return std::nullopt;
        if (to->year == 0)
            return fail(Deadline::tr("A year is missing after \"%1\".").arg(consumedSince(start)));
        if (from->year == 0)
            from->year = to->year;
        const int first = from->year * 12 + from->month;
        const int last = to->year * 12 + to->month;
        if (last < first)
            return fail(Deadline::tr("The range ends before it starts."));
        if (last == first)
            return Period{.kind = Kind::Month, .year = from->year, .index = from->month};
        return Period{.kind = Kind::MonthRange,
                      .year = from->year,
                      .index = from->month,
                      .endYear = to->year,
                      .endMonth = to->month};
    }
    if (from->year == 0)
        return fail(Deadline::tr("A year is missing after \"%1\".").arg(consumedSince(start)));
    return Period{.kind = Kind::Month, .year = from->year, .index = from->month};
}

std::optional<MonthPoint> Parser::monthPoint(qsizetype start)
{
    const Token *t = peek();
    if (t && t->type == Tok::IsoMonth) {
        ++m_pos;
        const int m = toNumber(t->cap[2]);
        if (m < 1 || m > 12)
            return fail(Deadline::tr("There is no month %1: a year has twelve months.").arg(m));
        const std::optional<int> y = checkYear(toNumber(t->cap[1]), t->cap[1]);
        if (!y)
            return std::nullopt;
        return MonthPoint{*y, m};
    }
    if (info(t).cls == Cls::Month) {
        ++m_pos;
        MonthPoint point{0, info(t).value};
        if (isPlainNumber(peek())) {
            const std::optional<int> y = year(start);
            if (!y)
                return std::nullopt;
            point.year = *y;
        }
        return point;
    }
    if (t && t->type == Tok::Word)
        return fail(Deadline::tr("Unknown month \"%1\".").arg(text(*t)));
    return fail(Deadline::tr("A month is missing after \"%1\".").arg(consumedSince(start)));
}

std::optional<Period> Parser::numericDate(const Token &t)
{
    QString d = t.cap[1], m = t.cap[3], y = t.cap[4];
    if (d.size() == 4)
        std::swap(d, y); // ISO order: 2021-03-15
    if (d.size() > 2 || m.size() > 2 || (y.size() != 2 && y.size() != 4))
        return fail(Deadline::tr("\"%1\" is not a date: write day, month and year, as in "
                                 "15.03.2021.")
                        .arg(text(t)));
    // Two-digit years in plan documents ("11.11.19") are all in this century.
    const int year = y.size() == 2 ? 2000 + toNumber(y) : toNumber(y);
    return makeDate(year, toNumber(m), toNumber(d));
}

std::optional<Period> Parser::makeDate(int y, int m, int d)
{
    if (m < 1 || m > 12)
        return fail(Deadline::tr("There is no month %1: a year has twelve months.").arg(m));
    if (!checkYear(y, QString::number(y)))
        return std::nullopt;
    if (!QDate::isValid(y, m, d))
        return fail(Deadline::tr("%1 %2 %3 is not a date.").arg(d).arg(monthName(m)).arg(y));
    return Period{.kind = Kind::Date, .year = y, .date = QDate(y, m, d)};
}

std::optional<int> Parser::year(qsizetype start)
{
    const Token *t = peek();
    if (!isPlainNumber(t))
        return fail(Deadline::tr("A year is missing after \"%1\".").arg(consumedSince(start)));
    ++m_pos;
    if (t->cap[1].size() != 4)
        return checkYear(INT_MAX, text(*t));
    return checkYear(toNumber(t->cap[1]), text(*t));
}

std::optional<int> Parser::checkYear(int y, const QString &written)
{
    if (yearInRange(y))
        return y;
    return fail(Deadline::tr("%1 is not a valid year: write four digits from %2 to %3.")
                    .arg(written)
                    .arg(Deadline::MinYear)
                    .arg(Deadline::MaxYear));
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
    Parser parser(text);
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
    QStringList codes;
    for (const Period &p : m_periods)
        codes.append(periodCode(p));
    return codes.join(QLatin1Char(';'));
}

std::optional<Deadline> Deadline::fromCode(const QString &code)
{
    // The parser reads every code form; a code is accepted only if it is the canonical spelling
    // of what it parses to, which rejects "2021-b1", "2021-3", "2021-03..2021-03" and the like.
    std::optional<Deadline> d = parse(code);
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
