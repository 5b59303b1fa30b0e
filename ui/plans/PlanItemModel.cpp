#include "plans/PlanItemModel.h"

#include "Commands.h"
#include "DeadlineWords.h"
#include "ForumDocument.h"
#include "plans/PlanItemCommands.h"
#include "widgets/DeadlineEdit.h"

#include "model/Enums.h"
#include "support/UiLanguage.h"

#include <QFont>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace focal {

// The plan as read from the database, before it is merged into the tree.
struct PlanItemModel::Fresh
{
    QList<PlanItem> lines;
    QHash<QUuid, QList<PlanItem>> products; // by line
    QHash<QUuid, QList<QUuid>> countries;   // by item
};

PlanItemModel::PlanItemModel(ForumDocument &document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connect(document.database().notifier(), &ChangeNotifier::committed, this,
            [this](const QSet<QString> &tables) {
                static const QStringList watched = {
                    QStringLiteral("plan_item"), QStringLiteral("plan_item_country"),
                    QStringLiteral("country"), QStringLiteral("plan"), QStringLiteral("*")};
                for (const QString &table : watched)
                    if (tables.contains(table)) {
                        refresh();
                        return;
                    }
            });
}

PlanItemModel::~PlanItemModel() = default;

void PlanItemModel::setPlan(const QUuid &planId)
{
    beginResetModel();
    m_root.children.clear();
    m_planId = planId;
    endResetModel();
    refresh();
}

void PlanItemModel::refresh()
{
    Repository &repo = m_document.repository();
    Fresh fresh;
    if (!m_planId.isNull()) {
        auto items = repo.listWhere<PlanItem>("plan_id", column::toVariant(m_planId),
                                              QStringLiteral("position, rowid"));
        auto links = repo.list<PlanItemCountry>();
        auto countries = repo.list<Country>();
        // A failed read leaves the tree as it was: the next commit tries again.
        if (!items || !links || !countries)
            return;
        QSet<QUuid> ids;
        for (const PlanItem &item : *items) {
            ids.insert(item.meta.id);
            if (item.parentId.isNull())
                fresh.lines << item;
            else
                fresh.products[item.parentId] << item;
        }
        for (const PlanItemCountry &link : *links)
            if (ids.contains(link.itemId))
                fresh.countries[link.itemId] << link.countryId;
        m_countries = *countries;
        std::sort(m_countries.begin(), m_countries.end(), [](const Country &a, const Country &b) {
            return QString::localeAwareCompare(a.name(UiLanguage::current()),
                                               b.name(UiLanguage::current())) < 0;
        });
        m_countryRow.clear();
        for (int i = 0; i < m_countries.size(); ++i)
            m_countryRow.insert(m_countries[i].meta.id, i);
        // Countries in the order of the list, so that the column reads the same every time.
        for (QList<QUuid> &list : fresh.countries)
            std::sort(list.begin(), list.end(), [this](const QUuid &a, const QUuid &b) {
                return m_countryRow.value(a, -1) < m_countryRow.value(b, -1);
            });
    }
    mergeChildren(&m_root, fresh.lines, fresh);
}

// Brings `parent`'s children to `wanted`: removes what went, moves what moved among the same
// siblings, inserts what came, and reports changed values, each with its own signals.
void PlanItemModel::mergeChildren(Node *parent, const QList<PlanItem> &wanted, const Fresh &fresh)
{
    const QModelIndex parentIndex = indexOfNode(parent);
    QSet<QUuid> wantedIds;
    for (const PlanItem &item : wanted)
        wantedIds.insert(item.meta.id);
    auto &children = parent->children;
    for (int i = int(children.size()) - 1; i >= 0; --i) {
        if (wantedIds.contains(children[size_t(i)]->item.meta.id))
            continue;
        beginRemoveRows(parentIndex, i, i);
        children.erase(children.begin() + i);
        endRemoveRows();
    }
    // What stays, in the wanted order.
    QList<QUuid> staying;
    for (const PlanItem &item : wanted)
        if (std::any_of(children.begin(), children.end(),
                        [&](const auto &n) { return n->item.meta.id == item.meta.id; }))
            staying << item.meta.id;
    for (int t = 0; t < staying.size(); ++t) {
        int c = t;
        while (children[size_t(c)]->item.meta.id != staying[t])
            ++c;
        if (c == t)
            continue;
        beginMoveRows(parentIndex, c, c, parentIndex, t);
        std::unique_ptr<Node> moving = std::move(children[size_t(c)]);
        children.erase(children.begin() + c);
        children.insert(children.begin() + t, std::move(moving));
        endMoveRows();
    }
    for (int t = 0; t < wanted.size(); ++t) {
        const PlanItem &item = wanted[t];
        if (size_t(t) < children.size() && children[size_t(t)]->item.meta.id == item.meta.id)
            continue;
        auto node = std::make_unique<Node>();
        node->item = item;
        node->countryIds = fresh.countries.value(item.meta.id);
        node->parent = parent;
        // A new line comes with its products: they are part of the inserted row.
        for (const PlanItem &product : fresh.products.value(item.meta.id)) {
            auto child = std::make_unique<Node>();
            child->item = product;
            child->countryIds = fresh.countries.value(product.meta.id);
            child->parent = node.get();
            node->children.push_back(std::move(child));
        }
        beginInsertRows(parentIndex, t, t);
        children.insert(children.begin() + t, std::move(node));
        endInsertRows();
    }
    for (int t = 0; t < wanted.size(); ++t) {
        Node *node = children[size_t(t)].get();
        const QList<QUuid> countries = fresh.countries.value(wanted[t].meta.id);
        const bool changed =
            !commands::sameFields(node->item, wanted[t]) || node->countryIds != countries;
        node->item = wanted[t];
        node->countryIds = countries;
        if (changed)
            emit dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
        if (parent == &m_root)
            mergeChildren(node, fresh.products.value(wanted[t].meta.id), fresh);
    }
}

