#include "TreeState.h"

#include "ForumTreeModel.h"

#include <QTreeView>

#include <vector>

namespace focal {
namespace {

// Kind and id: the countries heading has no id of its own.
QString rowKey(const QModelIndex &index)
{
    return QString::number(int(ForumTreeModel::kindOf(index))) + QLatin1Char('/') +
           ForumTreeModel::idOf(index).toString();
}

} // namespace

void TreeState::remember(const QTreeView &tree)
{
    const QAbstractItemModel *model = tree.model();
    const QModelIndex current = tree.currentIndex();
    m_current = ForumTreeModel::idOf(current);
    m_kind = ForumTreeModel::kindOf(current);
    m_expanded.clear();
    std::vector<QModelIndex> pending{QModelIndex()};
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            if (tree.isExpanded(child)) {
                m_expanded.insert(rowKey(child));
                pending.push_back(child);
            }
        }
    }
}

QModelIndex TreeState::restore(QTreeView &tree) const
{
    const auto *model = qobject_cast<const ForumTreeModel *>(tree.model());
    if (!model)
        return {};
    std::vector<QModelIndex> pending{QModelIndex()};
    QModelIndex countriesRoot;
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            if (ForumTreeModel::kindOf(child) == NodeKind::CountriesRoot)
                countriesRoot = child;
            if (m_expanded.contains(rowKey(child))) {
                tree.expand(child);
                pending.push_back(child);
            }
        }
    }
    return m_kind == NodeKind::CountriesRoot ? countriesRoot : model->indexOf(m_current);
}

void TreeState::clear()
{
    m_current = QUuid();
    m_kind = NodeKind::Forum;
    m_expanded.clear();
}

} // namespace focal
