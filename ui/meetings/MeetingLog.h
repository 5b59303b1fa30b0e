#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace focal {

class ForumDocument;
class MeetingLogModel;

// The meeting log: every meeting in a sortable table, filtered by year, group, subgroup (whose
// choices follow the group) and kind. Double-click or Enter on a row opens that meeting
// (meetingActivated). The table follows the database as it changes.
class MeetingLog : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingLog(ForumDocument &document, QWidget *parent = nullptr);

    MeetingLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *yearFilter() const { return m_year; }
    QComboBox *groupFilter() const { return m_group; }
    QComboBox *subgroupFilter() const { return m_subgroup; }
    QComboBox *kindFilter() const { return m_kind; }

signals:
    void meetingActivated(const QUuid &meetingId);

private:
    void fillYears();
    void fillGroups();
    void fillSubgroups();
    void applyFilter();
    void updateCount();

    ForumDocument &m_document;
    MeetingLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_subgroup = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace focal
