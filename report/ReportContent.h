#pragma once

#include "Language.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;
class QTextCursor;

namespace focal::report {

// What a report says about itself: the PDF's metadata, the running header, the language of
// Focal's own words (headings, labels, dates) in it.
struct ReportMeta
{
    QString title;   // the running header and the PDF title
    QString subject; // PDF subject
    QString author;  // PDF author: the focal point or the site
    QString keywords;
    QDateTime created; // PDF creation date (UTC); the renderer uses now when invalid
    Language language = Language::Spanish;
};

// A heading as the table of contents and the PDF bookmarks list it.
struct OutlineEntry
{
    int level = 1;    // 1 (chapter) to 3
    QString title;    // as written in the heading
    int position = 0; // character position of the heading's block in the document
};

// A table: a header row (repeated on every page the table runs over) and plain-text cells.
struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;  // each as long as the header
    QList<int> widthsPercent; // of the text width, one per column; empty: equal widths
    QList<int> mergeRepeated; // columns whose equal consecutive cells become one cell
                              // (a plan's line of action beside its products)
};

// A document being written, from start to end, by the report builders: rich text in a
// QTextDocument whose structure (headings, tables, the place of the table of contents) is kept
// so that the renderer can paginate it, number its pages, fill in the contents and bookmarks.
// Every string given here is plain text: nothing a user wrote is ever read as markup.
class ReportContent
{
public:
    explicit ReportContent(ReportMeta meta);
    ~ReportContent();
    ReportContent(const ReportContent &) = delete;
    ReportContent &operator=(const ReportContent &) = delete;

    const ReportMeta &meta() const { return m_meta; }
    QTextDocument *document() const { return m_document.get(); }
    const QList<OutlineEntry> &outline() const { return m_outline; }
    // Where the table of contents goes (a character position), -1 when the report has none.
    int tableOfContentsPosition() const { return m_tocPosition; }

    // A title block (the cover of a report): big title, optional subtitle lines.
    void cover(const QString &title, const QStringList &lines = {});
    // A heading of level 1 to 3 that goes to the outline; text as it is to be printed
    // ("1. Introducción", "Anexo 1. Instituciones por país").
    void heading(int level, const QString &text);
    void paragraph(const QString &text);
    // Text with paragraphs separated by blank lines (as people type them in a text box).
    void paragraphs(const QString &text);
    // "Label: value" on one line, the label in bold.
    void labelled(const QString &label, const QString &value);
    void bullets(const QStringList &items);
    void table(const ReportTable &table);
    // A small note in italics (sources, "no records", the date the report was made).
    void note(const QString &text);
    // The table of contents is placed here; the renderer fills it in with page numbers.
    void tableOfContents();
    void pageBreak();

private:
    void block(const QString &text, int kind);
    QTextCursor &cursor();

    ReportMeta m_meta;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<QTextCursor> m_cursor;
    QList<OutlineEntry> m_outline;
    int m_tocPosition = -1;
    bool m_pageBreakPending = false;
    bool m_started = false; // a block has been written
};

} // namespace focal::report
