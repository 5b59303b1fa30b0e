#pragma once

#include "TextBox.h"

#include <QColor>
#include <QList>
#include <QRectF>

#include <memory>

class QPainter;

namespace focal::report::layout {

// What is drawn on a page's text area: lines of laid-out text, cell frames, bullets. Positions
// are in layout pixels from the text area's top-left corner.
struct PageItem
{
    enum class Type { Text, Frame, Disc };
    Type type = Type::Text;
    std::shared_ptr<const TextBox> box; // Text: lines firstLine..firstLine+lineCount-1
    int firstLine = 0;
    int lineCount = 0;
    QPointF at;  // Text: the top-left corner of its first line
    QRectF rect; // Frame, Disc
    QColor fill; // Frame: its background, when valid
    bool border = true;
};

// One page of a laid-out report: its items in reading order (pdftotext follows the order of
// the drawing only where positions tie).
struct Page
{
    QList<PageItem> items;
    void paint(QPainter &painter) const;
};

} // namespace focal::report::layout
