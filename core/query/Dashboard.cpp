#include "Dashboard.h"

#include "model/Record.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>

namespace focal {
namespace {

QString nameColumn(Language lang)
{
    return QStringLiteral("name_") + languageCode(lang);
}

bool isOverdue(const DeadlineItem &item, QDate today)
{
    return item.deadline.isOverdue(today);
}

bool isUpcoming(const DeadlineItem &item, QDate today, int days)
{
    const QDate end = item.deadline.end();
    return end.isValid() && end >= today && end <= today.addDays(days);
}

Result<QList<MeetingRef>> meetings(Database &db, const QString &where, const QString &order,
                                   QDate today, int count)
{
    auto q = db.exec(QStringLiteral("SELECT m.id, m.date, m.title, m.kind, g.name FROM meeting m "
                                    "LEFT JOIN working_group g ON g.id = m.group_id "
                                    "WHERE m.date IS NOT NULL AND %1 ORDER BY %2 LIMIT ?")
                         .arg(where, order),
                     {today.toString(Qt::ISODate), count});
    if (!q)
        return q.error();
    QList<MeetingRef> out;
    while (q.value().next()) {
        MeetingRef m;
        m.id = QUuid::fromString(q.value().value(0).toString());
        m.date = QDate::fromString(q.value().value(1).toString(), Qt::ISODate);
        m.title = q.value().value(2).toString();
        column::fromVariant(q.value().value(3), m.kind);
        m.groupName = q.value().value(4).toString();
        out.append(m);
    }
    return out;
}

} // namespace

Result<QHash<QUuid, QList<QUuid>>> Dashboard::responsibleCountries(Database &db)
{
    QHash<QUuid, QList<QUuid>> own;
    auto named = db.exec(QStringLiteral("SELECT item_id, country_id FROM plan_item_country"));
    if (!named)
        return named.error();
    while (named.value().next())
        own[QUuid::fromString(named.value().value(0).toString())]
            << QUuid::fromString(named.value().value(1).toString());
    QHash<QUuid, QList<QUuid>> subgroupCountries;
    auto members = db.exec(QStringLiteral(
        "SELECT id, leader_country_id FROM subgroup WHERE leader_country_id IS NOT NULL "
        "UNION ALL SELECT subgroup_id, country_id FROM subgroup_member"));
    if (!members)
        return members.error();
    while (members.value().next())
        subgroupCountries[QUuid::fromString(members.value().value(0).toString())]
            << QUuid::fromString(members.value().value(1).toString());
    auto items = db.exec(QStringLiteral(
        "SELECT i.id, p.subgroup_id FROM plan_item i JOIN plan p ON p.id = i.plan_id"));
    if (!items)
        return items.error();
    QHash<QUuid, QList<QUuid>> out;
    while (items.value().next()) {
        const QUuid id = QUuid::fromString(items.value().value(0).toString());
        QList<QUuid> countries = own.value(id);
        if (countries.isEmpty())
            countries =
                subgroupCountries.value(QUuid::fromString(items.value().value(1).toString()));
        if (!countries.isEmpty())
            out.insert(id, countries);
    }
    return out;
}

Result<QList<DeadlineItem>> Dashboard::pendingDeadlines(Database &db)
{
    auto responsible = responsibleCountries(db);
    if (!responsible)
        return responsible.error();

    auto q = db.exec(QStringLiteral(
        "SELECT i.id, i.plan_id, p.title, p.year, g.name, p.subgroup_id, s.number, i.text, "
        "i.deadline, i.deadline_text, i.status FROM plan_item i "
        "JOIN plan p ON p.id = i.plan_id JOIN working_group g ON g.id = p.group_id "
        "LEFT JOIN subgroup s ON s.id = p.subgroup_id "
        "WHERE i.parent_id IS NOT NULL AND i.deadline <> '' "
        "AND i.status NOT IN ('done', 'cancelled', 'reprogrammed')"));
    if (!q)
        return q.error();
    QList<DeadlineItem> items;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        DeadlineItem item;
        item.id = QUuid::fromString(r.value(0).toString());
        item.planId = QUuid::fromString(r.value(1).toString());
        item.planTitle = r.value(2).toString();
        column::fromVariant(r.value(3), item.planYear);
        item.groupName = r.value(4).toString();
        item.subgroupId = QUuid::fromString(r.value(5).toString());
        column::fromVariant(r.value(6), item.subgroupNumber);
        item.text = r.value(7).toString();
        if (!column::fromVariant(r.value(8), item.deadline) ||
            !column::fromVariant(r.value(10), item.status))
            return Error{Error::Code::Corrupt,
                         QCoreApplication::translate(
                             "focal::Dashboard",
                             "A stored deadline cannot be read; run \"focal-cli check\"."),
                         item.id.toString(QUuid::WithoutBraces)};
        item.deadlineText = r.value(9).toString();
        item.countries = responsible->value(item.id);
        items.append(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const DeadlineItem &a, const DeadlineItem &b) {
        return Deadline::lessByEnd(a.deadline, b.deadline);
    });
    return items;
}

QList<DeadlineItem> Dashboard::overdue(const QList<DeadlineItem> &items, QDate today)
{
    QList<DeadlineItem> out;
    std::copy_if(items.begin(), items.end(), std::back_inserter(out),
                 [&](const DeadlineItem &i) { return isOverdue(i, today); });
    return out;
}

