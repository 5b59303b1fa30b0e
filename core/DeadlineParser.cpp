#include "DeadlineParser.h"

#include "DeadlineCalendar.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <climits>
#include <utility>

namespace focal::detail {

namespace {

// Digits people type can be arbitrarily long; anything unrepresentable is simply out of range.
int toNumber(const QString &digits)
{
    bool ok = false;
    const int n = digits.toInt(&ok);
    return ok ? n : INT_MAX;
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

} // namespace

// Words are looked up after folding (lower case, accents stripped), so "março" is "marco".
DeadlineParser::WordInfo DeadlineParser::wordInfo(const QString &word)
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
QString DeadlineParser::ordinalName(int n)
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
        return tr(words[n - 1]);
    if (n % 100 >= 11 && n % 100 <= 13)
        return tr("%1th").arg(n);
    switch (n % 10) {
    case 1:
        return tr("%1st").arg(n);
    case 2:
        return tr("%1nd").arg(n);
    case 3:
        return tr("%1rd").arg(n);
    }
    return tr("%1th").arg(n);
}

QString DeadlineParser::monthName(int m)
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
    return tr(names[m - 1]);
}

void DeadlineParser::fold()
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

QString DeadlineParser::original(qsizetype from, qsizetype to) const
{
    const qsizetype begin = m_origin[from];
    qsizetype end = to < m_folded.size() ? m_origin[to] : m_text.size();
    end = std::max(end, m_origin[to - 1] + 1);
    return m_text.mid(begin, end - begin).trimmed();
}

QString DeadlineParser::consumedSince(qsizetype firstToken) const
{
    if (m_pos <= firstToken)
        return {};
    return original(m_tokens[firstToken].from, m_tokens[m_pos - 1].to);
}

bool DeadlineParser::tokenize()
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
            error = tr("Unexpected \"%1\".").arg(original(at, end));
            return false;
        }
    }
    return true;
}

