#pragma once

#include "ReportContent.h"
#include "ReportOptions.h"
#include "Result.h"

#include <memory>

namespace focal {
class Database;
}

namespace focal::report {

class GroupReportData;

// Anexo 2 of a working group's report: its documents by annex code (2.a, 2.b, ...), each with
// title, date, sender and status; documents without a code follow. Alone, or as a section of
// the annual report.
class Annex2Report
{
public:
    static Result<std::unique_ptr<ReportContent>> build(Database &db,
                                                        const AnnexReportOptions &options);
    static void write(ReportContent &content, const GroupReportData &data, Language lang, int level,
                      const QString &title);
};

} // namespace focal::report
