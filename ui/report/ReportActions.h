#pragma once

#include "NodeKind.h"
#include "report/ExportPdfDialog.h"
#include "ReportJob.h"

#include <QObject>
#include <QUuid>

#include <functional>

class QAction;
class QMainWindow;

namespace focal {

class ForumDocument;
class Prompts;

// Reports in the File menu: Export PDF… (Ctrl+E), Print Preview…, Print… (Ctrl+P) and Page
// Setup…; in the Edit menu, the annual report's introduction of the current group. Each asks which
// document first (ExportPdfDialog), defaulting to what is selected in the window; the export runs
// with a cancellable progress dialog and writes its file atomically (a cancelled or failed export
// leaves no file, and an existing one untouched).
class ReportActions : public QObject
{
    Q_OBJECT

public:
    // What the actions need from the window, asked for when an action runs.
    struct Context
    {
        std::function<ForumDocument &()> document;
        std::function<Prompts &()> prompts;
        // The id of the tree's current row, or of its ancestor, of a kind; null when none.
        std::function<QUuid(NodeKind)> currentId;
    };

    // Adds the actions to the window's File menu (before Quit) and Edit menu (before Find).
    ReportActions(QMainWindow *window, Context context);

    QAction *exportAction() const { return m_export; }
    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *pageSetupAction() const { return m_pageSetup; }
    QAction *introductionAction() const { return m_introduction; }

    // Writes the request's PDF to `path` with a progress dialog; false when it was cancelled
    // or failed (the failure told through the prompts).
    bool exportTo(const report::ReportRequest &request, const QString &path,
                  const report::PdfOptions &options);

private:
    ExportPdfDialog *chooser(ExportPdfDialog::Purpose purpose);
    void exportPdf();
    void exportChosen(const report::ReportRequest &request, const report::PdfOptions &options);
    void printChosen(const report::ReportRequest &request);
    void previewReport();
    void printReport();
    void pageSetup();
    void editIntroduction();
    void addToMenus();

    QMainWindow *m_window;
    Context m_context;
    QAction *m_export = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_pageSetup = nullptr;
    QAction *m_introduction = nullptr;
};

} // namespace focal
