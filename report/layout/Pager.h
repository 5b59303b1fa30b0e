#pragma once

#include "Page.h"

#include <QList>

namespace focal::report::layout {

// The pages being filled, from the first: where the next thing goes (the current page and the
// height used on it) and the items put there so far.
class Pager
{
public:
    explicit Pager(qreal pageHeight) : m_height(pageHeight), m_pages(1) {}

    qreal pageHeight() const { return m_height; }
    int page() const { return int(m_pages.size()) - 1; }
    qreal y() const { return m_y; }
    qreal room() const { return m_height - m_y; }
    bool pageIsEmpty() const { return m_pages.last().items.isEmpty() && m_y <= 0; }

    void newPage()
    {
        m_pages.append(Page());
        m_y = 0;
    }
    void advance(qreal height) { m_y += height; }
    void add(PageItem item) { m_pages.last().items.append(std::move(item)); }
    void addTo(int page, PageItem item) { m_pages[page].items.append(std::move(item)); }
    void addText(std::shared_ptr<const TextBox> box, QPointF at, int first, int count)
    {
        PageItem item;
        item.box = std::move(box);
        item.at = at;
        item.firstLine = first;
        item.lineCount = count;
        add(std::move(item));
    }
    void addFrame(const QRectF &rect, const QColor &fill = QColor())
    {
        PageItem item;
        item.type = PageItem::Type::Frame;
        item.rect = rect;
        item.fill = fill;
        add(std::move(item));
    }
    QList<Page> &pages() { return m_pages; }

private:
    qreal m_height;
    qreal m_y = 0;
    QList<Page> m_pages;
};

} // namespace focal::report::layout
