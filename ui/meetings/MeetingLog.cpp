#include "MeetingLog.h"

#include "ForumDocument.h"
#include "MeetingLogModel.h"

#include "model/WorkingGroup.h"
#include "storage/ChangeNotifier.h"
#include "widgets/ComboChoice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace focal {

MeetingLog::MeetingLog(ForumDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_model = new MeetingLogModel(document, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MeetingLogModel::SortRole);

    auto *filters = new QHBoxLayout;
    m_year = addFilterCombo(filters, tr("&Year:"), QStringLiteral("meetingYear"));
    m_group = addFilterCombo(filters, tr("&Group:"), QStringLiteral("meetingGroup"));
    m_subgroup = addFilterCombo(filters, tr("&Subgroup:"), QStringLiteral("meetingSubgroup"));
    m_kind = addFilterCombo(filters, tr("&Kind:"), QStringLiteral("meetingKind"));
    m_kind->addItem(tr("All kinds"), QVariant());
    for (const QString &key : enumKeys<MeetingKind>())
        m_kind->addItem(enumLabel(*enumFromKey<MeetingKind>(key)), key);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("meetingCount"));
    filters->addStretch();
    filters->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("meetingLogView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MeetingLogModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(MeetingLogModel::TitleColumn,
                                                     QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    fillYears();
    fillGroups();
    fillSubgroups();

    connect(m_year, &QComboBox::currentIndexChanged, this, &MeetingLog::applyFilter);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        fillSubgroups();
        applyFilter();
    });
    connect(m_subgroup, &QComboBox::currentIndexChanged, this, &MeetingLog::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingLog::applyFilter);
    // QAbstractItemView emits activated on double-click and on Enter/Return.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QUuid id = index.data(MeetingLogModel::IdRole).toUuid();
        if (!id.isNull())
            emit meetingActivated(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MeetingLog::updateCount);
    // New years, groups or subgroups may appear with a write; the filters offer them.
    connect(document.database().notifier(), &ChangeNotifier::committed, this,
            [this](const QSet<QString> &tables) {
                const bool all = tables.contains(QStringLiteral("*"));
                if (all || tables.contains(QStringLiteral("meeting")))
                    fillYears();
                if (all || tables.contains(QStringLiteral("working_group")) ||
                    tables.contains(QStringLiteral("subgroup"))) {
                    fillGroups();
                    fillSubgroups();
                }
            });
    applyFilter();
}

void MeetingLog::fillYears()
{
    const QSignalBlocker blocker(m_year);
    const QVariant chosen = m_year->currentData();
    m_year->clear();
    m_year->addItem(tr("All years"), QVariant());
    if (auto years = MeetingLogQuery::years(m_document.database()); years)
        for (int year : *years)
            m_year->addItem(QString::number(year), year);
    restoreComboChoice(m_year, chosen);
}

void MeetingLog::fillGroups()
{
    const QSignalBlocker blocker(m_group);
    const QVariant chosen = m_group->currentData();
    m_group->clear();
    m_group->addItem(tr("All groups"), QVariant());
    if (auto groups = m_document.repository().list<WorkingGroup>(QStringLiteral("short_name"));
        groups)
        for (const WorkingGroup &g : *groups)
            m_group->addItem(g.shortName, g.meta.id);
    restoreComboChoice(m_group, chosen);
}

void MeetingLog::fillSubgroups()
{
    const QSignalBlocker blocker(m_subgroup);
    const QVariant chosen = m_subgroup->currentData();
    m_subgroup->clear();
    m_subgroup->addItem(tr("All subgroups"), QVariant());
    const QUuid groupId = m_group->currentData().toUuid();
    // Subgroups belong to a group: with no group chosen there is nothing to narrow to.
    m_subgroup->setEnabled(!groupId.isNull());
    if (!groupId.isNull()) {
        if (auto subgroups = m_document.repository().listWhere<Subgroup>(
                "group_id", groupId.toString(QUuid::WithoutBraces), QStringLiteral("number"));
            subgroups)
            for (const Subgroup &s : *subgroups)
                m_subgroup->addItem(tr("%1. %2").arg(QString::number(s.number), s.name), s.meta.id);
    }
    restoreComboChoice(m_subgroup, chosen);
}

void MeetingLog::applyFilter()
{
    MeetingLogFilter filter;
    if (const QVariant year = m_year->currentData(); year.isValid())
        filter.year = year.toInt();
    filter.groupId = m_group->currentData().toUuid();
    filter.subgroupId = m_subgroup->currentData().toUuid();
    if (const QVariant kind = m_kind->currentData(); kind.isValid())
        filter.kind = enumFromKey<MeetingKind>(kind.toString());
    m_model->setFilter(filter);
}

void MeetingLog::updateCount()
{
    m_count->setText(tr("%n meeting(s)", nullptr, m_model->rowCount()));
}

} // namespace focal
