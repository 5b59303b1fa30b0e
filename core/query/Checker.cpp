#include "Checker.h"

#include "exchange/VersionVector.h"
#include "model/RecordTypes.h"
#include "storage/Repository.h"

#include <QHash>

namespace focal {
namespace {

template <typename T> void readAll(Repository &repo, CheckReport &report)
{
    auto rows = repo.list<T>();
    if (!rows)
        report.problems << rows.error().message + QStringLiteral(" (") + rows.error().detail +
                               QLatin1Char(')');
}

// Rows whose field clocks (the exchange bookkeeping, docs/exchange.md) cannot be read: every
// record table, and the tombstones of deleted records. The table names come from code.
Result<void> checkClocks(Database &db, CheckReport &report)
{
    const auto check = [&](const QString &sql, const QString &fallbackTable) -> Result<void> {
        auto q = db.exec(sql);
        if (!q)
            return q.error();
        while (q.value().next()) {
            if (FieldClocks::fromText(q.value().value(1).toString()))
                continue;
            const QString table =
                fallbackTable.isEmpty() ? q.value().value(2).toString() : fallbackTable;
            report.problems << Checker::tr("The record %1 of %2 has change clocks that cannot be "
                                           "read; the file was changed outside Focal.")
                                   .arg(q.value().value(0).toString(), table);
        }
        return {};
    };
    for (const QString &table : recordTables())
        if (auto r = check(
                QStringLiteral("SELECT id, clocks FROM %1 WHERE clocks IS NOT NULL").arg(table),
                table);
            !r)
            return r;
    return check(QStringLiteral("SELECT record_id, clocks, tbl FROM tombstone "
                                "WHERE clocks IS NOT NULL"),
                 QString());
}

// Rows of `table` whose stored end day (`endColumn`, which queries compare in SQL) is not the
// last day of their deadline code: a file edited by another program. `what` names the row for
// the reader, with %1 for its text.
Result<void> checkEndDays(Database &db, const char *table, const char *codeColumn,
                          const char *endColumn, const QString &what, CheckReport &report)
{
    auto q = db.exec(
        QStringLiteral("SELECT text, %1, %2 FROM %3")
            .arg(QLatin1String(codeColumn), QLatin1String(endColumn), QLatin1String(table)));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const auto deadline = Deadline::fromCode(q.value().value(1).toString());
        if (!deadline)
            continue; // an unreadable code is reported by reading the records
        const QVariant stored = q.value().value(2);
        const QVariant expected = column::endDay(*deadline);
        if (stored.isNull() == expected.isNull() &&
            (stored.isNull() || stored.toString() == expected.toString()))
            continue;
        const QString row = what.arg(q.value().value(0).toString().left(60));
        if (expected.isNull())
            report.problems << Checker::tr("%1 stores %2 as the last day of a deadline that is to "
                                           "be defined; the file was changed outside Focal.")
                                   .arg(row, stored.toString());
        else if (stored.isNull())
            report.problems << Checker::tr("%1 stores no last day for its deadline \"%2\", which "
                                           "ends on %3; the file was changed outside Focal.")
                                   .arg(row, deadline->toText(), expected.toString());
        else
            report.problems << Checker::tr("%1 stores %2 as the last day of its deadline, but "
                                           "\"%3\" ends on %4; the file was changed outside "
                                           "Focal.")
                                   .arg(row, stored.toString(), deadline->toText(),
                                        expected.toString());
    }
    return {};
}

} // namespace

Result<CheckReport> Checker::run(Database &db)
{
    CheckReport report;
    const QStringList checks = db.dialect().integrityCheckSql();

    auto integrity = db.exec(checks.value(0));
    if (!integrity)
        return integrity.error();
    while (integrity.value().next()) {
        const QString line = integrity.value().value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems << tr("The file is damaged: %1").arg(line);
    }
    auto keys = db.exec(checks.value(1));
    if (!keys)
        return keys.error();
    while (keys.value().next())
        report.problems << tr("A record of %1 refers to a missing record of %2.")
                               .arg(keys.value().value(0).toString(),
                                    keys.value().value(2).toString());

    Repository repo(db);
    forEachRecordType([&]<typename T>() { readAll<T>(repo, report); });
    if (auto r = checkClocks(db, report); !r)
        return r.error();
    if (!report.ok())
        return report; // the rules below need readable records

    const auto subgroups = repo.list<Subgroup>(QStringLiteral("number"));
    const auto members = repo.list<SubgroupMember>();
    const auto groups = repo.list<WorkingGroup>();
    if (!subgroups || !members || !groups)
        return (!subgroups ? subgroups.error() : !members ? members.error() : groups.error());
    QHash<QUuid, QString> groupNames;
    for (const WorkingGroup &g : *groups)
        groupNames.insert(g.meta.id, g.name);
    QHash<QUuid, QList<QUuid>> memberCountries;
    for (const SubgroupMember &m : *members)
        memberCountries[m.subgroupId] << m.countryId;
    for (const Subgroup &s : *subgroups) {
        const QList<QUuid> countries = memberCountries.value(s.meta.id);
        const QString name =
            tr("Subgroup %1 \"%2\" of %3").arg(s.number).arg(s.name, groupNames.value(s.groupId));
        if (s.leaderCountryId.isNull())
            report.warnings << tr("%1 has no leader country.").arg(name);
        else if (countries.contains(s.leaderCountryId))
            report.problems << tr("%1 lists its leader country among its members.").arg(name);
        const int total = int(countries.size()) + (s.leaderCountryId.isNull() ? 0 : 1);
        if (total < Subgroup::minimumCountries)
            report.warnings << tr("%1 has %2 countries; the forum asks for three or more.")
                                   .arg(name)
                                   .arg(total);
    }

    const auto items = repo.list<PlanItem>();
    if (!items)
        return items.error();
    QHash<QUuid, const PlanItem *> byId;
    for (const PlanItem &i : *items)
        byId.insert(i.meta.id, &i);
    for (const PlanItem &i : *items) {
        if (i.parentId.isNull())
            continue;
        const PlanItem *parent = byId.value(i.parentId);
        if (parent && (parent->planId != i.planId || !parent->parentId.isNull()))
            report.problems << tr("The plan item \"%1\" hangs under an item of another plan or "
                                  "under a product.")
                                   .arg(i.text.left(60));
    }

    const auto agreements = repo.list<Agreement>();
    if (!agreements)
        return agreements.error();
    for (const Agreement &a : *agreements) {
        if (a.isCommitment && (a.responsibleCountryId.isNull() || !a.status))
            report.problems << tr("The commitment \"%1\" has no responsible country or status.")
                                   .arg(a.text.left(60));
    }

    if (auto r = checkEndDays(db, "plan_item", "deadline", "deadline_end",
                              tr("The plan item \"%1\""), report);
        !r)
        return r.error();
    if (auto r =
            checkEndDays(db, "agreement", "due", "due_end", tr("The agreement \"%1\""), report);
        !r)
        return r.error();
    return report;
}

} // namespace focal
