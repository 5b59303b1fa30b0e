#include "forms/AreaForm.h"

#include "Commands.h"

#include <QLabel>
#include <QLineEdit>

namespace focal {

AreaForm::AreaForm(ForumDocument &document, QWidget *parent)
    : RecordForm(document, tr("Thematic area"), parent)
{
    setObjectName(QStringLiteral("areaForm"));
    m_nameEs = new QLineEdit;
    m_nameEs->setObjectName(QStringLiteral("nameEsEdit"));
    m_namePt = new QLineEdit;
    m_namePt->setObjectName(QStringLiteral("namePtEdit"));
    m_nameEn = new QLineEdit;
    m_nameEn->setObjectName(QStringLiteral("nameEnEdit"));
    m_nameEsMessage = addField(tr("Name (&Spanish):"), m_nameEs, tr("Name in Spanish"));
    addField(tr("Name (&Portuguese):"), m_namePt, tr("Name in Portuguese"));
    addField(tr("Name (&English):"), m_nameEn, tr("Name in English"));
    for (QLineEdit *edit : {m_nameEs, m_namePt, m_nameEn})
        connect(edit, &QLineEdit::textEdited, this, &AreaForm::fieldChanged);
    setTabOrder(m_nameEs, m_namePt);
    setTabOrder(m_namePt, m_nameEn);
}

QWidget *AreaForm::firstField() const
{
    return m_nameEs;
}

bool AreaForm::load(const QUuid &id)
{
    auto area = document().repository().get<ThematicArea>(id);
    const ThematicArea a = area ? *area : ThematicArea();
    m_nameEs->setText(a.nameEs);
    m_namePt->setText(a.namePt);
    m_nameEn->setText(a.nameEn);
    return area.ok();
}

bool AreaForm::validate()
{
    const QString message =
        m_nameEs->text().trimmed().isEmpty() ? tr("The Spanish name is required.") : QString();
    setFieldMessage(m_nameEs, m_nameEsMessage, message);
    return message.isEmpty();
}

Result<void> AreaForm::save()
{
    auto stored = document().repository().get<ThematicArea>(recordId());
    if (!stored)
        return stored.error();
    ThematicArea a = *stored;
    a.nameEs = m_nameEs->text().trimmed();
    a.namePt = m_namePt->text().trimmed();
    a.nameEn = m_nameEn->text().trimmed();
    return commands::edit(document(), a, tr("Edit thematic area %1").arg(a.nameEs));
}

} // namespace focal
