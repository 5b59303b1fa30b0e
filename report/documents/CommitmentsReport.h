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

// The commitments of one working group (or of every group) by responsible country: a summary
// of open (and of those overdue), done and dropped per country, then each country's
// commitments, open ones first, each with its meeting, deadline and status, an overdue one
// marked in words.
class CommitmentsReport
{
    Q_DECLARE_TR_FUNCTIONS(focal::report::CommitmentsReport)

public:
    static Result<std::unique_ptr<ReportContent>> build(Database &db,
                                                        const CommitmentsReportOptions &options);
};

} // namespace focal::report
