#include "PlanCommands.h"

#include "exchange/Csv.h"
#include "plans/PlanTable.h"
#include "query/Lookup.h"
#include "storage/Repository.h"

#include <QDir>
#include <QHash>

namespace focal::cli {
namespace {

QString shown(const QString &file)
{
    return QDir::toNativeSeparators(file);
}

} // namespace

Result<Table> PlanCommands::list(Database &db, const QString &group, std::optional<int> year)
{
    QUuid groupId;
    if (!group.isEmpty()) {
        auto g = Lookup::group(db, group);
        if (!g)
            return g.error();
        groupId = g->meta.id;
    }
    auto plans = Lookup::plans(db, groupId, year);
    if (!plans)
        return plans.error();
    auto items = Repository(db).list<PlanItem>();
    if (!items)
        return items.error();
    QHash<QUuid, int> lines;
    QHash<QUuid, int> products;
    for (const PlanItem &i : *items)
        ++(i.parentId.isNull() ? lines : products)[i.planId];

    Table t;
    t.keys = {QStringLiteral("plan"),  QStringLiteral("kind"),   QStringLiteral("year"),
              QStringLiteral("title"), QStringLiteral("status"), QStringLiteral("lines"),
              QStringLiteral("items"), QStringLiteral("id")};
    t.headers = {tr("Plan"),  tr("Kind"),   tr("Year"),
                 tr("Title"), tr("Status"), tr("Lines of action"),
                 tr("Items"), tr("UUID")};
    for (const Plan &p : *plans) {
        auto handle = Lookup::handle(db, p);
        if (!handle)
            return handle.error();
        t.rows << QVariantList{*handle,
                               enumKey(p.kind),
                               p.year ? QVariant(*p.year) : QVariant(),
                               p.title,
                               enumKey(p.status),
                               lines.value(p.meta.id),
                               products.value(p.meta.id),
                               p.meta.id.toString(QUuid::WithoutBraces)};
    }
    return t;
}

Result<QString> PlanCommands::exportCsv(Database &db, const QString &plan, const QString &file)
{
    auto p = Lookup::plan(db, plan);
    if (!p)
        return p.error();
    auto handle = Lookup::handle(db, *p);
    if (!handle)
        return handle.error();
    auto csv = PlanTable::toCsv(db, p->meta.id);
    if (!csv)
        return csv.error();
    if (auto written = Csv::writeFile(file, *csv); !written)
        return written.error();
    return tr("Wrote the plan %1 to %2.").arg(*handle, shown(file));
}

Result<QString> PlanCommands::importCsv(Database &db, const QString &plan, const QString &file,
                                        bool replace)
{
    auto p = Lookup::plan(db, plan);
    if (!p)
        return p.error();
    auto handle = Lookup::handle(db, *p);
    if (!handle)
        return handle.error();
    auto text = Csv::readTextFile(file);
    if (!text)
        return text.error();
    auto lines = PlanTable::parse(db, *text, u',');
    if (!lines)
        return Error{lines.error().code,
                     tr("%1: %2 Nothing was imported.").arg(shown(file), lines.error().message),
                     lines.error().detail};
    if (auto applied = PlanTable::apply(
            db, p->meta.id, *lines, replace ? PlanTable::Mode::Replace : PlanTable::Mode::Append);
        !applied)
        return Error{applied.error().code,
                     tr("%1 Nothing was imported.").arg(applied.error().message),
                     applied.error().detail};
    int items = 0;
    for (const PlanTable::Line &l : *lines)
        items += int(l.items.size());
    const QString counts =
        tr("%1 line(s) of action and %2 product(s) or activity(ies)").arg(lines->size()).arg(items);
    return replace
               ? tr("Replaced the items of %1 with %2 from %3.").arg(*handle, counts, shown(file))
               : tr("Added %1 to %2 from %3.").arg(counts, *handle, shown(file));
}

} // namespace focal::cli
