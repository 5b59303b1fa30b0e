#include "ForumTreeModel.h"

#include "model/Country.h"
#include "model/Document.h"
#include "model/Forum.h"
#include "model/Institution.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "query/Listings.h"
#include "storage/Repository.h"
#include "support/UiLanguage.h"

#include <QDate>
#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace focal {
namespace {

// A plan's title, with its year when the title does not say it ("Plan de Trabajo" alone).
QString planLabel(const Plan &plan)
{
    if (!plan.year || plan.title.contains(QString::number(*plan.year)))
        return plan.title;
    return ForumTreeModel::tr("%1 (%2)").arg(plan.title, QString::number(*plan.year));
}

} // namespace

ForumTreeModel::Node *ForumTreeModel::Node::add(NodeKind kind, const QUuid &id,
                                                const QString &label)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->id = id;
    node->label = label;
    node->parent = this;
    node->row = int(children.size());
    children.push_back(std::move(node));
    return children.back().get();
}

ForumTreeModel::ForumTreeModel(Repository &repository, QObject *parent)
    : QAbstractItemModel(parent), m_repository(repository), m_root(std::make_unique<Node>())
{
    connect(repository.database().notifier(), &ChangeNotifier::committed, this,
            [this](const QSet<QString> &tables) {
                // "*": another program changed the database, which tables is not known.
                if (tables.contains(QStringLiteral("*")) || tables.intersects(shownTables()))
                    (void)reload(); // a read error leaves the tree empty; the next write retries
            });
}

const QSet<QString> &ForumTreeModel::shownTables()
{
    static const QSet<QString> tables{
        QLatin1String(Forum::table),        QLatin1String(ThematicArea::table),
        QLatin1String(WorkingGroup::table), QLatin1String(Subgroup::table),
        QLatin1String(Country::table),      QLatin1String(Institution::table),
        QLatin1String(Person::table),       QLatin1String(Plan::table),
        QLatin1String(Meeting::table),      QLatin1String(Document::table)};
    return tables;
}

ForumTreeModel::~ForumTreeModel() = default;

Result<void> ForumTreeModel::reload()
{
    auto root = std::make_unique<Node>();
    Result<void> built = build(*root);
    beginResetModel();
    m_root = std::move(root);
    endResetModel();
    return built;
}

