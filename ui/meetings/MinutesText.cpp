#include "MinutesText.h"

#include "meetings/Minutes.h"

#include <QRegularExpression>

namespace focal {
namespace {

using Re = QRegularExpression;

// Elements whose content is code or styling, not text: dropped with what they hold.
const Re &dangerousElements()
{
    static const Re re(
        QStringLiteral(R"(<\s*(script|style|iframe|object|embed|svg|math|template)\b)"
                       R"([^>]*>.*?<\s*/\s*\1\s*>)"),
        Re::CaseInsensitiveOption | Re::DotMatchesEverythingOption);
    return re;
}

// Any other tag (opening, closing, self-closing), a comment, or a Markdown autolink's cousin
// "<!DOCTYPE ...>"; escaped tags ("\<script\>", as QTextDocument writes literal text) too.
const Re &tags()
{
    static const Re re(QStringLiteral(R"(<!--.*?-->|\\?<[/!?]?[A-Za-z][^<>]*\\?>)"),
                       Re::DotMatchesEverythingOption);
    return re;
}

// ![alt](url "title") and ![alt][ref].
const Re &images()
{
    static const Re re(QStringLiteral(
        R"(!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)|!\[([^\]]*)\]\[[^\]]*\])"));
    return re;
}

// [text](url "title").
const Re &links()
{
    static const Re re(QStringLiteral(R"(\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\))"));
    return re;
}

// [ref]: url — a reference definition can hold a remote image's address.
const Re &references()
{
    static const Re re(QStringLiteral(R"(^ {0,3}\[[^\]]+\]:\s*\S+.*$)"), Re::MultilineOption);
    return re;
}

template <typename F> QString replaceAll(const QString &text, const Re &re, F &&replacement)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement(m);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

bool MinutesText::isAllowedLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                             scheme == QLatin1String("mailto"));
}

bool MinutesText::isLocalResource(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("data") || scheme == QLatin1String("qrc");
}

QString MinutesText::tooLongMessage(qsizetype length)
{
    if (length <= maxLength)
        return {};
    return tr("The minutes are too long (%1 characters; at most %2). Keep long texts in a "
              "document and link it from the meeting.")
        .arg(length)
        .arg(maxLength);
}

QString MinutesText::clean(const QString &markdown)
{
    QString text = markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.remove(QChar(0));
    text = replaceAll(text, dangerousElements(), [](const auto &) { return QString(); });
    text = replaceAll(text, images(), [](const QRegularExpressionMatch &m) {
        const QUrl url(m.captured(2));
        if (m.captured(3).isEmpty() && url.scheme().toLower() == QLatin1String("data") &&
            m.captured(2).startsWith(QLatin1String("data:image/")))
            return m.captured(0);
        return m.captured(1).isEmpty() ? m.captured(3) : m.captured(1); // the alt text stays
    });
    text = replaceAll(text, links(), [](const QRegularExpressionMatch &m) {
        return isAllowedLink(QUrl(m.captured(2))) ? m.captured(0) : m.captured(1);
    });
    text = replaceAll(text, references(), [](const auto &) { return QString(); });
    // Removing a tag can join the halves of another ("<scr<b>ipt>"): repeat until stable.
    for (;;) {
        const QString stripped = replaceAll(text, tags(), [](const auto &) { return QString(); });
        if (stripped == text)
            break;
        text = stripped;
    }
    // Then core's rules, which every writer of minutes goes through (imports included): what
    // either set of rules removes stays out.
    auto safe = Minutes::sanitise(text);
    return safe ? *safe : text; // only refused for length, which the editor checks first
}

} // namespace focal
