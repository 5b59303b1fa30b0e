#include "meetings/Minutes.h"

#include <QHash>
#include <QRegularExpression>

namespace focal {
namespace {

using RX = QRegularExpression;

constexpr int maxRounds = 32;

// Line ends become "\n"; NUL and the other C0/C1 control characters except tab go.
QString normaliseControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r') {
            out.append(QLatin1Char('\n'));
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == u'\n' || c == u'\t') {
            out.append(QChar(c));
        } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
            continue;
        } else if (c == 0x2028 || c == 0x2029) {
            out.append(QLatin1Char('\n'));
        } else {
            out.append(QChar(c));
        }
    }
    return out;
}

bool isEscaped(const QString &s, qsizetype pos)
{
    int backslashes = 0;
    for (qsizetype i = pos - 1; i >= 0 && s.at(i) == QLatin1Char('\\'); --i)
        ++backslashes;
    return backslashes % 2 == 1;
}

// Raw HTML: dangerous elements with their content, comments and declarations, then every
// other tag (its text stays). Line breaks keep their line.
void removeHtml(QString &s)
{
    static const RX comment(QStringLiteral("<!--.*?(?:-->|\\z)"), RX::DotMatchesEverythingOption);
    static const RX withContent(
        QStringLiteral("<(script|style|iframe|object|embed|applet|svg|math|template|noscript|"
                       "noembed|noframes|frameset|frame|textarea|title|xmp)\\b[^>]*>.*?"
                       "(?:</\\1[^>]*>|\\z)"),
        RX::DotMatchesEverythingOption | RX::CaseInsensitiveOption);
    static const RX declaration(QStringLiteral("<[!?][^>]*>"));
    static const RX lineBreak(QStringLiteral("<br\\s*/?>"), RX::CaseInsensitiveOption);
    static const RX tag(QStringLiteral("</?[A-Za-z][A-Za-z0-9-]*(?:[\\s/][^>]*)?>"));
    s.remove(comment);
    s.remove(withContent);
    s.remove(declaration);
    s.replace(lineBreak, QStringLiteral("\n"));
    s.remove(tag);
}