Result<void> ForumTreeModel::build(Node &root)
{
    // Each table is read once and grouped here: a handful of queries whatever the forum's size.
    auto forums = m_repository.list<Forum>();
    if (!forums)
        return forums.error();
    auto areas = m_repository.list<ThematicArea>(QStringLiteral("position"));
    if (!areas)
        return areas.error();
    auto groups = m_repository.list<WorkingGroup>();
    if (!groups)
        return groups.error();
    auto subgroups = m_repository.list<Subgroup>(QStringLiteral("number"));
    if (!subgroups)
        return subgroups.error();
    auto plans = m_repository.list<Plan>(QStringLiteral("kind DESC, year, title"));
    if (!plans)
        return plans.error();
    auto countries = m_repository.list<Country>();
    if (!countries)
        return countries.error();
    auto institutions = m_repository.list<Institution>(QStringLiteral("name"));
    if (!institutions)
        return institutions.error();
    auto people = m_repository.list<Person>(QStringLiteral("name"));
    if (!people)
        return people.error();

    QHash<QUuid, QList<const WorkingGroup *>> groupsOfArea;
    for (const WorkingGroup &g : *groups)
        groupsOfArea[g.areaId].append(&g);
    QHash<QUuid, QList<const Subgroup *>> subgroupsOfGroup;
    for (const Subgroup &s : *subgroups)
        subgroupsOfGroup[s.groupId].append(&s);
    // A subgroup's plans under it; the group's own (sectoral plan, group work plans) under it.
    QHash<QUuid, QList<const Plan *>> plansOf;
    for (const Plan &p : *plans)
        plansOf[p.subgroupId.isNull() ? p.groupId : p.subgroupId].append(&p);
    QHash<QUuid, QList<const Institution *>> institutionsOfCountry;
    for (const Institution &i : *institutions)
        institutionsOfCountry[i.countryId].append(&i);
    // People with an institution go under it; the others directly under their country.
    QHash<QUuid, QList<const Person *>> peopleOfInstitution;
    QHash<QUuid, QList<const Person *>> peopleOfCountryOnly;
    for (const Person &p : *people) {
        if (p.institutionId.isNull())
            peopleOfCountryOnly[p.countryId].append(&p);
        else
            peopleOfInstitution[p.institutionId].append(&p);
    }

    // Areas belong to the forum as such (there is one); without a forum record they still show.
    const Forum *forum = forums->isEmpty() ? nullptr : &forums->first();
    Node *forumNode = root.add(NodeKind::Forum, forum ? forum->meta.id : QUuid(),
                               forum ? forum->name : tr("Forum"));
    for (const ThematicArea &area : *areas) {
        Node *areaNode =
            forumNode->add(NodeKind::Area, area.meta.id, area.name(UiLanguage::current()));
        for (const WorkingGroup *group : groupsOfArea.value(area.meta.id)) {
            Node *groupNode = areaNode->add(NodeKind::Group, group->meta.id, group->name);
            for (const Plan *plan : plansOf.value(group->meta.id))
                groupNode->add(NodeKind::Plan, plan->meta.id, planLabel(*plan));
            for (const Subgroup *sub : subgroupsOfGroup.value(group->meta.id)) {
                Node *subNode =
                    groupNode->add(NodeKind::Subgroup, sub->meta.id,
                                   tr("%1. %2").arg(QString::number(sub->number), sub->name));
                for (const Plan *plan : plansOf.value(sub->meta.id))
                    subNode->add(NodeKind::Plan, plan->meta.id, planLabel(*plan));
            }
        }
    }

    // People look countries up by name; the database order is the order they were added.
    QList<Country> sorted = *countries;
    std::sort(sorted.begin(), sorted.end(), [](const Country &a, const Country &b) {
        return QString::localeAwareCompare(a.name(UiLanguage::current()),
                                           b.name(UiLanguage::current())) < 0;
    });
    Node *countriesNode = root.add(NodeKind::CountriesRoot, QUuid(), tr("Countries"));
    for (const Country &country : sorted) {
        Node *countryNode = countriesNode->add(NodeKind::Country, country.meta.id,
                                               country.name(UiLanguage::current()));
        for (const Institution *inst : institutionsOfCountry.value(country.meta.id)) {
            Node *instNode = countryNode->add(NodeKind::Institution, inst->meta.id,
                                              inst->acronym.isEmpty()
                                                  ? inst->name
                                                  : tr("%1 (%2)").arg(inst->name, inst->acronym));
            for (const Person *person : peopleOfInstitution.value(inst->meta.id))
                instNode->add(NodeKind::Person, person->meta.id, person->name);
        }
        for (const Person *person : peopleOfCountryOnly.value(country.meta.id))
            countryNode->add(NodeKind::Person, person->meta.id, person->name);
    }
    if (auto r = addMeetings(root); !r)
        return r;
    return addDocuments(root);
}

Result<void> ForumTreeModel::addMeetings(Node &root)
{
    // Only the years and their counts: a year's meetings are read when it is opened (see
    // ensureLoaded),
    // so that twenty years of meetings cost nothing until someone looks at them.
    auto years = Listings::meetingYears(m_repository.database());
    if (!years)
        return years.error();
    Node *meetingsNode = root.add(NodeKind::MeetingsRoot, QUuid(), tr("Meetings"));
    for (const QVariantList &row : std::as_const(years->rows)) {
        const int year = row.at(0).toInt();
        Node *yearNode = meetingsNode->add(NodeKind::MeetingYear, QUuid(),
                                           year == 0 ? tr("Undated") : QString::number(year));
        yearNode->year = year;
        yearNode->pending = row.at(1).toInt();
    }
    return {};
}

bool ForumTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeAt(parent);
    return !node->children.empty() || node->pending > 0;
}

