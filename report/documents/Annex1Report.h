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

// Anexo 1 of a working group's report: the institutions that take part, by country (countries
// in the alphabetical order of their names in the report's language). Alone, or as a section
// of the annual report.
class Annex1Report
{
public:
    static Result<std::unique_ptr<ReportContent>> build(Database &db,
                                                        const AnnexReportOptions &options);
    // Writes the annex under a heading of `level` with `title` ("8. Anexo 1: ...").
    static void write(ReportContent &content, const GroupReportData &data, Language lang, int level,
                      const QString &title);
};

} // namespace focal::report
