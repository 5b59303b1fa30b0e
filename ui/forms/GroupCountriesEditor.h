#pragma once

#include "commands/EditWorkingGroupCommand.h"

#include <QPair>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace focal {

// The countries taking part in a working group, as a table of country and status (a combo of
// the participation statuses), with a country chooser to add a row and a button to remove the
// current one. It only edits the list; the working group form writes it.
class GroupCountriesEditor : public QWidget
{
    Q_OBJECT

public:
    using Participation = commands::EditWorkingGroupCommand::Participation;

    explicit GroupCountriesEditor(QWidget *parent = nullptr);

    // Every country that may take part (id and name, in the order to offer them).
    void setCountries(const QList<QPair<QUuid, QString>> &countries);
    // Replaces the rows; emits nothing.
    void setParticipations(const QList<Participation> &participations);
    QList<Participation> participations() const;

signals:
    void changed();

private:
    void addRow(const QUuid &countryId, ParticipationStatus status);
    void addChosen();
    void removeCurrent();
    void refreshChoices();

    QTableWidget *m_table = nullptr;
    QComboBox *m_choice = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QList<QPair<QUuid, QString>> m_countries;
};

} // namespace focal
