#include "PlanTables.h"

#include "plans/PlanContent.h"
#include "ReportWords.h"
#include "storage/Repository.h"

namespace focal::report {

Result<PlanRows> PlanTables::load(Database &db, const QUuid &planId)
{
    Repository repo(db);
    auto items = repo.listWhere<PlanItem>("plan_id", column::toVariant(planId),
                                          QStringLiteral("position, rowid"));
    if (!items)
        return items.error();
    auto countries = PlanContent::countriesByItem(db, planId);
    if (!countries)
        return countries.error();
    PlanRows rows;
    for (const PlanItem &i : *items) {
        if (i.parentId.isNull())
            rows.lines << i;
        else
            rows.itemsOf[i.parentId] << i;
    }
    rows.countries = *countries;
    return rows;
}

ReportTable PlanTables::table(const Plan &plan, const PlanRows &rows,
                              const QHash<QUuid, Country> &countries, Language lang,
                              bool withStatus)
{
    const bool withCountries = rows.anyCountries();
    ReportTable t;
    t.header << ReportWords::text(lang, "col.lines") << ReportWords::label(plan.itemLabel, lang)
             << ReportWords::text(lang, "col.deadline");
    if (withCountries)
        t.header << ReportWords::text(lang, "col.countries");
    if (withStatus)
        t.header << ReportWords::text(lang, "col.status");
    const int extra = (withCountries ? 1 : 0) + (withStatus ? 1 : 0);
    t.widthsPercent = extra == 0   ? QList<int>{40, 44, 16}
                      : extra == 1 ? QList<int>{32, 38, 15, 15}
                                   : QList<int>{28, 32, 14, 14, 12};
    t.mergeRepeated = {0};
    auto namesOf = [&](const QUuid &itemId) {
        QStringList names;
        for (const QUuid &c : rows.countries.value(itemId))
            if (countries.contains(c))
                names << countries.value(c).name(lang);
        return names.join(QStringLiteral(", "));
    };
    for (const PlanItem &line : rows.lines) {
        const QList<PlanItem> items = rows.itemsOf.value(line.meta.id);
        if (items.isEmpty()) {
            // A line without products yet: still a row, so the table shows every line.
            QStringList row{line.text, QString(),
                            ReportWords::deadline(line.deadline, line.deadlineText, lang)};
            if (withCountries)
                row << namesOf(line.meta.id);
            if (withStatus)
                row << ReportWords::label(line.status, lang);
            t.rows << row;
            continue;
        }
        for (const PlanItem &item : items) {
            QStringList row{line.text, item.text,
                            ReportWords::deadline(item.deadline, item.deadlineText, lang)};
            if (withCountries)
                row << namesOf(item.meta.id);
            if (withStatus)
                row << ReportWords::label(item.status, lang);
            t.rows << row;
        }
    }
    return t;
}

} // namespace focal::report
