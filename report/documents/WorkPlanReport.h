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

// One plan as a document: what it is (group, subgroup, status, its annex document), its lines
// of action with their products or activities, deadlines, responsible countries and statuses,
// the progress notes of its items, and the dated steps of its life.
class WorkPlanReport
{
    Q_DECLARE_TR_FUNCTIONS(focal::report::WorkPlanReport)

public:
    static Result<std::unique_ptr<ReportContent>> build(Database &db,
                                                        const WorkPlanReportOptions &options);
};

} // namespace focal::report