void ForumTreeModel::ensureLoaded(const QModelIndex &parent)
{
    Node *yearNode = parent.isValid() ? nodeAt(parent) : nullptr;
    if (!yearNode || yearNode->pending == 0)
        return;
    yearNode->pending = 0; // asked once, whatever the outcome: a failed read is not retried
    auto meetings = Listings::meetingsOfYear(m_repository.database(), yearNode->year);
    if (!meetings || meetings->rows.isEmpty())
        return;
    beginInsertRows(parent, 0, int(meetings->rows.size()) - 1);
    for (const QVariantList &row : std::as_const(meetings->rows)) {
        const QDate date = QDate::fromString(row.at(0).toString(), Qt::ISODate);
        const QString title = row.at(1).toString();
        yearNode->add(NodeKind::Meeting, row.at(2).toUuid(),
                      date.isValid()
                          ? tr("%1 %2").arg(QLocale().toString(date, QLocale::ShortFormat), title)
                          : title);
    }
    endInsertRows();
}

Result<void> ForumTreeModel::addDocuments(Node &root)
{
    auto documents = Listings::documents(m_repository.database());
    if (!documents)
        return documents.error();
    const qsizetype annexColumn = documents->keys.indexOf(QStringLiteral("annex"));
    const qsizetype titleColumn = documents->keys.indexOf(QStringLiteral("title"));
    const qsizetype idColumn = documents->keys.indexOf(QStringLiteral("id"));
    Node *documentsNode = root.add(NodeKind::DocumentsRoot, QUuid(), tr("Documents"));
    for (const QVariantList &row : std::as_const(documents->rows)) {
        const QString annex = row.at(annexColumn).toString();
        const QString title = row.at(titleColumn).toString();
        documentsNode->add(NodeKind::Document, row.at(idColumn).toUuid(),
                           annex.isEmpty() ? title : tr("%1 %2").arg(annex, title));
    }
    return {};
}

QModelIndex ForumTreeModel::indexOf(const QUuid &id) const
{
    if (id.isNull())
        return {};
    if (const QModelIndex found = find(id); found.isValid())
        return found;
    // A meeting of a year not opened yet: its year is read, then it is found.
    auto year = Listings::yearOfMeeting(m_repository.database(), id);
    if (!year || *year < 0)
        return {};
    QModelIndex meetings;
    for (int row = 0; row < rowCount(); ++row)
        if (nodeAt(index(row, 0))->kind == NodeKind::MeetingsRoot)
            meetings = index(row, 0);
    for (int row = 0; meetings.isValid() && row < rowCount(meetings); ++row) {
        const QModelIndex yearIndex = index(row, 0, meetings);
        if (nodeAt(yearIndex)->year == *year) {
            const_cast<ForumTreeModel *>(this)->ensureLoaded(yearIndex);
            break;
        }
    }
    return find(id);
}

QModelIndex ForumTreeModel::find(const QUuid &id) const
{
    // Depth-first: the tree holds a few hundred rows at most.
    std::vector<const Node *> pending{m_root.get()};
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        if (node != m_root.get() && node->id == id)
            return createIndex(node->row, 0, const_cast<Node *>(node));
        for (const auto &child : node->children)
            pending.push_back(child.get());
    }
    return {};
}

NodeKind ForumTreeModel::kindOf(const QModelIndex &index)
{
    return index.data(KindRole).value<NodeKind>();
}

QUuid ForumTreeModel::idOf(const QModelIndex &index)
{
    return index.data(IdRole).toUuid();
}

ForumTreeModel::Node *ForumTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ForumTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeAt(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ForumTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeAt(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int ForumTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int ForumTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ForumTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // long group and subgroup names do not fit a narrow tree
        return node->label;
    case Qt::FontRole:
        if (node->parent == m_root.get()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole:
        return node->id;
    case KindRole:
        return QVariant::fromValue(node->kind);
    default:
        return {};
    }
}

QVariant ForumTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Forum");
    return {};
}

} // namespace focal
