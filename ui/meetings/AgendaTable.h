#pragma once

#include "model/Meeting.h"
#include "Result.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace focal {

class ForumDocument;

// A meeting's agenda: its items in order (title, presenting country, minutes), added, changed,
// removed and moved up or down, each change written at once as one undo step.
class AgendaTable : public QWidget
{
    Q_OBJECT

public:
    enum Column { TitleColumn, PresenterColumn, DurationColumn, ColumnCount };

    explicit AgendaTable(ForumDocument &document, QWidget *parent = nullptr);

    void load(const QUuid &meetingId, const QList<AgendaItem> &items);
    void setReadOnly(bool readOnly);

    QTableWidget *table() const { return m_table; }
    QLineEdit *newTitle() const { return m_newTitle; }
    QPushButton *addButton() const { return m_add; }
    // Selects the row and removes or moves that item (what the buttons do).
    void removeCurrent();
    void moveCurrent(int offset);

signals:
    void errorOccurred(const Error &error);

private:
    void add();
    void cellChanged(QTableWidgetItem *cell);
    void presenterChosen(int row, const QUuid &countryId);
    bool report(const Result<void> &result);
    void showStored();

    ForumDocument &m_document;
    QUuid m_meetingId;
    QList<AgendaItem> m_items;
    QList<QPair<QString, QUuid>> m_countries; // name, id
    bool m_loading = false;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_newTitle = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace focal
