#include "TreeState.h"

#include "ForumTreeModel.h"

#include <QTreeView>

#include <vector>

namespace focal {
namespace {

// Kind and id; headings (countries, meetings, a year of meetings, documents) have no id of their
// own, and are known by their text.
QString rowKey(const QModelIndex &index)
{
    const QUuid id = ForumTreeModel::idOf(index);
    return QString::number(int(ForumTreeModel::kindOf(index))) + QLatin1Char('/') +
           (id.isNull() ? index.data().toString() : id.toString());
}

} // namespace

void TreeState::remember(const QTreeView &tree)
{
    const QAbstractItemModel *model = tree.model();
    const QModelIndex current = tree.currentIndex();
    m_current = ForumTreeModel::idOf(current);
    m_currentKey = current.isValid() ? rowKey(current) : QString();
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
    QModelIndex heading; // the current row, when it is a heading seen on the way
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            const QString key = rowKey(child);
            if (m_current.isNull() && key == m_currentKey)
                heading = child;
            if (m_expanded.contains(key)) {
                tree.expand(child);
                pending.push_back(child);
            }
        }
    }
    return m_current.isNull() ? heading : model->indexOf(m_current);
}

void TreeState::clear()
{
    m_current = QUuid();
    m_currentKey.clear();
    m_expanded.clear();
}

} // namespace focal
