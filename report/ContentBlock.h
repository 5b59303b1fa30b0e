#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace focal::report {

// A table: a header row (repeated on every page the table runs over) and plain-text cells.
struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;  // each as long as the header
    QList<int> widthsPercent; // of the text width, one per column; empty: equal widths
    QList<int> mergeRepeated; // columns whose equal consecutive cells become one cell
                              // (a plan's line of action beside its products)
};

// A stretch of text in one face: what a report's layout engine needs to know of its characters.
struct TextRun
{
    QString text; // plain text; a line break inside a block is QChar::LineSeparator
    qreal pointSize = 10;
    bool bold = false;
    bool italic = false;
};

// One block of a report as its builder wrote it: what it is (a heading, a paragraph, a table...),
// its text, and whether it starts a new page. The layout engine gives each kind its look.
struct ContentBlock
{
    enum class Kind {
        CoverTitle,
        CoverLine,
        Heading,   // level 1 to 3, an entry of the outline
        Paragraph, // justified body text
        Labelled,  // "Label: value", the label in bold
        Bullet,    // an item of a bulleted list (consecutive items are one list)
        Note,      // small italic text
        Table,
        Contents, // the place of the table of contents
    };

    Kind kind = Kind::Paragraph;
    int level = 0; // of a heading
    QList<TextRun> runs;
    ReportTable table; // of a Table
    bool pageBreakBefore = false;
    int outlineIndex = -1; // of a heading: its entry in ReportContent::outline()

    QString text() const
    {
        QString all;
        for (const TextRun &run : runs)
            all += run.text;
        return all;
    }
};

} // namespace focal::report
