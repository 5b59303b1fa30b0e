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
                cells.append({nullptr, 0});
                continue; // merged into the cell above
            }
            int span = 1;
            if (table.mergeRepeated.contains(c)) {
                while (r + span < rows && table.rows.at(r + span).value(c) == text)
                    ++span;
            }
            cells.append({box(text, c, false), span});
            if (span == 1)
                height = std::max(height, cellHeight(*cells.last().box));
        }
        m_rows.append(cells);
        m_heights.append(height > 0 ? height : 2 * m_inset);
    }
    // A merged cell taller than its rows makes its last row taller.
    for (int r = 0; r < rows; ++r) {
        for (const Cell &cell : std::as_const(m_rows.at(r))) {
            if (!cell.box || cell.span < 2)
                continue;
            const qreal rowsHeight =
                std::accumulate(m_heights.begin() + r, m_heights.begin() + r + cell.span, 0.0);
            const qreal need = cellHeight(*cell.box);
            if (need > rowsHeight)
                m_heights[r + cell.span - 1] += need - rowsHeight;
        }
    }
}

qreal TableLayout::leadHeight() const
{
    return m_headerHeight + m_heights.value(0);
}

int TableLayout::spanStart(int row, int column) const
{
    while (row > 0 && !m_rows.at(row).at(column).box)
        --row;
    return row;
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

    // Draws the part of the merged cell of column c from its segment's top to bottom.
    void close(int c, qreal bottom)
    {
        Segment &s = segments[c];
        if (!s.open)
            return;
        s.open = false;
        const Cell &cell = table.m_rows.at(s.row).at(c);
        const QRectF rect(table.m_x.at(c), s.top, table.m_widths.at(c), bottom - s.top);
        pager.addFrame(rect);
        const qreal room = rect.height() - 2 * table.m_inset;
        // On the next page the cell says again what it is, when all of it fits there.
        int first = s.nextLine;
        if (s.continued && cell.box->height() <= room)
            first = 0;
        const int count = cell.box->linesFitting(first, room);
        if (count > 0)
            pager.addText(cell.box, QPointF(rect.left() + table.m_side, s.top + table.m_inset),
                          first, count);
        s.nextLine = std::max(s.nextLine, first + count);
    }

    void open(int c, int row, bool continued)
    {
        Segment &s = segments[c];
        if (!continued)
            s.nextLine = 0;
        s.open = true;
        s.row = row;
        s.top = pager.y();
        s.continued = continued;
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

    // The height row r's single cells still need, from lines next on.
    qreal rest(int r, const QList<int> &next) const
    {
        qreal height = 0;
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
        const qreal height = table.m_heights.at(r);
        const qreal pageRoom = pager.pageHeight() - table.m_headerHeight;
        if (height > pager.room() && (height <= pageRoom || pager.room() < height / 4))
            breakPage(r);
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
            const int start = table.spanStart(r, c);
            if (segments.at(c).open && start + table.m_rows.at(start).at(c).span - 1 == r)
                close(c, pager.y());
        }
    }
};

void TableLayout::flow(Pager &pager) const
{
    if (m_header.isEmpty())
        return;
    Flow flow{*this, pager, QList<Segment>(m_header.size())};
    if (leadHeight() > pager.room() && !pager.pageIsEmpty())
        pager.newPage();
    flow.header();
    for (int r = 0; r < m_rows.size(); ++r)
        flow.row(r);
}

} // namespace focal::report::layout
