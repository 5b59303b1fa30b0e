#pragma once

#include "ContentBlock.h"
#include "TextBoxCache.h"

#include <QList>

#include <memory>

namespace focal::report::layout {

class Pager;

// A report's table laid out at the text width and flowed over pages: a frame around every cell,
// the header row on a tinted background at the top of every page the table runs over, equal
// consecutive cells of the merged columns as one cell spanning their rows, and a row taller than
// a page split between its lines. The rows sharing a merged cell stay on one page when they fit
// on one. A span taller than a page goes on under the header on the next pages: its text is
// printed once, going on where it stopped (its last part grows to hold what is left), and
// repeated whole on the later pages whose part it fits.
class TableLayout
{
public:
    TableLayout(const ReportTable &table, qreal width, TextBoxCache &cache);

    // What has to fit for the table to start on a page of the given height: its header row and
    // first row, or the first rows sharing a merged cell when they fit on a page.
    qreal leadHeight(qreal pageHeight) const;
    void flow(Pager &pager) const;

private:
    struct Cell
    {
        std::shared_ptr<const TextBox> box; // null for a cell covered by a merged one above
        int span = 1;                       // rows the cell covers, from its own
        int from = 0;                       // the row of the cell covering this one
    };
    // A merged cell's part on one page.
    struct Segment
    {
        bool open = false;
        int row = 0;      // the row the cell starts at
        qreal top = 0;    // on the page
        int nextLine = 0; // the first of its lines not drawn yet
    };
    struct Flow;

    qreal cellHeight(const TextBox &box) const { return box.height() + 2 * m_inset; }
    int spanStart(int row, int column) const { return m_rows.at(row).at(column).from; }
    // Whether row is the last of a merged cell of column.
    bool endsAt(int row, int column) const;
    // The last row of the group of a merged cell starting at row: its rows, and those of the
    // merged cells starting among them (and so on).
    int groupEnd(int row, int column) const;
    // The height of rows first..last at the top of a page, merged cells starting among them
    // making them taller where their text needs it.
    qreal groupHeight(int first, int last) const;
    // The height of the tallest group starting at row that fits in pageRoom, or 0.
    qreal keepHeight(int row, qreal pageRoom) const;

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
