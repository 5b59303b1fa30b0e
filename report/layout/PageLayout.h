#pragma once

#include "Page.h"
#include "ReportContent.h"
#include "TextBoxCache.h"

#include <QHash>
#include <QList>
#include <QSizeF>

#include <memory>

namespace focal::report::layout {

class ContentsLayout;
class Pager;
class TableLayout;

// Focal's report layout engine: a ReportContent's blocks set in lines with QTextLayout at the
// layout device's resolution and flowed over pages of the text area's size, once. Each kind of
// block has the look the report always had (sizes, spacing, alignment); a heading is kept with
// what follows it; a paragraph runs on to the next page line by line; tables, the contents and
// the cover are laid out by their own parts. The result is a list of pages of items to paint.
class PageLayout
{
public:
    PageLayout(const ReportContent &content, QSizeF textArea);
    ~PageLayout();
    PageLayout(const PageLayout &) = delete;
    PageLayout &operator=(const PageLayout &) = delete;

    const QList<Page> &pages() const { return m_pages; }
    // Where each heading of the outline is: its page (from 0) and the top of its first line on
    // the text area, in the outline's order.
    struct Place
    {
        int page = 0;
        qreal top = 0;
    };
    const QList<Place> &headings() const { return m_headings; }

private:
    struct Style;
    static const Style &styleOf(const ContentBlock &block);
    std::shared_ptr<const TextBox> box(int index);
    const TableLayout &table(int index);
    qreal leadHeight(int index, int depth = 0);
    void flowBlock(Pager &pager, int index);
    void flowLines(Pager &pager, const std::shared_ptr<const TextBox> &box, qreal x);

    const ReportContent &m_content;
    QSizeF m_area;
    TextBoxCache m_cache;
    QList<std::shared_ptr<const TextBox>> m_boxes;           // of each text block, once laid out
    QHash<int, std::shared_ptr<const TableLayout>> m_tables; // of each table block, likewise
    std::unique_ptr<ContentsLayout> m_contents;
    QList<Place> m_headings;
    QList<Page> m_pages;
    qreal m_bottomMargin = 0; // of the block before, collapsed with the next one's top
    bool m_forcedPage = true; // the page was started on purpose (the first, a page break)
};

} // namespace focal::report::layout
