#include "plans/PlanItemDelegate.h"

#include "plans/PlanItemModel.h"
#include "widgets/DeadlineEdit.h"

#include "model/Enums.h"
#include "support/UiLanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>

namespace focal {

namespace {

DeadlineEdit *deadlineEditOf(QObject *object)
{
    if (auto *edit = qobject_cast<DeadlineEdit *>(object))
        return edit;
    // The field inside it, which holds the focus and receives the keys.
    if (auto *line = qobject_cast<QLineEdit *>(object))
        return qobject_cast<DeadlineEdit *>(line->parentWidget());
    return nullptr;
}

} // namespace

QWidget *PlanItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (index.column()) {
    case PlanItemModel::DeadlineColumn: {
        auto *edit = new DeadlineEdit(parent);
        edit->setAutoFillBackground(true);
        // The view filters the editor; the keys arrive at the field inside it.
        edit->lineEdit()->installEventFilter(const_cast<PlanItemDelegate *>(this));
        return edit;
    }
    case PlanItemModel::StatusColumn: {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Status"));
        for (const QString &key : enumKeys<PlanItemStatus>())
            combo->addItem(enumLabel(*enumFromKey<PlanItemStatus>(key)), key);
        return combo;
    }
    case PlanItemModel::CountriesColumn: {
        auto *list = new QListWidget(parent);
        list->setAccessibleName(tr("Responsible countries"));
        if (const auto *model = qobject_cast<const PlanItemModel *>(index.model()))
            for (const Country &country : model->countries()) {
                auto *item =
                    new QListWidgetItem(country.name(UiLanguage::current()) + QStringLiteral(" (") +
                                            country.iso2 + QLatin1Char(')'),
                                        list);
                item->setData(Qt::UserRole, country.meta.id.toString(QUuid::WithoutBraces));
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        return list;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return editor;
    }
    }
}

void PlanItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<DeadlineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toString()));
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        const QStringList ids = index.data(PlanItemModel::CountryIdsRole).toStringList();
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
        }
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PlanItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<DeadlineEdit *>(editor)) {
        // Words that are not a deadline are never saved; unchanged words write nothing.
        if (edit->isAcceptable() && edit->text() != index.data(Qt::EditRole).toString())
            model->setData(index, edit->text(), Qt::EditRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QStringList ids;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                ids << list->item(i)->data(Qt::UserRole).toString();
        model->setData(index, ids, PlanItemModel::CountryIdsRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void PlanItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    // The deadline's feedback line and the country list need more room than one row: they
    // open downwards over the rows below.
    if (qobject_cast<DeadlineEdit *>(editor) || qobject_cast<QListWidget *>(editor)) {
        QRect rect = option.rect;
        const QSize hint = editor->sizeHint();
        rect.setWidth(qMax(rect.width(), qMin(hint.width(), 360)));
        rect.setHeight(qobject_cast<QListWidget *>(editor) ? 200
                                                           : qMax(rect.height(), hint.height()));
        editor->setGeometry(rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

bool PlanItemDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (DeadlineEdit *edit = deadlineEditOf(object))
        return filterDeadline(edit, event);
    return QStyledItemDelegate::eventFilter(object, event);
}

// Commits and closes as an ordinary editor would, but only when the words are a deadline;
// otherwise the editor stays open with its feedback, until the words are fixed or Escape
// gives up the edit.
bool PlanItemDelegate::filterDeadline(DeadlineEdit *edit, QEvent *event)
{
    // Closed editors are deleted later; the focus they lose meanwhile is no new commit.
    static const char *const closed = "focalEditorClosed";
    if (edit->property(closed).toBool())
        return false;
    const auto close = [&](QAbstractItemDelegate::EndEditHint hint, bool commit) {
        edit->setProperty(closed, true);
        if (commit)
            emit commitData(edit);
        emit closeEditor(edit, hint);
    };
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            close(QAbstractItemDelegate::RevertModelCache, false);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            if (edit->isAcceptable())
                close(key->key() == Qt::Key_Tab       ? EditNextItem
                      : key->key() == Qt::Key_Backtab ? EditPreviousItem
                                                      : SubmitModelCache,
                      true);
            return true;
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // The view would move on and close the editor: not while the words are wrong.
            return !edit->isAcceptable();
        default:
            return false;
        }
    }
    if (event->type() == QEvent::FocusOut) {
        // Focus that moves within the editor, to its picker or to another window is no end of
        // the edit.
        QWidget *focus = QApplication::focusWidget();
        if ((focus && edit->isAncestorOf(focus)) || QApplication::activeModalWidget() ||
            QApplication::activePopupWidget() || !edit->isActiveWindow())
            return false;
        if (edit->isAcceptable())
            close(NoHint, true);
    }
    return false;
}

} // namespace focal
