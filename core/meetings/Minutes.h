#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace focal {

// A meeting's minutes are stored as Markdown without HTML: the editor reads and writes them
// with QTextDocument's Markdown support (MarkdownNoHTML), which keeps headings, bold, italics,
// lists and tables. Minutes come from people and from pasted documents, so every text is made
// safe here before it is stored:
//   - raw HTML is removed: tags go, their text stays; script, style, iframe, object, embed,
//     svg, math, template, noscript, textarea and title go with their content (to the end of
//     the text when never closed); HTML comments go; removing repeats until nothing changes, so
//     split tags such as "<scr<script>ipt>" do not survive; a "<" left that could still open a
//     tag is escaped ("\<");
//   - images are kept only when their address is relative (a local resource); remote ("http:",
//     "//host", "\\server"), "data:", "file:" and every other scheme leave only the image's
//     alternative text;
//   - links, reference definitions and autolinks keep their address only when it is http,
//     https, mailto or relative; any other ("javascript:", "file:", "data:", also written with
//     entities or escapes) leaves only the link's text;
//   - line ends become "\n"; NUL and the other control characters except tab go.
// Minutes longer than maxCharacters() are refused rather than cut: a person must decide what to
// keep, and a 10 MB paste is a mistake rather than minutes. Markup nested so deeply that making
// it safe would take more than a few dozen passes is refused too (no real document does that).
class Minutes
{
    Q_DECLARE_TR_FUNCTIONS(focal::Minutes)

public:
    static constexpr qsizetype maxCharacters() { return 2 * 1024 * 1024; }

    // The safe form of `text` (sanitising it again changes nothing), or Error::Code::Invalid
    // when it is too long.
    static Result<QString> sanitise(const QString &text);

    // Whether a link address may be followed (http, https, mailto or relative).
    static bool isSafeLink(const QString &url);
    // Whether an image address is a local resource (relative, no scheme, no host).
    static bool isLocalImage(const QString &url);
};

} // namespace focal
