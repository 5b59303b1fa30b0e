#pragma once

#include "model/Country.h"
#include "model/Plan.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace focal {

class ForumDocument;

// The items of one plan as a tree: lines of action at the top, their products (or activities)
// under them. A thin adapter: it reads through Repository, follows every committed change
// (Database::notifier()) with fine-grained model signals, so that views keep their expansion
// and selection, and turns edits and drops into undo commands (plans/PlanItemCommands.h); it
// never writes itself.
class PlanItemModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TextColumn,
        DeadlineColumn,
        CountriesColumn,
        StatusColumn,
        NotesColumn,
        OriginalDeadlineColumn,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // the item's UUID
        IsLineRole,                    // true for a line of action
        CountryIdsRole,                // QStringList of the responsible countries' UUIDs
        DeadlineCodeRole,              // Deadline::toCode() of the deadline column
    };

    static QString mimeType() { return QStringLiteral("application/x-focal-plan-item-ids"); }

    explicit PlanItemModel(ForumDocument &document, QObject *parent = nullptr);
    ~PlanItemModel() override;

    // Shows the items of `planId` (null: nothing).
    void setPlan(const QUuid &planId);
    QUuid plan() const { return m_planId; }
    // Reads the plan's items again and reports the differences (called on every commit).
    void refresh();

    QModelIndex indexOf(const QUuid &itemId, int column = TextColumn) const;
    QUuid itemId(const QModelIndex &index) const;
    // Every country, by Spanish name, for the responsible countries' editor.
    const QList<Country> &countries() const { return m_countries; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {mimeType()}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Node
    {
        PlanItem item;
        QList<QUuid> countryIds;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };
    struct Fresh; // the plan as read, before it is merged into the tree

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = TextColumn) const;
    int rowOf(const Node *node) const;
    void mergeChildren(Node *parent, const QList<PlanItem> &wanted, const Fresh &fresh);
    QVariant display(const Node &node, int column) const;
    QString toolTip(const Node &node, int column) const;
    QList<QUuid> droppedIds(const QMimeData *data) const;
    bool dropAllowed(const QList<QUuid> &ids, const QModelIndex &parent) const;

    ForumDocument &m_document;
    QUuid m_planId;
    Node m_root;
    QList<Country> m_countries;
    QHash<QUuid, int> m_countryRow; // country UUID -> index in m_countries
};

} // namespace focal
