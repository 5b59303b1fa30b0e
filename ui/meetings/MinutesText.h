#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace focal {

// What the meeting editor lets into stored minutes: Markdown without HTML (tags and what
// scripts and styles hold are dropped), without images other than inline "data:" ones (a
// remote image would be fetched when shown, telling a third party the minutes were read), and
// with links only to http, https and mailto addresses. Its own small rules, so that the editor
// stores safe text whatever else (import, another program) wrote the database.
class MinutesText
{
    Q_DECLARE_TR_FUNCTIONS(focal::MinutesText)

public:
    // Minutes longer than this are refused: about 400 pages, far beyond any real minutes,
    // and short enough that the editor lays them out without freezing.
    static constexpr qsizetype maxLength = 1'000'000;

    static QString clean(const QString &markdown);
    // Whether a link may be kept and followed.
    static bool isAllowedLink(const QUrl &url);
    // Whether a resource may be shown (loaded) at all: inline data and the program's own.
    static bool isLocalResource(const QUrl &url);
    // Why minutes of `length` characters are refused (empty when they are not).
    static QString tooLongMessage(qsizetype length);
};

} // namespace focal
