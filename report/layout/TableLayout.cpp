#include "TableLayout.h"

#include "Pager.h"
#include "Units.h"

#include <algorithm>
#include <numeric>

namespace focal::report::layout {
namespace {

constexpr qreal headerPointSize = 10;
constexpr qreal cellPointSize = 9;
constexpr qreal paddingCss = 3;
constexpr qreal borderCss = 1;
const QColor headerBackground(0xe4, 0xe9, 0xf0);

} // namespace

TableLayout::TableLayout(const ReportTable &table, qreal width, TextBoxCache &cache)
{
    const int columns = int(table.header.size());
    // The text sits inside the padding, half the border above and below it (rows share a
    // border) and the whole of it on the sides, as a rich-text table with collapsed borders.
    m_inset = cssToPixels(paddingCss + borderCss / 2);
    m_side = cssToPixels(paddingCss + borderCss);

    QList<qreal> shares;
    if (table.widthsPercent.size() == columns) {
        for (int w : table.widthsPercent)
            shares.append(std::max(1, w));
    } else {
        shares = QList<qreal>(columns, 1.0);
    }
    const qreal total = std::accumulate(shares.begin(), shares.end(), 0.0);
    qreal x = 0;
    for (qreal share : shares) {
        m_x.append(x);
        m_widths.append(width * share / total);
        x += m_widths.last();
    }

    auto box = [&](const QString &text, int column, bool header) {
        QString plain = text;
        plain.replace(QLatin1Char('\n'), QChar::LineSeparator);
        const TextRun run{plain, header ? headerPointSize : cellPointSize, header, false};
        return cache.get({run}, std::max<qreal>(1, m_widths.at(column) - 2 * m_side),
                         Qt::AlignLeft);
    };

    for (int c = 0; c < columns; ++c) {
        m_header.append({box(table.header.at(c), c, true), 1});
        m_headerHeight = std::max(m_headerHeight, cellHeight(*m_header.last().box));
    }

    const int rows = int(table.rows.size());
    for (int r = 0; r < rows; ++r) {
        QList<Cell> cells;
        qreal height = 0;
        for (int c = 0; c < columns; ++c) {
            const QString text = table.rows.at(r).value(c);
            if (r > 0 && table.mergeRepeated.contains(c) && text == table.rows.at(r - 1).value(c)) {
                cells.append({nullptr, 0, m_rows.at(r - 1).at(c).from});
                continue; // merged into the cell above
            }
            int span = 1;
            if (table.mergeRepeated.contains(c)) {
                while (r + span < rows && table.rows.at(r + span).value(c) == text)
                    ++span;
            }
            cells.append({box(text, c, false), span, r});
            if (span == 1)
                height = std::max(height, cellHeight(*cells.last().box));
        }
        m_rows.append(cells);
        m_heights.append(height > 0 ? height : 2 * m_inset);
    }
    // A merged cell taller than its rows makes its last row taller: Flow::rowHeight, on the
    // page, as much as what is left of its text needs there.
}

qreal TableLayout::leadHeight(qreal pageHeight) const
{
    if (m_rows.isEmpty())
        return m_headerHeight;
    return m_headerHeight + std::max(groupHeight(0, 0), keepHeight(0, pageHeight - m_headerHeight));
}

bool TableLayout::endsAt(int row, int column) const
{
    const Cell &cell = m_rows.at(spanStart(row, column)).at(column);
    return cell.span > 1 && spanStart(row, column) + cell.span - 1 == row;
}

int TableLayout::groupEnd(int row, int column) const
{
    // The cell's rows, and those of every merged cell starting among them (the bound grows).
    int end = row + m_rows.at(row).at(column).span - 1;
    for (int r = row; r <= end; ++r) {
        for (const Cell &cell : m_rows.at(r)) {
            if (cell.box)
                end = std::max(end, r + cell.span - 1);
        }
    }
    return end;
}

qreal TableLayout::groupHeight(int first, int last) const
{
    // Rows first..last from the top of a page: each as tall as its own cells, and the last row
    // of a merged cell starting among them as tall as the cell's text needs.
    QList<qreal> tops(m_header.size(), 0);
    qreal y = 0;
    for (int r = first; r <= last; ++r) {
        qreal height = m_heights.at(r);
        for (int c = 0; c < tops.size(); ++c) {
            const Cell &cell = m_rows.at(r).at(c);
            if (cell.box && cell.span > 1)
                tops[c] = y;
            const int start = spanStart(r, c);
            if (start >= first && endsAt(r, c))
                height = std::max(height, tops.at(c) + cellHeight(*m_rows.at(start).at(c).box) - y);
        }
        y += height;
    }
    return y;
}

qreal TableLayout::keepHeight(int row, qreal pageRoom) const
{
    qreal kept = 0;
    for (int c = 0; c < m_header.size(); ++c) {
        const Cell &cell = m_rows.at(row).at(c);
        if (!cell.box || cell.span < 2)
            continue;
        const qreal height = groupHeight(row, groupEnd(row, c));
        if (height <= pageRoom)
            kept = std::max(kept, height);
    }
    return kept;
}

// The state of one table being flowed: the merged cells open on the current page.
struct TableLayout::Flow
{
    const TableLayout &table;
    Pager &pager;
    QList<Segment> segments;

