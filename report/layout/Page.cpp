#include "Page.h"

#include "Units.h"

#include <QPainter>

namespace focal::report::layout {

void Page::paint(QPainter &painter) const
{
    // Qt 6.4 draws no border thinner than one pixel of the screen (0.75 pt): as the rich text did.
    const QPen border(QColor(0x70, 0x70, 0x70), cssToPixels(1));
    const QPen text(Qt::black);
    for (const PageItem &item : items) {
        switch (item.type) {
        case PageItem::Type::Text:
            painter.setPen(text);
            item.box->draw(painter, item.at, item.firstLine, item.lineCount);
            break;
        case PageItem::Type::Frame:
            painter.setPen(item.border ? border : QPen(Qt::NoPen));
            painter.setBrush(item.fill.isValid() ? QBrush(item.fill) : QBrush(Qt::NoBrush));
            painter.drawRect(item.rect);
            break;
        case PageItem::Type::Disc:
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            painter.drawEllipse(item.rect);
            break;
        }
    }
    painter.setBrush(Qt::NoBrush);
}

} // namespace focal::report::layout
