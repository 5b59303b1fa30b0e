#pragma once

#include "Language.h"
#include "Result.h"
#include "storage/Repository.h"

#include <QDate>

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

private:
    AnnualActivities(ReportContent &content, Database &db, const GroupReportData &data, int year,
                     Language lang);
    Result<void> run();
    bool inYear(QDate d) const { return d.isValid() && d.year() == m_year; }
    // A lettered subsection (a., b., ...) of the year.
    void subsection(const QString &title);
    QString annexRef(const QUuid &documentId) const;
    void texts();
    Result<void> series();
    Result<void> groupMeetings();
    void groupMilestones();
    void subgroups();

    ReportContent &m_content;
    Repository m_repo;
    const GroupReportData &m_data;
    int m_year;
    Language m_lang;
    int m_letter = 0;
    bool m_wrote = false;
};

} // namespace focal::report
