#pragma once

#include "query/Timeline.h"

#include <QDate>
#include <QWidget>

namespace focal {

// The painted chart of the timeline: years and months across the top, one row per product
// under a heading row for its plan, a bar per deadline period, a vertical line for today, and
// overdue work marked by colour, a hatch and a warning sign. Products whose deadline is to be
// defined follow under their own heading, without bars. The widget is as large as the chart;
// the view scrolls it, and the label column and the header stay in view meanwhile. Arrow keys move
// between products, Enter or a double click activates one.
class TimelineCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineCanvas(QWidget *parent = nullptr);

    void setData(const TimelineData &data, QDate today);

    // Products in the order shown: the scheduled ones, then those to be defined.
    int itemCount() const { return int(m_items.size()); }
    const TimelineItem &item(int index) const { return m_items.at(index); }
    int currentIndex() const { return m_current; } // -1 when none
    void setCurrentIndex(int index);
    int indexOf(const QUuid &id) const;

    // Geometry, for the view's scrolling and for tests: where a day falls across the chart
    // (-1 outside the years shown), where today's line is, and the rectangle of a product's row.
    int xForDate(QDate day) const;
    int todayX() const { return xForDate(m_today); }
    QRect rowRect(int index) const;
    int indexAt(const QPoint &point) const; // -1 over a heading or empty space
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }

    // What a product's row says in its label column (with "Overdue" when it is) and its tooltip.
    QString rowLabel(int index) const;
    QString toolTipFor(int index) const;

    QSize sizeHint() const override;

    static constexpr int labelWidth = 340;
    static constexpr int monthWidth = 36;
    static constexpr int headerHeight = 40; // years, then months
    static constexpr int rowHeight = 22;

signals:
    void itemActivated(const QUuid &planItemId);
    void currentChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    // A line of the chart: a heading (a plan, or "to be defined") or a product.
    struct Row
    {
        QString heading; // set for a heading row
        int item = -1;   // index into m_items for a product row
    };

    void paintHeader(QPainter &painter, const QPoint &frozen) const;
    void paintLabels(QPainter &painter, const QRect &exposed, int left) const;
    void paintBars(QPainter &painter, int row, const TimelineItem &item) const;
    int chartWidth() const;

    QList<TimelineItem> m_items;
    QList<Row> m_rows;
    QList<int> m_rowOfItem;
    QDate m_today;
    int m_firstYear = 0;
    int m_lastYear = -1; // no years: an empty chart
    int m_current = -1;
};

} // namespace focal
