#include "ReportContent.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <algorithm>

namespace focal::report {
namespace {

enum BlockKind { Body, Note, CoverTitle, CoverLine, Heading1, Heading2, Heading3 };

// Sizes in points: the renderer sets the family and the body size on the document.
constexpr qreal bodySize = 10;

QTextCharFormat charFormat(int kind)
{
    QTextCharFormat f;
    f.setFontPointSize(bodySize);
    switch (kind) {
    case CoverTitle:
        f.setFontPointSize(22);
        f.setFontWeight(QFont::Bold);
        break;
    case CoverLine:
        f.setFontPointSize(13);
        break;
    case Heading1:
        f.setFontPointSize(15);
        f.setFontWeight(QFont::Bold);
        break;
    case Heading2:
        f.setFontPointSize(12.5);
        f.setFontWeight(QFont::Bold);
        break;
    case Heading3:
        f.setFontPointSize(11);
        f.setFontWeight(QFont::Bold);
        f.setFontItalic(true);
        break;
    case Note:
        f.setFontPointSize(9);
        f.setFontItalic(true);
        break;
    default:
        break;
    }
    return f;
}

QTextBlockFormat blockFormat(int kind)
{
    QTextBlockFormat f;
    f.setBottomMargin(5);
    switch (kind) {
    case CoverTitle:
        f.setAlignment(Qt::AlignHCenter);
        f.setTopMargin(120);
        f.setBottomMargin(24);
        break;
    case CoverLine:
        f.setAlignment(Qt::AlignHCenter);
        f.setBottomMargin(8);
        break;
    case Heading1:
    case Heading2:
    case Heading3:
        f.setHeadingLevel(kind - Heading1 + 1);
        f.setTopMargin(kind == Heading1 ? 16 : 10);
        f.setBottomMargin(6);
        break;
    default:
        f.setAlignment(Qt::AlignJustify);
        break;
    }
    return f;
}

// The text of a block in the face its kind gives it, as the layout engine reads it.
TextRun runOf(const QString &text, int kind, bool bold = false)
{
    const QTextCharFormat f = charFormat(kind);
    QString plain = text;
    plain.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return {plain, f.fontPointSize(), bold || f.fontWeight() >= QFont::Bold, f.fontItalic()};
}

} // namespace

ReportContent::ReportContent(ReportMeta meta)
    : m_meta(std::move(meta)), m_document(std::make_unique<QTextDocument>()),
      m_cursor(std::make_unique<QTextCursor>(m_document.get()))
{
    // No DocumentTitle metadata: QTextDocument::toHtml() writes it into <title> unescaped, and
    // a title may hold what a user typed (a meeting's). The renderer takes it from m_meta.
    m_document->setUndoRedoEnabled(false); // written once, never edited: no undo history to keep
}

ReportContent::~ReportContent() = default;

QTextCursor &ReportContent::cursor()
{
    m_cursor->movePosition(QTextCursor::End);
    return *m_cursor;
}

ContentBlock &ReportContent::record(ContentBlock::Kind kind, QList<TextRun> runs)
{
    ContentBlock b;
    b.kind = kind;
    b.runs = std::move(runs);
    b.pageBreakBefore = m_blockBreakPending;
    m_blockBreakPending = false;
    m_blocks.append(std::move(b));
    return m_blocks.last();
}

// Each call writes one block.
void ReportContent::block(const QString &text, int kind)
{
    QTextCursor &c = cursor();
    QTextBlockFormat bf = blockFormat(kind);
    if (m_pageBreakPending) {
        bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_pageBreakPending = false;
    }
    // The first block written takes the document's own first block; an empty first block (the
    // place of the contents, or an empty paragraph) is still a block of its own.
    if (!m_started)
        c.setBlockFormat(bf);
    else
        c.insertBlock(bf);
    m_started = true;
    c.setBlockCharFormat(charFormat(kind));
    // insertText reads nothing as markup; line separators keep a multi-line value in one block.
    QString plain = text;
    plain.replace(QLatin1Char('\n'), QChar::LineSeparator);
    c.insertText(plain, charFormat(kind));
}

void ReportContent::cover(const QString &title, const QStringList &lines)
{
    block(title, CoverTitle);
    record(ContentBlock::Kind::CoverTitle, {runOf(title, CoverTitle)});
    for (const QString &line : lines) {
        block(line, CoverLine);
        record(ContentBlock::Kind::CoverLine, {runOf(line, CoverLine)});
    }
}

void ReportContent::heading(int level, const QString &text)
{
    level = std::clamp(level, 1, 3);
    block(text, Heading1 + level - 1);
    m_outline.append({level, text, cursor().block().position()});
    ContentBlock &b = record(ContentBlock::Kind::Heading, {runOf(text, Heading1 + level - 1)});
    b.level = level;
    b.outlineIndex = int(m_outline.size()) - 1;
}

void ReportContent::paragraph(const QString &text)
{
    block(text, Body);
    record(ContentBlock::Kind::Paragraph, {runOf(text, Body)});
}

void ReportContent::paragraphs(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList parts = normalised.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            paragraph(p.trimmed());
    }
}

