#include "PdfBundle.h"

#include "PdfDocumentInfo.h"
#include "PdfOutline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <map>
#include <memory>

namespace focal::report {
namespace {

struct OpenPart
{
    QByteArray bytes; // qpdf reads page contents from here until the bundle is written
    std::unique_ptr<QPDF> pdf;
};

} // namespace

Result<void> PdfBundle::write(const QList<BundlePart> &parts, const QString &path,
                              const ReportMeta &meta)
{
    // Destroyed after the parts it copies pages from, whose stream data it reads until then.
    QPDF bundle;
    // Read and check every part first: nothing is written unless all of them are PDFs.
    std::vector<OpenPart> open;
    for (const BundlePart &part : parts) {
        const QString name = QDir::toNativeSeparators(part.path);
        OpenPart item;
        item.bytes = part.data;
        if (item.bytes.isEmpty()) {
            QFile file(part.path);
            if (!file.open(QIODevice::ReadOnly))
                return Error{Error::Code::NotFound,
                             tr("The attached file %1 cannot be read.").arg(name),
                             file.errorString()};
            item.bytes = file.readAll();
        }
        // A PDF starts with its header (within the first kilobyte, as readers allow); anything
        // else is not recovered into a PDF by qpdf's repair of damaged files.
        if (!item.bytes.left(1024).contains("%PDF-"))
            return Error{Error::Code::Invalid,
                         tr("The attached file %1 is not a PDF document.").arg(name),
                         QStringLiteral("no %PDF- header")};
        item.pdf = std::make_unique<QPDF>();
        item.pdf->setSuppressWarnings(true);
        try {
            const std::string description = QFileInfo(part.path).fileName().toStdString();
            item.pdf->processMemoryFile(description.c_str(), item.bytes.constData(),
                                        size_t(item.bytes.size()));
            if (QPDFPageDocumentHelper(*item.pdf).getAllPages().empty())
                return Error{Error::Code::Invalid,
                             tr("The attached file %1 has no pages.").arg(name), QString()};
        } catch (const QPDFExc &e) {
            if (e.getErrorCode() == qpdf_e_password)
                return Error{Error::Code::Invalid,
                             tr("The attached file %1 is protected by a password and cannot be "
                                "added.")
                                 .arg(name),
                             QString::fromStdString(e.what())};
            return Error{Error::Code::Invalid,
                         tr("The attached file %1 is not a valid PDF document.").arg(name),
                         QString::fromStdString(e.what())};
        } catch (const std::exception &e) {
            return Error{Error::Code::Invalid,
                         tr("The attached file %1 is not a valid PDF document.").arg(name),
                         QString::fromStdString(e.what())};
        }
        open.push_back(std::move(item));
    }
    if (open.empty())
        return Error{Error::Code::Invalid, tr("There are no documents to put together."),
                     QString()};

    QByteArray merged;
    try {
        bundle.emptyPDF();
        QPDFPageDocumentHelper bundlePages(bundle);
        QList<PdfOutline::Item> outline;
        std::string version = "1.4";
        for (size_t i = 0; i < open.size(); ++i) {
            QPDF &source = *open[i].pdf;
            if (source.getPDFVersion() > version) // "1.x" strings compare as versions
                version = source.getPDFVersion();
            std::map<QPDFObjGen, QPDFObjectHandle> copied;
            QPDFObjectHandle first;
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(source).getAllPages()) {
                QPDFObjectHandle copy = bundle.copyForeignObject(page.getObjectHandle());
                bundlePages.addPage(QPDFPageObjectHelper(copy), false);
                copied[page.getObjectHandle().getObjGen()] = copy;
                if (!first.isInitialized())
                    first = copy;
            }
            const QString &bookmark = parts.at(qsizetype(i)).bookmark;
            if (!bookmark.isEmpty()) {
                PdfOutline::Item item;
                item.title = bookmark;
                item.page = first;
                outline.append(item);
            }
            for (PdfOutline::Item item : PdfOutline::read(source, bookmark.isEmpty() ? 0 : 1)) {
                if (!item.page.isInitialized() || item.page.isNull())
                    continue;
                const auto found = copied.find(item.page.getObjGen());
                if (found == copied.end())
                    continue;
                item.page = found->second;
                outline.append(item);
            }
        }
        PdfOutline::write(bundle, outline);
        const QDateTime created =
            meta.created.isValid() ? meta.created : QDateTime::currentDateTimeUtc();
        PdfDocumentInfo::write(bundle, meta, created, false);

        QPDFWriter writer(bundle);
        writer.setOutputMemory();
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setMinimumPDFVersion(version);
        writer.write();
        std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        merged =
            QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return Error{Error::Code::Invalid,
                     tr("The documents could not be put together in one PDF."),
                     QString::fromStdString(e.what())};
    }

    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io,
                     tr("The PDF cannot be saved as %1: the folder does not exist or cannot be "
                        "written to.")
                         .arg(shown),
                     file.errorString()};
    if (file.write(merged) != merged.size() || !file.commit())
        return Error{Error::Code::Io, tr("The PDF could not be saved as %1.").arg(shown),
                     file.errorString()};
    return {};
}

} // namespace focal::report
