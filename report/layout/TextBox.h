#pragma once

#include "ContentBlock.h"

#include <QFont>
#include <QTextLayout>

#include <memory>

class QPainter;

namespace focal::report::layout {

// One piece of text laid out in lines at a width (a paragraph, a heading, a table cell), with
// QTextLayout: bidirectional text, shaping and font fallback as Qt does them, and a word longer
// than the width broken anywhere. Pages take its lines from first to last, a page at a time.
class TextBox
{
public:
    TextBox(const QList<TextRun> &runs, qreal width, Qt::Alignment alignment,
            Qt::LayoutDirection direction = Qt::LayoutDirectionAuto);
    TextBox(const TextBox &) = delete;
    TextBox &operator=(const TextBox &) = delete;

    int lineCount() const { return int(m_tops.size()) - 1; }
    qreal height() const { return m_tops.last(); }
    qreal lineTop(int line) const { return m_tops.at(line); }
    qreal lineHeight(int line) const { return m_tops.at(line + 1) - m_tops.at(line); }
    // The height of lines first..first+count-1.
    qreal linesHeight(int first, int count) const
    {
        return m_tops.at(first + count) - m_tops.at(first);
    }
    // How many lines from first fit in height (at least none).
    int linesFitting(int first, qreal height) const;
    QTextLine line(int i) const { return m_layout.lineAt(i); }

    // Draws lines first..first+count-1 with the top of the first at topLeft.
    void draw(QPainter &painter, QPointF topLeft, int first, int count) const;

private:
    QTextLayout m_layout;
    QList<qreal> m_tops; // the top of every line, and the bottom of the last
};

// The font of a run, at its size in the layout device's pixels.
QFont runFont(const TextRun &run);

} // namespace focal::report::layout
