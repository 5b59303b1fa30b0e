#pragma once

#include "plans/PlanLifecycle.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace focal {

class ForumDocument;

// Records the next step of a plan's life: offers only the states PlanLifecycle allows after the
// plan's status, with the date, the acting country, the recipient, the meeting and a note. What
// is wrong is shown next to the field it concerns; OK records the step through the undo stack
// (planCommands::recordEvent) and closes the dialog only when that succeeded.
class PlanLifecycleDialog : public QDialog
{
    Q_OBJECT

public:
    PlanLifecycleDialog(ForumDocument &document, const QUuid &planId, QWidget *parent = nullptr);

    // The day the dialog treats as today (no step in the future); tests fix it.
    void setToday(QDate today);

    void accept() override;

private:
    QLabel *addField(QFormLayout *form, const QString &label, QWidget *field,
                     PlanLifecycle::Field which);
    void fillChoices();
    void stateChanged();
    PlanEvent event() const;
    void showProblems(const QList<PlanLifecycle::Problem> &problems);

    ForumDocument &m_document;
    Plan m_plan;
    QDate m_today;
    QComboBox *m_state = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_country = nullptr;
    QLineEdit *m_recipient = nullptr;
    QComboBox *m_meeting = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_status = nullptr;
    QMap<PlanLifecycle::Field, QLabel *> m_messages;
    QMap<PlanLifecycle::Field, QWidget *> m_fields;
};

} // namespace focal
