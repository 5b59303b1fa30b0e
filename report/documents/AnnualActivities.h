#pragma once

#include "Language.h"
#include "Result.h"

namespace focal {
class Database;
}

namespace focal::report {

class GroupReportData;
class ReportContent;

// One "Actividades <year>" section of the annual report, in the seed report's order: the
// year's narrative texts (untitled ones first, titled ones as subsections, such as the impact
// of the pandemic), the series of workshops and trainings with their dates and participants,
// the videoconferences of the group with their summaries and agreements, the group's dated
// milestones (the delivery of the sectoral plan) and plan steps, and each subgroup's
// activities (its plan's steps, meetings and milestones, by date).
class AnnualActivities
{
public:
    static Result<void> write(ReportContent &content, Database &db, const GroupReportData &data,
                              int year, int sectionNumber, Language lang);
};

} // namespace focal::report
