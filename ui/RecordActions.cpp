#include "RecordActions.h"

#include "Commands.h"
#include "ForumDocument.h"
#include "ForumTreeModel.h"
#include "Prompts.h"
#include "RemovalText.h"

#include "model/Country.h"
#include "model/Document.h"
#include "model/Institution.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"

#include <QAction>
#include <QDate>
#include <QMenu>

namespace focal {
namespace {

// The table of a kind of tree row that can be deleted; empty for the others.
QString tableOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Area:
        return QLatin1String(ThematicArea::table);
    case NodeKind::Group:
        return QLatin1String(WorkingGroup::table);
    case NodeKind::Subgroup:
        return QLatin1String(Subgroup::table);
    case NodeKind::Country:
        return QLatin1String(Country::table);
    case NodeKind::Institution:
        return QLatin1String(Institution::table);
    case NodeKind::Person:
        return QLatin1String(Person::table);
    case NodeKind::Plan:
        return QLatin1String(Plan::table);
    case NodeKind::Meeting:
        return QLatin1String(Meeting::table);
    case NodeKind::Document:
        return QLatin1String(Document::table);
    case NodeKind::MeetingsRoot:
    case NodeKind::MeetingYear:
    case NodeKind::DocumentsRoot:
    case NodeKind::Forum:
    case NodeKind::CountriesRoot:
        break;
    }
    return {};
}

} // namespace

RecordActions::RecordActions(QWidget *window, Context context)
    : QObject(window), m_window(window), m_context(std::move(context))
{
    // Parented to the window so that its shortcuts and findChild() reach them.
    m_newCountry = new QAction(tr("New &Country"), window);
    m_newCountry->setObjectName(QStringLiteral("newCountryAction"));
    connect(m_newCountry, &QAction::triggered, this, &RecordActions::newCountry);
    m_newInstitution = new QAction(tr("New &Institution"), window);
    m_newInstitution->setObjectName(QStringLiteral("newInstitutionAction"));
    connect(m_newInstitution, &QAction::triggered, this, &RecordActions::newInstitution);
    m_newPerson = new QAction(tr("New &Person"), window);
    m_newPerson->setObjectName(QStringLiteral("newPersonAction"));
    m_newPerson->setToolTip(tr("Add a person (a focal point) to the current country or "
                               "institution"));
    connect(m_newPerson, &QAction::triggered, this, &RecordActions::newPerson);
    m_newSubgroup = new QAction(tr("New &Subgroup"), window);
    m_newSubgroup->setObjectName(QStringLiteral("newSubgroupAction"));
    connect(m_newSubgroup, &QAction::triggered, this, &RecordActions::newSubgroup);

    m_newPlan = new QAction(tr("New &Work Plan"), window);
    m_newPlan->setObjectName(QStringLiteral("newPlanAction"));
    m_newPlan->setToolTip(tr("Add the next year's work plan of the current subgroup or group"));
    connect(m_newPlan, &QAction::triggered, this, &RecordActions::newPlan);

    m_delete = new QAction(tr("&Delete…"), window);
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Delete acts on the tree's item only while the tree has focus: in a field, Delete edits.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_delete, &QAction::triggered, this, &RecordActions::deleteCurrent);
}

void RecordActions::populate(QMenu *menu)
{
    menu->addAction(m_newCountry);
    menu->addAction(m_newInstitution);
    menu->addAction(m_newPerson);
    menu->addAction(m_newSubgroup);
    menu->addAction(m_newPlan);
    menu->addSeparator();
    menu->addAction(m_delete);
}

QList<QAction *> RecordActions::actions() const
{
    return {m_newCountry, m_newInstitution, m_newPerson, m_newSubgroup, m_newPlan, m_delete};
}

void RecordActions::update()
{
    const QModelIndex current = m_context.currentIndex();
    m_delete->setEnabled(current.isValid() && !tableOf(ForumTreeModel::kindOf(current)).isEmpty());
    m_newInstitution->setEnabled(!currentIdOf(NodeKind::Country).isNull());
    m_newSubgroup->setEnabled(!currentIdOf(NodeKind::Group).isNull());
    m_newPlan->setEnabled(!currentIdOf(NodeKind::Group).isNull());
    // On a person too: a colleague is added where the person is.
    m_newPerson->setEnabled(!currentIdOf(NodeKind::Country).isNull());
}

QUuid RecordActions::currentIdOf(NodeKind kind) const
{
    for (QModelIndex index = m_context.currentIndex(); index.isValid(); index = index.parent())
        if (ForumTreeModel::kindOf(index) == kind)
            return ForumTreeModel::idOf(index);
    return {};
}

