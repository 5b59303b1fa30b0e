#pragma once

#include "Language.h"
#include "ReportContent.h"
#include "TextBoxCache.h"

#include <QList>

namespace focal::report::layout {

class Pager;

// The table of contents laid out: its title, then a row per heading with the title indented by
// level and, once the pages are known, dot leaders and the page number on the right. The rows
// take the same room whatever the numbers, so the report is laid out once.
class ContentsLayout
{
public:
    ContentsLayout(const QList<OutlineEntry> &entries, Language language, qreal width,
                   TextBoxCache &cache);

    qreal leadHeight() const;
    void flow(Pager &pager);
    // Puts the page number (from 1) of each entry, in the entries' order, on the rows' pages.
    void fill(Pager &pager, const QList<int> &pages) const;

private:
    struct Row
    {
        std::shared_ptr<const TextBox> title;
        bool strong = false;
        qreal indent = 0;
        qreal top = 0; // of the title's first line on the row's page
        int page = -1;
    };

    std::shared_ptr<const TextBox> m_title;
    QList<Row> m_rows;
    qreal m_width = 0;
    qreal m_padding = 0;
};

} // namespace focal::report::layout
