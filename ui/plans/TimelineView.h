#pragma once

#include "model/WorkingGroup.h"
#include "query/Timeline.h"

#include <QDate>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;

namespace focal {

class ForumDocument;
class TimelineCanvas;

// The plan timeline as a view of the open document: a filter bar (working group, subgroup,
// country; the subgroups offered follow the group) over the scrollable chart, and a line
// saying what is shown. It reads through core only and redraws when a committed change touches
// the plans or who is responsible for them. Double-click or Enter on a product emits
// itemActivated, for the window to open that plan item.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(ForumDocument &document, QWidget *parent = nullptr);

    // The day the chart is drawn for; today unless a test says otherwise.
    void setToday(QDate today);
    QDate today() const { return m_today; }
    // Reads the choices and the chart again, keeping the filter and the current product.
    void refresh();

    TimelineFilter filter() const;
    TimelineCanvas *canvas() const { return m_canvas; }

signals:
    void itemActivated(const QUuid &planItemId);

private:
    void fillChoices();
    void fillSubgroups();
    void reload();

    ForumDocument &m_document;
    QDate m_today = QDate::currentDate();
    QComboBox *m_group = nullptr;
    QComboBox *m_subgroup = nullptr;
    QComboBox *m_country = nullptr;
    QScrollArea *m_scroll = nullptr;
    TimelineCanvas *m_canvas = nullptr;
    QLabel *m_summary = nullptr;
    QList<Subgroup> m_subgroups; // every subgroup, for the choices of the chosen group
    bool m_filling = false;      // while the combos are refilled, their signals do not reload
};

} // namespace focal
