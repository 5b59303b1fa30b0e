#include "Listings.h"

#include "storage/Database.h"

#include <QHash>
#include <QUuid>

namespace focal {
namespace {

// The country-name column for a language (a fixed identifier, never user input).
QString nameColumn(Language lang)
{
    return QStringLiteral("name_") + languageCode(lang);
}

Result<Table> fill(Database &db, Table table, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    const int columns = table.keys.size();
    while (q.value().next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << q.value().value(i);
        table.rows << row;
    }
    return table;
}

} // namespace

QStringList Listings::kinds()
{
    return {QStringLiteral("countries"), QStringLiteral("areas"),      QStringLiteral("groups"),
            QStringLiteral("subgroups"), QStringLiteral("meetings"),   QStringLiteral("plans"),
            QStringLiteral("documents"), QStringLiteral("commitments")};
}

Result<Table> Listings::byKind(Database &db, const QString &kind, Language lang)
{
    if (kind == QLatin1String("countries"))
        return countries(db, lang);
    if (kind == QLatin1String("areas"))
        return areas(db, lang);
    if (kind == QLatin1String("groups"))
        return groups(db, lang);
    if (kind == QLatin1String("subgroups"))
        return subgroups(db, lang);
    if (kind == QLatin1String("meetings"))
        return meetings(db);
    if (kind == QLatin1String("plans"))
        return plans(db);
    if (kind == QLatin1String("documents"))
        return documents(db);
    if (kind == QLatin1String("commitments"))
        return commitments(db, lang);
    return Error{Error::Code::Invalid,
                 tr("There is no list of \"%1\"; choose one of: %2.")
                     .arg(kind, kinds().join(QStringLiteral(", "))),
                 {}};
}

Result<Table> Listings::countries(Database &db, Language lang)
{
    Table t;
    t.keys = {QStringLiteral("iso2"),   QStringLiteral("iso3"),         QStringLiteral("name"),
              QStringLiteral("member"), QStringLiteral("institutions"), QStringLiteral("id")};
    t.headers = {tr("Code"), tr("ISO3"), tr("Name"), tr("Member"), tr("Institutions"), tr("UUID")};
    const QString name = nameColumn(lang);
    auto result =
        fill(db, t,
             QStringLiteral("SELECT c.iso2, c.iso3, c.%1, "
                            "(SELECT count(*) FROM forum_member m WHERE m.country_id = c.id) > 0, "
                            "(SELECT count(*) FROM institution i WHERE i.country_id = c.id), c.id "
                            "FROM country c ORDER BY c.%1")
                 .arg(name));
    if (result)
        for (QVariantList &row : result.value().rows)
            row[3] = row[3].toBool();
    return result;
}

Result<Table> Listings::areas(Database &db, Language lang)
{
    Table t;
    t.keys = {QStringLiteral("position"), QStringLiteral("code"),       QStringLiteral("name"),
              QStringLiteral("group"),    QStringLiteral("group_name"), QStringLiteral("id")};
    t.headers = {tr("No."),   tr("Code"),          tr("Thematic area"),
                 tr("Group"), tr("Working group"), tr("UUID")};
    return fill(db, t,
                QStringLiteral("SELECT a.position, a.code, a.%1, g.short_name, g.name, a.id "
                               "FROM thematic_area a LEFT JOIN working_group g ON g.area_id = a.id "
                               "ORDER BY a.position, a.code")
                    .arg(nameColumn(lang)));
}

Result<Table> Listings::groups(Database &db, Language lang)
{
    Table t;
    t.keys = {QStringLiteral("short_name"), QStringLiteral("name"),
              QStringLiteral("area"),       QStringLiteral("active_countries"),
              QStringLiteral("subgroups"),  QStringLiteral("id")};
    t.headers = {tr("Short name"),       tr("Working group"), tr("Thematic area"),
                 tr("Active countries"), tr("Subgroups"),     tr("UUID")};
    return fill(db, t,
                QStringLiteral("SELECT g.short_name, g.name, a.%1, "
                               "(SELECT count(*) FROM group_country gc WHERE gc.group_id = g.id "
                               "AND gc.status = 'active'), "
                               "(SELECT count(*) FROM subgroup s WHERE s.group_id = g.id), g.id "
                               "FROM working_group g JOIN thematic_area a ON a.id = g.area_id "
                               "ORDER BY a.position, g.short_name")
                    .arg(nameColumn(lang)));
}

Result<Table> Listings::subgroups(Database &db, Language lang)
{
    const QString name = nameColumn(lang);
    // Member names are joined here rather than in SQL: aggregation syntax differs by dialect.
    auto members = db.exec(QStringLiteral("SELECT m.subgroup_id, c.%1 FROM subgroup_member m "
                                          "JOIN country c ON c.id = m.country_id "
                                          "ORDER BY m.subgroup_id, m.position, c.%1")
                               .arg(name));
    if (!members)
        return members.error();
    QHash<QString, QStringList> names;
    while (members.value().next())
        names[members.value().value(0).toString()] << members.value().value(1).toString();

    Table t;
    t.keys = {QStringLiteral("group"),   QStringLiteral("number"),  QStringLiteral("name"),
              QStringLiteral("leader"),  QStringLiteral("members"), QStringLiteral("countries"),
              QStringLiteral("too_few"), QStringLiteral("id")};
    t.headers = {tr("Group"),   tr("No."),       tr("Subgroup"),         tr("Leader"),
                 tr("Members"), tr("Countries"), tr("Fewer than three"), tr("UUID")};
    auto q = db.exec(QStringLiteral("SELECT g.short_name, s.number, s.name, c.%1, s.id, "
                                    "s.leader_country_id IS NOT NULL FROM subgroup s "
                                    "JOIN working_group g ON g.id = s.group_id "
                                    "LEFT JOIN country c ON c.id = s.leader_country_id "
                                    "ORDER BY g.short_name, s.number")
                         .arg(name));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString id = q.value().value(4).toString();
        const QStringList m = names.value(id);
        const int countries = int(m.size()) + (q.value().value(5).toBool() ? 1 : 0);
        t.rows << QVariantList{q.value().value(0),
                               q.value().value(1),
                               q.value().value(2),
                               q.value().value(3),
                               m.join(QStringLiteral(", ")),
                               countries,
                               countries < 3,
                               id};
    }
    return t;
}

