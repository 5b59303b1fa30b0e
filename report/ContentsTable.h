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
// the place the report chose. Its rows never change height when the numbers are filled in (the
// number column has a fixed width), so filling them in moves no page break after it. The dot
// leaders between a title and its number are painted, not typed, so they always reach the number.
class ContentsTable
{
public:
    // Writes the contents at position (the report's empty block for it) of document.
    ContentsTable(QTextDocument *document, int position, const QList<OutlineEntry> &entries,
                  Language language);

    // Sets the page number of each entry (in the order of the entries); true if any changed.
    bool fill(const QList<int> &pages);
    // Paints the dot leaders of the rows inside clip, the painter and clip in the coordinates of
    // the document (laid out for LayoutDevice).
    void paintLeaders(QPainter *painter, const QRectF &clip) const;

private:
    QTextDocument *m_document;
    QPointer<QTextTable> m_table;
    QList<int> m_pages;
};

} // namespace focal::report
