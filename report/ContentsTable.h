#pragma once

#include "Language.h"
#include "ReportContent.h"

#include <QList>
#include <QPointer>
#include <QTextBlock>

class QPainter;
class QRectF;
class QTextDocument;
class QTextTable;

namespace focal::report {

// The table of contents of a report being laid out: a title and a borderless two-column table,
// one row per heading (its title, indented by level, and its page number on the right), put at
// the place the report chose. The number column has a fixed width and the numbers are painted
// into it, with dot leaders from the title, once the pages are known: filling them in changes
// no line of the document, so the report is laid out once and no heading moves.
class ContentsTable
{
public:
    // Writes the contents at position (the report's empty block for it) of document.
    ContentsTable(QTextDocument *document, int position, const QList<OutlineEntry> &entries,
                  Language language);

    // Sets the page number (from 1) of each entry, in the order of the entries.
    void fill(const QList<int> &pages) { m_pages = pages; }
    // Paints the page numbers and dot leaders of the rows inside clip, the painter and clip in
    // the coordinates of the document (laid out for LayoutDevice).
    void paint(QPainter *painter, const QRectF &clip) const;

private:
    QTextDocument *m_document;
    QPointer<QTextTable> m_table;
    QList<int> m_levels;
    QList<int> m_pages;
};

} // namespace focal::report