Result<Table> Listings::meetings(Database &db)
{
    Table t;
    t.keys = {QStringLiteral("date"),       QStringLiteral("kind"),  QStringLiteral("title"),
              QStringLiteral("scope"),      QStringLiteral("group"), QStringLiteral("subgroup"),
              QStringLiteral("agreements"), QStringLiteral("id")};
    t.headers = {tr("Date"),  tr("Kind"),     tr("Title"),      tr("Scope"),
                 tr("Group"), tr("Subgroup"), tr("Agreements"), tr("UUID")};
    return fill(db, t,
                QStringLiteral("SELECT m.date, m.kind, m.title, m.scope, g.short_name, s.number, "
                               "(SELECT count(*) FROM agreement a WHERE a.meeting_id = m.id), m.id "
                               "FROM meeting m LEFT JOIN working_group g ON g.id = m.group_id "
                               "LEFT JOIN subgroup s ON s.id = m.subgroup_id "
                               "ORDER BY m.date, m.number, m.title"));
}

Result<Table> Listings::meetingYears(Database &db)
{
    Table t;
    t.keys = {QStringLiteral("year"), QStringLiteral("meetings")};
    t.headers = {tr("Year"), tr("Meetings")};
    return fill(db, t,
                QStringLiteral("SELECT y, count(*) FROM (SELECT coalesce(CAST(substr(date, 1, 4) "
                               "AS INTEGER), 0) AS y FROM meeting) AS years "
                               "GROUP BY y ORDER BY y = 0, y DESC"));
}