QList<DeadlineItem> Dashboard::upcoming(const QList<DeadlineItem> &items, QDate today, int days)
{
    QList<DeadlineItem> out;
    std::copy_if(items.begin(), items.end(), std::back_inserter(out),
                 [&](const DeadlineItem &i) { return isUpcoming(i, today, days); });
    return out;
}

namespace {

// Sorts the pending items into the countries or subgroups listed by `sql` (id, name), through
// `owners` (the ids an item counts for); keeps only those with something to show.
Result<QList<DeadlineGroup>>
groupDeadlines(Database &db, const QString &table, const QString &sql, QDate today, int days,
               const std::function<QList<QUuid>(const DeadlineItem &)> &owners)
{
    auto items = Dashboard::pendingDeadlines(db);
    if (!items)
        return items.error();
    auto q = db.exec(sql);
    if (!q)
        return q.error();
    QList<DeadlineGroup> groups;
    QHash<QUuid, int> index;
    while (q.value().next()) {
        const QUuid id = QUuid::fromString(q.value().value(0).toString());
        index.insert(id, int(groups.size()));
        groups.append({id, table, q.value().value(1).toString(), {}, {}});
    }
    // pendingDeadlines is sorted by end date, so each group's lists are too.
    for (const DeadlineItem &item : *items) {
        const bool late = isOverdue(item, today);
        const bool soon = isUpcoming(item, today, days);
        if (!late && !soon)
            continue;
        for (const QUuid &owner : owners(item)) {
            auto it = index.find(owner);
            if (it == index.end())
                continue;
            (late ? groups[*it].overdue : groups[*it].upcoming).append(item);
        }
    }
    groups.erase(std::remove_if(groups.begin(), groups.end(),
                                [](const DeadlineGroup &g) {
                                    return g.overdue.isEmpty() && g.upcoming.isEmpty();
                                }),
                 groups.end());
    return groups;
}

Result<QList<Tally>> tally(const Result<QList<DeadlineGroup>> &groups)
{
    if (!groups)
        return groups.error();
    QList<Tally> tallies;
    for (const DeadlineGroup &g : *groups)
        tallies.append({g.id, g.name, int(g.overdue.size()), int(g.upcoming.size())});
    return tallies;
}

} // namespace

Result<QList<DeadlineGroup>> Dashboard::deadlinesPerCountry(Database &db, QDate today, int days,
                                                            Language lang)
{
    return groupDeadlines(
        db, QStringLiteral("country"),
        QStringLiteral("SELECT id, %1 FROM country ORDER BY %1").arg(nameColumn(lang)), today, days,
        [](const DeadlineItem &item) { return item.countries; });
}

Result<QList<DeadlineGroup>> Dashboard::deadlinesPerSubgroup(Database &db, QDate today, int days)
{
    // The name is "n. name"; concatenation is spelled the same in SQLite and PostgreSQL.
    return groupDeadlines(db, QStringLiteral("subgroup"),
                          QStringLiteral("SELECT s.id, s.number || '. ' || s.name FROM subgroup s "
                                         "JOIN working_group g ON g.id = s.group_id "
                                         "ORDER BY g.name, s.number"),
                          today, days,
                          [](const DeadlineItem &item) { return QList<QUuid>{item.subgroupId}; });
}

Result<QList<Tally>> Dashboard::deadlinesByCountry(Database &db, QDate today, int days,
                                                   Language lang)
{
    return tally(deadlinesPerCountry(db, today, days, lang));
}

Result<QList<Tally>> Dashboard::deadlinesBySubgroup(Database &db, QDate today, int days)
{
    return tally(deadlinesPerSubgroup(db, today, days));
}

Result<QList<Tally>> Dashboard::openCommitmentsByCountry(Database &db, QDate today, Language lang)
{
    auto q = db.exec(QStringLiteral("SELECT c.id, c.%1, a.due FROM agreement a "
                                    "JOIN country c ON c.id = a.responsible_country_id "
                                    "WHERE a.is_commitment = 1 AND a.status = 'open' "
                                    "ORDER BY c.%1")
                         .arg(nameColumn(lang)));
    if (!q)
        return q.error();
    QList<Tally> tallies;
    QHash<QUuid, int> index;
    while (q.value().next()) {
        const QUuid id = QUuid::fromString(q.value().value(0).toString());
        auto it = index.find(id);
        if (it == index.end()) {
            it = index.insert(id, int(tallies.size()));
            tallies.append({id, q.value().value(1).toString()});
        }
        Tally &t = tallies[*it];
        ++t.open;
        Deadline due;
        if (column::fromVariant(q.value().value(2), due) && due.isOverdue(today))
            ++t.overdue;
    }
    return tallies;
}

Result<QList<MeetingRef>> Dashboard::recentMeetings(Database &db, QDate today, int count)
{
    return meetings(db, QStringLiteral("m.date <= ?"), QStringLiteral("m.date DESC, m.number DESC"),
                    today, count);
}

Result<QList<MeetingRef>> Dashboard::nextMeetings(Database &db, QDate today, int count)
{
    return meetings(db, QStringLiteral("m.date > ?"), QStringLiteral("m.date, m.number"), today,
                    count);
}

} // namespace focal
