#pragma once

#include "forms/RecordForm.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace focal {

// Edits a person (usually a focal point): name (required), e-mail (optional, checked for a
// plausible address), phone, the dates they were active from and to (each may be unknown; from
// not after to), their institution among their country's, and their roles, optionally within
// one working group. The person and their roles are written as one undo step.
class PersonForm : public RecordForm
{
    Q_OBJECT

public:
    explicit PersonForm(ForumDocument &document, QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    bool load(const QUuid &id) override;
    bool validate() override;
    Result<void> save() override;

private:
    void fillChoices(const QUuid &countryId);
    QDate dateOf(const QDateEdit *edit) const; // null when "unknown"
    void setDate(QDateEdit *edit, const QDate &date);

    QLabel *m_country = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_institution = nullptr;
    QListWidget *m_roles = nullptr;
    QComboBox *m_roleGroup = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLabel *m_emailMessage = nullptr;
    QLabel *m_toMessage = nullptr;
};

} // namespace focal
