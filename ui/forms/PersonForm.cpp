#include "forms/PersonForm.h"

#include "Commands.h"

#include "model/Country.h"
#include "model/Institution.h"
#include "model/WorkingGroup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>

namespace focal {
namespace {

// The earliest date stands for "unknown": QDateEdit shows its special text there, so the field
// can say "unknown" without a separate check box to reach with the keyboard.
const QDate unknownDate(1900, 1, 1);

// Something@something.tld with no spaces: catches the usual slips (a missing @, a name typed in
// the wrong field) without refusing unusual but valid addresses.
const QRegularExpression emailPattern(QStringLiteral("^[^\\s@]+@[^\\s@]+\\.[^\\s@.]{2,}$"));

// A date that may be unknown (shown as "unknown", its minimum). Qt's date field moves Tab
// between its day, month and year; while it shows "unknown" there are none, and Tab would never
// leave it: a keyboard user would be trapped. Then Tab goes to the next field.
class OptionalDateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override
    {
        if (!specialValueText().isEmpty() && date() == minimumDate())
            return QWidget::focusNextPrevChild(next);
        return QDateEdit::focusNextPrevChild(next);
    }
};

} // namespace

PersonForm::PersonForm(ForumDocument &document, QWidget *parent)
    : RecordForm(document, tr("Person"), parent)
{
    setObjectName(QStringLiteral("personForm"));
    m_country = new QLabel;
    m_country->setObjectName(QStringLiteral("countryLabel"));
    m_country->setTextFormat(Qt::PlainText);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_from = new OptionalDateEdit;
    m_from->setObjectName(QStringLiteral("activeFromEdit"));
    m_to = new OptionalDateEdit;
    m_to->setObjectName(QStringLiteral("activeToEdit"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setMinimumDate(unknownDate);
        edit->setSpecialValueText(tr("unknown"));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // the same in every locale
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &PersonForm::fieldChanged);
    }
    m_institution = new QComboBox;
    m_institution->setObjectName(QStringLiteral("institutionCombo"));
    m_roles = new QListWidget;
    m_roles->setObjectName(QStringLiteral("rolesList"));
    m_roles->setMaximumHeight(120);
    for (const QString &key : enumKeys<PersonRoleKind>()) {
        auto *item = new QListWidgetItem(enumLabel(*enumFromKey<PersonRoleKind>(key)), m_roles);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_roleGroup = new QComboBox;
    m_roleGroup->setObjectName(QStringLiteral("roleGroupCombo"));

    addField(tr("Country:"), m_country, tr("Country"));
    m_nameMessage = addField(tr("&Name:"), m_name, tr("Name of the person"));
    m_emailMessage = addField(tr("&E-mail:"), m_email, tr("E-mail address"));
    addField(tr("&Phone:"), m_phone, tr("Phone"));
    addField(tr("Active &from:"), m_from, tr("Active from"));
    m_toMessage = addField(tr("Active &to:"), m_to, tr("Active to"));
    addField(tr("&Institution:"), m_institution, tr("Institution"));
    addField(tr("&Roles:"), m_roles, tr("Roles"));
    addField(tr("Roles in &working group:"), m_roleGroup, tr("Working group of the roles"));

    for (QLineEdit *edit : {m_name, m_email, m_phone})
        connect(edit, &QLineEdit::textEdited, this, &PersonForm::fieldChanged);
    connect(m_institution, &QComboBox::currentIndexChanged, this, &PersonForm::fieldChanged);
    connect(m_roleGroup, &QComboBox::currentIndexChanged, this, &PersonForm::fieldChanged);
    connect(m_roles, &QListWidget::itemChanged, this, &PersonForm::fieldChanged);
    setTabOrder(m_name, m_email);
    setTabOrder(m_email, m_phone);
    setTabOrder(m_phone, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_institution);
    setTabOrder(m_institution, m_roles);
    setTabOrder(m_roles, m_roleGroup);
}

QWidget *PersonForm::firstField() const
{
    return m_name;
}

QDate PersonForm::dateOf(const QDateEdit *edit) const
{
    return edit->date() == unknownDate ? QDate() : edit->date();
}

void PersonForm::setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : unknownDate);
}

