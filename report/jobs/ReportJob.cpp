#include "ReportJob.h"

#include "AnnexBundle.h"
#include "documents/Annex1Report.h"
#include "documents/Annex2Report.h"
#include "documents/AnnualReport.h"
#include "documents/CommitmentsReport.h"
#include "documents/MinutesReport.h"
#include "documents/TimelineReport.h"
#include "documents/WorkPlanReport.h"

namespace focal::report {
namespace {

struct KindName
{
    ReportKind kind;
    const char *key;
};

// The keys are the command line's words: never translated, never changed.
constexpr KindName kindNames[] = {
    {ReportKind::Annual, "annual"},     {ReportKind::Annex1, "annex1"},
    {ReportKind::Annex2, "annex2"},     {ReportKind::Plan, "plan"},
    {ReportKind::Minutes, "minutes"},   {ReportKind::Commitments, "commitments"},
    {ReportKind::Timeline, "timeline"}, {ReportKind::Bundle, "bundle"},
};

Error missing(const QString &message)
{
    return Error{Error::Code::Invalid, message, {}};
}

} // namespace

QString ReportJob::key(ReportKind kind)
{
    for (const KindName &k : kindNames)
        if (k.kind == kind)
            return QLatin1String(k.key);
    return {};
}

std::optional<ReportKind> ReportJob::kindFromKey(const QString &key)
{
    for (const KindName &k : kindNames)
        if (key.trimmed().compare(QLatin1String(k.key), Qt::CaseInsensitive) == 0)
            return k.kind;
    return std::nullopt;
}

QStringList ReportJob::keys()
{
    QStringList out;
    for (const KindName &k : kindNames)
        out << QLatin1String(k.key);
    return out;
}

QString ReportJob::displayName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Annual:
        return tr("Annual report");
    case ReportKind::Annex1:
        return tr("Annex 1: institutions by country");
    case ReportKind::Annex2:
        return tr("Annex 2: documents");
    case ReportKind::Plan:
        return tr("Work plan");
    case ReportKind::Minutes:
        return tr("Minutes of a meeting");
    case ReportKind::Commitments:
        return tr("Commitments by country");
    case ReportKind::Timeline:
        return tr("Plan timeline");
    case ReportKind::Bundle:
        return tr("Annex bundle (annexes and attached PDFs)");
    }
    return {};
}

Result<std::unique_ptr<ReportContent>> ReportJob::build(Database &db, const ReportRequest &request)
{
    const bool needsGroup =
        request.kind == ReportKind::Annual || request.kind == ReportKind::Annex1 ||
        request.kind == ReportKind::Annex2 || request.kind == ReportKind::Bundle;
    if (needsGroup && request.groupId.isNull())
        return missing(tr("Choose the working group of the report."));
    switch (request.kind) {
    case ReportKind::Annual:
        return AnnualReport::build(db, {request.groupId, request.firstYear, request.lastYear,
                                        request.planYear, request.language});
    case ReportKind::Annex1:
        return Annex1Report::build(db, {request.groupId, request.language});
    case ReportKind::Annex2:
        return Annex2Report::build(db, {request.groupId, request.language});
    case ReportKind::Plan:
        if (request.planId.isNull())
            return missing(tr("Choose the work plan to print."));
        return WorkPlanReport::build(db, {request.planId, request.language});
    case ReportKind::Minutes:
        if (request.meetingId.isNull())
            return missing(tr("Choose the meeting whose minutes to print."));
        return MinutesReport::build(db, {request.meetingId, request.language});
    case ReportKind::Commitments:
        return CommitmentsReport::build(db, {request.groupId, request.today, request.language});
    case ReportKind::Timeline:
        return TimelineReport::build(db, {request.groupId, request.today, request.language});
    case ReportKind::Bundle:
        return AnnexBundle::build(db, request.groupId, request.language);
    }
    return missing(tr("Choose the document to make."));
}

Result<ReportWritten> ReportJob::writePdf(Database &db, const ReportRequest &request,
                                          const QString &path, const PdfOptions &options)
{
    if (request.kind == ReportKind::Bundle)
        return AnnexBundle::write(db, request.groupId, request.language, path, options);
    auto content = build(db, request);
    if (!content)
        return content.error();
    // The renderer tells the page count with every page painted.
    ReportWritten written;
    PdfOptions counted = options;
    counted.progress = [&written, &options](int page, int pageCount) {
        written.pages = pageCount;
        return options.progress ? options.progress(page, pageCount) : true;
    };
    auto status = PdfExport::writePdf(*content.value(), path, counted);
    if (!status)
        return status.error();
    written.status = *status;
    return written;
}

} // namespace focal::report
