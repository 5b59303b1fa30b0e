#pragma once

#include "forms/RecordForm.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace focal {

class GroupCountriesEditor;

// Edits a working group's name (required), objective and context, the countries taking part
// with their status, and the institutions taking part (checked in a list grouped by country).
// All of it is written as one undo step.
class WorkingGroupForm : public RecordForm
{
    Q_OBJECT

public:
    explicit WorkingGroupForm(ForumDocument &document, QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    bool load(const QUuid &id) override;
    bool validate() override;
    Result<void> save() override;

private:
    void fillChoices();
    QList<QUuid> checkedInstitutions() const;

    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_objective = nullptr;
    QPlainTextEdit *m_context = nullptr;
    GroupCountriesEditor *m_countries = nullptr;
    QTreeWidget *m_institutions = nullptr;
    QLabel *m_nameMessage = nullptr;
};

} // namespace focal
