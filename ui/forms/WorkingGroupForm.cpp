#include "forms/WorkingGroupForm.h"

#include "Commands.h"
#include "forms/GroupCountriesEditor.h"

#include "model/Country.h"
#include "model/Institution.h"
#include "support/UiLanguage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeWidget>

#include <algorithm>

namespace focal {

WorkingGroupForm::WorkingGroupForm(ForumDocument &document, QWidget *parent)
    : RecordForm(document, tr("Working group"), parent)
{
    setObjectName(QStringLiteral("workingGroupForm"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_objective = new QPlainTextEdit;
    m_objective->setObjectName(QStringLiteral("objectiveEdit"));
    m_context = new QPlainTextEdit;
    m_context->setObjectName(QStringLiteral("contextEdit"));
    for (QPlainTextEdit *edit : {m_objective, m_context}) {
        edit->setTabChangesFocus(true); // Tab moves on, as in every other field
        edit->setMaximumHeight(140);
        connect(edit, &QPlainTextEdit::textChanged, this, &WorkingGroupForm::fieldChanged);
    }
    m_countries = new GroupCountriesEditor;
    m_countries->setObjectName(QStringLiteral("countriesEditor"));
    m_institutions = new QTreeWidget;
    m_institutions->setObjectName(QStringLiteral("institutionsTree"));
    m_institutions->setHeaderHidden(true);
    m_institutions->setMaximumHeight(200);
    m_nameMessage = addField(tr("&Name:"), m_name, tr("Working group name"));
    addField(tr("&Objective:"), m_objective, tr("Objective"));
    addField(tr("&Context:"), m_context, tr("Context"));
    addField(tr("Participating &countries:"), m_countries, tr("Participating countries"));
    addField(tr("Participating &institutions:"), m_institutions, tr("Participating institutions"));
    connect(m_name, &QLineEdit::textEdited, this, &WorkingGroupForm::fieldChanged);
    connect(m_countries, &GroupCountriesEditor::changed, this, &WorkingGroupForm::fieldChanged);
    connect(m_institutions, &QTreeWidget::itemChanged, this, &WorkingGroupForm::fieldChanged);
    setTabOrder(m_name, m_objective);
    setTabOrder(m_objective, m_context);
    setTabOrder(m_context, m_countries);
    setTabOrder(m_countries, m_institutions);
}

QWidget *WorkingGroupForm::firstField() const
{
    return m_name;
}

void WorkingGroupForm::fillChoices()
{
    // Read afresh at each load: a country or institution may have been added or renamed.
    auto countries = document().repository().list<Country>();
    QList<Country> sorted = countries ? *countries : QList<Country>();
    std::sort(sorted.begin(), sorted.end(), [](const Country &a, const Country &b) {
        return QString::localeAwareCompare(a.name(UiLanguage::current()),
                                           b.name(UiLanguage::current())) < 0;
    });
    auto institutions = document().repository().list<Institution>(QStringLiteral("name"));
    QList<QPair<QUuid, QString>> choices;
    const QSignalBlocker quiet(m_institutions);
    m_institutions->clear();
    for (const Country &c : sorted) {
        choices << qMakePair(c.meta.id, c.name(UiLanguage::current()));
        QTreeWidgetItem *countryItem = nullptr;
        for (const Institution &i : institutions ? *institutions : QList<Institution>()) {
            if (i.countryId != c.meta.id)
                continue;
            if (!countryItem) { // countries without institutions are left out
                countryItem = new QTreeWidgetItem(m_institutions, {c.name(UiLanguage::current())});
                countryItem->setFlags(Qt::ItemIsEnabled);
            }
            auto *item = new QTreeWidgetItem(countryItem, {i.name});
            item->setData(0, Qt::UserRole, i.meta.id);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    m_countries->setCountries(choices);
}

QList<QUuid> WorkingGroupForm::checkedInstitutions() const
{
    QList<QUuid> ids;
    for (int c = 0; c < m_institutions->topLevelItemCount(); ++c) {
        const QTreeWidgetItem *country = m_institutions->topLevelItem(c);
        for (int i = 0; i < country->childCount(); ++i)
            if (country->child(i)->checkState(0) == Qt::Checked)
                ids << country->child(i)->data(0, Qt::UserRole).toUuid();
    }
    return ids;
}

bool WorkingGroupForm::load(const QUuid &id)
{
    fillChoices();
    auto state = commands::EditWorkingGroupCommand::read(document(), id);
    const WorkingGroup g = state ? state->group : WorkingGroup();
    m_name->setText(g.name);
    m_objective->setPlainText(g.objective);
    m_context->setPlainText(g.context);
    QList<GroupCountriesEditor::Participation> countries;
    QSet<QUuid> institutions;
    if (state) {
        for (const GroupCountry &c : state->countries)
            countries << GroupCountriesEditor::Participation{c.countryId, c.status};
        for (const GroupInstitution &i : state->institutions)
            institutions.insert(i.institutionId);
    }
    m_countries->setParticipations(countries);
    const QSignalBlocker quiet(m_institutions);
    for (int c = 0; c < m_institutions->topLevelItemCount(); ++c) {
        QTreeWidgetItem *country = m_institutions->topLevelItem(c);
        for (int i = 0; i < country->childCount(); ++i)
            if (institutions.contains(country->child(i)->data(0, Qt::UserRole).toUuid())) {
                country->child(i)->setCheckState(0, Qt::Checked);
                country->setExpanded(true); // what takes part is in view
            }
    }
    return state.ok();
}

bool WorkingGroupForm::validate()
{
    const QString message =
        m_name->text().trimmed().isEmpty() ? tr("The name is required.") : QString();
    setFieldMessage(m_name, m_nameMessage, message);
    return message.isEmpty();
}

Result<void> WorkingGroupForm::save()
{
    auto stored = document().repository().get<WorkingGroup>(recordId());
    if (!stored)
        return stored.error();
    WorkingGroup g = *stored;
    g.name = m_name->text().trimmed();
    g.objective = m_objective->toPlainText().trimmed();
    g.context = m_context->toPlainText().trimmed();
    return commands::editWorkingGroup(document(), g, m_countries->participations(),
                                      checkedInstitutions(),
                                      tr("Edit working group %1").arg(g.name));
}

} // namespace focal