PlanItemModel::Node *PlanItemModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())
                           : const_cast<Node *>(&m_root);
}

int PlanItemModel::rowOf(const Node *node) const
{
    const auto &siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i)
        if (siblings[i].get() == node)
            return int(i);
    return -1;
}

QModelIndex PlanItemModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(rowOf(node), column, const_cast<Node *>(node));
}

QModelIndex PlanItemModel::indexOf(const QUuid &itemId, int column) const
{
    for (const auto &line : m_root.children) {
        if (line->item.meta.id == itemId)
            return indexOfNode(line.get(), column);
        for (const auto &product : line->children)
            if (product->item.meta.id == itemId)
                return indexOfNode(product.get(), column);
    }
    return {};
}

QUuid PlanItemModel::itemId(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->item.meta.id : QUuid();
}

QModelIndex PlanItemModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *node = nodeOf(parent);
    if (row < 0 || size_t(row) >= node->children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex PlanItemModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int PlanItemModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int PlanItemModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Line of action / product");
    case DeadlineColumn:
        return tr("Deadline");
    case CountriesColumn:
        return tr("Responsible");
    case StatusColumn:
        return tr("Status");
    case NotesColumn:
        return tr("Progress notes");
    case OriginalDeadlineColumn:
        return tr("Original deadline");
    }
    return {};
}

namespace {

// The words of a deadline in the program's language (as written, when written in it); nothing
// for a deadline neither given nor written.
QString shownDeadline(const Deadline &deadline, const QString &words)
{
    if (words.isEmpty() && deadline.isUndefined())
        return QString();
    return deadlineWords(deadline, words, UiLanguage::current());
}

bool hasOriginal(const PlanItem &item)
{
    return (!item.originalDeadlineText.isEmpty() || !item.originalDeadline.isUndefined()) &&
           (item.originalDeadline != item.deadline ||
            item.originalDeadlineText != item.deadlineText);
}

} // namespace

QVariant PlanItemModel::display(const Node &node, int column) const
{
    const PlanItem &item = node.item;
    switch (column) {
    case TextColumn:
        return item.text;
    case DeadlineColumn:
        return shownDeadline(item.deadline, item.deadlineText);
    case CountriesColumn: {
        QStringList codes;
        for (const QUuid &id : node.countryIds)
            if (m_countryRow.contains(id))
                codes << m_countries[m_countryRow.value(id)].iso2;
        return codes.join(QStringLiteral(", "));
    }
    case StatusColumn:
        return enumLabel(item.status);
    case NotesColumn:
        return item.notes;
    case OriginalDeadlineColumn:
        return hasOriginal(item) ? shownDeadline(item.originalDeadline, item.originalDeadlineText)
                                 : QString();
    }
    return {};
}

QString PlanItemModel::toolTip(const Node &node, int column) const
{
    const PlanItem &item = node.item;
    switch (column) {
    case DeadlineColumn:
        return DeadlineEdit::understood(item.deadline);
    case CountriesColumn: {
        QStringList names;
        for (const QUuid &id : node.countryIds)
            if (m_countryRow.contains(id))
                names << m_countries[m_countryRow.value(id)].name(UiLanguage::current());
        return names.join(QStringLiteral(", "));
    }
    case OriginalDeadlineColumn:
        return hasOriginal(item) ? tr("Reprogrammed; first deadline: %1")
                                       .arg(DeadlineEdit::understood(item.originalDeadline))
                                 : QString();
    default:
        return display(node, column).toString();
    }
}

