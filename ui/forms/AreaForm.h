#pragma once

#include "forms/RecordForm.h"

class QLabel;
class QLineEdit;

namespace focal {

// Edits a thematic area's names: Spanish (required), Portuguese and English.
class AreaForm : public RecordForm
{
    Q_OBJECT

public:
    explicit AreaForm(ForumDocument &document, QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    bool load(const QUuid &id) override;
    bool validate() override;
    Result<void> save() override;

private:
    QLineEdit *m_nameEs = nullptr;
    QLineEdit *m_namePt = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLabel *m_nameEsMessage = nullptr;
};

} // namespace focal
