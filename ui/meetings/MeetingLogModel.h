#pragma once

#include "query/MeetingLog.h"

#include <QAbstractTableModel>
#include <QSet>

namespace focal {

class ForumDocument;

// The meeting log as a table: a thin adapter over the core query MeetingLog. It reloads when a
// committed write touches a table the log reads (or "*", another program's change). Cells
// show text; Qt::UserRole gives the value to sort by (dates, numbers) and, on every column,
// IdRole the meeting's UUID.
class MeetingLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TimeColumn,
        KindColumn,
        NumberColumn,
        TitleColumn,
        ScopeColumn,
        GroupColumn,
        SubgroupColumn,
        CountriesColumn,
        AgreementsColumn,
        CommitmentsColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit MeetingLogModel(ForumDocument &document, QObject *parent = nullptr);

    void setFilter(const MeetingLogFilter &filter);
    const MeetingLogFilter &filter() const { return m_filter; }
    // Reads the log again; false (and an empty table) when the query failed.
    bool refresh();
    const Error &lastError() const { return m_error; }

    const MeetingLogRow &row(int index) const { return m_rows.at(index); }
    int rowOf(const QUuid &meetingId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onCommitted(const QSet<QString> &tables);
    QVariant display(const MeetingLogRow &row, int column) const;
    QVariant sortValue(const MeetingLogRow &row, int column) const;

    ForumDocument &m_document;
    MeetingLogFilter m_filter;
    QList<MeetingLogRow> m_rows;
    Error m_error;
};

} // namespace focal
