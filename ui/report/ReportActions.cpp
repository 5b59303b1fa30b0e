#include "report/ReportActions.h"

#include "ForumDocument.h"
#include "Prompts.h"
#include "report/ExportPdfDialog.h"
#include "report/IntroductionDialog.h"
#include "report/ReportPrinting.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace focal {

ReportActions::ReportActions(QMainWindow *window, Context context)
    : QObject(window), m_window(window), m_context(std::move(context))
{
    m_export = new QAction(tr("&Export PDF…"), window);
    m_export->setObjectName(QStringLiteral("exportPdfAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Write a report, an annex or the annex bundle as a PDF file"));
    connect(m_export, &QAction::triggered, this, &ReportActions::exportPdf);
    m_preview = new QAction(tr("Print Pre&view…"), window);
    m_preview->setObjectName(QStringLiteral("printPreviewAction"));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_preview, &QAction::triggered, this, &ReportActions::previewReport);
    m_print = new QAction(tr("&Print…"), window);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &ReportActions::printReport);
    m_pageSetup = new QAction(tr("Page Set&up…"), window);
    m_pageSetup->setObjectName(QStringLiteral("pageSetupAction"));
    connect(m_pageSetup, &QAction::triggered, this, &ReportActions::pageSetup);
    m_introduction = new QAction(tr("Edit Report &Introduction…"), window);
    m_introduction->setObjectName(QStringLiteral("editIntroductionAction"));
    m_introduction->setToolTip(tr("Edit the introduction of the current working group's annual "
                                  "report"));
    connect(m_introduction, &QAction::triggered, this, &ReportActions::editIntroduction);
    addToMenus();
}

void ReportActions::addToMenus()
{
    // Printing before Quit, in a group of its own, as most programs place it; the
    // introduction with the Edit menu's record actions, before Find.
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        for (QAction *action : menu ? menu->actions() : QList<QAction *>()) {
            if (action->objectName() == QLatin1String("quitAction")) {
                menu->insertActions(action, {m_export, m_preview, m_print, m_pageSetup});
                menu->insertSeparator(action);
            } else if (action->objectName() == QLatin1String("findAction")) {
                menu->insertAction(action, m_introduction);
                menu->insertSeparator(action);
                // Only a working group (or what lies under it) has an annual report.
                connect(menu, &QMenu::aboutToShow, this, [this] {
                    m_introduction->setEnabled(!m_context.currentId(NodeKind::Group).isNull());
                });
            }
        }
    }
}

void ReportActions::editIntroduction()
{
    const QUuid group = m_context.currentId(NodeKind::Group);
    if (group.isNull()) {
        m_context.prompts().inform(m_window, tr("Report Introduction"),
                                   tr("Select a working group first: the introduction is that "
                                      "of its annual report."));
        return;
    }
    auto *dialog =
        new IntroductionDialog(m_context.document(), m_context.prompts(), group, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

ExportPdfDialog *ReportActions::chooser(ExportPdfDialog::Purpose purpose)
{
    ExportPdfDialog::Defaults defaults;
    defaults.groupId = m_context.currentId(NodeKind::Group);
    defaults.planId = m_context.currentId(NodeKind::Plan);
    defaults.meetingId = m_context.currentId(NodeKind::Meeting);
    auto *dialog =
        new ExportPdfDialog(m_context.document(), m_context.prompts(), purpose, defaults, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void ReportActions::exportPdf()
{
    ExportPdfDialog *dialog = chooser(ExportPdfDialog::Purpose::Export);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        report::PdfOptions options;
        options.page.paper = dialog->paper();
        options.pdfA = dialog->pdfA();
        // Once the dialog has gone: the export runs events (its Cancel button), which may
        // delete the dialog while it is still finishing.
        QMetaObject::invokeMethod(
            this, [this, request = dialog->request(), options] { exportChosen(request, options); },
            Qt::QueuedConnection);
    });
    dialog->open();
}

void ReportActions::exportChosen(const report::ReportRequest &request,
                                 const report::PdfOptions &options)
{
    Prompts &prompts = m_context.prompts();
    const QString title = tr("Export PDF");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = prompts.saveFileName(m_window, title, folder, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (QFileInfo::exists(path) &&
        !prompts.confirm(m_window, title,
                         tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))))
        return;
    exportTo(request, path, options);
}

bool ReportActions::exportTo(const report::ReportRequest &request, const QString &path,
                             const report::PdfOptions &options)
{
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0,
                             m_window);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoReset(false);
    report::PdfOptions withProgress = options;
    withProgress.progress = [&progress](int page, int pageCount) {
        progress.setMaximum(pageCount);
        progress.setLabelText(tr("Writing page %1 of %2…").arg(page).arg(pageCount));
        progress.setValue(page);
        QApplication::processEvents(); // the Cancel button is heard between pages
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written =
        report::ReportJob::writePdf(m_context.document().database(), request, path, withProgress);
    QApplication::restoreOverrideCursor();
    progress.close();
    const QString title = tr("Export PDF");
    if (!written) {
        m_context.prompts().inform(
            m_window, title, tr("The PDF could not be written: %1").arg(written.error().message));
        return false;
    }
    if (written->status == report::PdfExport::Status::Cancelled) {
        m_window->statusBar()->showMessage(tr("Export cancelled; no file was written."), 5000);
        return false;
    }
    if (!written->notes.isEmpty())
        m_context.prompts().inform(m_window, title, written->notes.join(QLatin1Char('\n')));
    m_window->statusBar()->showMessage(
        tr("Wrote %1 (%n page(s)).", nullptr, written->pages).arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

void ReportActions::previewReport()
{
    ExportPdfDialog *dialog = chooser(ExportPdfDialog::Purpose::Print);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QMetaObject::invokeMethod(
            this,
            [this, request = dialog->request()] {
                auto content = report::ReportJob::build(m_context.document().database(), request);
                if (!content) {
                    m_context.prompts().inform(m_window, tr("Print Preview"),
                                               content.error().message);
                    return;
                }
                ReportPrinting::preview(m_window, std::move(content).value());
            },
            Qt::QueuedConnection);
    });
    dialog->open();
}

void ReportActions::printReport()
{
    ExportPdfDialog *dialog = chooser(ExportPdfDialog::Purpose::Print);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QMetaObject::invokeMethod(
            this, [this, request = dialog->request()] { printChosen(request); },
            Qt::QueuedConnection);
    });
    dialog->open();
}

void ReportActions::printChosen(const report::ReportRequest &request)
{
    auto content = report::ReportJob::build(m_context.document().database(), request);
    if (!content) {
        m_context.prompts().inform(m_window, tr("Print"), content.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    ReportPrinting::setUp(printer);
    QPrintDialog print(&printer, m_window);
    if (print.exec() != QDialog::Accepted)
        return;
    if (!ReportPrinting::print(printer, *content.value()))
        m_context.prompts().inform(m_window, tr("Print"), tr("The printer could not be started."));
}

void ReportActions::pageSetup()
{
    QPrinter printer(QPrinter::HighResolution);
    ReportPrinting::setUp(printer);
    QPageSetupDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        ReportPrinting::rememberPageLayout(printer.pageLayout());
}

} // namespace focal
