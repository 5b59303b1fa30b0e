#pragma once

#include "forms/RecordForm.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace focal {

// Edits an institution: name (required), acronym and kind. Its country is the one it is filed
// under in the tree and is shown, not edited.
class InstitutionForm : public RecordForm
{
    Q_OBJECT

public:
    explicit InstitutionForm(ForumDocument &document, QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    bool load(const QUuid &id) override;
    bool validate() override;
    Result<void> save() override;

private:
    QLabel *m_country = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_acronym = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_nameMessage = nullptr;
};

} // namespace focal
