#include "RecordNavigator.h"

#include "DetailsView.h"
#include "ForumTreeModel.h"

#include <QTreeView>

namespace focal {

RecordNavigator::RecordNavigator(std::function<void(const QModelIndex &)> showCurrent,
                                 QObject *parent)
    : QObject(parent), m_showCurrent(std::move(showCurrent))
{}

void RecordNavigator::setViews(QTreeView *tree, ForumTreeModel *model, DetailsView *details)
{
    m_tree = tree;
    m_model = model;
    m_details = details;
}

bool RecordNavigator::selectRecord(const QUuid &id)
{
    if (!m_tree)
        return false;
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    // Not `index`: settling unapplied edits may have rebuilt the model; or the person stayed.
    const QModelIndex current = m_tree->currentIndex();
    if (ForumTreeModel::idOf(current) != id)
        return false;
    m_tree->scrollTo(current);
    return true;
}

void RecordNavigator::openRecord(const QString &table, const QUuid &id)
{
    if (!m_tree)
        return;
    if (m_model->indexOf(id).isValid()) {
        if (selectRecord(id)) {                    // else the person chose to stay with their edits
            m_showCurrent(m_tree->currentIndex()); // redraws the details if another page showed
            m_tree->setFocus();
        }
        return;
    }
    // Not in the tree: no tree row stands for it, so none stays current and no form shows.
    m_tree->setCurrentIndex(QModelIndex());
    if (m_tree->currentIndex().isValid())
        return; // the person chose to stay with their edits
    m_details->showOtherRecord(table, id);
}

void RecordNavigator::showHome()
{
    if (!m_tree)
        return;
    m_tree->setCurrentIndex(QModelIndex()); // hides the form; the details follow below
    if (m_tree->currentIndex().isValid())
        return; // the person chose to stay with their edits
    m_details->showHome();
}

} // namespace focal
