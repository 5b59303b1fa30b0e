#include "PdfExport.h"

#include "PdfDocumentInfo.h"
#include "PdfOutline.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace focal::report {
namespace {

// The headings as bookmarks of the painted file, their heights turned to the page's coordinates
// (PDF measures from the bottom edge).
QList<PdfOutline::Item> outlineItems(QPDF &pdf, const QList<PdfBookmark> &bookmarks)
{
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    QList<PdfOutline::Item> items;
    for (const PdfBookmark &mark : bookmarks) {
        if (mark.page < 0 || size_t(mark.page) >= pages.size())
            continue;
        QPDFPageObjectHelper &page = pages[size_t(mark.page)];
        const QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
        PdfOutline::Item item;
        item.level = mark.level;
        item.title = mark.title;
        item.page = page.getObjectHandle();
        item.top = box.ury - mark.top;
        items.append(item);
    }
    return items;
}

QByteArray finish(const QByteArray &painted, const QList<PdfBookmark> &bookmarks,
                  const ReportMeta &meta, bool pdfA)
{
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("report", painted.constData(), size_t(painted.size()));
    PdfOutline::write(pdf, outlineItems(pdf, bookmarks));
    const QDateTime created =
        meta.created.isValid() ? meta.created : QDateTime::currentDateTimeUtc();
    PdfDocumentInfo::write(pdf, meta, created, pdfA);

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    // Qt's compressed streams are copied as they are; PDF/A-1 is PDF 1.4, without object
    // streams (qpdf keeps the XMP stream uncompressed, as PDF/A wants it).
    writer.setDecodeLevel(qpdf_dl_none);
    if (pdfA) {
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.forcePDFVersion("1.4");
    }
    writer.write();
    std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
}

} // namespace

Result<QByteArray> PdfExport::renderPdf(const ReportContent &content, const PdfOptions &options,
                                        Status *status)
{
    *status = Status::Cancelled;
    const ReportRenderer renderer(content, options.page);

    QBuffer painted;
    painted.open(QIODevice::WriteOnly);
    ReportRenderer::Outcome outcome;
    {
        QPdfWriter writer(&painted);
        writer.setResolution(LayoutDevice::dpi);
        writer.setTitle(content.meta().title);
        writer.setCreator(QStringLiteral("Focal"));
        if (options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        outcome = renderer.paint(&writer, options.progress);
    }
    if (outcome == ReportRenderer::Outcome::Cancelled)
        return QByteArray();
    if (outcome == ReportRenderer::Outcome::Failed)
        return Error{Error::Code::Io, tr("The report could not be drawn as a PDF."),
                     QStringLiteral("QPainter::begin or newPage on QPdfWriter failed")};
    try {
        QByteArray pdf = finish(painted.data(), renderer.bookmarks(), content.meta(), options.pdfA);
        *status = Status::Written;
        return pdf;
    } catch (const std::exception &e) {
        return Error{Error::Code::Io,
                     tr("The PDF could not be completed with its bookmarks and document "
                        "information."),
                     QString::fromStdString(e.what())};
    }
}

Result<PdfExport::Status> PdfExport::writePdf(const ReportContent &content, const QString &path,
                                              const PdfOptions &options)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Opened first, so that a folder that cannot be written is said before a long rendering;
    // QSaveFile writes beside the target and replaces it only on commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io,
                     tr("The PDF cannot be saved as %1: the folder does not exist or cannot be "
                        "written to.")
                         .arg(shown),
                     file.errorString()};
    Status status = Status::Cancelled;
    Result<QByteArray> pdf = renderPdf(content, options, &status);
    if (!pdf.ok() || status == Status::Cancelled) {
        file.cancelWriting();
        if (!pdf.ok())
            return pdf.error();
        return Status::Cancelled;
    }
    if (file.write(pdf.value()) != pdf.value().size() || !file.commit())
        return Error{Error::Code::Io, tr("The PDF could not be saved as %1.").arg(shown),
                     file.errorString()};
    return Status::Written;
}

} // namespace focal::report
