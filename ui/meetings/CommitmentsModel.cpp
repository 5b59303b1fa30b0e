#include "CommitmentsModel.h"
#include "DeadlineWords.h"
#include "support/UiLanguage.h"

#include <QFont>
#include <QLocale>

namespace focal {

void CommitmentsModel::setCommitments(const QList<Commitment> &commitments)
{
    beginResetModel();
    m_rows = commitments;
    endResetModel();
}

int CommitmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommitmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant CommitmentsModel::display(const Commitment &c, int column) const
{
    switch (column) {
    case Due:
        // A deadline that could not be read as one is shown as written.
        return c.due.isUndefined() && !c.dueText.trimmed().isEmpty()
                   ? c.dueText
                   : deadlineWords(c.due, c.dueText, UiLanguage::current());
    case Country:
        return c.countryId.isNull() ? Commitments::noCountry() : c.countryName;
    case Institution:
        return c.institutionName;
    case Action:
        return c.action;
    case Status:
        return c.overdue ? tr("%1, overdue").arg(enumLabel(c.status)) : enumLabel(c.status);
    case MeetingDate:
        return c.meetingDate.isValid() ? QLocale().toString(c.meetingDate, QLocale::ShortFormat)
                                       : QString();
    case Meeting:
        return c.meetingTitle;
    case Group:
        return c.subgroupNumber
                   ? QStringLiteral("%1 / %2").arg(c.groupShortName).arg(*c.subgroupNumber)
                   : c.groupShortName;
    }
    return {};
}

QVariant CommitmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Commitment &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        return index.column() == Action ? QVariant(c.action) : QVariant();
    case Qt::FontRole:
        if (c.overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case AgreementIdRole:
        return c.id;
    case MeetingIdRole:
        return c.meetingId;
    case OverdueRole:
        return c.overdue;
    }
    return {};
}

QVariant CommitmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case Country:
        return tr("Country");
    case Institution:
        return tr("Institution");
    case Action:
        return tr("Action");
    case Status:
        return tr("Status");
    case MeetingDate:
        return tr("Meeting date");
    case Meeting:
        return tr("Meeting");
    case Group:
        return tr("Group");
    }
    return {};
}

} // namespace focal
