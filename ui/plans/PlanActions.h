#pragma once

#include <QDate>
#include <QObject>
#include <QUuid>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace focal {

class ForumDocument;
class PlanContent;
class Prompts;
class TimelineView;

// The Plans menu: a plan's life (record a step, its history and versions), reprogramming its
// unfinished items into the next year, CSV export and import, rows pasted from a spreadsheet,
// and the timeline of every plan's deadlines in a dock. Each change is one undo command.
class PlanActions : public QObject
{
    Q_OBJECT

public:
    // What the actions need from the window, asked for when an action runs.
    struct Context
    {
        std::function<ForumDocument &()> document;
        std::function<Prompts &()> prompts;
        std::function<QUuid()> currentPlan; // the plan shown, or null
        std::function<void(const QUuid &)> openPlanItem;
        std::function<QDate()> today;
    };

    PlanActions(QMainWindow *window, Context context);

    void populate(QMenu *menu);
    QList<QAction *> planActions() const; // those that act on the current plan
    // Enables the actions that need a plan when one is shown.
    void update();
    // The document changed: the timeline (which reads it) goes.
    void dropViews();

    QAction *timelineAction() const { return m_timeline; }
    TimelineView *timeline() const { return m_timelineView; }

private:
    QAction *makeAction(const QString &text, const char *name, void (PlanActions::*slot)());
    void editProperties();
    void recordStep();
    void showVersions();
    void reprogram();
    void exportCsv();
    void importCsv();
    void pasteRows();
    void showTimeline();
    // Reads rows (a CSV file's or the clipboard's), checks them all and adds them to the plan,
    // or replaces its items, as one undo step. Returns false when nothing was written.
    bool importRows(const QString &title, const QString &text, QChar delimiter, bool hasHeader);

    QMainWindow *m_window;
    Context m_context;
    QAction *m_properties = nullptr;
    QAction *m_recordStep = nullptr;
    QAction *m_versions = nullptr;
    QAction *m_reprogram = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_timeline = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    TimelineView *m_timelineView = nullptr;
};

} // namespace focal
