#include "report/ReportPrinting.h"

#include "ReportContent.h"
#include "ReportRenderer.h"

#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QSettings>

namespace focal {
namespace {

const QString paperKey = QStringLiteral("report/printPaper");
const QString marginsKey = QStringLiteral("report/printMarginsMm");

} // namespace

report::PageOptions ReportPrinting::pageOptions()
{
    report::PageOptions options;
    QSettings settings;
    const int paper = settings.value(paperKey, -1).toInt();
    if (paper >= 0 && paper < int(QPageSize::LastPageSize))
        options.paper = QPageSize::PageSizeId(paper);
    const QVariantList margins = settings.value(marginsKey).toList();
    if (margins.size() == 4)
        options.marginsMm = QMarginsF(margins.at(0).toDouble(), margins.at(1).toDouble(),
                                      margins.at(2).toDouble(), margins.at(3).toDouble());
    return options;
}

void ReportPrinting::rememberPageLayout(const QPageLayout &layout)
{
    QSettings settings;
    settings.setValue(paperKey, int(layout.pageSize().id()));
    const QMarginsF m = layout.margins(QPageLayout::Millimeter);
    settings.setValue(marginsKey, QVariantList{m.left(), m.top(), m.right(), m.bottom()});
}

void ReportPrinting::setUp(QPrinter &printer)
{
    const report::PageOptions options = pageOptions();
    printer.setPageLayout(QPageLayout(QPageSize(options.paper), QPageLayout::Portrait,
                                      options.marginsMm, QPageLayout::Millimeter));
}

QWidget *ReportPrinting::preview(QWidget *parent, std::unique_ptr<report::ReportContent> content)
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(QStringLiteral("reportPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Preview — %1").arg(content->meta().title));
    setUp(*dialog->printer());
    // Laid out once; the preview asks for its pages again on every zoom or page change.
    auto renderer = std::make_shared<report::ReportRenderer>(*content, pageOptions());
    std::shared_ptr<report::ReportContent> owned(std::move(content));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [renderer, owned](QPrinter *printer) { renderer->paint(printer); });
    dialog->open();
    return dialog;
}

bool ReportPrinting::print(QPrinter &printer, const report::ReportContent &content)
{
    // The paper chosen in the print dialog, if the person changed it there.
    report::PageOptions options;
    options.paper = printer.pageLayout().pageSize().id();
    options.marginsMm = printer.pageLayout().margins(QPageLayout::Millimeter);
    report::ReportRenderer renderer(content, options);
    return renderer.paint(&printer) == report::ReportRenderer::Outcome::Done;
}

} // namespace focal
