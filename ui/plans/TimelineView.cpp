#include "TimelineView.h"

#include "ForumDocument.h"
#include "model/Country.h"
#include "plans/TimelineCanvas.h"
#include "support/UiLanguage.h"
#include "widgets/ComboChoice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace focal {
namespace {

// The tables whose rows the chart shows or derives from: the plans and their items, who is
// responsible for them (named countries, else the subgroup's leader and members), and the
// names of groups, subgroups and countries. "*" is another program's change.
bool touchesTimeline(const QSet<QString> &tables)
{
    static const QSet<QString> watched{
        QStringLiteral("*"),         QStringLiteral("plan"),
        QStringLiteral("plan_item"), QStringLiteral("plan_item_country"),
        QStringLiteral("subgroup"),  QStringLiteral("subgroup_member"),
        QStringLiteral("country"),   QStringLiteral("working_group")};
    return tables.intersects(watched);
}

QUuid chosen(const QComboBox *box)
{
    return box->currentData().toUuid();
}

} // namespace

TimelineView::TimelineView(ForumDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("timelineView"));
    setWindowTitle(tr("Plan timeline"));

    auto *bar = new QHBoxLayout;
    m_group = addFilterCombo(bar, tr("&Group:"), QStringLiteral("timelineGroup"));
    m_subgroup = addFilterCombo(bar, tr("&Subgroup:"), QStringLiteral("timelineSubgroup"));
    m_country = addFilterCombo(bar, tr("&Country:"), QStringLiteral("timelineCountry"));
    bar->addStretch();

    m_canvas = new TimelineCanvas;
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("timelineScroll"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false); // the canvas is as large as its chart
    m_scroll->setFocusProxy(m_canvas);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("timelineSummary"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_summary);

    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_filling = true;
        fillSubgroups();
        m_filling = false;
        reload();
    });
    for (QComboBox *box : {m_subgroup, m_country})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                reload();
        });
    connect(m_canvas, &TimelineCanvas::itemActivated, this, &TimelineView::itemActivated);
    // The canvas paints its label column and header at the visible edges: a scroll moves them.
    for (QScrollBar *bar : {m_scroll->horizontalScrollBar(), m_scroll->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, m_canvas, qOverload<>(&QWidget::update));
    // Arrow keys may move to a row out of sight: bring it, and the label column, into view.
    connect(m_canvas, &TimelineCanvas::currentChanged, this, [this](int index) {
        const QRect row = m_canvas->rowRect(index);
        // The margin keeps the row clear of the header painted over the top, with one row of
        // context (often its plan's heading) beside it.
        if (row.isValid())
            m_scroll->ensureVisible(m_scroll->horizontalScrollBar()->value(), row.center().y(), 0,
                                    TimelineCanvas::headerHeight + 2 * row.height());
    });
    connect(m_document.database().notifier(), &ChangeNotifier::committed, this,
            [this](const QSet<QString> &tables) {
                if (touchesTimeline(tables))
                    refresh();
            });
    refresh();
}

void TimelineView::setToday(QDate today)
{
    m_today = today;
    reload();
}

TimelineFilter TimelineView::filter() const
{
    return {chosen(m_group), chosen(m_subgroup), chosen(m_country)};
}

void TimelineView::refresh()
{
    m_filling = true;
    fillChoices();
    m_filling = false;
    reload();
}

void TimelineView::fillChoices()
{
    Repository &repository = m_document.repository();
    const QUuid group = chosen(m_group);
    const QUuid country = chosen(m_country);
    m_group->clear();
    m_group->addItem(tr("All groups"), QUuid());
    if (auto groups = repository.list<WorkingGroup>(QStringLiteral("name")))
        for (const WorkingGroup &g : *groups)
            m_group->addItem(g.name, g.meta.id);
    restoreComboChoice(m_group, group);

    m_country->clear();
    m_country->addItem(tr("All countries"), QUuid());
    if (auto countries = repository.list<Country>(QStringLiteral("name_es")))
        for (const Country &c : *countries)
            m_country->addItem(c.name(UiLanguage::current()), c.meta.id);
    restoreComboChoice(m_country, country);

    auto subgroups = repository.list<Subgroup>(QStringLiteral("number"));
    m_subgroups = subgroups ? *subgroups : QList<Subgroup>();
    fillSubgroups();
}

void TimelineView::fillSubgroups()
{
    const QUuid group = chosen(m_group);
    const QUuid subgroup = chosen(m_subgroup);
    m_subgroup->clear();
    m_subgroup->addItem(tr("All subgroups"), QUuid());
    for (const Subgroup &s : std::as_const(m_subgroups))
        if (group.isNull() || s.groupId == group)
            m_subgroup->addItem(QStringLiteral("%1. %2").arg(s.number).arg(s.name), s.meta.id);
    restoreComboChoice(m_subgroup, subgroup);
}

void TimelineView::reload()
{
    auto data = Timeline::load(m_document.database(), m_today, filter());
    if (!data) {
        qWarning("focal: the timeline could not be read: %s",
                 qUtf8Printable(data.error().fullText()));
        m_canvas->setData({}, m_today);
        m_summary->setText(tr("The timeline could not be shown: %1").arg(data.error().message));
        return;
    }
    m_canvas->setData(*data, m_today);
    int overdue = 0;
    for (const TimelineItem &item : data->scheduled)
        overdue += item.overdue ? 1 : 0;
    m_summary->setText(tr("%1 products or activities: %2 overdue, %3 with the deadline to be "
                          "defined. As of %4.")
                           .arg(data->scheduled.size() + data->toBeDefined.size())
                           .arg(overdue)
                           .arg(data->toBeDefined.size())
                           .arg(QLocale().toString(m_today, QLocale::LongFormat)));
}

} // namespace focal
