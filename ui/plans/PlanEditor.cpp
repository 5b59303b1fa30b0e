#include "plans/PlanEditor.h"

#include "ForumDocument.h"
#include "plans/PlanItemCommands.h"
#include "plans/PlanItemDelegate.h"
#include "plans/PlanItemModel.h"
#include "Prompts.h"

#include "model/Enums.h"
#include "model/WorkingGroup.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSettings>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace focal {

namespace {
// QSettings key: a stable name, never translated.
const QString columnsKey = QStringLiteral("planEditor/columns");
} // namespace

PlanEditor::PlanEditor(ForumDocument &document, Prompts &prompts, QWidget *parent)
    : QWidget(parent), m_document(document), m_prompts(prompts)
{
    m_model = new PlanItemModel(document, this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("planDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_toolBar = new QToolBar(tr("Plan"), this);
    m_toolBar->setObjectName(QStringLiteral("planToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("planItems"));
    m_view->setAccessibleName(tr("Lines of action and products"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlanItemDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(PlanItemModel::TextColumn, 380);
    m_view->setColumnWidth(PlanItemModel::DeadlineColumn, 170);
    m_view->setColumnWidth(PlanItemModel::CountriesColumn, 110);
    m_view->setColumnWidth(PlanItemModel::StatusColumn, 110);
    m_view->setColumnWidth(PlanItemModel::NotesColumn, 220);
    m_view->setColumnWidth(PlanItemModel::OriginalDeadlineColumn, 150);
    // The widths the person gave the columns last time, kept as they change.
    m_view->header()->restoreState(QSettings().value(columnsKey).toByteArray());
    connect(m_view->header(), &QHeaderView::sectionResized, this,
            [this] { QSettings().setValue(columnsKey, m_view->header()->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);

    const auto key = [](QKeyCombination k) { return QKeySequence(k); };
    m_addLine = addAction(tr("Add &Line of Action"), "addLine",
                          {key(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, &PlanEditor::addLine);
    m_addProduct =
        addAction(tr("Add &Product"), "addProduct",
                  {key(Qt::CTRL | Qt::Key_N), key(Qt::Key_Insert)}, &PlanEditor::addProduct);
    m_remove = addAction(tr("&Remove"), "removeItem", {QKeySequence(QKeySequence::Delete)},
                         &PlanEditor::removeItem);
    m_toolBar->addSeparator();
    m_indent = addAction(tr("&Indent"), "indent",
                         {key(Qt::ALT | Qt::SHIFT | Qt::Key_Right), key(Qt::CTRL | Qt::Key_Right)},
                         &PlanEditor::indent);
    m_outdent = addAction(tr("&Outdent"), "outdent",
                          {key(Qt::ALT | Qt::SHIFT | Qt::Key_Left), key(Qt::CTRL | Qt::Key_Left)},
                          &PlanEditor::outdent);
    m_moveUp = addAction(tr("Move &Up"), "moveUp",
                         {key(Qt::ALT | Qt::Key_Up), key(Qt::CTRL | Qt::SHIFT | Qt::Key_Up)},
                         &PlanEditor::moveUp);
    m_moveDown = addAction(tr("Move &Down"), "moveDown",
                           {key(Qt::ALT | Qt::Key_Down), key(Qt::CTRL | Qt::SHIFT | Qt::Key_Down)},
                           &PlanEditor::moveDown);
    m_toolBar->addSeparator();
    m_edit = addAction(tr("&Edit"), "editItem", {key(Qt::Key_F2)}, &PlanEditor::editCurrent);

    setTabOrder(m_toolBar, m_view);
    setFocusProxy(m_view);
    m_view->installEventFilter(this);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlanEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    for (int row = first; row <= last; ++row)
                        m_view->expand(m_model->index(row, 0));
                updateActions();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PlanEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &PlanEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanEditor::updateActions);
    connect(document.database().notifier(), &ChangeNotifier::committed, this,
            [this](const QSet<QString> &tables) {
                for (const char *table : {"plan", "working_group", "subgroup", "*"})
                    if (tables.contains(QLatin1String(table))) {
                        updateHeader();
                        return;
                    }
            });
    updateHeader();
    updateActions();
}

QAction *PlanEditor::addAction(const QString &text, const char *name,
                               const QList<QKeySequence> &keys, void (PlanEditor::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    // Only while the editor has the focus: the window has its own Delete and Ctrl+N.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QString(text).remove(QLatin1Char('&')) + QStringLiteral(" (") +
                       keys.first().toString(QKeySequence::NativeText) + QLatin1Char(')'));
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    m_toolBar->addAction(action);
    return action;
}

// The window around the editor may use the same keys (File > New is Ctrl+N): two shortcuts for
// one key would be ambiguous and neither would run. While the tree has the focus, its keys are
// the editor's: the tree claims them (ShortcutOverride) and the editor's action runs.
bool PlanEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
        for (QAction *action : actions()) {
            if (!action->isEnabled() || !action->shortcuts().contains(pressed))
                continue;
            if (event->type() == QEvent::KeyPress)
                action->trigger();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlanEditor::setPlan(const QUuid &planId)
{
    m_model->setPlan(planId);
    m_view->expandAll();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateHeader();
    updateActions();
}

QUuid PlanEditor::plan() const
{
    return m_model->plan();
}

void PlanEditor::updateHeader()
{
    const QUuid planId = m_model->plan();
    auto plan = m_document.repository().get<Plan>(planId);
    if (planId.isNull() || !plan) {
        m_title->setText(planId.isNull() ? tr("No plan") : tr("This plan no longer exists."));
        m_details->clear();
        return;
    }
    m_title->setText(plan->title);
    QStringList parts;
    if (auto group = m_document.repository().get<WorkingGroup>(plan->groupId))
        parts << group->name;
    if (auto subgroup = m_document.repository().get<Subgroup>(plan->subgroupId))
        parts << subgroup->name;
    if (plan->year)
        parts << QString::number(*plan->year);
    parts << enumLabel(plan->kind) << tr("status: %1").arg(enumLabel(plan->status));
    m_details->setText(parts.join(QStringLiteral(" · ")));
}

QUuid PlanEditor::currentItem() const
{
    return m_model->itemId(m_view->currentIndex());
}

void PlanEditor::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool has = current.isValid();
    const bool line = has && !current.parent().isValid();
    const bool hasPlan = !m_model->plan().isNull();
    m_addLine->setEnabled(hasPlan);
    m_addProduct->setEnabled(hasPlan && m_model->rowCount() > 0);
    m_remove->setEnabled(has);
    m_edit->setEnabled(has);
    m_indent->setEnabled(line && current.row() > 0 &&
                         m_model->rowCount(current.siblingAtColumn(0)) == 0);
    m_outdent->setEnabled(has && !line);
    m_moveUp->setEnabled(has && current.row() > 0);
    m_moveDown->setEnabled(has && current.row() + 1 < m_model->rowCount(current.parent()));
}

void PlanEditor::select(const QUuid &itemId, bool edit)
{
    const QModelIndex index = m_model->indexOf(itemId);
    if (!index.isValid())
        return;
    if (index.parent().isValid())
        m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    if (edit)
        m_view->edit(index);
    updateActions();
}

bool PlanEditor::succeeded(const Error *error)
{
    if (!error)
        return true;
    m_document.reportError(*error);
    return false;
}

void PlanEditor::addLine()
{
    const QModelIndex current = m_view->currentIndex();
    QModelIndex line = current.parent().isValid() ? current.parent() : current;
    const int at = line.isValid() ? line.row() + 1 : -1;
    auto added =
        commands::addPlanItem(m_document, m_model->plan(), QUuid(), at, tr("New line of action"));
    if (succeeded(added ? nullptr : &added.error()))
        select(*added, true);
}

void PlanEditor::addProduct()
{
    const QModelIndex current = m_view->currentIndex();
    QModelIndex line = current.parent().isValid() ? current.parent() : current;
    int at = current.parent().isValid() ? current.row() + 1 : -1;
    if (!line.isValid()) {
        if (m_model->rowCount() == 0)
            return;
        line = m_model->index(m_model->rowCount() - 1, 0);
    }
    auto added = commands::addPlanItem(m_document, m_model->plan(), m_model->itemId(line), at,
                                       tr("New product"));
    if (succeeded(added ? nullptr : &added.error()))
        select(*added, true);
}

void PlanEditor::removeItem()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    const QString text = current.data().toString();
    const int products = m_model->rowCount(current);
    QString question;
    if (current.parent().isValid())
        question = tr("Remove the product “%1”?").arg(text);
    else if (products == 0)
        question = tr("Remove the line of action “%1”?").arg(text);
    else
        question = tr("Remove the line of action “%1” and its %n product(s)?", nullptr, products)
                       .arg(text);
    if (!m_prompts.confirm(this, tr("Remove"), question))
        return;
    // What becomes current afterwards: the next item, else the one before, else the line.
    const int row = current.row();
    const QModelIndex parent = current.parent();
    const int count = m_model->rowCount(parent);
    const QUuid next = row + 1 < count ? m_model->itemId(m_model->index(row + 1, 0, parent))
                       : row > 0       ? m_model->itemId(m_model->index(row - 1, 0, parent))
                                       : m_model->itemId(parent);
    auto removed = commands::removePlanItem(m_document, m_model->itemId(current));
    if (succeeded(removed ? nullptr : &removed.error()))
        select(next);
}

void PlanEditor::indent()
{
    const QUuid id = currentItem();
    if (id.isNull())
        return;
    auto moved = commands::indentPlanItem(m_document, id);
    if (succeeded(moved ? nullptr : &moved.error()))
        select(id);
}

void PlanEditor::outdent()
{
    const QUuid id = currentItem();
    if (id.isNull())
        return;
    auto moved = commands::outdentPlanItem(m_document, id);
    if (succeeded(moved ? nullptr : &moved.error()))
        select(id);
}

void PlanEditor::moveUp()
{
    const QUuid id = currentItem();
    if (id.isNull() || !m_moveUp->isEnabled())
        return;
    auto moved = commands::movePlanItemBy(m_document, id, -1);
    if (succeeded(moved ? nullptr : &moved.error()))
        select(id);
}

void PlanEditor::moveDown()
{
    const QUuid id = currentItem();
    if (id.isNull() || !m_moveDown->isEnabled())
        return;
    auto moved = commands::movePlanItemBy(m_document, id, +1);
    if (succeeded(moved ? nullptr : &moved.error()))
        select(id);
}

void PlanEditor::editCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_view->edit(current);
}

} // namespace focal
