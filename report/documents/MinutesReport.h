#pragma once

#include "ReportContent.h"
#include "ReportOptions.h"
#include "Result.h"

#include <QCoreApplication>

#include <memory>

namespace focal {
class Database;
}

namespace focal::report {

// One meeting's minutes as a document: date and time with its zone, kind, scope, group or
// subgroup, organiser and place; the attendance (countries, institutions and organisations,
// people, their number); the agenda; the summary; the minutes text; the agreements; and the
// commitments with the responsible country, the deadline and where each stands.
class MinutesReport
{
    Q_DECLARE_TR_FUNCTIONS(focal::report::MinutesReport)

public:
    static Result<std::unique_ptr<ReportContent>> build(Database &db,
                                                        const MinutesReportOptions &options);
    // The minutes (sanitised Markdown, see core/meetings/Minutes.h) as plain paragraphs and
    // lists for the report: the report's blocks take plain text only, so formatting goes and
    // the words stay; images leave nothing.
    static void writeMinutes(ReportContent &content, const QString &markdown);
};

} // namespace focal::report
