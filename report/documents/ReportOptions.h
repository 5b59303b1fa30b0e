#pragma once

#include "Language.h"

#include <QDate>
#include <QUuid>

#include <optional>

namespace focal::report {

// What each document is made for. The language is that of Focal's own words in the report
// (headings, labels, statuses, dates); what people wrote stays as written.

// A working group's annual report: activities of firstYear..lastYear, then the plans of
// planYear (0: the year after lastYear).
struct AnnualReportOptions
{
    QUuid groupId;
    int firstYear = 0;
    int lastYear = 0;
    int planYear = 0;
    Language language = Language::Spanish;
};

// One annex of a working group alone (Anexo 1 or Anexo 2).
struct AnnexReportOptions
{
    QUuid groupId;
    Language language = Language::Spanish;
};

// One plan: its lines, products, deadlines, statuses, responsible countries and steps.
struct WorkPlanReportOptions
{
    QUuid planId;
    Language language = Language::Spanish;
};

// One meeting's minutes.
struct MinutesReportOptions
{
    QUuid meetingId;
    Language language = Language::Spanish;
};

// Commitments by country, of one group (null: every group), as of a day (overdue is judged
// on it; invalid: today).
struct CommitmentsReportOptions
{
    QUuid groupId;
    QDate today;
    Language language = Language::Spanish;
};

// The timeline of the plans' products and activities by end date, of one group (null: all),
// as of a day (invalid: today).
struct TimelineReportOptions
{
    QUuid groupId;
    QDate today;
    Language language = Language::Spanish;
};

} // namespace focal::report
