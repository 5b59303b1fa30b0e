#pragma once

#include "Deadline.h"
#include "Language.h"
#include "model/Enums.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace focal {

class Database;

// One product or activity of a plan on the timeline, with what its row and tooltip show.
struct TimelineItem
{
    QUuid id;
    QUuid planId;
    QString planTitle;
    std::optional<int> planYear;
    QUuid groupId;
    QString groupName;
    QUuid subgroupId; // null for a group-level plan
    std::optional<int> subgroupNumber;
    QString subgroupName;
    int linePosition = 0;
    int position = 0;
    QString text;
    Deadline deadline;
    QString deadlineText; // as written
    PlanItemStatus status = PlanItemStatus::Proposed;
    QList<QUuid> countries;   // responsible: the item's own, else its subgroup's
    QStringList countryNames; // the same, named in the chosen language, in name order
    bool overdue = false;     // as of the day the timeline was read for

    // One bar per period; a list ("Cuarto bimestre 2020 Primer bimestre 2021") gives several.
    QList<Deadline::Period> periods() const { return deadline.periods(); }
};

// What the timeline shows; null ids mean "all".
struct TimelineFilter
{
    QUuid groupId;
    QUuid subgroupId;
    QUuid countryId; // among the item's responsible countries
};

struct TimelineData
{
    QList<TimelineItem> scheduled;   // items with at least one period
    QList<TimelineItem> toBeDefined; // items whose deadline is still to be defined
    // The years the scheduled periods cover, first to last; both 0 when nothing is scheduled.
    int firstYear = 0;
    int lastYear = 0;
};

// The products and activities of plans (never their lines of action) laid out in time for the
// timeline view: each with its deadline periods, plan, group, subgroup, responsible countries,
// status and whether it is overdue on a given day, filtered and in reading order (group, subgroup,
// plan year, line, item).
class Timeline
{
    Q_DECLARE_TR_FUNCTIONS(focal::Timeline)

public:
    static Result<TimelineData> load(Database &db, QDate today, const TimelineFilter &filter = {},
                                     Language lang = Language::Spanish);

    // Work done, cancelled or carried over to another plan (reprogrammed) is never overdue;
    // other work is when its deadline's last day is before `today`.
    static bool isOverdue(const Deadline &deadline, PlanItemStatus status, QDate today);
};

} // namespace focal
