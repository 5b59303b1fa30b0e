#pragma once

#include "NodeKind.h"

#include <QModelIndex>
#include <QSet>
#include <QUuid>

class QTreeView;

namespace focal {

// What a person sees of the forum tree (its open rows and its current row), kept across the
// model reset that follows every write, so that the tree does not jump while they work.
class TreeState
{
public:
    // Before the reset: the current row and every expanded row of the tree's ForumTreeModel.
    void remember(const QTreeView &tree);
    // After it: expands the rows again and returns the row that was current, or an invalid
    // index when that record is gone (or nothing was current).
    QModelIndex restore(QTreeView &tree) const;
    void clear();

private:
    QUuid m_current;
    QString m_currentKey;     // kind and id (or a heading's text) of the current row
    QSet<QString> m_expanded; // the same for each expanded row
};

} // namespace focal