// An address as a browser or Markdown reader would see it: without angle brackets, escapes,
// entities, white space and control characters, in lower case.
QString decodedUrl(QString url)
{
    url = url.trimmed();
    if (url.startsWith(QLatin1Char('<')) && url.endsWith(QLatin1Char('>')))
        url = url.mid(1, url.size() - 2);
    static const RX escape(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    url.replace(escape, QStringLiteral("\\1"));
    static const RX numeric(QStringLiteral("&#(x[0-9a-f]+|[0-9]+);?"), RX::CaseInsensitiveOption);
    static const QHash<QString, QString> named = {
        {QStringLiteral("colon"), QStringLiteral(":")},
        {QStringLiteral("tab"), QStringLiteral("\t")},
        {QStringLiteral("newline"), QStringLiteral("\n")},
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("sol"), QStringLiteral("/")},
        {QStringLiteral("bsol"), QStringLiteral("\\")},
        {QStringLiteral("period"), QStringLiteral(".")},
        {QStringLiteral("lpar"), QStringLiteral("(")},
        {QStringLiteral("rpar"), QStringLiteral(")")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
    };
    static const RX namedRx(QStringLiteral("&([a-z]+);?"), RX::CaseInsensitiveOption);
    // Entities may hide inside entities ("&amp;#106;"): decode until nothing changes.
    for (int round = 0; round < 4; ++round) {
        QString decoded;
        qsizetype last = 0;
        auto it = numeric.globalMatch(url);
        while (it.hasNext()) {
            const auto m = it.next();
            decoded += url.mid(last, m.capturedStart() - last);
            const QString digits = m.captured(1);
            bool ok = false;
            const uint code = digits.startsWith(QLatin1Char('x'), Qt::CaseInsensitive)
                                  ? digits.mid(1).toUInt(&ok, 16)
                                  : digits.toUInt(&ok, 10);
            if (ok && code > 0 && code < 0x110000) {
                const char32_t c = code;
                decoded += QString::fromUcs4(&c, 1);
            }
            last = m.capturedEnd();
        }
        decoded += url.mid(last);
        QString out;
        last = 0;
        auto nt = namedRx.globalMatch(decoded);
        while (nt.hasNext()) {
            const auto m = nt.next();
            out += decoded.mid(last, m.capturedStart() - last);
            out += named.value(m.captured(1).toLower(), m.captured(0));
            last = m.capturedEnd();
        }
        out += decoded.mid(last);
        if (out == url)
            break;
        url = out;
    }
    QString compact;
    for (const QChar c : std::as_const(url))
        if (!c.isSpace() && c.unicode() >= 0x20 && !(c.unicode() >= 0x7f && c.unicode() < 0xa0))
            compact.append(c);
    return compact.toLower();
}

// The scheme of a decoded address ("" when relative), or "//" for a network path without one.
QString schemeOf(const QString &decoded)
{
    static const RX scheme(QStringLiteral("^([a-z][a-z0-9+.\\-]*):"));
    if (const auto m = scheme.match(decoded); m.hasMatch())
        return m.captured(1);
    // "//host" and "\\server" name another machine; a leading "\\" is a Windows path, often one
    // escaped from "\\\\server".
    if (decoded.startsWith(QLatin1String("//")) || decoded.startsWith(QLatin1Char('\\')) ||
        decoded.startsWith(QLatin1String("/\\")))
        return QStringLiteral("//");
    return {};
}

// The end of a Markdown inline destination and title starting just after "](": the index of
// the closing ")" and the destination, or -1 when this is not a link.
qsizetype parseDestination(const QString &s, qsizetype k, QString *destination)
{
    const qsizetype n = s.size();
    auto skipSpace = [&](bool oneNewline) {
        bool newline = false;
        while (k < n && (s.at(k) == QLatin1Char(' ') || s.at(k) == QLatin1Char('\t') ||
                         (oneNewline && !newline && s.at(k) == QLatin1Char('\n')))) {
            if (s.at(k) == QLatin1Char('\n'))
                newline = true;
            ++k;
        }
    };
    skipSpace(true);
    const qsizetype start = k;
    if (k < n && s.at(k) == QLatin1Char('<')) {
        while (k < n && s.at(k) != QLatin1Char('>') && s.at(k) != QLatin1Char('\n'))
            k += s.at(k) == QLatin1Char('\\') ? 2 : 1;
        if (k >= n || s.at(k) != QLatin1Char('>'))
            return -1;
        ++k;
    } else {
        int depth = 0;
        while (k < n) {
            const QChar c = s.at(k);
            if (c == QLatin1Char('\\')) {
                k += 2;
                continue;
            }
            if (c.isSpace())
                break;
            if (c == QLatin1Char('('))
                ++depth;
            if (c == QLatin1Char(')')) {
                if (depth == 0)
                    break;
                --depth;
            }
            ++k;
        }
        k = std::min(k, n);
    }
    *destination = s.mid(start, k - start);
    skipSpace(true);
    if (k < n && (s.at(k) == QLatin1Char('"') || s.at(k) == QLatin1Char('\'') ||
                  s.at(k) == QLatin1Char('('))) {
        const QChar close = s.at(k) == QLatin1Char('(') ? QLatin1Char(')') : s.at(k);
        ++k;
        while (k < n && s.at(k) != close)
            k += s.at(k) == QLatin1Char('\\') ? 2 : 1;
        if (k >= n)
            return -1;
        ++k;
        skipSpace(true);
    }
    if (k < n && s.at(k) == QLatin1Char(')'))
        return k;
    return -1;
}

// The "[" that opens the link text ending at `close` (a "]"), or -1. Link text does not cross
// a blank line, which also bounds the search.
qsizetype openingBracket(const QString &s, qsizetype close)
{
    int depth = 0;
    const qsizetype limit = std::max<qsizetype>(0, close - 8192);
    for (qsizetype j = close - 1; j >= limit; --j) {
        const QChar c = s.at(j);
        if (c == QLatin1Char('\n') && j > 0 && s.at(j - 1) == QLatin1Char('\n'))
            return -1;
        if ((c != QLatin1Char('[') && c != QLatin1Char(']')) || isEscaped(s, j))
            continue;
        if (c == QLatin1Char(']')) {
            ++depth;
        } else if (depth == 0) {
            return j;
        } else {
            --depth;
        }
    }
    return -1;
}

// Inline links and images: an unsafe address leaves the text (or the alternative text).
void fixInlineLinks(QString &s)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype close = s.indexOf(QLatin1String("]("), from);
        if (close < 0)
            return;
        from = close + 1;
        if (isEscaped(s, close))
            continue;
        const qsizetype open = openingBracket(s, close);
        if (open < 0)
            continue;
        QString destination;
        const qsizetype end = parseDestination(s, close + 2, &destination);
        if (end < 0)
            continue;
        const bool image =
            open > 0 && s.at(open - 1) == QLatin1Char('!') && !isEscaped(s, open - 1);
        const bool keep =
            image ? Minutes::isLocalImage(destination) : Minutes::isSafeLink(destination);
        if (keep)
            continue;
        const qsizetype start = image ? open - 1 : open;
        const QString text = s.mid(open + 1, close - open - 1);
        s.replace(start, end + 1 - start, text);
        from = start; // the text may hold another link or image
    }
}

QString normalisedLabel(const QString &label)
{
    return label.simplified().toCaseFolded();
}

