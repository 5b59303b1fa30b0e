#include "Dashboard.h"

#include "model/Record.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace focal {
namespace {

QString nameColumn(Language lang)
{
    return QStringLiteral("name_") + languageCode(lang);
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

namespace {

// Pending products and activities with a defined deadline: the items the page is about.
const QLatin1String pending("i.parent_id IS NOT NULL AND i.deadline_end IS NOT NULL "
                            "AND i.status NOT IN ('done', 'cancelled', 'reprogrammed')");

// What a listed item shows, read after `first` leading columns of a row.
const QLatin1String itemColumns(
    "i.id, i.plan_id, p.title, p.year, g.name, p.subgroup_id, s.number, i.text, i.deadline, "
    "i.deadline_text, i.status");
const QLatin1String itemJoins("JOIN plan p ON p.id = i.plan_id "
                              "JOIN working_group g ON g.id = p.group_id "
                              "LEFT JOIN subgroup s ON s.id = p.subgroup_id");
// Every list's order; the same in SQL's windows and lists, so that a cut list is the start of
// the whole. (Deadline::lessByEnd also compares start days, which SQL does not store.)
const QLatin1String itemOrder("i.deadline_end, i.text, i.id");

Result<DeadlineItem> readItem(const QSqlQuery &r, int first)
{
    DeadlineItem item;
    item.id = QUuid::fromString(r.value(first).toString());
    item.planId = QUuid::fromString(r.value(first + 1).toString());
    item.planTitle = r.value(first + 2).toString();
    column::fromVariant(r.value(first + 3), item.planYear);
    item.groupName = r.value(first + 4).toString();
    item.subgroupId = QUuid::fromString(r.value(first + 5).toString());
    column::fromVariant(r.value(first + 6), item.subgroupNumber);
    item.text = r.value(first + 7).toString();
    if (!column::fromVariant(r.value(first + 8), item.deadline) ||
        !column::fromVariant(r.value(first + 10), item.status))
        return Error{
            Error::Code::Corrupt,
            QCoreApplication::translate(
                "focal::Dashboard", "A stored deadline cannot be read; run \"focal-cli check\"."),
            item.id.toString(QUuid::WithoutBraces)};
    item.deadlineText = r.value(first + 9).toString();
    return item;
}

QVariantMap days(QDate today, int horizon)
{
    return {{QStringLiteral("today"), today.toString(Qt::ISODate)},
            {QStringLiteral("horizon"), today.addDays(horizon).toString(Qt::ISODate)}};
}

// The items whose end day meets `range` (on :today and :horizon): the first `limit` of them,
// and how many there are.
Result<DeadlineList> deadlineList(Database &db, const QString &range, QDate today, int horizon,
                                  int limit)
{
    QVariantMap values = days(today, horizon);
    auto count = db.exec(
        QStringLiteral("SELECT COUNT(*) FROM plan_item i WHERE %1 AND %2").arg(pending, range),
        values);
    if (!count)
        return count.error();
    DeadlineList list;
    list.total = count.value().next() ? count.value().value(0).toInt() : 0;
    if (list.total == 0 || limit <= 0)
        return list;
    values.insert(QStringLiteral("limit"), limit);
    auto q = db.exec(QStringLiteral("SELECT %1 FROM plan_item i %2 WHERE %3 AND %4 "
                                    "ORDER BY %5 LIMIT :limit")
                         .arg(itemColumns, itemJoins, pending, range, itemOrder),
                     values);
    if (!q)
        return q.error();
    while (q.value().next()) {
        auto item = readItem(q.value(), 0);
        if (!item)
            return item.error();
        list.items.append(*item);
    }
    return list;
}

// The pending items overdue or coming as of :today (late = 1 when overdue), then who they fall
// to: the CTEs `due` and `owner` (item id, end day, text, late, owner_id) that the tallies and the
// grouped lists read.
QString dueSql()
{
    return QStringLiteral("WITH due AS (SELECT i.id, i.deadline_end, i.text, p.subgroup_id, "
                          "CASE WHEN i.deadline_end < :today THEN 1 ELSE 0 END AS late "
                          "FROM plan_item i JOIN plan p ON p.id = i.plan_id "
                          "WHERE %1 AND i.deadline_end <= :horizon), ")
        .arg(pending);
}

// Responsible countries: the item's own; else (NOT EXISTS) its subgroup's leader and members.
const QLatin1String countryOwners(
    "owner AS ("
    "SELECT d.id, d.deadline_end, d.text, d.late, c.country_id AS owner_id FROM due d "
    "JOIN plan_item_country c ON c.item_id = d.id "
    "UNION ALL "
    "SELECT d.id, d.deadline_end, d.text, d.late, s.leader_country_id FROM due d "
    "JOIN subgroup s ON s.id = d.subgroup_id WHERE s.leader_country_id IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM plan_item_country c WHERE c.item_id = d.id) "
    "UNION ALL "
    "SELECT d.id, d.deadline_end, d.text, d.late, m.country_id FROM due d "
    "JOIN subgroup_member m ON m.subgroup_id = d.subgroup_id "
    "WHERE NOT EXISTS (SELECT 1 FROM plan_item_country c WHERE c.item_id = d.id)) ");

const QLatin1String subgroupOwners("owner AS (SELECT d.id, d.deadline_end, d.text, d.late, "
                                   "d.subgroup_id AS owner_id FROM due d "
                                   "WHERE d.subgroup_id IS NOT NULL) ");

// The countries or subgroups (id, name) in the order the page shows them.
QString countriesSql(Language lang)
{
    return QStringLiteral("SELECT id, %1 FROM country ORDER BY %1").arg(nameColumn(lang));
}

QString subgroupsSql()
{
    // The name is "n. name"; concatenation is spelled the same in SQLite and PostgreSQL.
    return QStringLiteral("SELECT s.id, s.number || '. ' || s.name FROM subgroup s "
                          "JOIN working_group g ON g.id = s.group_id ORDER BY g.name, s.number");
}

// Every row of `sql` (id, name) as an empty group, in its order, with an index by id.
Result<QList<DeadlineGroup>> emptyGroups(Database &db, const QString &sql, const QString &table,
                                         QHash<QUuid, int> &index)
{
    auto q = db.exec(sql);
    if (!q)
        return q.error();
    QList<DeadlineGroup> groups;
    while (q.value().next()) {
        const QUuid id = QUuid::fromString(q.value().value(0).toString());
        index.insert(id, int(groups.size()));
        groups.append({id, table, q.value().value(1).toString(), {}, {}});
    }
    return groups;
}

Result<QList<DeadlineGroup>> withoutEmpty(QList<DeadlineGroup> groups)
{
    groups.erase(std::remove_if(groups.begin(), groups.end(),
                                [](const DeadlineGroup &g) {
                                    return g.overdue.total == 0 && g.upcoming.total == 0;
                                }),
                 groups.end());
    return groups;
}

// Counts per owner (GROUP BY), as groups without items.
Result<QList<DeadlineGroup>> countGroups(Database &db, const QString &owners,
                                         const QString &groupsSql, const QString &table,
                                         QDate today, int horizon)
{
    QHash<QUuid, int> index;
    auto groups = emptyGroups(db, groupsSql, table, index);
    if (!groups)
        return groups.error();
    auto q = db.exec(dueSql() + owners +
                         QStringLiteral("SELECT owner_id, SUM(late), COUNT(*) - SUM(late) "
                                        "FROM owner GROUP BY owner_id"),
                     days(today, horizon));
    if (!q)
        return q.error();
    while (q.value().next()) {
        auto it = index.find(QUuid::fromString(q.value().value(0).toString()));
        if (it == index.end())
            continue;
        groups.value()[*it].overdue.total = q.value().value(1).toInt();
        groups.value()[*it].upcoming.total = q.value().value(2).toInt();
    }
    return withoutEmpty(std::move(groups.value()));
}

// The first `limit` items of each owner's two lists, ranked in SQL, with each list's total.
Result<QList<DeadlineGroup>> listGroups(Database &db, const QString &owners,
                                        const QString &groupsSql, const QString &table, QDate today,
                                        int horizon, int limit)
{
    QHash<QUuid, int> index;
    auto groups = emptyGroups(db, groupsSql, table, index);
    if (!groups)
        return groups.error();
    QVariantMap values = days(today, horizon);
    values.insert(QStringLiteral("limit"), limit);
    auto q = db.exec(
        dueSql() + owners +
            QStringLiteral(", ranked AS (SELECT o.owner_id, o.late, o.id, "
                           "ROW_NUMBER() OVER (PARTITION BY o.owner_id, o.late "
                           "ORDER BY o.deadline_end, o.text, o.id) AS n, "
                           "COUNT(*) OVER (PARTITION BY o.owner_id, o.late) AS total FROM owner o) "
                           "SELECT r.owner_id, r.late, r.total, %1 FROM ranked r "
                           "JOIN plan_item i ON i.id = r.id %2 "
                           "WHERE r.n <= :limit OR r.n = 1 ORDER BY r.owner_id, r.late, r.n")
                .arg(itemColumns, itemJoins),
        values);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        auto it = index.find(QUuid::fromString(r.value(0).toString()));
        if (it == index.end())
            continue;
        DeadlineList &list =
            r.value(1).toInt() ? groups.value()[*it].overdue : groups.value()[*it].upcoming;
        list.total = r.value(2).toInt();
        if (list.items.size() >= limit)
            continue; // the first row of a list read only for its total (limit 0)
        auto item = readItem(r, 3);
        if (!item)
            return item.error();
        list.items.append(*item);
    }
    return withoutEmpty(std::move(groups.value()));
}

QList<Tally> tallies(const QList<DeadlineGroup> &groups)
{
    QList<Tally> out;
    for (const DeadlineGroup &g : groups)
        out.append({g.id, g.name, g.overdue.total, g.upcoming.total});
    return out;
}

} // namespace

Result<DeadlineList> Dashboard::overdue(Database &db, QDate today, int limit)
{
    return deadlineList(db, QStringLiteral("i.deadline_end < :today"), today, 0, limit);
}

Result<DeadlineList> Dashboard::upcoming(Database &db, QDate today, int days, int limit)
{
    return deadlineList(db,
                        QStringLiteral("i.deadline_end >= :today AND i.deadline_end <= :horizon"),
                        today, days, limit);
}

Result<QList<Tally>> Dashboard::deadlinesByCountry(Database &db, QDate today, int days,
                                                   Language lang)
{
    auto groups =
        countGroups(db, countryOwners, countriesSql(lang), QStringLiteral("country"), today, days);
    if (!groups)
        return groups.error();
    return tallies(*groups);
}

Result<QList<Tally>> Dashboard::deadlinesBySubgroup(Database &db, QDate today, int days)
{
    auto groups =
        countGroups(db, subgroupOwners, subgroupsSql(), QStringLiteral("subgroup"), today, days);
    if (!groups)
        return groups.error();
    return tallies(*groups);
}

Result<QList<DeadlineGroup>> Dashboard::deadlinesPerCountry(Database &db, QDate today, int days,
                                                            int limit, Language lang)
{
    return listGroups(db, countryOwners, countriesSql(lang), QStringLiteral("country"), today, days,
                      limit);
}

Result<QList<DeadlineGroup>> Dashboard::deadlinesPerSubgroup(Database &db, QDate today, int days,
                                                             int limit)
{
    return listGroups(db, subgroupOwners, subgroupsSql(), QStringLiteral("subgroup"), today, days,
                      limit);
}

Result<QList<Tally>> Dashboard::openCommitmentsByCountry(Database &db, QDate today, Language lang)
{
    auto q = db.exec(QStringLiteral("SELECT c.id, c.%1, COUNT(*), "
                                    "SUM(CASE WHEN a.due_end < ? THEN 1 ELSE 0 END) "
                                    "FROM agreement a "
                                    "JOIN country c ON c.id = a.responsible_country_id "
                                    "WHERE a.is_commitment = 1 AND a.status = 'open' "
                                    "GROUP BY c.id, c.%1 ORDER BY c.%1")
                         .arg(nameColumn(lang)),
                     {today.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<Tally> out;
    while (q.value().next()) {
        Tally t{QUuid::fromString(q.value().value(0).toString()), q.value().value(1).toString()};
        t.open = q.value().value(2).toInt();
        t.overdue = q.value().value(3).toInt();
        out.append(t);
    }
    return out;
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
