#pragma once

#include "Language.h"
#include "ReportContent.h"
#include "ReportJob.h"
#include "Result.h"

#include <QCoreApplication>
#include <QUuid>

#include <memory>

namespace focal {
class Database;
struct Document;
} // namespace focal

namespace focal::report {

// A working group's annexes as one PDF to send: a cover and a table of contents, Anexo 1
// (institutions by country) and Anexo 2 (documents), a list of the attached documents, then
// the files attached to the Anexo 2 documents that are PDFs, in annex-code order, each under a
// bookmark of its own. The attachments are merged by qpdf (PdfBundle), page for page; a
// document whose attached file is not a PDF is listed as left out, not refused.
class AnnexBundle
{
    Q_DECLARE_TR_FUNCTIONS(focal::report::AnnexBundle)

public:
    // The generated part: cover, contents, annexes and the list of attachments (what a print
    // preview shows; the attached PDFs themselves are only merged into the file).
    static Result<std::unique_ptr<ReportContent>> build(Database &db, const QUuid &groupId,
                                                        Language lang);
    // Writes the whole bundle to `path` atomically; options.progress is told of the generated
    // part's pages and may cancel (no file is written then).
    static Result<ReportWritten> write(Database &db, const QUuid &groupId, Language lang,
                                       const QString &path, const PdfOptions &options);

    // Whether a document's attached file is a PDF (by its content: "%PDF-" in its first KiB, as
    // readers accept it), whatever its name or declared type say.
    static bool isPdf(const Document &document);
};

} // namespace focal::report
