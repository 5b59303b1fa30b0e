#include "forms/InstitutionForm.h"

#include "Commands.h"

#include "model/Country.h"
#include "model/Institution.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace focal {

InstitutionForm::InstitutionForm(ForumDocument &document, QWidget *parent)
    : RecordForm(document, tr("Institution"), parent)
{
    setObjectName(QStringLiteral("institutionForm"));
    m_country = new QLabel;
    m_country->setObjectName(QStringLiteral("countryLabel"));
    m_country->setTextFormat(Qt::PlainText);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_acronym = new QLineEdit;
    m_acronym->setObjectName(QStringLiteral("acronymEdit"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const QString &key : enumKeys<InstitutionKind>())
        m_kind->addItem(enumLabel(*enumFromKey<InstitutionKind>(key)), key);

    addField(tr("Country:"), m_country, tr("Country"));
    m_nameMessage = addField(tr("&Name:"), m_name, tr("Name of the institution"));
    addField(tr("&Acronym:"), m_acronym, tr("Acronym"));
    addField(tr("&Kind:"), m_kind, tr("Kind of institution"));
    connect(m_name, &QLineEdit::textEdited, this, &InstitutionForm::fieldChanged);
    connect(m_acronym, &QLineEdit::textEdited, this, &InstitutionForm::fieldChanged);
    connect(m_kind, &QComboBox::activated, this, &InstitutionForm::fieldChanged);
    setTabOrder(m_name, m_acronym);
    setTabOrder(m_acronym, m_kind);
}

QWidget *InstitutionForm::firstField() const
{
    return m_name;
}

bool InstitutionForm::load(const QUuid &id)
{
    auto inst = document().repository().get<Institution>(id);
    const Institution i = inst ? *inst : Institution();
    auto country = document().repository().get<Country>(i.countryId);
    m_country->setText(country ? country->name() : QString());
    m_name->setText(i.name);
    m_acronym->setText(i.acronym);
    m_kind->setCurrentIndex(m_kind->findData(enumKey(i.kind)));
    return inst.ok();
}

bool InstitutionForm::validate()
{
    const QString message =
        m_name->text().trimmed().isEmpty() ? tr("The name is required.") : QString();
    setFieldMessage(m_name, m_nameMessage, message);
    return message.isEmpty();
}

Result<void> InstitutionForm::save()
{
    auto stored = document().repository().get<Institution>(recordId());
    if (!stored)
        return stored.error();
    Institution i = *stored;
    i.name = m_name->text().trimmed();
    i.acronym = m_acronym->text().trimmed();
    i.kind = enumFromKey<InstitutionKind>(m_kind->currentData().toString()).value_or(i.kind);
    return commands::edit(document(), i, tr("Edit institution %1").arg(i.name));
}

} // namespace focal
