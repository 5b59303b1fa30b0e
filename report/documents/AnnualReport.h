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

class GroupReportData;

// A working group's annual activity report for chosen years with the next year's work plan,
// in the structure of the seed report (informe-grupo-seguridad-2019-2020): cover, table of
// contents, 1 Introducción (the stored, editable text, or one written from the data),
// 2 Objetivo general, 3 Países participantes, 4 Subgrupos de Trabajo, one "Actividades <year>"
// section per chosen year, "Plan de Trabajo <year>" with one table per subgroup, Anexo 1 and
// Anexo 2. Section numbers follow the number of years.
class AnnualReport
{
    Q_DECLARE_TR_FUNCTIONS(focal::report::AnnualReport)

public:
    static Result<std::unique_ptr<ReportContent>> build(Database &db,
                                                        const AnnualReportOptions &options);
    // The introduction written from the data when the group has none stored: what the report
    // covers, the countries that take part and the number of subgroups; nothing it cannot know.
    static QString generatedIntroduction(const GroupReportData &data,
                                         const AnnualReportOptions &options);

    static constexpr int maxYears = 20;
};

} // namespace focal::report
