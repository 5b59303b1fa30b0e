#include "ContentsTable.h"

#include "LayoutDevice.h"
#include "PageWords.h"
#include "ReportFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace focal::report {
namespace {

constexpr qreal entrySize = 10;  // points, as the body text
constexpr qreal indentStep = 14; // document units (pixels at the screen's resolution), per level

// The origin of a block's lines in document coordinates, inside tables too (the bounding rect's
// corner is the layout's position; its lines are placed relative to it).
QPointF blockOrigin(const QTextDocument *document, const QTextBlock &block)
{
    return document->documentLayout()->blockBoundingRect(block).topLeft();
}

} // namespace

ContentsTable::ContentsTable(QTextDocument *document, int position,
                             const QList<OutlineEntry> &entries, Language language)
    : m_document(document)
{
    QTextCursor cursor(document);
    cursor.setPosition(position);
    cursor.movePosition(QTextCursor::EndOfBlock);

    // The title, written into the report's own block so that a page break before it stays.
    QTextBlockFormat titleBlock = cursor.blockFormat();
    titleBlock.setTopMargin(6);
    titleBlock.setBottomMargin(10);
    titleBlock.setAlignment(Qt::AlignLeft);
    cursor.setBlockFormat(titleBlock);
    QTextCharFormat titleChars;
    titleChars.setFontPointSize(15);
    titleChars.setFontWeight(QFont::Bold);
    cursor.setBlockCharFormat(titleChars);
    cursor.insertText(PageWords::contents(language), titleChars);
    if (entries.isEmpty())
        return;

    QTextTableFormat tf;
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tf.setBorder(0);
    tf.setCellSpacing(0);
    tf.setCellPadding(1.5);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 90),
                                  QTextLength(QTextLength::PercentageLength, 10)});
    m_table = cursor.insertTable(int(entries.size()), 2, tf);

    for (int row = 0; row < entries.size(); ++row) {
        const OutlineEntry &entry = entries.at(row);
        m_levels.append(entry.level);
        QTextCharFormat chars;
        chars.setFontPointSize(entrySize);
        if (entry.level == 1)
            chars.setFontWeight(QFont::Bold);

        QTextCursor title = m_table->cellAt(row, 0).firstCursorPosition();
        QTextBlockFormat titleFormat;
        titleFormat.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
        // A right-to-left title still starts on the left, where the leaders expect it.
        titleFormat.setLayoutDirection(Qt::LeftToRight);
        titleFormat.setLeftMargin(indentStep * (std::clamp(entry.level, 1, 3) - 1));
        titleFormat.setTopMargin(entry.level == 1 ? 3 : 0);
        title.setBlockFormat(titleFormat);
        title.setBlockCharFormat(chars);
        QString plain = entry.title;
        plain.replace(QLatin1Char('\n'), QLatin1Char(' '));
        title.insertText(plain, chars);

        QTextCursor number = m_table->cellAt(row, 1).firstCursorPosition();
        QTextBlockFormat numberFormat;
        numberFormat.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
        numberFormat.setTopMargin(titleFormat.topMargin());
        number.setBlockFormat(numberFormat);
        number.setBlockCharFormat(chars);
    }

    // The block the table leaves after it is the start of what followed the contents' place.
    QTextCursor after = m_table->lastCursorPosition();
    after.movePosition(QTextCursor::NextBlock);
    QTextBlockFormat plain;
    plain.setBottomMargin(0);
    after.setBlockFormat(plain);
}

void ContentsTable::paint(QPainter *painter, const QRectF &clip) const
{
    if (!m_table)
        return;
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    if (!layout->frameBoundingRect(m_table).intersects(clip))
        return;
    QFont font(ReportFonts::family());
    font.setPointSizeF(entrySize);
    const QFont plain = LayoutDevice::pixelFont(font);
    font.setWeight(QFont::Bold);
    const QFont bold = LayoutDevice::pixelFont(font);
    const QFontMetricsF metrics(plain);
    const QFontMetricsF boldMetrics(bold);
    const qreal step = metrics.horizontalAdvance(QStringLiteral(". "));
    painter->setPen(Qt::black);

    for (int row = 0; row < m_table->rows() && row < m_pages.size(); ++row) {
        const QTextBlock title = m_table->cellAt(row, 0).firstCursorPosition().block();
        const QTextBlock number = m_table->cellAt(row, 1).firstCursorPosition().block();
        const QTextLayout *titleLayout = title.layout();
        const QTextLayout *numberLayout = number.layout();
        if (!titleLayout || titleLayout->lineCount() == 0 || !numberLayout ||
            numberLayout->lineCount() == 0)
            continue;
        // The number and the leaders sit on the title's last line.
        const QTextLine last = titleLayout->lineAt(titleLayout->lineCount() - 1);
        const QPointF titleOrigin = blockOrigin(m_document, title);
        const qreal baseline = titleOrigin.y() + last.y() + last.ascent();
        if (baseline < clip.top() || baseline > clip.bottom())
            continue;
        const bool strong = m_levels.value(row) == 1;
        const QString text = QString::number(m_pages.at(row));
        const QTextLine numberLine = numberLayout->lineAt(0);
        const qreal right =
            blockOrigin(m_document, number).x() + numberLine.x() + numberLine.width();
        const qreal left = right - (strong ? boldMetrics : metrics).horizontalAdvance(text);
        painter->setFont(strong ? bold : plain);
        painter->drawText(QPointF(left, baseline), text);

        // Dots on a grid common to every row, so that they line up down the page.
        const qreal from = titleOrigin.x() + last.x() + last.naturalTextWidth();
        if (step <= 0)
            continue;
        const qreal start = std::ceil((from + step * 0.5) / step) * step;
        const int count = int(std::floor((left - step * 0.5 - start) / step));
        if (count < 2)
            continue;
        painter->setFont(plain);
        painter->drawText(QPointF(start, baseline), QStringLiteral(". ").repeated(count).trimmed());
    }
}

} // namespace focal::report
