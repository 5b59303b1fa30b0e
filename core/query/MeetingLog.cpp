#include "MeetingLog.h"

#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace focal {
namespace {

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QUuid uuid(const QVariant &v)
{
    return v.isNull() ? QUuid() : QUuid::fromString(v.toString());
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

const QStringList &MeetingLogQuery::tables()
{
    static const QStringList names = {QStringLiteral("meeting"), QStringLiteral("meeting_country"),
                                      QStringLiteral("agreement"), QStringLiteral("working_group"),
                                      QStringLiteral("subgroup")};
    return names;
}

Result<QList<MeetingLogRow>> MeetingLogQuery::load(Database &db, const MeetingLogFilter &filter)
{
    // The counts come from correlated subqueries: one row per meeting whatever it links to.
    QString sql = QStringLiteral(
        "SELECT m.id, m.date, m.start_time, m.time_zone, m.kind, m.number, m.title, m.scope, "
        "m.group_id, g.short_name, m.subgroup_id, s.number, "
        "(SELECT COUNT(DISTINCT c.country_id) FROM meeting_country c "
        "  WHERE c.meeting_id = m.id AND c.role = ?), "
        "(SELECT COUNT(*) FROM agreement a WHERE a.meeting_id = m.id), "
        "(SELECT COUNT(*) FROM agreement a WHERE a.meeting_id = m.id AND a.is_commitment <> 0) "
        "FROM meeting m "
        "LEFT JOIN working_group g ON g.id = m.group_id "
        "LEFT JOIN subgroup s ON s.id = m.subgroup_id WHERE 1 = 1");
    QVariantList values{enumKey(MeetingRole::Attended)};
    if (filter.year) {
        // Dates are stored as ISO text: a year is a range of it, which the date index serves.
        sql += QStringLiteral(" AND m.date >= ? AND m.date < ?");
        values << QDate(*filter.year, 1, 1).toString(Qt::ISODate)
               << QDate(*filter.year + 1, 1, 1).toString(Qt::ISODate);
    }
    if (!filter.groupId.isNull()) {
        sql += QStringLiteral(" AND m.group_id = ?");
        values << uuidText(filter.groupId);
    }
    if (!filter.subgroupId.isNull()) {
        sql += QStringLiteral(" AND m.subgroup_id = ?");
        values << uuidText(filter.subgroupId);
    }
    if (filter.kind) {
        sql += QStringLiteral(" AND m.kind = ?");
        values << enumKey(*filter.kind);
    }
    sql += QStringLiteral(" ORDER BY m.date DESC, m.start_time DESC, m.number DESC, m.title");
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    QList<MeetingLogRow> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        MeetingLogRow row;
        row.id = uuid(r.value(0));
        row.date = QDate::fromString(r.value(1).toString(), Qt::ISODate);
        row.startTime = r.value(2).isNull()
                            ? QTime()
                            : QTime::fromString(r.value(2).toString(), QStringLiteral("HH:mm"));
        row.timeZone = r.value(3).toString();
        row.kind = enumFromKey<MeetingKind>(r.value(4).toString()).value_or(row.kind);
        row.number = optionalInt(r.value(5));
        row.title = r.value(6).toString();
        row.scope = enumFromKey<MeetingScope>(r.value(7).toString()).value_or(row.scope);
        row.groupId = uuid(r.value(8));
        row.groupShortName = r.value(9).toString();
        row.subgroupId = uuid(r.value(10));
        row.subgroupNumber = optionalInt(r.value(11));
        row.attendingCountries = r.value(12).toInt();
        row.agreements = r.value(13).toInt();
        row.commitments = r.value(14).toInt();
        rows.append(row);
    }
    return rows;
}

Result<QList<int>> MeetingLogQuery::years(Database &db)
{
    // The year is read in C++ rather than with a string function, which engines spell apart.
    auto q = db.exec(QStringLiteral("SELECT DISTINCT date FROM meeting WHERE date IS NOT NULL"));
    if (!q)
        return q.error();
    QList<int> out;
    while (q.value().next()) {
        const QDate date = QDate::fromString(q.value().value(0).toString(), Qt::ISODate);
        if (date.isValid() && !out.contains(date.year()))
            out << date.year();
    }
    std::sort(out.begin(), out.end(), std::greater<int>());
    return out;
}

Result<QList<MeetingLinkChoice>> MeetingLogQuery::documents(Database &db, const QUuid &groupId)
{
    QString sql = QStringLiteral("SELECT id, annex_code, title FROM document");
    QVariantList values;
    if (!groupId.isNull()) {
        sql += QStringLiteral(" WHERE group_id = ?");
        values << uuidText(groupId);
    }
    sql += QStringLiteral(" ORDER BY annex_code, title");
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    QList<MeetingLinkChoice> out;
    while (q.value().next()) {
        const QString annex = q.value().value(1).toString();
        const QString title = q.value().value(2).toString();
        out.append({uuid(q.value().value(0)),
                    annex.isEmpty() ? title : annex + QStringLiteral(" – ") + title});
    }
    return out;
}

Result<QList<MeetingLinkChoice>> MeetingLogQuery::planItems(Database &db, const QUuid &groupId)
{
    if (groupId.isNull())
        return QList<MeetingLinkChoice>();
    // Products and activities only: they hang from a line of action.
    auto q = db.exec(QStringLiteral("SELECT i.id, i.text FROM plan_item i "
                                    "JOIN plan p ON p.id = i.plan_id "
                                    "WHERE p.group_id = ? AND i.parent_id IS NOT NULL "
                                    "ORDER BY p.year, p.rowid, i.position"),
                     {uuidText(groupId)});
    if (!q)
        return q.error();
    QList<MeetingLinkChoice> out;
    while (q.value().next())
        out.append({uuid(q.value().value(0)), q.value().value(1).toString()});
    return out;
}

} // namespace focal
