#include "PlanActions.h"

#include "commands/PlanContentCommand.h"
#include "ForumDocument.h"
#include "plans/PlanCommands.h"
#include "plans/PlanLifecycleDialog.h"
#include "plans/PlanPropertiesDialog.h"
#include "plans/PlanVersionsDialog.h"
#include "plans/TimelineView.h"
#include "Prompts.h"

#include "exchange/Csv.h"
#include "plans/PlanContent.h"
#include "plans/PlanTable.h"
#include "plans/Reprogramming.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QStandardPaths>

namespace focal {

PlanActions::PlanActions(QMainWindow *window, Context context)
    : QObject(window), m_window(window), m_context(std::move(context))
{
    m_properties =
        makeAction(tr("Plan P&roperties…"), "planPropertiesAction", &PlanActions::editProperties);
    m_properties->setToolTip(tr("The plan's title, kind, year and whether it lists products or "
                                "activities"));
    m_recordStep = makeAction(tr("Record a &Step of the Plan…"), "recordPlanStepAction",
                              &PlanActions::recordStep);
    m_recordStep->setToolTip(tr("Record that the plan was sent for comments, received "
                                "observations, was approved or delivered"));
    m_versions = makeAction(tr("Plan &History and Versions…"), "planVersionsAction",
                            &PlanActions::showVersions);
    m_reprogram = makeAction(tr("&Reprogram into the Next Year…"), "reprogramPlanAction",
                             &PlanActions::reprogram);
    m_reprogram->setToolTip(tr("Carry the plan's unfinished items into the next year's plan"));
    m_export =
        makeAction(tr("&Export Plan to CSV…"), "exportPlanCsvAction", &PlanActions::exportCsv);
    m_import =
        makeAction(tr("&Import Plan from CSV…"), "importPlanCsvAction", &PlanActions::importCsv);
    m_paste = makeAction(tr("&Paste Rows from a Spreadsheet"), "pastePlanRowsAction",
                         &PlanActions::pasteRows);
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_paste->setToolTip(tr("Add the rows copied from a spreadsheet (line of action, product or "
                           "activity, deadline, countries, status, notes) to the plan"));
    m_timeline = makeAction(tr("Plan &Timeline"), "planTimelineAction", &PlanActions::showTimeline);
    m_timeline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    update();
}

QAction *PlanActions::makeAction(const QString &text, const char *name, void (PlanActions::*slot)())
{
    auto *action = new QAction(text, m_window); // the window's: its shortcuts reach them
    action->setObjectName(QLatin1String(name));
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void PlanActions::populate(QMenu *menu)
{
    menu->addAction(m_properties);
    menu->addAction(m_recordStep);
    menu->addAction(m_versions);
    menu->addAction(m_reprogram);
    menu->addSeparator();
    menu->addAction(m_paste);
    menu->addAction(m_import);
    menu->addAction(m_export);
    menu->addSeparator();
    menu->addAction(m_timeline);
}

QList<QAction *> PlanActions::planActions() const
{
    return {m_properties, m_recordStep, m_versions, m_reprogram, m_paste, m_import, m_export};
}

void PlanActions::update()
{
    const bool plan = !m_context.currentPlan().isNull();
    for (QAction *action : planActions())
        action->setEnabled(plan);
}

void PlanActions::dropViews()
{
    delete m_timelineDock; // it reads the document that is going
    m_timelineDock = nullptr;
    m_timelineView = nullptr;
}

void PlanActions::editProperties()
{
    const QUuid plan = m_context.currentPlan();
    if (plan.isNull())
        return;
    auto *dialog = new PlanPropertiesDialog(m_context.document(), plan, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PlanActions::recordStep()
{
    const QUuid plan = m_context.currentPlan();
    if (plan.isNull())
        return;
    // Window-modal, not exec(): the window stays responsive to its own repaint and tests.
    auto *dialog = new PlanLifecycleDialog(m_context.document(), plan, m_window);
    dialog->setToday(m_context.today());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PlanActions::showVersions()
{
    const QUuid plan = m_context.currentPlan();
    if (plan.isNull())
        return;
    auto *dialog = new PlanVersionsDialog(m_context.document(), plan, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PlanActions::reprogram()
{
    const QUuid planId = m_context.currentPlan();
    if (planId.isNull())
        return;
    ForumDocument &document = m_context.document();
    Prompts &prompts = m_context.prompts();
    const QString title = tr("Reprogram");
    auto plan = document.repository().get<Plan>(planId);
    if (!plan) {
        prompts.inform(m_window, title, plan.error().message);
        return;
    }
    if (!plan->year) {
        prompts.inform(m_window, title,
                       tr("Only a work plan of a given year can be reprogrammed into the next."));
        return;
    }
    const int target = *plan->year + 1;
    auto preview = Reprogramming::preview(document.database(), planId, target);
    if (!preview) {
        prompts.inform(m_window, title, preview.error().message);
        return;
    }
    int products = 0;
    for (const auto &carry : preview->items)
        products += carry.source.parentId.isNull() ? 0 : 1;
    const QString into = preview->createsTarget
                             ? tr("a new work plan for %1").arg(target)
                             : tr("\"%1\" of %2").arg(preview->target.title).arg(target);
    if (!prompts.confirm(m_window, title,
                         tr("%n unfinished product(s) or activity(ies) of \"%1\" will be carried "
                            "into %2, keeping their first deadlines; in this plan they will be "
                            "marked as reprogrammed. Continue?",
                            nullptr, products)
                             .arg(plan->title, into)))
        return;
    if (auto done = planCommands::reprogram(document, planId, target); !done)
        prompts.inform(m_window, title, done.error().message);
}

void PlanActions::exportCsv()
{
    const QUuid planId = m_context.currentPlan();
    if (planId.isNull())
        return;
    ForumDocument &document = m_context.document();
    Prompts &prompts = m_context.prompts();
    const QString title = tr("Export Plan to CSV");
    auto csv = PlanTable::toCsv(document.database(), planId);
    if (!csv) {
        prompts.inform(m_window, title, csv.error().message);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        prompts.saveFileName(m_window, title, folder, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) &&
        !prompts.confirm(m_window, title,
                         tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))))
        return;
    if (auto written = Csv::writeFile(path, *csv); !written)
        prompts.inform(m_window, title, written.error().message);
}

void PlanActions::importCsv()
{
    if (m_context.currentPlan().isNull())
        return;
    Prompts &prompts = m_context.prompts();
    const QString title = tr("Import Plan from CSV");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        prompts.openFileName(m_window, title, folder, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto text = Csv::readTextFile(path);
    if (!text) {
        prompts.inform(m_window, title, text.error().message);
        return;
    }
    importRows(title, *text, u',', true);
}

void PlanActions::pasteRows()
{
    if (m_context.currentPlan().isNull())
        return;
    const QString text = QGuiApplication::clipboard()->text();
    const QString title = tr("Paste Rows");
    if (text.trimmed().isEmpty()) {
        m_context.prompts().inform(m_window, title,
                                   tr("The clipboard holds no rows. Copy the rows of the plan "
                                      "in the spreadsheet first."));
        return;
    }
    importRows(title, text, u'\t', false);
}

bool PlanActions::importRows(const QString &title, const QString &text, QChar delimiter,
                             bool hasHeader)
{
    const QUuid planId = m_context.currentPlan();
    ForumDocument &document = m_context.document();
    Prompts &prompts = m_context.prompts();
    auto lines = PlanTable::parse(document.database(), text, delimiter, hasHeader);
    if (!lines) {
        prompts.inform(m_window, title,
                       tr("Nothing was added to the plan. %1").arg(lines.error().message));
        return false;
    }
    auto before = PlanContent::capture(document.database(), planId);
    if (!before) {
        prompts.inform(m_window, title, before.error().message);
        return false;
    }
    PlanTable::Mode mode = PlanTable::Mode::Append;
    if (!before->items.isEmpty()) {
        const int choice =
            prompts.choose(m_window, title,
                           tr("The plan already has lines of action. Add the rows after them, "
                              "or replace everything the plan holds?"),
                           {tr("Add after them"), tr("Replace the plan's items")});
        if (choice < 0)
            return false;
        mode = choice == 1 ? PlanTable::Mode::Replace : PlanTable::Mode::Append;
    }
    if (auto applied = document.retryingBusy(
            [&] { return PlanTable::apply(document.database(), planId, *lines, mode); });
        !applied) {
        prompts.inform(m_window, title, applied.error().message);
        return false;
    }
    auto after = PlanContent::capture(document.database(), planId);
    if (!after) { // written, but its undo cannot be made: say so rather than push a wrong one
        prompts.inform(m_window, title, after.error().message);
        return true;
    }
    int added = 0;
    for (const auto &line : std::as_const(*lines))
        added += 1 + int(line.items.size());
    document.undoStack().push(new commands::PlanContentCommand(
        document, planId, *before, *after,
        mode == PlanTable::Mode::Replace ? tr("Replace the plan's items")
                                         : tr("Add %n row(s) to the plan", nullptr, added)));
    return true;
}

void PlanActions::showTimeline()
{
    if (!m_timelineDock) {
        m_timelineDock = new QDockWidget(tr("Plan Timeline"), m_window);
        m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
        m_timelineView = new TimelineView(m_context.document());
        m_timelineView->setToday(m_context.today());
        connect(m_timelineView, &TimelineView::itemActivated, this,
                [this](const QUuid &id) { m_context.openPlanItem(id); });
        m_timelineDock->setWidget(m_timelineView);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    }
    m_timelineDock->show();
    m_timelineDock->raise();
    m_timelineView->setFocus();
}

} // namespace focal
