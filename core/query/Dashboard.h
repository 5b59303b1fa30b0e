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
    QList<QUuid> countries; // responsible countries: the item's own, else its subgroup's
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
// work not done, and those coming within the horizon, each list by end date.
struct DeadlineGroup
{
    QUuid id;      // the country or subgroup
    QString table; // its table ("country" or "subgroup"), so the page can link to it
    QString name;  // as in Tally
    QList<DeadlineItem> overdue;
    QList<DeadlineItem> upcoming;
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
// Work counts as pending unless it is done, cancelled or carried over (reprogrammed); a
// deadline "to be defined" is never overdue nor upcoming.
class Dashboard
{
public:
    static constexpr int defaultHorizonDays = 60;

    static Result<QList<DeadlineItem>> pendingDeadlines(Database &db);
    static QList<DeadlineItem> overdue(const QList<DeadlineItem> &items, QDate today);
    static QList<DeadlineItem> upcoming(const QList<DeadlineItem> &items, QDate today,
                                        int days = defaultHorizonDays);

    static Result<QList<Tally>> deadlinesByCountry(Database &db, QDate today,
                                                   int days = defaultHorizonDays,
                                                   Language lang = Language::Spanish);
    static Result<QList<Tally>> deadlinesBySubgroup(Database &db, QDate today,
                                                    int days = defaultHorizonDays);
    // The same deadlines as the tallies, item by item: one group per country (its responsible
    // countries) or per subgroup that has something overdue or upcoming, in name (country) or
    // group and number (subgroup) order.
    static Result<QList<DeadlineGroup>> deadlinesPerCountry(Database &db, QDate today,
                                                            int days = defaultHorizonDays,
                                                            Language lang = Language::Spanish);
    static Result<QList<DeadlineGroup>> deadlinesPerSubgroup(Database &db, QDate today,
                                                             int days = defaultHorizonDays);

    // Responsible countries of every plan item that has any: its own, else its subgroup's
    // leader and members; keyed by the item's id. The timeline shares this rule.
    static Result<QHash<QUuid, QList<QUuid>>> responsibleCountries(Database &db);

    static Result<QList<Tally>> openCommitmentsByCountry(Database &db, QDate today,
                                                         Language lang = Language::Spanish);

    static Result<QList<MeetingRef>> recentMeetings(Database &db, QDate today, int count = 5);
    static Result<QList<MeetingRef>> nextMeetings(Database &db, QDate today, int count = 5);
};

} // namespace focal
