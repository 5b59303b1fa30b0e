#include "TextBox.h"

#include "LayoutDevice.h"
#include "ReportFonts.h"

#include <QPainter>
#include <QTextOption>

namespace focal::report::layout {

QFont runFont(const TextRun &run)
{
    QFont font(ReportFonts::family());
    font.setPointSizeF(run.pointSize);
    font.setBold(run.bold);
    font.setItalic(run.italic);
    return LayoutDevice::pixelFont(font);
}

TextBox::TextBox(const QList<TextRun> &runs, qreal width, Qt::Alignment alignment,
                 Qt::LayoutDirection direction)
{
    QString text;
    for (const TextRun &run : runs)
        text += run.text;
    const TextRun base = runs.value(0);
    m_layout.setText(text);
    m_layout.setFont(runFont(base));
    // Runs in another face than the first: one format range each (a bold label before its value).
    QList<QTextLayout::FormatRange> formats;
    int start = int(base.text.size());
    for (qsizetype i = 1; i < runs.size(); ++i) {
        const TextRun &run = runs.at(i);
        if (run.bold != base.bold || run.italic != base.italic || run.pointSize != base.pointSize) {
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = int(run.text.size());
            range.format.setFont(runFont(run));
            formats.append(range);
        }
        start += int(run.text.size());
    }
    if (!formats.isEmpty())
        m_layout.setFormats(formats);

    QTextOption option(alignment);
    // A word longer than the line (a pasted link, 5 000 letters) breaks anywhere.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(direction);
    m_layout.setTextOption(option);
    // The glyphs are kept from the layout to the painting, not shaped twice.
    m_layout.setCacheEnabled(true);

    m_layout.beginLayout();
    qreal y = 0;
    m_tops.append(0);
    for (;;) {
        QTextLine line = m_layout.createLine();
        if (!line.isValid())
            break;
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        m_tops.append(y);
    }
    m_layout.endLayout();
}

int TextBox::linesFitting(int first, qreal height) const
{
    int count = 0;
    while (first + count < lineCount() && linesHeight(first, count + 1) <= height)
        ++count;
    return count;
}

void TextBox::draw(QPainter &painter, QPointF topLeft, int first, int count) const
{
    const QPointF origin = topLeft - QPointF(0, m_tops.at(first));
    for (int i = first; i < first + count && i < lineCount(); ++i)
        m_layout.lineAt(i).draw(&painter, origin);
}

} // namespace focal::report::layout
