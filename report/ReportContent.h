#pragma once

#include "ContentBlock.h"
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

// A document being written, from start to end, by the report builders. It is kept twice: as a
// list of semantic blocks (headings, paragraphs, tables, the place of the table of contents),
// which Focal's layout engine (ReportRenderer) paginates and paints, and as rich text in a
// QTextDocument, to read the report's text and tables back and to export it as HTML.
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
    // The report as its blocks, in order: what the renderer lays out.
    const QList<ContentBlock> &blocks() const { return m_blocks; }
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
    // Records a block for the layout engine, taking a pending page break.
    ContentBlock &record(ContentBlock::Kind kind, QList<TextRun> runs = {});
    QTextCursor &cursor();

    ReportMeta m_meta;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<QTextCursor> m_cursor;
    QList<OutlineEntry> m_outline;
    QList<ContentBlock> m_blocks;
    bool m_blockBreakPending = false; // a page break not yet given to a recorded block
    int m_tocPosition = -1;
    bool m_pageBreakPending = false;
    bool m_started = false; // a block has been written
};

} // namespace focal::report
