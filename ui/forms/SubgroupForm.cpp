#include "forms/SubgroupForm.h"

#include "Commands.h"
#include "commands/EditSubgroupCommand.h"

#include "model/Country.h"
#include "support/UiLanguage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <algorithm>

namespace focal {

SubgroupForm::SubgroupForm(ForumDocument &document, QWidget *parent)
    : RecordForm(document, tr("Subgroup"), parent)
{
    setObjectName(QStringLiteral("subgroupForm"));
    m_number = new QSpinBox;
    m_number->setObjectName(QStringLiteral("numberSpin"));
    m_number->setRange(0, 999); // 0 is shown and refused rather than silently clamped
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_objective = new QPlainTextEdit;
    m_objective->setObjectName(QStringLiteral("objectiveEdit"));
    m_objective->setTabChangesFocus(true); // Tab moves on, as in every other field
    m_objective->setMaximumHeight(90);
    m_leader = new QComboBox;
    m_leader->setObjectName(QStringLiteral("leaderCombo"));
    m_members = new QListWidget;
    m_members->setObjectName(QStringLiteral("membersList"));
    m_members->setMaximumHeight(140);
    m_warning = new QLabel;
    m_warning->setObjectName(QStringLiteral("countriesWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_warning->hide();

    m_numberMessage = addField(tr("N&umber:"), m_number, tr("Subgroup number"));
    m_nameMessage = addField(tr("&Name:"), m_name, tr("Subgroup name"));
    addField(tr("&Objective:"), m_objective, tr("Objective"));
    addField(tr("&Leader country:"), m_leader, tr("Leader country"));
    addField(tr("&Member countries:"), m_members, tr("Member countries"));
    addField(QString(), m_warning, tr("Countries warning"));

    connect(m_number, &QSpinBox::valueChanged, this, &SubgroupForm::fieldChanged);
    connect(m_name, &QLineEdit::textEdited, this, &SubgroupForm::fieldChanged);
    connect(m_objective, &QPlainTextEdit::textChanged, this, &SubgroupForm::fieldChanged);
    connect(m_leader, &QComboBox::currentIndexChanged, this, &SubgroupForm::leaderChanged);
    connect(m_members, &QListWidget::itemChanged, this, &SubgroupForm::fieldChanged);
    setTabOrder(m_number, m_name);
    setTabOrder(m_name, m_objective);
    setTabOrder(m_objective, m_leader);
    setTabOrder(m_leader, m_members);
}

QWidget *SubgroupForm::firstField() const
{
    return m_name;
}

void SubgroupForm::fillCountries()
{
    auto countries = document().repository().list<Country>();
    QList<Country> sorted = countries ? *countries : QList<Country>();
    std::sort(sorted.begin(), sorted.end(), [](const Country &a, const Country &b) {
        return QString::localeAwareCompare(a.name(UiLanguage::current()),
                                           b.name(UiLanguage::current())) < 0;
    });
    m_leader->clear();
    m_members->clear();
    m_leader->addItem(tr("(none)"), QUuid());
    for (const Country &c : sorted) {
        m_leader->addItem(c.name(UiLanguage::current()), c.meta.id);
        auto *item = new QListWidgetItem(c.name(UiLanguage::current()), m_members);
        item->setData(Qt::UserRole, c.meta.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
}

bool SubgroupForm::load(const QUuid &id)
{
    // Countries are read afresh: one may have been added or renamed since the last load.
    fillCountries();
    auto state = commands::EditSubgroupCommand::read(document(), id);
    const Subgroup s = state ? state->subgroup : Subgroup();
    m_groupId = s.groupId;
    m_number->setValue(s.number);
    m_name->setText(s.name);
    m_objective->setPlainText(s.objective);
    m_leader->setCurrentIndex(std::max(0, m_leader->findData(s.leaderCountryId)));
    if (state)
        for (const SubgroupMember &m : state->members)
            for (int row = 0; row < m_members->count(); ++row)
                if (m_members->item(row)->data(Qt::UserRole).toUuid() == m.countryId)
                    m_members->item(row)->setCheckState(Qt::Checked);
    leaderChanged();
    return state.ok();
}

void SubgroupForm::leaderChanged()
{
    // The leader counts once: it cannot be listed among the members too.
    const QUuid leader = m_leader->currentData().toUuid();
    const QSignalBlocker quiet(m_members);
    for (int row = 0; row < m_members->count(); ++row) {
        QListWidgetItem *item = m_members->item(row);
        const bool isLeader = !leader.isNull() && item->data(Qt::UserRole).toUuid() == leader;
        if (isLeader)
            item->setCheckState(Qt::Unchecked);
        item->setFlags(isLeader
                           ? Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                           : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    fieldChanged();
}

QList<QUuid> SubgroupForm::checkedMembers() const
{
    QList<QUuid> ids;
    for (int row = 0; row < m_members->count(); ++row)
        if (m_members->item(row)->checkState() == Qt::Checked)
            ids << m_members->item(row)->data(Qt::UserRole).toUuid();
    return ids;
}

bool SubgroupForm::validate()
{
    QString numberMessage;
    if (m_number->value() < 1) {
        numberMessage = tr("The number is 1 or more.");
    } else {
        auto same =
            document().repository().listWhere<Subgroup>("group_id", column::toVariant(m_groupId));
        if (same && std::any_of(same->cbegin(), same->cend(), [&](const Subgroup &s) {
                return s.number == m_number->value() && s.meta.id != recordId();
            }))
            numberMessage =
                tr("Another subgroup of this group has the number %1.").arg(m_number->value());
    }
    setFieldMessage(m_number, m_numberMessage, numberMessage);
    const QString nameMessage =
        m_name->text().trimmed().isEmpty() ? tr("The name is required.") : QString();
    setFieldMessage(m_name, m_nameMessage, nameMessage);

    const int countries =
        int(checkedMembers().size()) + (m_leader->currentData().toUuid().isNull() ? 0 : 1);
    const QString warning =
        countries < Subgroup::minimumCountries
            ? tr("The forum asks for at least %1 countries in a subgroup, the leader included; "
                 "this one has %2. It can be saved all the same.")
                  .arg(Subgroup::minimumCountries)
                  .arg(countries)
            : QString();
    setFieldMessage(m_members, m_warning, warning);
    m_warning->setText(warning); // the warning label is its own row's "field"
    return numberMessage.isEmpty() && nameMessage.isEmpty();
}

Result<void> SubgroupForm::save()
{
    auto stored = document().repository().get<Subgroup>(recordId());
    if (!stored)
        return stored.error();
    Subgroup s = *stored;
    s.number = m_number->value();
    s.name = m_name->text().trimmed();
    s.objective = m_objective->toPlainText().trimmed();
    s.leaderCountryId = m_leader->currentData().toUuid();
    return commands::editSubgroup(document(), s, checkedMembers(),
                                  tr("Edit subgroup %1").arg(s.number));
}

} // namespace focal
