#pragma once

#include <QModelIndex>
#include <QObject>
#include <QUuid>

#include <functional>

class QTreeView;

namespace focal {

class DetailsView;
class ForumTreeModel;

// Opens a record by its table and id, wherever the request comes from (a search hit, a link of
// the home page): the tree selects it when the tree shows it, so that its form opens; any
// other record is shown read-only in the details with no tree row current. Also brings up the
// home page. One place, so that every way of opening a record behaves the same.
class RecordNavigator : public QObject
{
    Q_OBJECT

public:
    // `showCurrent` redraws the form and the details of the tree's current row: selecting the
    // row that is already current emits no signal, yet the details may show another page.
    RecordNavigator(std::function<void(const QModelIndex &)> showCurrent, QObject *parent);

    // The views of the open document; all null while none is open.
    void setViews(QTreeView *tree, ForumTreeModel *model, DetailsView *details);

    // Makes the record `id` the current item of the tree; false when the tree does not show it.
    bool selectRecord(const QUuid &id);
    void openRecord(const QString &table, const QUuid &id);
    // The home page in the details, with no tree row current (so no form is shown).
    void showHome();

private:
    std::function<void(const QModelIndex &)> m_showCurrent;
    QTreeView *m_tree = nullptr;
    ForumTreeModel *m_model = nullptr;
    DetailsView *m_details = nullptr;
};

} // namespace focal
