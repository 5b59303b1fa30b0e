#pragma once

#include "forms/RecordForm.h"

class QLabel;
class QLineEdit;

namespace focal {

// Edits a country: its ISO 3166 alpha-2 code (required, two capital letters, unique) and its
// names in Spanish (required), Portuguese and English.
class CountryForm : public RecordForm
{
    Q_OBJECT

public:
    explicit CountryForm(ForumDocument &document, QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    bool load(const QUuid &id) override;
    bool validate() override;
    Result<void> save() override;

private:
    QLineEdit *m_iso2 = nullptr;
    QLineEdit *m_nameEs = nullptr;
    QLineEdit *m_namePt = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLabel *m_iso2Message = nullptr;
    QLabel *m_nameEsMessage = nullptr;
};

} // namespace focal
