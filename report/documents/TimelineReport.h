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

// The plans' timeline as a document: every product and activity of the plans (of one group or
// of all) in the order of its deadline's end, with its plan, deadline, status (overdue marked
// in words, as of the day asked for) and responsible countries; then those whose deadline is
// still to be defined.
class TimelineReport
{
    Q_DECLARE_TR_FUNCTIONS(focal::report::TimelineReport)

public:
    static Result<std::unique_ptr<ReportContent>> build(Database &db,
                                                        const TimelineReportOptions &options);
};

} // namespace focal::report
