#pragma once

#include "model/Plan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace focal {

class ForumDocument;

// What a plan is, as opposed to what it holds: its title, kind (sectoral or annual), year, and
// whether its items are products or activities. A title is required and an annual plan needs
// its year; problems are shown under the fields and OK stays off until they are solved. OK
// applies the change as one undo step.
class PlanPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    PlanPropertiesDialog(ForumDocument &document, const QUuid &planId, QWidget *parent = nullptr);

    void accept() override;

private:
    Plan edited() const;
    void validate();

    ForumDocument &m_document;
    Plan m_plan;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_label = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace focal
