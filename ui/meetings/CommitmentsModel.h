#pragma once

#include "query/Commitments.h"

#include <QAbstractTableModel>

namespace focal {

// The commitments tracker's rows as a table: a thin adapter over Commitments::list, which the
// view fills again when the data or the filters change. Each row carries its agreement's and
// its meeting's UUIDs for the view to open them.
class CommitmentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Due, Country, Institution, Action, Status, MeetingDate, Meeting, Group, Count };
    enum Role { AgreementIdRole = Qt::UserRole + 1, MeetingIdRole, OverdueRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setCommitments(const QList<Commitment> &commitments);
    const QList<Commitment> &commitments() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Commitment &c, int column) const;

    QList<Commitment> m_rows;
};

} // namespace focal