void RecordActions::deleteCurrent()
{
    const QModelIndex current = m_context.currentIndex();
    const QString table = tableOf(ForumTreeModel::kindOf(current));
    if (!current.isValid() || table.isEmpty())
        return;
    ForumDocument &document = m_context.document();
    Prompts &prompts = m_context.prompts();
    const QString name = current.data().toString();
    auto plan = commands::planRemoval(document, table, ForumTreeModel::idOf(current));
    if (!plan) {
        prompts.inform(m_window, tr("Delete"), plan.error().message);
        return;
    }
    if (!plan->allowed()) {
        prompts.inform(m_window, tr("Cannot Delete"), RemovalText::refusal(name, *plan));
        return;
    }
    if (!prompts.confirm(m_window, tr("Delete"), RemovalText::confirmation(name, *plan)))
        return;
    if (auto removed = commands::remove(document, *plan, tr("Delete %1").arg(name)); !removed)
        prompts.inform(m_window, tr("Delete"),
                       tr("%1 could not be deleted: %2").arg(name, removed.error().message));
}

void RecordActions::newCountry()
{
    ForumDocument &document = m_context.document();
    // ISO 3166 leaves XA-XZ to users: a free one of those satisfies the unique, two-letter
    // code until the person types the real one.
    Country country;
    for (char letter = 'A'; letter <= 'Z' && country.iso2.isEmpty(); ++letter) {
        const QString code = QStringLiteral("X") + QLatin1Char(letter);
        auto same = document.repository().listWhere<Country>("iso2", code);
        if (same && same->isEmpty())
            country.iso2 = code;
    }
    if (country.iso2.isEmpty()) {
        m_context.prompts().inform(
            m_window, tr("New Country"),
            tr("Give the new countries added before their real ISO codes first."));
        return;
    }
    country.nameEs = tr("New country");
    if (auto added = commands::add(document, country, tr("New country")); !added) {
        m_context.prompts().inform(m_window, tr("New Country"), added.error().message);
        return;
    }
    m_context.openNew(country.meta.id);
}

void RecordActions::newInstitution()
{
    Institution institution;
    institution.countryId = currentIdOf(NodeKind::Country);
    if (institution.countryId.isNull())
        return;
    institution.name = tr("New institution");
    if (auto added = commands::add(m_context.document(), institution, tr("New institution"));
        !added) {
        m_context.prompts().inform(m_window, tr("New Institution"), added.error().message);
        return;
    }
    m_context.openNew(institution.meta.id);
}

void RecordActions::newPerson()
{
    Person person;
    person.countryId = currentIdOf(NodeKind::Country);
    if (person.countryId.isNull())
        return;
    person.institutionId = currentIdOf(NodeKind::Institution);
    if (ForumTreeModel::kindOf(m_context.currentIndex()) == NodeKind::Person)
        if (auto current = m_context.document().repository().get<Person>(
                ForumTreeModel::idOf(m_context.currentIndex())))
            person.institutionId = current->institutionId;
    person.name = tr("New person");
    if (auto added = commands::add(m_context.document(), person, tr("New person")); !added) {
        m_context.prompts().inform(m_window, tr("New Person"), added.error().message);
        return;
    }
    m_context.openNew(person.meta.id);
}

void RecordActions::newSubgroup()
{
    ForumDocument &document = m_context.document();
    Subgroup subgroup;
    subgroup.groupId = currentIdOf(NodeKind::Group);
    if (subgroup.groupId.isNull())
        return;
    auto siblings =
        document.repository().listWhere<Subgroup>("group_id", column::toVariant(subgroup.groupId));
    if (!siblings) {
        m_context.prompts().inform(m_window, tr("New Subgroup"), siblings.error().message);
        return;
    }
    for (const Subgroup &s : *siblings)
        subgroup.number = std::max(subgroup.number, s.number);
    subgroup.number += 1;
    subgroup.name = tr("New subgroup");
    if (auto added = commands::add(document, subgroup, tr("New subgroup")); !added) {
        m_context.prompts().inform(m_window, tr("New Subgroup"), added.error().message);
        return;
    }
    m_context.openNew(subgroup.meta.id);
}

void RecordActions::newPlan()
{
    ForumDocument &document = m_context.document();
    Plan plan;
    plan.groupId = currentIdOf(NodeKind::Group);
    if (plan.groupId.isNull())
        return;
    plan.subgroupId = currentIdOf(NodeKind::Subgroup);
    // The year after the owner's latest work plan, or this year for its first one.
    auto plans = document.repository().listWhere<Plan>("group_id", column::toVariant(plan.groupId));
    if (!plans) {
        m_context.prompts().inform(m_window, tr("New Work Plan"), plans.error().message);
        return;
    }
    int year = 0;
    for (const Plan &p : *plans)
        if (p.subgroupId == plan.subgroupId && p.kind == PlanKind::Annual && p.year)
            year = std::max(year, *p.year + 1);
    plan.year = year > 0 ? year : QDate::currentDate().year();
    plan.kind = PlanKind::Annual;
    plan.title = tr("Work Plan %1").arg(*plan.year);
    if (auto added = commands::add(document, plan, tr("New work plan")); !added) {
        m_context.prompts().inform(m_window, tr("New Work Plan"), added.error().message);
        return;
    }
    m_context.openNew(plan.meta.id);
}

} // namespace focal