QVariant PlanItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = *nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return display(node, index.column());
    case Qt::EditRole:
        if (index.column() == StatusColumn)
            return enumKey(node.item.status);
        if (index.column() == CountriesColumn)
            return data(index, CountryIdsRole);
        return display(node, index.column());
    case Qt::ToolTipRole:
        return toolTip(node, index.column());
    case Qt::FontRole:
        if (node.parent == &m_root) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ItemIdRole:
        return node.item.meta.id;
    case IsLineRole:
        return node.parent == &m_root;
    case CountryIdsRole: {
        QStringList ids;
        for (const QUuid &id : node.countryIds)
            ids << id.toString(QUuid::WithoutBraces);
        return ids;
    }
    case DeadlineCodeRole:
        return node.item.deadline.toCode();
    }
    return {};
}

Qt::ItemFlags PlanItemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    if (index.column() != OriginalDeadlineColumn)
        f |= Qt::ItemIsEditable;
    if (nodeOf(index)->parent == &m_root)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

bool PlanItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || (role != Qt::EditRole && role != CountryIdsRole))
        return false;
    const Node &node = *nodeOf(index);
    const QString key = node.item.meta.id.toString(QUuid::WithoutBraces);
    PlanItem after = node.item;
    Result<void> done;
    if (index.column() == CountriesColumn) {
        QList<QUuid> ids;
        for (const QString &id : value.toStringList())
            ids << QUuid::fromString(id);
        done = commands::setPlanItemCountries(m_document, after.meta.id, ids);
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == TextColumn || index.column() == NotesColumn) {
        const QString text = value.toString().trimmed();
        if (index.column() == TextColumn) {
            if (text.isEmpty())
                return false; // an item is its text: an empty one would be lost on the page
            after.text = text;
            done = commands::editPlanItem(m_document, after, tr("Edit text"),
                                          QStringLiteral("plan-item-text:") + key);
        } else {
            after.notes = text;
            done = commands::editPlanItem(m_document, after, tr("Edit progress notes"),
                                          QStringLiteral("plan-item-notes:") + key);
        }
    } else if (index.column() == DeadlineColumn) {
        const QString words = value.toString().trimmed();
        const std::optional<Deadline> parsed = Deadline::parse(words);
        if (!parsed)
            return false; // never saved as anything else than what the words mean
        after.deadline = *parsed;
        after.deadlineText = words;
        done = commands::editPlanItem(m_document, after, tr("Change deadline"));
    } else if (index.column() == StatusColumn) {
        const std::optional<PlanItemStatus> status = enumFromKey<PlanItemStatus>(value.toString());
        if (!status)
            return false;
        after.status = *status;
        done = commands::editPlanItem(m_document, after, tr("Change status"));
    } else {
        return false;
    }
    if (!done) {
        m_document.reportError(done.error());
        return false;
    }
    return true;
}

QMimeData *PlanItemModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QUuid> ids;
    for (const QModelIndex &index : indexes) {
        const QUuid id = itemId(index);
        if (!id.isNull() && !ids.contains(id))
            ids << id;
    }
    QStringList lines;
    for (const QUuid &id : ids)
        lines << id.toString(QUuid::WithoutBraces);
    auto *data = new QMimeData;
    data->setData(mimeType(), lines.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QList<QUuid> PlanItemModel::droppedIds(const QMimeData *data) const
{
    QList<QUuid> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    const QStringList lines = QString::fromUtf8(data->data(mimeType())).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QUuid id = QUuid::fromString(line.trimmed());
        if (id.isNull())
            return {};
        ids << id;
    }
    return ids;
}

bool PlanItemModel::dropAllowed(const QList<QUuid> &ids, const QModelIndex &parent) const
{
    if (ids.isEmpty())
        return false;
    const Node *target = nodeOf(parent);
    if (target != &m_root && target->parent != &m_root)
        return false; // under a product: there is no third level
    for (const QUuid &id : ids) {
        const QModelIndex index = indexOf(id);
        if (!index.isValid())
            return false; // not an item of this plan
        const Node *node = nodeOf(index);
        if (target != &m_root && (node == target || !node->children.empty()))
            return false;
    }
    return true;
}

bool PlanItemModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    return action == Qt::MoveAction && dropAllowed(droppedIds(data), parent);
}

bool PlanItemModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    const QList<QUuid> ids = droppedIds(data);
    if (action != Qt::MoveAction || !dropAllowed(ids, parent))
        return false;
    const QUuid parentId = itemId(parent);
    QUndoStack &stack = m_document.undoStack();
    if (ids.size() > 1)
        stack.beginMacro(tr("Move items"));
    int at = row;
    bool ok = true;
    for (const QUuid &id : ids) {
        // `row` counts the rows as they are; the facade counts them without the moved item.
        const QModelIndex current = indexOf(id);
        int target = at;
        if (at >= 0 && itemId(current.parent()) == parentId && current.row() < at)
            --target;
        const Result<void> moved = commands::movePlanItem(m_document, id, parentId, target);
        if (!moved) {
            m_document.reportError(moved.error());
            ok = false;
            break;
        }
        if (at >= 0)
            at = indexOf(id).row() + 1;
    }
    if (ids.size() > 1)
        stack.endMacro();
    return ok;
}

} // namespace focal
