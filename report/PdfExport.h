#pragma once

#include "PdfOptions.h"
#include "ReportContent.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace focal::report {

// Writes a report as a PDF file: laid out and painted by ReportRenderer on a QPdfWriter (in
// memory), then completed with qpdf (bookmarks from the headings, document information and XMP
// metadata), then saved atomically with QSaveFile. A cancelled or failed export leaves no file and
// an existing file at the path exactly as it was.
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(focal::report::PdfExport)

public:
    enum class Status { Written, Cancelled };

    static Result<Status> writePdf(const ReportContent &content, const QString &path,
                                   const PdfOptions &options = {});

    // The finished PDF as bytes, for callers that keep it in memory; Cancelled gives no bytes.
    static Result<QByteArray> renderPdf(const ReportContent &content, const PdfOptions &options,
                                        Status *status);
};

} // namespace focal::report