std::optional<QList<Deadline::Period>> DeadlineParser::run()
{
    fold();
    if (isUndefinedPhrase(m_folded))
        return QList<Period>();
    if (!tokenize())
        return std::nullopt;
    if (m_tokens.isEmpty())
        return fail(tr("\"%1\" is not a date, month, period or year that Focal understands.")
                        .arg(m_text.trimmed()));
    for (const Token &t : std::as_const(m_tokens)) {
        if (info(&t).cls == Cls::Undefined)
            return fail(tr("A deadline that is still to be defined cannot be combined "
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
            return fail(tr("Only months can form a range, as in \"Oct \u2013 dic 2020\"."));
        // Periods may also be simply juxtaposed: "Cuarto bimestre 2020 Primer bimestre 2021".
        if (t->type == Tok::Sep || info(t).cls == Cls::ListWord) {
            ++m_pos;
            if (!peek())
                return fail(tr("Something is missing after \"%1\".").arg(consumedSince(0)));
        }
    }
    return periods;
}

std::optional<Deadline::Period> DeadlineParser::item()
{
    const qsizetype start = m_pos;
    const Token &t = m_tokens[m_pos];
    const Token *next = peek(1);
    const QString ordinalAlone =
        tr("\"%1\" must be followed by a bimester, quarter or semester.").arg(text(t));
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
            return fail(tr("An ordinal such as \"primer\", \"2do\" or \"first\" is "
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
            return fail(tr("\"%1\" is not a date, month, period or year that Focal "
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
    return fail(tr("Unexpected \"%1\".").arg(text(t)));
}

// start < 0: the year was part of the token ("2021-B1"), which m_pos has already passed.
std::optional<Deadline::Period> DeadlineParser::numbered(Kind kind, int n, qsizetype start)
{
    if (n < 1 || n > periodsPerYear(kind)) {
        const QString ord = ordinalName(n);
        switch (kind) {
        case Kind::Bimester:
            return fail(tr("There is no %1 bimester: a year has six bimesters.").arg(ord));
        case Kind::Quarter:
            return fail(tr("There is no %1 quarter: a year has four quarters.").arg(ord));
        default:
            return fail(tr("There is no %1 semester: a year has two semesters.").arg(ord));
        }
    }
    const std::optional<int> y =
        start < 0 ? checkYear(toNumber(m_tokens[m_pos - 1].cap[1]), m_tokens[m_pos - 1].cap[1])
                  : year(start);
    if (!y)
        return std::nullopt;
    return Period{.kind = kind, .year = *y, .index = n};
}

std::optional<Deadline::Period> DeadlineParser::monthPhrase(qsizetype start)
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
            return fail(tr("A year is missing after \"%1\".").arg(consumedSince(start)));
        if (from->year == 0)
            from->year = to->year;
        const int first = from->year * 12 + from->month;
        const int last = to->year * 12 + to->month;
        if (last < first)
            return fail(tr("The range ends before it starts."));
        if (last == first)
            return Period{.kind = Kind::Month, .year = from->year, .index = from->month};
        return Period{.kind = Kind::MonthRange,
                      .year = from->year,
                      .index = from->month,
                      .endYear = to->year,
                      .endMonth = to->month};
    }
    if (from->year == 0)
        return fail(tr("A year is missing after \"%1\".").arg(consumedSince(start)));
    return Period{.kind = Kind::Month, .year = from->year, .index = from->month};
}

std::optional<DeadlineParser::MonthPoint> DeadlineParser::monthPoint(qsizetype start)
{
    const Token *t = peek();
    if (t && t->type == Tok::IsoMonth) {
        ++m_pos;
        const int m = toNumber(t->cap[2]);
        if (m < 1 || m > 12)
            return fail(tr("There is no month %1: a year has twelve months.").arg(m));
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
        return fail(tr("Unknown month \"%1\".").arg(text(*t)));
    return fail(tr("A month is missing after \"%1\".").arg(consumedSince(start)));
}

std::optional<Deadline::Period> DeadlineParser::numericDate(const Token &t)
{
    QString d = t.cap[1], m = t.cap[3], y = t.cap[4];
    if (d.size() == 4)
        std::swap(d, y); // ISO order: 2021-03-15
    if (d.size() > 2 || m.size() > 2 || (y.size() != 2 && y.size() != 4))
        return fail(tr("\"%1\" is not a date: write day, month and year, as in "
                       "15.03.2021.")
                        .arg(text(t)));
    // Two-digit years in plan documents ("11.11.19") are all in this century.
    const int year = y.size() == 2 ? 2000 + toNumber(y) : toNumber(y);
    return makeDate(year, toNumber(m), toNumber(d));
}

std::optional<Deadline::Period> DeadlineParser::makeDate(int y, int m, int d)
{
    if (m < 1 || m > 12)
        return fail(tr("There is no month %1: a year has twelve months.").arg(m));
    if (!checkYear(y, QString::number(y)))
        return std::nullopt;
    if (!QDate::isValid(y, m, d))
        return fail(tr("%1 %2 %3 is not a date.").arg(d).arg(monthName(m)).arg(y));
    return Period{.kind = Kind::Date, .year = y, .date = QDate(y, m, d)};
}

std::optional<int> DeadlineParser::year(qsizetype start)
{
    const Token *t = peek();
    if (!isPlainNumber(t))
        return fail(tr("A year is missing after \"%1\".").arg(consumedSince(start)));
    ++m_pos;
    if (t->cap[1].size() != 4)
        return checkYear(INT_MAX, text(*t));
    return checkYear(toNumber(t->cap[1]), text(*t));
}

std::optional<int> DeadlineParser::checkYear(int y, const QString &written)
{
    if (yearInRange(y))
        return y;
    return fail(tr("%1 is not a valid year: write four digits from %2 to %3.")
                    .arg(written)
                    .arg(Deadline::MinYear)
                    .arg(Deadline::MaxYear));
}

} // namespace focal::detail
