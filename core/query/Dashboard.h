#pragma once

#include "Deadline.h"
#include "Language.h"
#include "model/Enums.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QUuid>

namespace focal {

class Database;

// A plan product or activity with a deadline, as the home page lists it.
struct DeadlineItem
{
    QUuid id;
    QUuid planId;
    QString planTitle;
    std::optional<int> planYear;
    QString groupName;
    QUuid subgroupId;
    std::optional<int> subgroupNumber;
    QString text;
    Deadline deadline;
    QString deadlineText; // as written
    PlanItemStatus status = PlanItemStatus::Proposed;
};

// The first items of a list of deadlines, and how many the whole list holds: the home page shows
// a few and says how many more there are, without reading the others. Items come by end day,
// then text, then id (the same order in every list, so that a cut list is a prefix of the whole).
struct DeadlineList
{
    QList<DeadlineItem> items;
    int total = 0;
};

// How many deadlines or commitments fall to one country or one subgroup.
struct Tally
{
    QUuid id;     // the country or subgroup
    QString name; // its name (a country in the chosen language; "n. name" for a subgroup)
    int overdue = 0;
    int upcoming = 0;
    int open = 0; // commitments: open ones, overdue or not
};

// The pending plan deadlines of one country or one subgroup as of a day: those past with the
// work not done, and those coming within the horizon, each list by end day and cut at a limit.
struct DeadlineGroup
{
    QUuid id;      // the country or subgroup
    QString table; // its table ("country" or "subgroup"), so the page can link to it
    QString name;  // as in Tally
    DeadlineList overdue;
    DeadlineList upcoming;
};

struct MeetingRef
{
    QUuid id;
    QDate date;
    QString title;
    MeetingKind kind = MeetingKind::Videoconference;
    QString groupName;
};

// What the home page shows, as of a given day: plan deadlines that have passed with the work
// not done, those coming up, open commitments by country, and the meetings around the day.
// Work counts as pending unless it is done, cancelled or carried over (reprogrammed); only
// products and activities count (not lines of action), and a deadline "to be defined" is never
// overdue nor upcoming. Everything is counted and cut in SQL, on the stored end days
// (plan_item.deadline_end, agreement.due_end): a database with tens of thousands of pending
// items costs the page a few queries, not a read of every item.
class Dashboard
{
public:
    static constexpr int defaultHorizonDays = 60;

    // Everything overdue on `today`, or due from `today` to `days` later: the first `limit`
    // items and the total.
    static Result<DeadlineList> overdue(Database &db, QDate today, int limit);
    static Result<DeadlineList> upcoming(Database &db, QDate today, int days, int limit);

    // How many items are overdue and coming for each country (its responsible countries: the
    // item's own, else its subgroup's leader and members) or each subgroup that has any, in name
    // (country) or group and number (subgroup) order.
    static Result<QList<Tally>> deadlinesByCountry(Database &db, QDate today,
                                                   int days = defaultHorizonDays,
                                                   Language lang = Language::Spanish);
    static Result<QList<Tally>> deadlinesBySubgroup(Database &db, QDate today,
                                                    int days = defaultHorizonDays);
    // The same, item by item: one group per country or subgroup that has something overdue or
    // coming, in the tallies' order, each list cut at `limit` items with its true total.
    static Result<QList<DeadlineGroup>> deadlinesPerCountry(Database &db, QDate today, int days,
                                                            int limit,
                                                            Language lang = Language::Spanish);
    static Result<QList<DeadlineGroup>> deadlinesPerSubgroup(Database &db, QDate today, int days,
                                                             int limit);

    // Responsible countries of every plan item that has any: its own, else its subgroup's
    // leader and members; keyed by the item's id. The timeline shares this rule.
    static Result<QHash<QUuid, QList<QUuid>>> responsibleCountries(Database &db);

    // Per country with open commitments: how many are open, and how many of those are overdue
    // (their due deadline ended before `today`).
    static Result<QList<Tally>> openCommitmentsByCountry(Database &db, QDate today,
                                                         Language lang = Language::Spanish);

    static Result<QList<MeetingRef>> recentMeetings(Database &db, QDate today, int count = 5);
    static Result<QList<MeetingRef>> nextMeetings(Database &db, QDate today, int count = 5);
};

} // namespace focal
