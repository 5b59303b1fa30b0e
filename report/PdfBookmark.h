#pragma once

#include <QString>

namespace focal::report {

// An entry of a PDF's outline (bookmarks): a heading and the place on its page where it starts.
struct PdfBookmark
{
    int level = 1; // 1 is top level; deeper levels nest under the entry before them
    QString title;
    int page = 0;  // 0-based page index
    qreal top = 0; // points from the top edge of the paper
};

} // namespace focal::report
