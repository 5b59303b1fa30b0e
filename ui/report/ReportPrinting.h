#pragma once

#include "PageOptions.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <memory>

class QPrinter;
class QWidget;

namespace focal::report {
class ReportContent;
}

namespace focal {

// Reports on paper: the print preview and printing paint through ReportRenderer onto the
// QPrinter, the same layout path as the PDF; the page setup (paper and margins) is remembered
// in the settings and used for both.
class ReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(focal::ReportPrinting)

public:
    // The remembered page setup (A4 with the report's margins when none was chosen).
    static report::PageOptions pageOptions();
    static void rememberPageLayout(const QPageLayout &layout);
    // A printer set to the remembered page setup.
    static void setUp(QPrinter &printer);

    // A print preview dialog (window-modal, deleted on close) of the content, laid out once.
    // `content` must outlive the dialog: the dialog takes ownership of it.
    static QWidget *preview(QWidget *parent, std::unique_ptr<report::ReportContent> content);
    // Paints the content on the printer's paper and margins; false when painting could not
    // start.
    static bool print(QPrinter &printer, const report::ReportContent &content);
};

} // namespace focal
