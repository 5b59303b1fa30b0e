#include "TimelineCanvas.h"

#include "DeadlineWords.h"
#include "model/Enums.h"
#include "support/UiLanguage.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QToolTip>

#include <algorithm>

namespace focal {
namespace {

const QColor pendingColour(0x3b, 0x73, 0xb9);
const QColor overdueColour(0xc6, 0x28, 0x28);
const QColor doneColour(0x2e, 0x7d, 0x32);
const QColor closedColour(0x9e, 0x9e, 0x9e);
const QColor todayColour(0xe6, 0x51, 0x00);
const QString warningSign = QStringLiteral("\u26A0");

QColor barColour(const TimelineItem &item)
{
    if (item.overdue)
        return overdueColour;
    switch (item.status) {
    case PlanItemStatus::Done:
        return doneColour;
    case PlanItemStatus::Cancelled:
    case PlanItemStatus::Reprogrammed:
        return closedColour;
    case PlanItemStatus::Proposed:
    case PlanItemStatus::Approved:
    case PlanItemStatus::InProgress:
        break;
    }
    return pendingColour;
}

QString planHeading(const TimelineItem &item)
{
    if (item.subgroupNumber)
        return TimelineCanvas::tr("Subgroup %1: %2 — %3")
            .arg(*item.subgroupNumber)
            .arg(item.subgroupName, item.planTitle);
    return TimelineCanvas::tr("%1 — %2").arg(item.groupName, item.planTitle);
}

} // namespace

TimelineCanvas::TimelineCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineCanvas"));
    setAccessibleName(tr("Timeline of plan products"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void TimelineCanvas::setData(const TimelineData &data, QDate today)
{
    const QUuid current = m_current >= 0 ? m_items.at(m_current).id : QUuid();
    m_today = today;
    m_items = data.scheduled + data.toBeDefined;
    // The years of the work, widened to today's so that the line for today is always drawn.
    m_firstYear = data.firstYear ? std::min(data.firstYear, today.year()) : today.year();
    m_lastYear = data.lastYear ? std::max(data.lastYear, today.year()) : today.year();

    m_rows.clear();
    m_rowOfItem.clear();
    QUuid plan;
    for (int i = 0; i < data.scheduled.size(); ++i) {
        const TimelineItem &item = m_items.at(i);
        if (i == 0 || item.planId != plan)
            m_rows.append({planHeading(item), -1});
        plan = item.planId;
        m_rowOfItem.append(int(m_rows.size()));
        m_rows.append({{}, i});
    }
    if (!data.toBeDefined.isEmpty())
        m_rows.append({tr("Deadline to be defined"), -1});
    for (int i = int(data.scheduled.size()); i < m_items.size(); ++i) {
        m_rowOfItem.append(int(m_rows.size()));
        m_rows.append({{}, i});
    }

    // The same product stays current across a refresh when it is still shown.
    m_current = indexOf(current);
    resize(sizeHint());
    updateGeometry();
    update();
    emit currentChanged(m_current);
}

void TimelineCanvas::setCurrentIndex(int index)
{
    index = m_items.isEmpty() ? -1 : std::clamp(index, 0, int(m_items.size()) - 1);
    if (index == m_current)
        return;
    m_current = index;
    update();
    emit currentChanged(m_current);
}

int TimelineCanvas::indexOf(const QUuid &id) const
{
    if (id.isNull())
        return -1;
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return i;
    return -1;
}

int TimelineCanvas::xForDate(QDate day) const
{
    // Days of the year after the last shown are outside, except its end boundary (1 January).
    if (!day.isValid() || day.year() < m_firstYear || day > QDate(m_lastYear + 1, 1, 1))
        return -1;
    const int months = (day.year() - m_firstYear) * 12 + day.month() - 1;
    const double inMonth = double(day.day() - 1) / day.daysInMonth();
    return labelWidth + int(months * monthWidth + inMonth * monthWidth);
}

QRect TimelineCanvas::rowRect(int index) const
{
    if (index < 0 || index >= m_rowOfItem.size())
        return {};
    return QRect(0, headerHeight + m_rowOfItem.at(index) * rowHeight, width(), rowHeight);
}

int TimelineCanvas::indexAt(const QPoint &point) const
{
    // The header stays at the top of the visible part and hides the rows beneath it.
    if (point.y() < visibleRegion().boundingRect().top() + headerHeight || point.y() < headerHeight)
        return -1;
    const int row = (point.y() - headerHeight) / rowHeight;
    return row < m_rows.size() ? m_rows.at(row).item : -1;
}

int TimelineCanvas::chartWidth() const
{
    return (m_lastYear - m_firstYear + 1) * 12 * monthWidth;
}

QSize TimelineCanvas::sizeHint() const
{
    return QSize(labelWidth + chartWidth() + 1,
                 headerHeight + int(m_rows.size()) * rowHeight + rowHeight / 2);
}

QString TimelineCanvas::rowLabel(int index) const
{
    const TimelineItem &item = m_items.at(index);
    return item.overdue ? tr("Overdue: %1").arg(item.text) : item.text;
}

QString TimelineCanvas::toolTipFor(int index) const
{
    const TimelineItem &item = m_items.at(index);
    const QString deadline = deadlineWords(item.deadline, item.deadlineText, UiLanguage::current());
    QString tip = QStringLiteral("<p><b>%1</b></p><p>").arg(item.text.toHtmlEscaped());
    tip += tr("Plan: %1").arg(planHeading(item)).toHtmlEscaped() + QStringLiteral("<br>");
    tip += tr("Deadline: %1").arg(deadline).toHtmlEscaped() + QStringLiteral("<br>");
    tip += tr("Countries: %1")
               .arg(item.countryNames.isEmpty() ? tr("none named")
                                                : item.countryNames.join(QStringLiteral(", ")))
               .toHtmlEscaped() +
           QStringLiteral("<br>");
    tip += tr("Status: %1").arg(enumLabel(item.status)).toHtmlEscaped();
    if (item.overdue)
        tip += QStringLiteral("<br><b>") + warningSign + QLatin1Char(' ') +
               tr("Overdue").toHtmlEscaped() + QStringLiteral("</b>");
    return tip + QStringLiteral("</p>");
}

void TimelineCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect exposed = event->rect();
    // The label column and the header stay in view while the chart scrolls under them: they
    // are painted at the visible part's left and top edges (the view repaints on scrolling).
    const QRect visible = visibleRegion().boundingRect();
    const QPoint frozen = visible.isEmpty() ? QPoint() : visible.topLeft();
    const int chartRight = labelWidth + chartWidth();

    // Month grid lines under everything, years stronger.
    for (int m = 0; m <= (m_lastYear - m_firstYear + 1) * 12; ++m) {
        const int x = labelWidth + m * monthWidth;
        painter.setPen(m % 12 == 0 ? palette().color(QPalette::Mid)
                                   : palette().color(QPalette::Midlight));
        painter.drawLine(x, headerHeight, x, height());
    }

    for (int r = 0; r < m_rows.size(); ++r) {
        const QRect line(0, headerHeight + r * rowHeight, chartRight, rowHeight);
        if (!line.intersects(exposed))
            continue;
        const Row &row = m_rows.at(r);
        if (row.item < 0) {
            painter.fillRect(line, palette().color(QPalette::AlternateBase));
            continue;
        }
        if (row.item == m_current)
            painter.fillRect(line, palette().color(QPalette::Highlight).lighter(170));
        paintBars(painter, r, m_items.at(row.item));
    }

    const int x = todayX();
    if (x >= 0) {
        painter.setPen(QPen(todayColour, 2));
        painter.drawLine(x, headerHeight, x, height());
    }
    paintLabels(painter, exposed, frozen.x());
    paintHeader(painter, frozen);
}

void TimelineCanvas::paintLabels(QPainter &painter, const QRect &exposed, int left) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const int top = headerHeight + r * rowHeight;
        const QRect cell(left, top, labelWidth, rowHeight);
        if (!QRect(0, top, width(), rowHeight).intersects(exposed))
            continue;
        const Row &row = m_rows.at(r);
        if (row.item < 0) {
            // A heading runs on over the chart, on its own band.
            QFont bold = font();
            bold.setBold(true);
            painter.setFont(bold);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRect(left + 6, top, width() - left - 6, rowHeight),
                             Qt::AlignVCenter | Qt::AlignLeft, row.heading);
            painter.setFont(font());
            continue;
        }
        const TimelineItem &item = m_items.at(row.item);
        const bool current = row.item == m_current;
        painter.fillRect(cell, current ? palette().color(QPalette::Highlight).lighter(170)
                                       : palette().color(QPalette::Base));
        QFont labelFont = font();
        labelFont.setBold(item.overdue);
        painter.setFont(labelFont);
        painter.setPen(item.overdue ? overdueColour : palette().color(QPalette::Text));
        const QRect text = cell.adjusted(16, 0, -6, 0);
        const QString label = item.overdue ? warningSign + QLatin1Char(' ') + item.text : item.text;
        painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                         QFontMetrics(labelFont).elidedText(label, Qt::ElideRight, text.width()));
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(cell.topRight(), cell.bottomRight());
        if (current && hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
            painter.drawRect(QRect(left, top, width() - left, rowHeight).adjusted(0, 0, -1, -1));
        }
    }
}

