#pragma once

#include <QItemSelectionModel>

#include <functional>

namespace focal {

// The tree's selection model, with a guard asked before the current item changes, whatever
// moves it (a click, the arrow keys, a search hit, the home page): the one place where a
// person with unapplied edits can be stopped and asked. When the guard refuses, the current
// item and the selection stay as they were. The guard may write (apply the edits), which
// rebuilds the model: the target is then found again by its key (`keyRole`), else by its rows.
class GuardedSelectionModel : public QItemSelectionModel
{
    Q_OBJECT

public:
    // True when the current item may move to `target`.
    using Guard = std::function<bool(const QModelIndex &target)>;

    GuardedSelectionModel(QAbstractItemModel *model, int keyRole, Guard guard,
                          QObject *parent = nullptr);

    void setCurrentIndex(const QModelIndex &index,
                         QItemSelectionModel::SelectionFlags command) override;
    using QItemSelectionModel::select;
    void select(const QItemSelection &selection,
                QItemSelectionModel::SelectionFlags command) override;

private:
    QModelIndex findAgain(const QVariant &key, const QList<int> &rows) const;

    int m_keyRole;
    Guard m_guard;
    int m_resets = 0;
    // A view follows a refused move with its own select() (a click selects after making the
    // row current): refused too, until the next allowed move or the next event loop pass.
    bool m_refused = false;
};

} // namespace focal