    void header()
    {
        const qreal y = pager.y();
        for (int c = 0; c < table.m_header.size(); ++c)
            pager.addFrame(QRectF(table.m_x.at(c), y, table.m_widths.at(c), table.m_headerHeight),
                           headerBackground);
        for (int c = 0; c < table.m_header.size(); ++c) {
            const auto &box = table.m_header.at(c).box;
            pager.addText(box, QPointF(table.m_x.at(c) + table.m_side, y + table.m_inset), 0,
                          box->lineCount());
        }
        pager.advance(table.m_headerHeight);
    }

    // Draws the part of the merged cell of column c from its segment's top to bottom: the
    // lines not drawn yet, as many as fit (the last part of a span is made tall enough for all
    // that are left). Once all of them are drawn, a part on a later page repeats the whole text
    // if it fits there, and stays empty if it does not.
    void close(int c, qreal bottom)
    {
        Segment &s = segments[c];
        if (!s.open)
            return;
        s.open = false;
        const Cell &cell = table.m_rows.at(s.row).at(c);
        const QRectF rect(table.m_x.at(c), s.top, table.m_widths.at(c), bottom - s.top);
        pager.addFrame(rect);
        // (Half a pixel of 1200 dpi for the rounding of the heights added up to the bottom.)
        const qreal room = rect.height() - 2 * table.m_inset + 0.5;
        const int lines = cell.box->lineCount();
        int first = s.nextLine;
        int count = 0;
        if (first < lines) {
            count = cell.box->linesFitting(first, room);
            s.nextLine = first + count;
        } else if (cell.box->height() <= room) {
            first = 0;
            count = lines;
        }
        if (count > 0)
            pager.addText(cell.box, QPointF(rect.left() + table.m_side, s.top + table.m_inset),
                          first, count);
    }

    void open(int c, int row, bool continued)
    {
        Segment &s = segments[c];
        if (!continued)
            s.nextLine = 0;
        s.open = true;
        s.row = row;
        s.top = pager.y();
    }

    // How far below the pager's y the open merged cell of column c needs its part to go for
    // the lines of it not drawn yet (nothing, or less than nothing, when they fit above).
    qreal mergedNeed(int c) const
    {
        const Segment &s = segments.at(c);
        const TextBox &box = *table.m_rows.at(s.row).at(c).box;
        if (s.nextLine >= box.lineCount())
            return 0;
        return box.linesHeight(s.nextLine, box.lineCount() - s.nextLine) + 2 * table.m_inset -
               (pager.y() - s.top);
    }

    // Row r's height from the pager's y: its own cells', and the room the merged cells ending
    // at it still need for their text.
    qreal rowHeight(int r) const
    {
        qreal height = table.m_heights.at(r);
        for (int c = 0; c < segments.size(); ++c) {
            if (segments.at(c).open && table.endsAt(r, c))
                height = std::max(height, mergedNeed(c));
        }
        return height;
    }

