#include "GuardedSelectionModel.h"

#include <QTimer>

namespace focal {

GuardedSelectionModel::GuardedSelectionModel(QAbstractItemModel *model, int keyRole, Guard guard,
                                             QObject *parent)
    : QItemSelectionModel(model, parent), m_keyRole(keyRole), m_guard(std::move(guard))
{
    connect(model, &QAbstractItemModel::modelReset, this, [this] { ++m_resets; });
}

void GuardedSelectionModel::setCurrentIndex(const QModelIndex &index,
                                            QItemSelectionModel::SelectionFlags command)
{
    if (index == currentIndex() || !m_guard) {
        m_refused = false;
        QItemSelectionModel::setCurrentIndex(index, command);
        return;
    }
    // Noted before the guard runs: an apply rebuilds the model and leaves `index` dangling.
    const QVariant key = index.data(m_keyRole);
    QList<int> rows;
    for (QModelIndex i = index; i.isValid(); i = i.parent())
        rows.prepend(i.row());
    const bool valid = index.isValid();
    const int resets = m_resets;
    if (!m_guard(index)) {
        m_refused = true;
        QTimer::singleShot(0, this, [this] { m_refused = false; });
        return;
    }
    m_refused = false;
    if (m_resets == resets) {
        QItemSelectionModel::setCurrentIndex(index, command);
        return;
    }
    const QModelIndex again = valid ? findAgain(key, rows) : QModelIndex();
    QItemSelectionModel::setCurrentIndex(again, command);
}

void GuardedSelectionModel::select(const QItemSelection &selection,
                                   QItemSelectionModel::SelectionFlags command)
{
    if (m_refused)
        return;
    QItemSelectionModel::select(selection, command);
}

QModelIndex GuardedSelectionModel::findAgain(const QVariant &key, const QList<int> &rows) const
{
    const QAbstractItemModel *m = model();
    if (key.isValid() && !key.isNull() && m->rowCount() > 0) {
        const QModelIndexList found =
            m->match(m->index(0, 0), m_keyRole, key, 1, Qt::MatchExactly | Qt::MatchRecursive);
        if (!found.isEmpty())
            return found.first();
    }
    // A row without a key of its own (a heading): the same place, if it is still there.
    QModelIndex index;
    for (int row : rows) {
        index = m->index(row, 0, index);
        if (!index.isValid())
            return {};
    }
    return index;
}

} // namespace focal
