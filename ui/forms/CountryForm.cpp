#include "forms/CountryForm.h"

#include "Commands.h"

#include "model/Country.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace focal {
namespace {

QLineEdit *lineEdit(const char *objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}

} // namespace

CountryForm::CountryForm(ForumDocument &document, QWidget *parent)
    : RecordForm(document, tr("Country"), parent)
{
    setObjectName(QStringLiteral("countryForm"));
    m_iso2 = lineEdit("iso2Edit");
    m_nameEs = lineEdit("nameEsEdit");
    m_namePt = lineEdit("namePtEdit");
    m_nameEn = lineEdit("nameEnEdit");
    m_iso2->setMaxLength(3); // one more than valid, so that a third letter is seen and refused
    m_iso2Message = addField(tr("&ISO code:"), m_iso2, tr("ISO 3166 alpha-2 code"));
    m_nameEsMessage = addField(tr("Name (&Spanish):"), m_nameEs, tr("Name in Spanish"));
    addField(tr("Name (&Portuguese):"), m_namePt, tr("Name in Portuguese"));
    addField(tr("Name (&English):"), m_nameEn, tr("Name in English"));
    for (QLineEdit *edit : {m_iso2, m_nameEs, m_namePt, m_nameEn})
        connect(edit, &QLineEdit::textEdited, this, &CountryForm::fieldChanged);
    setTabOrder(m_iso2, m_nameEs);
    setTabOrder(m_nameEs, m_namePt);
    setTabOrder(m_namePt, m_nameEn);
}

QWidget *CountryForm::firstField() const
{
    return m_nameEs;
}

bool CountryForm::load(const QUuid &id)
{
    auto country = document().repository().get<Country>(id);
    const Country c = country ? *country : Country();
    m_iso2->setText(c.iso2);
    m_nameEs->setText(c.nameEs);
    m_namePt->setText(c.namePt);
    m_nameEn->setText(c.nameEn);
    return country.ok();
}

bool CountryForm::validate()
{
    const QString iso2 = m_iso2->text().trimmed();
    QString isoMessage;
    static const QRegularExpression twoCapitals(QStringLiteral("^[A-Z]{2}$"));
    if (iso2.isEmpty()) {
        isoMessage = tr("The ISO code is required.");
    } else if (!twoCapitals.match(iso2).hasMatch()) {
        isoMessage = tr("The ISO code is two capital letters, like CL.");
    } else {
        auto same = document().repository().listWhere<Country>("iso2", iso2);
        if (same && std::any_of(same->cbegin(), same->cend(),
                                [&](const Country &c) { return c.meta.id != recordId(); }))
            isoMessage = tr("Another country already has the code %1.").arg(iso2);
    }
    setFieldMessage(m_iso2, m_iso2Message, isoMessage);
    const QString nameMessage =
        m_nameEs->text().trimmed().isEmpty() ? tr("The Spanish name is required.") : QString();
    setFieldMessage(m_nameEs, m_nameEsMessage, nameMessage);
    return isoMessage.isEmpty() && nameMessage.isEmpty();
}

Result<void> CountryForm::save()
{
    auto stored = document().repository().get<Country>(recordId());
    if (!stored)
        return stored.error();
    Country c = *stored;
    c.iso2 = m_iso2->text().trimmed();
    c.nameEs = m_nameEs->text().trimmed();
    c.namePt = m_namePt->text().trimmed();
    c.nameEn = m_nameEn->text().trimmed();
    return commands::edit(document(), c, tr("Edit country %1").arg(c.nameEs));
}

} // namespace focal
