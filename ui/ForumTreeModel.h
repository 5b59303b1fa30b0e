#pragma once

#include "NodeKind.h"
#include "Result.h"

#include <QAbstractItemModel>
#include <QSet>
#include <QUuid>

#include <memory>
#include <vector>

namespace focal {

class Repository;

// The structure of the forum as a tree, read from the database: the forum with its thematic
// areas, each area's working group and the group's subgroups, with the plans of each (the
// sectoral plan under its group, work plans under their subgroup or group); then the countries with
// their institutions and people (focal points; those of no institution under the country). A thin
// adapter: it keeps only what a row shows and the UUID of its record, and reads everything else
// from core when asked. It rebuilds itself whenever a committed write touches a table it shows,
// whoever wrote it (a form, an undo, another repository).
class ForumTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QUuid of the record (null for the countries heading)
        KindRole,                  // NodeKind
    };

    explicit ForumTreeModel(Repository &repository, QObject *parent = nullptr);
    ~ForumTreeModel() override;

    // Rebuilds the whole tree from the database (a model reset). On a read error the tree is
    // left empty and the error returned for the window to show.
    Result<void> reload();

    // The row of the record `id`, or an invalid index when the tree does not show it.
    QModelIndex indexOf(const QUuid &id) const;
    static NodeKind kindOf(const QModelIndex &index);
    static QUuid idOf(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    // Reads the meetings of a year row the first time it is opened (the view calls this when
    // the row is expanded; indexOf() when it looks for a meeting). Not fetchMore(): views and
    // model testers call that at moments (a reset under way) when rows must not be inserted.
    void ensureLoaded(const QModelIndex &parent);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The tables whose rows the tree shows.
    static const QSet<QString> &shownTables();

private:
    struct Node
    {
        NodeKind kind = NodeKind::Forum;
        QUuid id;
        QString label;
        Node *parent = nullptr;
        int row = 0;     // position among the parent's children
        int year = 0;    // a year of meetings: which (0: undated)
        int pending = 0; // a year of meetings not read yet: how many it holds
        std::vector<std::unique_ptr<Node>> children;

        Node *add(NodeKind kind, const QUuid &id, const QString &label);
    };

    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex find(const QUuid &id) const; // among the rows read so far
    Result<void> build(Node &root);
    Result<void> addMeetings(Node &root);
    Result<void> addDocuments(Node &root);

    Repository &m_repository;
    std::unique_ptr<Node> m_root; // invisible; its children are the top-level rows
};

} // namespace focal
