#pragma once

#include "Language.h"
#include "PdfExport.h"
#include "ReportContent.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>

namespace focal {
class Database;
}

namespace focal::report {

// The documents Focal prints, by the key the command line and the settings use.
enum class ReportKind { Annual, Annex1, Annex2, Plan, Minutes, Commitments, Timeline, Bundle };

// Which document to make and from what: the choices of `focal-cli report` and of the Export PDF
// dialog, already resolved to records. A field a kind does not use is ignored.
struct ReportRequest
{
    ReportKind kind = ReportKind::Annual;
    QUuid groupId; // annual, annexes, bundle; commitments and timeline (null: every group)
    int firstYear = 0;
    int lastYear = 0;
    int planYear = 0; // annual: the plans' year (0: the year after lastYear)
    QUuid planId;
    QUuid meetingId;
    Language language = Language::Spanish;
    QDate today; // commitments and timeline judge "overdue" on it (invalid: today)
};

// What was written: the file's pages, and the attached files a bundle left out (not PDFs), as
// sentences to show.
struct ReportWritten
{
    PdfExport::Status status = PdfExport::Status::Written;
    int pages = 0;
    QStringList notes;
};

// The one way from a ReportRequest to a document and to a PDF file, shared by focal-cli and the
// desktop program so that both make exactly the same pages. The documents themselves are
// report/documents' builders; the annex bundle is AnnexBundle.
class ReportJob
{
    Q_DECLARE_TR_FUNCTIONS(focal::report::ReportJob)

public:
    static QString key(ReportKind kind);
    static std::optional<ReportKind> kindFromKey(const QString &key);
    static QStringList keys();
    // The kind's name for people ("Annual report", "Annex 1"...), translated.
    static QString displayName(ReportKind kind);

    // The document of any kind but the bundle (which is several PDFs merged, not one document).
    static Result<std::unique_ptr<ReportContent>> build(Database &db, const ReportRequest &request);

    // Writes the request's PDF to `path` atomically; options.progress may cancel it (no file is
    // written then, and one already at `path` stays as it was).
    static Result<ReportWritten> writePdf(Database &db, const ReportRequest &request,
                                          const QString &path, const PdfOptions &options);
};

} // namespace focal::report
