#pragma once

#include "ContentBlock.h"
#include "TextBoxCache.h"

#include <QList>

#include <memory>

namespace focal::report::layout {

class Pager;

// A report's table laid out at the text width and flowed over pages: a frame around every cell,
// the header row on a tinted background at the top of every page the table runs over, equal
// consecutive cells of the merged columns as one cell spanning their rows (its text again at
// the top of the next page when the span runs over a page break), and a row taller than a page
// split between its lines.
class TableLayout
{
public:
    TableLayout(const ReportTable &table, qreal width, TextBoxCache &cache);

    // What has to fit for the table to start on a page: its header row and first row.
    qreal leadHeight() const;
    void flow(Pager &pager) const;

private:
    struct Cell
    {
        std::shared_ptr<const TextBox> box; // null for a cell covered by a merged one above
        int span = 1;                       // rows the cell covers, from its own
    };
    // A merged cell's part on one page.
    struct Segment
    {
        bool open = false;
        int row = 0;   // the row the cell starts at
        qreal top = 0; // on the page
        bool continued = false;
        int nextLine = 0; // the first of its lines not drawn yet
    };
    struct Flow;

    qreal cellHeight(const TextBox &box) const { return box.height() + 2 * m_inset; }
    int spanStart(int row, int column) const;

    QList<qreal> m_x;
    QList<qreal> m_widths;
    QList<Cell> m_header;
    qreal m_headerHeight = 0;
    QList<QList<Cell>> m_rows;
    QList<qreal> m_heights;
    qreal m_inset = 0; // from a cell's top and bottom edges to its text
    qreal m_side = 0;  // from a cell's left and right edges to its text
};

} // namespace focal::report::layout