    // A new page in the middle of row (before it or inside it): the merged cells end here and
    // go on at the top of the next page, under the header.
    void breakPage(int row)
    {
        for (int c = 0; c < segments.size(); ++c)
            close(c, pager.y());
        pager.newPage();
        header();
        for (int c = 0; c < segments.size(); ++c) {
            const int start = table.spanStart(row, c);
            if (table.m_rows.at(start).at(c).span > 1)
                open(c, start, start < row || segments.at(c).nextLine > 0);
        }
    }

    // Row r's single cells, lines from next[c], on a band of the given height at the pager's y.
    // Returns the lines drawn of each.
    void band(int r, qreal height, QList<int> &next, bool all)
    {
        const qreal y = pager.y();
        const QList<Cell> &cells = table.m_rows.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            if (cells.at(c).box && cells.at(c).span == 1)
                pager.addFrame(QRectF(table.m_x.at(c), y, table.m_widths.at(c), height));
        }
        for (int c = 0; c < cells.size(); ++c) {
            const Cell &cell = cells.at(c);
            if (!cell.box || cell.span != 1)
                continue;
            const int count = all ? cell.box->lineCount() - next[c]
                                  : cell.box->linesFitting(next[c], height - 2 * table.m_inset);
            if (count > 0)
                pager.addText(cell.box, QPointF(table.m_x.at(c) + table.m_side, y + table.m_inset),
                              next[c], count);
            next[c] += count;
        }
        pager.advance(height);
    }

    // The height row r's single cells still need, from lines next on, and its merged cells
    // ending at it.
    qreal rest(int r, const QList<int> &next) const
    {
        qreal height = 0;
        for (int c = 0; c < segments.size(); ++c) {
            if (segments.at(c).open && table.endsAt(r, c))
                height = std::max(height, mergedNeed(c));
        }
        const QList<Cell> &cells = table.m_rows.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            const Cell &cell = cells.at(c);
            if (cell.box && cell.span == 1 && next[c] < cell.box->lineCount())
                height = std::max(height,
                                  cell.box->linesHeight(next[c], cell.box->lineCount() - next[c]) +
                                      2 * table.m_inset);
        }
        return height;
    }

    void row(int r)
    {
        const qreal pageRoom = pager.pageHeight() - table.m_headerHeight;
        // The rows sharing a merged cell that starts here go to the next page together when
        // they fit on one; a row that fits on a page, too.
        const qreal group = table.keepHeight(r, pageRoom);
        qreal height = rowHeight(r);
        if ((group > pager.room() && group <= pageRoom) ||
            (height > pager.room() && (height <= pageRoom || pager.room() < height / 4))) {
            breakPage(r);
            height = rowHeight(r);
        }
        for (int c = 0; c < segments.size(); ++c) {
            const Cell &cell = table.m_rows.at(r).at(c);
            if (cell.box && cell.span > 1)
                open(c, r, false);
        }
        QList<int> next(table.m_rows.at(r).size(), 0);
        if (height <= pager.room()) {
            band(r, height, next, true);
        } else {
            // Taller than a page: as many lines of each cell as fit, the rest on the next pages.
            for (;;) {
                band(r, pager.room(), next, false);
                if (rest(r, next) <= 0)
                    break;
                breakPage(r);
                if (rest(r, next) <= pager.room()) {
                    band(r, rest(r, next), next, true);
                    break;
                }
            }
        }
        for (int c = 0; c < segments.size(); ++c) {
            if (segments.at(c).open && table.endsAt(r, c))
                close(c, pager.y());
        }
    }
};

void TableLayout::flow(Pager &pager) const
{
    if (m_header.isEmpty())
        return;
    Flow flow{*this, pager, QList<Segment>(m_header.size())};
    if (leadHeight(pager.pageHeight()) > pager.room() && !pager.pageIsEmpty())
        pager.newPage();
    flow.header();
    for (int r = 0; r < m_rows.size(); ++r)
        flow.row(r);
}

} // namespace focal::report::layout