void PersonForm::fillChoices(const QUuid &countryId)
{
    // Read afresh at each load: institutions and groups may have changed since.
    m_institution->clear();
    m_institution->addItem(tr("(none)"), QUuid());
    auto institutions = document().repository().listWhere<Institution>(
        "country_id", column::toVariant(countryId), QStringLiteral("name"));
    if (institutions)
        for (const Institution &i : *institutions)
            m_institution->addItem(i.name, i.meta.id);
    m_roleGroup->clear();
    m_roleGroup->addItem(tr("(none)"), QUuid());
    auto groups = document().repository().list<WorkingGroup>(QStringLiteral("name"));
    if (groups)
        for (const WorkingGroup &g : *groups)
            m_roleGroup->addItem(g.name, g.meta.id);
}

bool PersonForm::load(const QUuid &id)
{
    auto state = commands::EditPersonCommand::read(document(), id);
    const Person p = state ? state->person : Person();
    fillChoices(p.countryId);
    auto country = document().repository().get<Country>(p.countryId);
    m_country->setText(country ? country->name() : QString());
    m_name->setText(p.name);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    setDate(m_from, p.activeFrom);
    setDate(m_to, p.activeTo);
    m_institution->setCurrentIndex(std::max(0, m_institution->findData(p.institutionId)));
    QUuid group;
    for (int row = 0; row < m_roles->count(); ++row)
        m_roles->item(row)->setCheckState(Qt::Unchecked);
    if (state) {
        for (const PersonRole &r : state->roles) {
            const auto items = m_roles->findItems(enumLabel(r.role), Qt::MatchExactly);
            for (QListWidgetItem *item : items)
                item->setCheckState(Qt::Checked);
            if (group.isNull())
                group = r.groupId;
        }
    }
    m_roleGroup->setCurrentIndex(std::max(0, m_roleGroup->findData(group)));
    return state.ok();
}

bool PersonForm::validate()
{
    const QString nameMessage =
        m_name->text().trimmed().isEmpty() ? tr("The name is required.") : QString();
    setFieldMessage(m_name, m_nameMessage, nameMessage);
    const QString email = m_email->text().trimmed();
    const QString emailMessage = !email.isEmpty() && !emailPattern.match(email).hasMatch()
                                     ? tr("This is not an e-mail address, like name@example.org.")
                                     : QString();
    setFieldMessage(m_email, m_emailMessage, emailMessage);
    const QDate from = dateOf(m_from);
    const QDate to = dateOf(m_to);
    const QString toMessage = from.isValid() && to.isValid() && from > to
                                  ? tr("The end is before the start.")
                                  : QString();
    setFieldMessage(m_to, m_toMessage, toMessage);
    return nameMessage.isEmpty() && emailMessage.isEmpty() && toMessage.isEmpty();
}

Result<void> PersonForm::save()
{
    auto stored = document().repository().get<Person>(recordId());
    if (!stored)
        return stored.error();
    Person p = *stored;
    p.name = m_name->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.activeFrom = dateOf(m_from);
    p.activeTo = dateOf(m_to);
    p.institutionId = m_institution->currentData().toUuid();
    QList<commands::EditPersonCommand::Role> roles;
    const QUuid group = m_roleGroup->currentData().toUuid();
    for (int row = 0; row < m_roles->count(); ++row)
        if (m_roles->item(row)->checkState() == Qt::Checked)
            roles << commands::EditPersonCommand::Role{
                *enumFromKey<PersonRoleKind>(m_roles->item(row)->data(Qt::UserRole).toString()),
                group};
    return commands::editPerson(document(), p, roles, tr("Edit person %1").arg(p.name));
}

} // namespace focal
