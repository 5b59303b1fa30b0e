#include "Timeline.h"

#include "model/Record.h"
#include "query/Dashboard.h"
#include "storage/Database.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <limits>
#include <tuple>

namespace focal {
namespace {

// Missing numbers and years (a group-level plan, a sectoral plan) sort first: the group's own
// work heads its subgroups', the lasting plan heads the yearly ones.
int orderKey(const std::optional<int> &value)
{
    return value ? *value : std::numeric_limits<int>::min();
}

bool readingOrder(const TimelineItem &a, const TimelineItem &b)
{
    const auto key = [](const TimelineItem &i) {
        return std::make_tuple(i.groupName, orderKey(i.subgroupNumber), orderKey(i.planYear),
                               i.planTitle, i.linePosition, i.position);
    };
    return key(a) < key(b);
}

bool matches(const TimelineItem &item, const TimelineFilter &filter)
{
    if (!filter.groupId.isNull() && item.groupId != filter.groupId)
        return false;
    if (!filter.subgroupId.isNull() && item.subgroupId != filter.subgroupId)
        return false;
    return filter.countryId.isNull() || item.countries.contains(filter.countryId);
}

} // namespace

bool Timeline::isOverdue(const Deadline &deadline, PlanItemStatus status, QDate today)
{
    switch (status) {
    case PlanItemStatus::Done:
    case PlanItemStatus::Cancelled:
    case PlanItemStatus::Reprogrammed:
        return false;
    case PlanItemStatus::Proposed:
    case PlanItemStatus::Approved:
    case PlanItemStatus::InProgress:
        break;
    }
    return deadline.isOverdue(today);
}

Result<TimelineData> Timeline::load(Database &db, QDate today, const TimelineFilter &filter,
                                    Language lang)
{
    auto responsible = Dashboard::responsibleCountries(db);
    if (!responsible)
        return responsible.error();
    // Country names, in the alphabetical order the tooltips list them in.
    QHash<QUuid, QString> countryName;
    QHash<QUuid, int> countryRank;
    const QString nameColumn = QStringLiteral("name_") + languageCode(lang);
    auto countries =
        db.exec(QStringLiteral("SELECT id, %1 FROM country ORDER BY %1").arg(nameColumn));
    if (!countries)
        return countries.error();
    while (countries.value().next()) {
        const QUuid id = QUuid::fromString(countries.value().value(0).toString());
        countryRank.insert(id, int(countryRank.size()));
        countryName.insert(id, countries.value().value(1).toString());
    }

    // Only products and activities: they hang from a line of action, lines do not.
    auto q = db.exec(QStringLiteral(
        "SELECT i.id, i.plan_id, p.title, p.year, p.group_id, g.name, p.subgroup_id, s.number, "
        "s.name, l.position, i.position, i.text, i.deadline, i.deadline_text, i.status "
        "FROM plan_item i JOIN plan_item l ON l.id = i.parent_id "
        "JOIN plan p ON p.id = i.plan_id JOIN working_group g ON g.id = p.group_id "
        "LEFT JOIN subgroup s ON s.id = p.subgroup_id"));
    if (!q)
        return q.error();
    QList<TimelineItem> items;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        TimelineItem item;
        item.id = QUuid::fromString(r.value(0).toString());
        item.planId = QUuid::fromString(r.value(1).toString());
        item.planTitle = r.value(2).toString();
        column::fromVariant(r.value(3), item.planYear);
        item.groupId = QUuid::fromString(r.value(4).toString());
        item.groupName = r.value(5).toString();
        column::fromVariant(r.value(6), item.subgroupId);
        column::fromVariant(r.value(7), item.subgroupNumber);
        item.subgroupName = r.value(8).toString();
        item.linePosition = r.value(9).toInt();
        item.position = r.value(10).toInt();
        item.text = r.value(11).toString();
        if (!column::fromVariant(r.value(12), item.deadline) ||
            !column::fromVariant(r.value(14), item.status))
            return Error{Error::Code::Corrupt,
                         tr("A stored deadline or status cannot be read; run \"focal-cli check\"."),
                         item.id.toString(QUuid::WithoutBraces)};
        item.deadlineText = r.value(13).toString();
        item.countries = responsible->value(item.id);
        if (!matches(item, filter))
            continue;
        std::sort(item.countries.begin(), item.countries.end(),
                  [&](const QUuid &a, const QUuid &b) {
                      return countryRank.value(a, INT_MAX) < countryRank.value(b, INT_MAX);
                  });
        for (const QUuid &country : std::as_const(item.countries))
            item.countryNames << countryName.value(country);
        item.overdue = isOverdue(item.deadline, item.status, today);
        items.append(item);
    }
    std::stable_sort(items.begin(), items.end(), readingOrder);

    TimelineData data;
    for (const TimelineItem &item : std::as_const(items)) {
        if (item.deadline.isUndefined()) {
            data.toBeDefined.append(item);
            continue;
        }
        const int first = item.deadline.start().year();
        const int last = item.deadline.end().year();
        data.firstYear = data.firstYear == 0 ? first : std::min(data.firstYear, first);
        data.lastYear = std::max(data.lastYear, last);
        data.scheduled.append(item);
    }
    return data;
}

} // namespace focal
