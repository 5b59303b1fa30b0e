#include "MeetingLogModel.h"

#include "ForumDocument.h"

namespace focal {

MeetingLogModel::MeetingLogModel(ForumDocument &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(m_document.database().notifier(), &ChangeNotifier::committed, this,
            &MeetingLogModel::onCommitted);
    refresh();
}

void MeetingLogModel::setFilter(const MeetingLogFilter &filter)
{
    m_filter = filter;
    refresh();
}

bool MeetingLogModel::refresh()
{
    auto rows = MeetingLogQuery::load(m_document.database(), m_filter);
    beginResetModel();
    if (rows) {
        m_rows = std::move(rows).value();
        m_error = {};
    } else {
        m_rows.clear();
        m_error = rows.error();
    }
    endResetModel();
    return bool(rows);
}

void MeetingLogModel::onCommitted(const QSet<QString> &tables)
{
    if (tables.contains(QStringLiteral("*"))) {
        refresh();
        return;
    }
    for (const QString &table : MeetingLogQuery::tables()) {
        if (tables.contains(table)) {
            refresh();
            return;
        }
    }
}

int MeetingLogModel::rowOf(const QUuid &meetingId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == meetingId)
            return i;
    return -1;
}

int MeetingLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingLogRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == TimeColumn ? QVariant(row.timeZone) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() >= CountriesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant MeetingLogModel::display(const MeetingLogRow &row, int column) const
{
    switch (column) {
    case DateColumn:
        return row.date.toString(Qt::ISODate);
    case TimeColumn:
        if (!row.startTime.isValid())
            return QString();
        return row.timeZone.isEmpty()
                   ? row.startTime.toString(QStringLiteral("HH:mm"))
                   : tr("%1 (%2)").arg(row.startTime.toString(QStringLiteral("HH:mm")),
                                       row.timeZone.section(QLatin1Char('/'), -1)
                                           .replace(QLatin1Char('_'), QLatin1Char(' ')));
    case KindColumn:
        return enumLabel(row.kind);
    case NumberColumn:
        return row.number ? QVariant(*row.number) : QVariant();
    case TitleColumn:
        return row.title;
    case ScopeColumn:
        return enumLabel(row.scope);
    case GroupColumn:
        return row.groupShortName;
    case SubgroupColumn:
        return row.subgroupNumber ? QVariant(*row.subgroupNumber) : QVariant();
    case CountriesColumn:
        return row.attendingCountries;
    case AgreementsColumn:
        return row.agreements;
    case CommitmentsColumn:
        return row.commitments;
    default:
        return {};
    }
}

QVariant MeetingLogModel::sortValue(const MeetingLogRow &row, int column) const
{
    switch (column) {
    case DateColumn:
        // The start time breaks ties between meetings of one day.
        return row.date.toString(Qt::ISODate) + row.startTime.toString(QStringLiteral("HH:mm"));
    case NumberColumn:
        return row.number.value_or(-1);
    case SubgroupColumn:
        return row.subgroupNumber.value_or(-1);
    case KindColumn:
        return int(row.kind);
    case ScopeColumn:
        return int(row.scope);
    default:
        return display(row, column);
    }
}

QVariant MeetingLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Start");
    case KindColumn:
        return tr("Kind");
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Title");
    case ScopeColumn:
        return tr("Scope");
    case GroupColumn:
        return tr("Group");
    case SubgroupColumn:
        return tr("Subgroup");
    case CountriesColumn:
        return tr("Countries attending");
    case AgreementsColumn:
        return tr("Agreements");
    case CommitmentsColumn:
        return tr("Commitments");
    default:
        return {};
    }
}

} // namespace focal
