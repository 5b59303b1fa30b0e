#pragma once

#include "Language.h"
#include "model/Country.h"
#include "model/Plan.h"
#include "ReportContent.h"
#include "Result.h"

#include <QHash>

namespace focal {
class Database;
}

namespace focal::report {

// A plan's lines of action, their products or activities and responsible countries, read for
// a report.
struct PlanRows
{
    QList<PlanItem> lines;                 // by position
    QHash<QUuid, QList<PlanItem>> itemsOf; // by line, by position
    QHash<QUuid, QList<QUuid>> countries;  // responsible countries by item, in their order
    bool anyCountries() const { return !countries.isEmpty(); }
};

// A plan as the report's table: the line of action merged beside its products, the deadline
// as written (see ReportWords::deadline), the responsible countries when any item has some,
// and, for the work plan document, each item's status.
class PlanTables
{
public:
    static Result<PlanRows> load(Database &db, const QUuid &planId);
    static ReportTable table(const Plan &plan, const PlanRows &rows,
                             const QHash<QUuid, Country> &countries, Language lang,
                             bool withStatus);
};

} // namespace focal::report
