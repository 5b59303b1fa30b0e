#pragma once

#include "query/Commitments.h"

#include <QDate>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace focal {

class CommitmentsModel;
class ForumDocument;

// The commitments tracker as a view of the open document: a filter bar (country, status,
// overdue only, working group) over the table of commitments across all meetings, by deadline,
// and under it the country × status matrix of the chosen group (it ignores the other filters,
// so that it stays an overview while the list narrows). It reads through core only and reloads
// when a committed change touches agreements, meetings or the names they show. Activating a row
// (double click or Enter) on its meeting's date or title emits meetingActivated with the
// meeting; anywhere else, commitmentActivated with the agreement.
class CommitmentsView : public QWidget
{
    Q_OBJECT

public:
    explicit CommitmentsView(ForumDocument &document, QWidget *parent = nullptr);

    // The day "overdue" is judged on; today unless a test says otherwise.
    void setToday(QDate today);
    QDate today() const { return m_today; }
    // Reads the choices, the list and the matrix again, keeping the filters.
    void refresh();

    CommitmentFilter filter() const;
    CommitmentsModel *model() const { return m_model; }
    QStandardItemModel *matrixModel() const { return m_matrixModel; }
    QTableView *table() const { return m_table; }

signals:
    void commitmentActivated(const QUuid &agreementId);
    void meetingActivated(const QUuid &meetingId);

private:
    void fillChoices();
    void reload();
    void showMatrix(const CommitmentMatrix &matrix);

    ForumDocument &m_document;
    QDate m_today = QDate::currentDate();
    QComboBox *m_country = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_overdue = nullptr;
    QComboBox *m_group = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_matrix = nullptr;
    QLabel *m_summary = nullptr;
    CommitmentsModel *m_model = nullptr;
    QStandardItemModel *m_matrixModel = nullptr;
    bool m_filling = false; // while the combos are refilled, their signals do not reload
};

} // namespace focal
