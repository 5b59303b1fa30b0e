#pragma once

#include <QStyledItemDelegate>

namespace focal {

class DeadlineEdit;

// The editors of the plan editor's cells: a DeadlineEdit for the deadline (which stays open,
// showing why, while its words are not a deadline: nothing wrong is ever saved), a combo of
// statuses, a checkable list of countries for the responsible countries, plain text for the
// text and the notes. Values go back through the model's setData(), that is, through undo
// commands.
class PlanItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    bool filterDeadline(DeadlineEdit *editor, QEvent *event);
};

} // namespace focal