// Reference definitions ("[label]: address"): an unsafe one goes; images that refer to a
// remote one keep only their alternative text.
void fixReferences(QString &s)
{
    static const RX definition(
        QStringLiteral("^ {0,3}\\[([^\\]\\n]+)\\]:[ \\t]*\\n?[ \\t]*(<[^>\\n]*>|\\S+)[^\\n]*$"),
        RX::MultilineOption);
    QHash<QString, QString> urls;
    QString out;
    qsizetype last = 0;
    auto it = definition.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString url = m.captured(2);
        out += s.mid(last, m.capturedStart() - last);
        if (Minutes::isSafeLink(url)) {
            out += m.captured(0);
            urls.insert(normalisedLabel(m.captured(1)), url);
        }
        last = m.capturedEnd();
    }
    out += s.mid(last);
    s = out;
    if (urls.isEmpty())
        return;
    static const RX refImage(QStringLiteral("!\\[([^\\[\\]]*)\\](?:\\[([^\\[\\]]*)\\])?(?!\\()"));
    out.clear();
    last = 0;
    auto images = refImage.globalMatch(s);
    while (images.hasNext()) {
        const auto m = images.next();
        const QString label = m.captured(2).isEmpty() ? m.captured(1) : m.captured(2);
        const auto found = urls.constFind(normalisedLabel(label));
        if (found == urls.cend() || Minutes::isLocalImage(*found) ||
            isEscaped(s, m.capturedStart()))
            continue;
        out += s.mid(last, m.capturedStart() - last) + m.captured(1);
        last = m.capturedEnd();
    }
    out += s.mid(last);
    s = out;
}

const RX &autolink()
{
    static const RX rx(QStringLiteral("\\G<([A-Za-z][A-Za-z0-9+.\\-]{1,31}:[^<>\\s]*)>"));
    return rx;
}

const RX &emailAutolink()
{
    static const RX rx(
        QStringLiteral("\\G<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\\-]+@[A-Za-z0-9](?:[A-Za-z0-9.\\-]*)>"));
    return rx;
}

// Autolinks ("<scheme:...>"): an unsafe one leaves its address as plain text.
void fixAutolinks(QString &s)
{
    qsizetype from = 0;
    while ((from = s.indexOf(QLatin1Char('<'), from)) >= 0) {
        const auto m = autolink().match(s, from);
        if (m.hasMatch() && !isEscaped(s, from) && !Minutes::isSafeLink(m.captured(1))) {
            s.replace(from, m.capturedLength(), m.captured(1));
            continue;
        }
        ++from;
    }
}

// A "<" that could still open a tag (a fragment left by a split one) is escaped, so that no
// Markdown reader takes it for HTML; safe autolinks stay links.
void escapeTagOpeners(QString &s)
{
    qsizetype from = 0;
    while ((from = s.indexOf(QLatin1Char('<'), from)) >= 0) {
        const qsizetype next = from + 1;
        const bool opener =
            next < s.size() && (s.at(next).isLetter() || s.at(next) == QLatin1Char('/') ||
                                s.at(next) == QLatin1Char('!') || s.at(next) == QLatin1Char('?'));
        if (opener && !isEscaped(s, from) && !autolink().match(s, from).hasMatch() &&
            !emailAutolink().match(s, from).hasMatch()) {
            s.insert(from, QLatin1Char('\\'));
            from += 2;
            continue;
        }
        from = next;
    }
}

} // namespace

bool Minutes::isSafeLink(const QString &url)
{
    const QString scheme = schemeOf(decodedUrl(url));
    return scheme.isEmpty() || scheme == QLatin1String("http") ||
           scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

bool Minutes::isLocalImage(const QString &url)
{
    const QString decoded = decodedUrl(url);
    return !decoded.isEmpty() && schemeOf(decoded).isEmpty();
}

Result<QString> Minutes::sanitise(const QString &text)
{
    if (text.size() > maxCharacters())
        return Error{Error::Code::Invalid,
                     tr("The minutes are too long: %1 characters, and at most %2 can be kept. "
                        "Shorten them or attach the full text as a document.")
                         .arg(text.size())
                         .arg(maxCharacters()),
                     QStringLiteral("minutes of %1 characters refused").arg(text.size())};
    QString s = normaliseControls(text);
    // Each removal may join fragments into something a later one must see again ("<scr<b>ipt>",
    // "[x](java<b>script:...)"); repeat until nothing changes.
    // Every change shortens the text, so this ends; markup nested deeper than any real document
    // is refused rather than worked through at length.
    for (int round = 0;; ++round) {
        const QString before = s;
        removeHtml(s);
        fixInlineLinks(s);
        fixReferences(s);
        fixAutolinks(s);
        if (s == before)
            break;
        if (round == maxRounds)
            return Error{
                Error::Code::Invalid,
                tr("The minutes contain markup nested too deeply to be made safe. Paste "
                   "them as plain text."),
                QStringLiteral("minutes markup still changing after %1 rounds").arg(maxRounds)};
    }
    escapeTagOpeners(s);
    return s;
}

} // namespace focal