Result<Table> Listings::meetingsOfYear(Database &db, int year)
{
    Table t;
    t.keys = {QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("id")};
    t.headers = {tr("Date"), tr("Title"), tr("UUID")};
    if (year == 0)
        return fill(db, t,
                    QStringLiteral("SELECT date, title, id FROM meeting WHERE date IS NULL "
                                   "ORDER BY number, title"));
    return fill(db, t,
                QStringLiteral("SELECT date, title, id FROM meeting WHERE date >= ? AND date < ? "
                               "ORDER BY date, number, title"),
                {QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')),
                 QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0'))});
}

Result<int> Listings::yearOfMeeting(Database &db, const QUuid &id)
{
    auto q = db.exec(QStringLiteral("SELECT coalesce(CAST(substr(date, 1, 4) AS INTEGER), 0) "
                                    "FROM meeting WHERE id = ?"),
                     {id.toString(QUuid::WithoutBraces)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : -1;
}

Result<Table> Listings::plans(Database &db)
{
    Table t;
    t.keys = {QStringLiteral("group"), QStringLiteral("subgroup"), QStringLiteral("kind"),
              QStringLiteral("year"),  QStringLiteral("title"),    QStringLiteral("status"),
              QStringLiteral("lines"), QStringLiteral("items"),    QStringLiteral("id")};
    t.headers = {tr("Group"),  tr("Subgroup"),        tr("Kind"),  tr("Year"), tr("Title"),
                 tr("Status"), tr("Lines of action"), tr("Items"), tr("UUID")};
    return fill(db, t,
                QStringLiteral("SELECT g.short_name, s.number, p.kind, p.year, p.title, p.status, "
                               "(SELECT count(*) FROM plan_item i WHERE i.plan_id = p.id "
                               "AND i.parent_id IS NULL), "
                               "(SELECT count(*) FROM plan_item i WHERE i.plan_id = p.id "
                               "AND i.parent_id IS NOT NULL), p.id "
                               "FROM plan p JOIN working_group g ON g.id = p.group_id "
                               "LEFT JOIN subgroup s ON s.id = p.subgroup_id "
                               "ORDER BY g.short_name, p.year, s.number, p.title"));
}

Result<Table> Listings::documents(Database &db)
{
    Table t;
    t.keys = {QStringLiteral("annex"), QStringLiteral("date"),   QStringLiteral("title"),
              QStringLiteral("kind"),  QStringLiteral("status"), QStringLiteral("sender"),
              QStringLiteral("group"), QStringLiteral("id")};
    t.headers = {tr("Annex"),  tr("Date"),   tr("Title"), tr("Kind"),
                 tr("Status"), tr("Sender"), tr("Group"), tr("UUID")};
    return fill(db, t,
                QStringLiteral("SELECT d.annex_code, d.date, d.title, d.kind, d.status, c.iso2, "
                               "g.short_name, d.id FROM document d "
                               "LEFT JOIN country c ON c.id = d.sender_country_id "
                               "LEFT JOIN working_group g ON g.id = d.group_id "
                               "ORDER BY g.short_name, d.annex_code, d.date"));
}

Result<Table> Listings::commitments(Database &db, Language lang)
{
    Table t;
    t.keys = {QStringLiteral("meeting_date"), QStringLiteral("meeting"), QStringLiteral("country"),
              QStringLiteral("country_name"), QStringLiteral("action"),  QStringLiteral("due"),
              QStringLiteral("status"),       QStringLiteral("id")};
    t.headers = {tr("Date"),   tr("Meeting"), tr("Country"), tr("Country name"),
                 tr("Action"), tr("Due"),     tr("Status"),  tr("UUID")};
    return fill(db, t,
                QStringLiteral("SELECT m.date, m.title, c.iso2, c.%1, "
                               "CASE WHEN a.action = '' THEN a.text ELSE a.action END, "
                               "a.due_text, a.status, a.id FROM agreement a "
                               "JOIN meeting m ON m.id = a.meeting_id "
                               "LEFT JOIN country c ON c.id = a.responsible_country_id "
                               "WHERE a.is_commitment = 1 ORDER BY m.date, a.position")
                    .arg(nameColumn(lang)));
}

} // namespace focal