void TimelineCanvas::paintHeader(QPainter &painter, const QPoint &frozen) const
{
    const int top = frozen.y();
    const int half = headerHeight / 2;
    painter.fillRect(QRect(0, top, width(), headerHeight), palette().color(QPalette::Window));
    const QLocale locale;
    for (int year = m_firstYear; year <= m_lastYear; ++year) {
        const int x = labelWidth + (year - m_firstYear) * 12 * monthWidth;
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(x, top, x, top + headerHeight);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x + 4, top, 12 * monthWidth - 4, half),
                         Qt::AlignVCenter | Qt::AlignLeft, QString::number(year));
        for (int month = 1; month <= 12; ++month)
            painter.drawText(QRect(x + (month - 1) * monthWidth, top + half, monthWidth, half),
                             Qt::AlignCenter,
                             locale.standaloneMonthName(month, QLocale::ShortFormat));
    }
    const int x = todayX();
    if (x >= 0) {
        painter.setPen(QPen(todayColour, 2));
        painter.drawLine(x, top + half, x, top + headerHeight);
        painter.drawText(QRect(x + 3, top, 12 * monthWidth, half), Qt::AlignVCenter | Qt::AlignLeft,
                         tr("Today"));
    }
    const QRect corner(frozen.x(), top, labelWidth, headerHeight);
    painter.fillRect(corner, palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(corner.adjusted(6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("Product or activity"));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(corner.topRight(), corner.bottomRight());
    painter.drawLine(0, top + headerHeight - 1, width(), top + headerHeight - 1);
}

void TimelineCanvas::paintBars(QPainter &painter, int row, const TimelineItem &item) const
{
    const int top = headerHeight + row * rowHeight;
    if (item.deadline.isUndefined()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(labelWidth + 6, top, chartWidth(), rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, tr("to be defined"));
        return;
    }
    const QColor colour = barColour(item);
    int barEnd = labelWidth;
    for (const Deadline::Period &period : item.periods()) {
        const int from = xForDate(period.start());
        const int to = xForDate(period.end().addDays(1));
        if (from < 0 || to < 0)
            continue;
        const QRect bar(from, top + 5, std::max(to - from, 3), rowHeight - 10);
        painter.fillRect(bar, colour);
        // Overdue bars are hatched as well, so that the mark does not rest on colour alone.
        if (item.overdue)
            painter.fillRect(bar, QBrush(Qt::white, Qt::BDiagPattern));
        barEnd = std::max(barEnd, bar.right());
    }
    if (item.overdue) {
        painter.setPen(overdueColour);
        painter.drawText(QRect(barEnd + 4, top, 3 * monthWidth, rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, warningSign);
    }
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    const int page =
        std::max(1, (parentWidget() ? parentWidget()->height() : height()) / rowHeight - 2);
    switch (event->key()) {
    case Qt::Key_Down:
        setCurrentIndex(m_current < 0 ? 0 : m_current + 1);
        break;
    case Qt::Key_Up:
        setCurrentIndex(m_current < 0 ? 0 : m_current - 1);
        break;
    case Qt::Key_PageDown:
        setCurrentIndex(m_current + page);
        break;
    case Qt::Key_PageUp:
        setCurrentIndex(m_current - page);
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(int(m_items.size()) - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            emit itemActivated(m_items.at(m_current).id);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    const int index = indexAt(event->position().toPoint());
    if (index >= 0)
        setCurrentIndex(index);
    QWidget::mousePressEvent(event);
}

void TimelineCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = indexAt(event->position().toPoint());
    if (index >= 0) {
        setCurrentIndex(index);
        emit itemActivated(m_items.at(index).id);
    }
    QWidget::mouseDoubleClickEvent(event);
}

bool TimelineCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = indexAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(index), this, rowRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace focal
