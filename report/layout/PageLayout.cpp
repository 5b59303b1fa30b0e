#include "PageLayout.h"

#include "ContentsLayout.h"
#include "Pager.h"
#include "TableLayout.h"
#include "Units.h"

#include <algorithm>

namespace focal::report::layout {

// The look of a kind of block: margins (collapsing between blocks, as in rich text), alignment
// and indentation, all in the screen pixels the rich-text formats used.
struct PageLayout::Style
{
    qreal top = 0;
    qreal bottom = 5;
    Qt::Alignment alignment = Qt::AlignJustify;
    qreal indent = 0;
};

const PageLayout::Style &PageLayout::styleOf(const ContentBlock &block)
{
    using Kind = ContentBlock::Kind;
    static const Style coverTitle{120, 24, Qt::AlignHCenter, 0};
    static const Style coverLine{0, 8, Qt::AlignHCenter, 0};
    static const Style chapter{16, 6, Qt::AlignLeft, 0};
    static const Style section{10, 6, Qt::AlignLeft, 0};
    static const Style bullet{0, 5, Qt::AlignLeft, 40}; // a list's indent: 40 pixels
    static const Style table{0, 2, Qt::AlignLeft, 0};
    static const Style contents{6, 0, Qt::AlignLeft, 0};
    static const Style body;
    switch (block.kind) {
    case Kind::CoverTitle:
        return coverTitle;
    case Kind::CoverLine:
        return coverLine;
    case Kind::Heading:
        return block.level == 1 ? chapter : section;
    case Kind::Bullet:
        return bullet;
    case Kind::Table:
        return table;
    case Kind::Contents:
        return contents;
    case Kind::Paragraph:
    case Kind::Labelled:
    case Kind::Note:
        break;
    }
    return body;
}

PageLayout::PageLayout(const ReportContent &content, QSizeF textArea)
    : m_content(content), m_area(textArea)
{
    const QList<ContentBlock> &blocks = content.blocks();
    m_boxes.resize(blocks.size());
    m_headings.resize(content.outline().size());
    Pager pager(m_area.height());
    for (int i = 0; i < blocks.size(); ++i)
        flowBlock(pager, i);
    if (m_contents) {
        QList<int> pages;
        for (const Place &place : std::as_const(m_headings))
            pages.append(place.page + 1);
        m_contents->fill(pager, pages);
    }
    m_pages = std::move(pager.pages());
}

PageLayout::~PageLayout() = default;

std::shared_ptr<const TextBox> PageLayout::box(int index)
{
    if (!m_boxes.at(index)) {
        const ContentBlock &block = m_content.blocks().at(index);
        const Style &style = styleOf(block);
        const qreal width = m_area.width() - cssToPixels(style.indent);
        // Paragraphs are rarely repeated: laid out directly, not looked up in the cache.
        m_boxes[index] = std::make_shared<const TextBox>(block.runs, width, style.alignment);
    }
    return m_boxes.at(index);
}

const TableLayout &PageLayout::table(int index)
{
    auto &laidOut = m_tables[index];
    if (!laidOut)
        laidOut = std::make_shared<const TableLayout>(m_content.blocks().at(index).table,
                                                      m_area.width(), m_cache);
    return *laidOut;
}

// What has to fit on a page for block index to start there: its first line, or a table's
// header and first row, and for a heading all of it and the lead of what follows it.
qreal PageLayout::leadHeight(int index, int depth)
{
    const QList<ContentBlock> &blocks = m_content.blocks();
    if (index >= blocks.size() || depth > 3)
        return 0;
    const ContentBlock &block = blocks.at(index);
    const qreal top = cssToPixels(styleOf(block).top);
    switch (block.kind) {
    case ContentBlock::Kind::Table:
        return top + table(index).leadHeight(m_area.height());
    case ContentBlock::Kind::Contents:
        return top;
    case ContentBlock::Kind::Heading: {
        const qreal next = index + 1 < blocks.size() && !blocks.at(index + 1).pageBreakBefore
                               ? leadHeight(index + 1, depth + 1)
                               : 0;
        return top + box(index)->height() + cssToPixels(styleOf(block).bottom) + next;
    }
    default:
        return top + box(index)->lineHeight(0);
    }
}

void PageLayout::flowLines(Pager &pager, const std::shared_ptr<const TextBox> &box, qreal x)
{
    int line = 0;
    while (line < box->lineCount()) {
        int fit = box->linesFitting(line, pager.room());
        if (fit == 0) {
            if (!pager.pageIsEmpty()) {
                pager.newPage();
                continue;
            }
            fit = 1; // a line taller than a page: on a page of its own
        }
        pager.addText(box, QPointF(x, pager.y()), line, fit);
        pager.advance(box->linesHeight(line, fit));
        line += fit;
        if (line < box->lineCount())
            pager.newPage();
    }
}

void PageLayout::flowBlock(Pager &pager, int index)
{
    const ContentBlock &block = m_content.blocks().at(index);
    const Style &style = styleOf(block);
    if (block.pageBreakBefore && !pager.pageIsEmpty()) {
        pager.newPage();
        m_forcedPage = true;
    }
    // Margins collapse; at the top of a page that overflowed into it they are left out.
    qreal gap = std::max(m_bottomMargin, cssToPixels(style.top));
    if (pager.y() <= 0)
        gap = m_forcedPage ? cssToPixels(style.top) : 0;
    m_forcedPage = false;

    if (block.kind == ContentBlock::Kind::Heading) {
        // No heading alone at the bottom of a page: it goes over with what follows it.
        const qreal lead = std::min(leadHeight(index), pager.pageHeight());
        if (lead > pager.room() && !pager.pageIsEmpty()) {
            pager.newPage();
            gap = 0;
        }
    }
    pager.advance(std::min(gap, pager.room()));

    switch (block.kind) {
    case ContentBlock::Kind::Table:
        table(index).flow(pager);
        m_tables.remove(index); // its text stays on the pages
        break;
    case ContentBlock::Kind::Contents:
        m_contents = std::make_unique<ContentsLayout>(
            m_content.outline(), m_content.meta().language, m_area.width(), m_cache);
        m_contents->flow(pager);
        break;
    default: {
        const auto text = box(index);
        const qreal x = cssToPixels(style.indent);
        // The first line goes where it fits: what marks it (a bullet, a bookmark) goes with it.
        if (text->linesFitting(0, pager.room()) == 0 && !pager.pageIsEmpty())
            pager.newPage();
        if (block.kind == ContentBlock::Kind::Bullet && text->lineCount() > 0) {
            // A disc before the first line, as rich text's list draws it.
            const qreal size = text->line(0).ascent() / 3;
            PageItem disc;
            disc.type = PageItem::Type::Disc;
            disc.rect = QRectF(0, 0, size, size);
            disc.rect.moveCenter(
                QPointF(x - size * 2.5, pager.y() + text->line(0).ascent() - size * 1.4));
            pager.add(disc);
        }
        if (block.kind == ContentBlock::Kind::Heading && block.outlineIndex >= 0 &&
            block.outlineIndex < m_headings.size())
            m_headings[block.outlineIndex] = Place{pager.page(), pager.y()};
        flowLines(pager, text, x);
        break;
    }
    }
    m_bottomMargin = cssToPixels(style.bottom);
}

} // namespace focal::report::layout
