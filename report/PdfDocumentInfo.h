#pragma once

#include "ReportContent.h"

#include <QByteArray>
#include <QDateTime>

class QPDF;

namespace focal::report {

// A PDF's description of itself, written with qpdf: the document information dictionary (title,
// author, subject, keywords, creator, producer, dates), the XMP metadata stream that says the
// same (PDF/A wants both, equal; without PDF/A it still helps archives and search tools) and the
// catalog's language. QPdfWriter 6.4 only knows the title and the creator.
class PdfDocumentInfo
{
public:
    // created: the date to record (UTC); pdfA: declare PDF/A-1b conformance in the XMP.
    static void write(QPDF &pdf, const ReportMeta &meta, const QDateTime &created, bool pdfA);
    // The XMP packet alone.
    static QByteArray xmp(const ReportMeta &meta, const QDateTime &created, bool pdfA);
};

} // namespace focal::report