void ReportContent::labelled(const QString &label, const QString &value)
{
    block(QString(), Body);
    QTextCursor &c = cursor();
    QTextCharFormat bold = charFormat(Body);
    bold.setFontWeight(QFont::Bold);
    c.insertText(label + QStringLiteral(": "), bold);
    QString plain = value;
    plain.replace(QLatin1Char('\n'), QChar::LineSeparator);
    c.insertText(plain, charFormat(Body));
    record(ContentBlock::Kind::Labelled,
           {runOf(label + QStringLiteral(": "), Body, true), runOf(value, Body)});
}

void ReportContent::bullets(const QStringList &items)
{
    QTextList *list = nullptr;
    for (const QString &item : items) {
        block(item, Body);
        record(ContentBlock::Kind::Bullet, {runOf(item, Body)});
        QTextBlock b = cursor().block();
        QTextBlockFormat bf = b.blockFormat();
        bf.setAlignment(Qt::AlignLeft);
        cursor().setBlockFormat(bf);
        if (!list) {
            QTextListFormat lf;
            lf.setStyle(QTextListFormat::ListDisc);
            lf.setIndent(1);
            list = cursor().createList(lf);
        } else {
            list->add(b);
        }
    }
}

void ReportContent::note(const QString &text)
{
    block(text, Note);
    record(ContentBlock::Kind::Note, {runOf(text, Note)});
}

void ReportContent::table(const ReportTable &t)
{
    const int columns = int(t.header.size());
    if (columns == 0)
        return;
    // The table goes after a block of its own, so that a pending page break applies to it.
    block(QString(), Body);
    record(ContentBlock::Kind::Table).table = t;
    QTextCursor &c = cursor();

    QTextTableFormat tf;
    tf.setHeaderRowCount(1); // repeated at the top of every page the table runs over
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    // Qt 6.4 draws no collapsed border thinner than one pixel (0.75 pt).
    tf.setBorder(1);
    tf.setBorderBrush(QColor(0x70, 0x70, 0x70));
    tf.setBorderCollapse(true);
    tf.setCellPadding(3);
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (t.widthsPercent.size() == columns) {
        QList<QTextLength> widths;
        for (int w : t.widthsPercent)
            widths.append(QTextLength(QTextLength::PercentageLength, w));
        tf.setColumnWidthConstraints(widths);
    }
    QTextTable *table = c.insertTable(int(t.rows.size()) + 1, columns, tf);

    QTextCharFormat headerFormat = charFormat(Body);
    headerFormat.setFontWeight(QFont::Bold);
    QTextCharFormat cellFormat = charFormat(Body);
    cellFormat.setFontPointSize(9);
    const QBrush headerBackground(QColor(0xe4, 0xe9, 0xf0));

    auto fill = [&](int row, int column, const QString &text, const QTextCharFormat &f) {
        QTextTableCell cell = table->cellAt(row, column);
        if (row == 0) {
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            cf.setBackground(headerBackground);
            cell.setFormat(cf);
        }
        QTextCursor cc = cell.firstCursorPosition();
        QTextBlockFormat bf;
        bf.setAlignment(Qt::AlignLeft);
        cc.setBlockFormat(bf);
        QString plain = text;
        plain.replace(QLatin1Char('\n'), QChar::LineSeparator);
        cc.insertText(plain, f);
    };
    for (int col = 0; col < columns; ++col)
        fill(0, col, t.header.at(col), headerFormat);
    for (int row = 0; row < t.rows.size(); ++row) {
        const QStringList &cells = t.rows.at(row);
        for (int col = 0; col < columns; ++col) {
            const QString text = cells.value(col);
            if (row > 0 && t.mergeRepeated.contains(col) && text == t.rows.at(row - 1).value(col))
                continue; // merged below
            fill(row + 1, col, text, cellFormat);
        }
    }
    // Equal consecutive cells of the merged columns become one cell spanning their rows.
    for (int col : t.mergeRepeated) {
        if (col < 0 || col >= columns)
            continue;
        int start = 0;
        for (int row = 1; row <= t.rows.size(); ++row) {
            const bool same =
                row < t.rows.size() && t.rows.at(row).value(col) == t.rows.at(start).value(col);
            if (same)
                continue;
            if (row - start > 1)
                table->mergeCells(start + 1, col, row - start, 1);
            start = row;
        }
    }
    m_cursor->movePosition(QTextCursor::End);
}

void ReportContent::tableOfContents()
{
    block(QString(), Body);
    m_tocPosition = cursor().block().position();
    record(ContentBlock::Kind::Contents);
}

void ReportContent::pageBreak()
{
    m_pageBreakPending = true;
    m_blockBreakPending = true;
}

} // namespace focal::report
