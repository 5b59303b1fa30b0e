#pragma once

#include "forms/RecordForm.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace focal {

// Edits a working group's name (required), objective and context. Its participating countries
// and institutions are edited elsewhere (not yet).
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
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_objective = nullptr;
    QPlainTextEdit *m_context = nullptr;
    QLabel *m_nameMessage = nullptr;
};

} // namespace focal
