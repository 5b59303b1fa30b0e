#include "PlanContent.h"

#include "storage/Database.h"
#include "storage/Repository.h"

#include <QSet>

#include <algorithm>

namespace focal {

Result<PlanContent> PlanContent::capture(Database &db, const QUuid &planId)
{
    Repository repo(db);
    PlanContent content;
    auto items =
        repo.listWhere<PlanItem>("plan_id", column::toVariant(planId), QStringLiteral("position"));
    if (!items)
        return items.error();
    // Parents first, so that a restore can write them in this order.
    content.items = *items;
    std::stable_partition(content.items.begin(), content.items.end(),
                          [](const PlanItem &i) { return i.parentId.isNull(); });
    for (const PlanItem &item : std::as_const(content.items)) {
        const QVariant id = column::toVariant(item.meta.id);
        auto countries = repo.listWhere<PlanItemCountry>("item_id", id);
        if (!countries)
            return countries.error();
        content.countries << *countries;
        auto commitments = repo.listWhere<Agreement>("plan_item_id", id);
        if (!commitments)
            return commitments.error();
        content.linkedCommitments << *commitments;
    }
    return content;
}

Result<QHash<QUuid, QList<QUuid>>> PlanContent::countriesByItem(Database &db, const QUuid &planId)
{
    auto countries =
        db.exec(QStringLiteral("SELECT c.item_id, c.country_id FROM plan_item_country c "
                               "JOIN plan_item i ON i.id = c.item_id "
                               "WHERE i.plan_id = ? ORDER BY c.rowid"),
                {column::toVariant(planId)});
    if (!countries)
        return countries.error();
    QHash<QUuid, QList<QUuid>> countriesOf;
    while (countries.value().next())
        countriesOf[QUuid::fromString(countries.value().value(0).toString())]
            << QUuid::fromString(countries.value().value(1).toString());
    return countriesOf;
}

Result<void> PlanContent::restore(Database &db, const QUuid &planId, const PlanContent &content)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Repository repo(db);
    auto current = capture(db, planId);
    if (!current)
        return current.error();

    QSet<QUuid> wantedItems, wantedCountries;
    for (const PlanItem &i : content.items)
        wantedItems.insert(i.meta.id);
    for (const PlanItemCountry &c : content.countries)
        wantedCountries.insert(c.meta.id);

    // Products before lines, so that no deletion cascades to a row that is wanted back.
    QList<PlanItem> gone;
    for (const PlanItem &i : std::as_const(current->items))
        if (!wantedItems.contains(i.meta.id))
            gone << i;
    std::stable_partition(gone.begin(), gone.end(),
                          [](const PlanItem &i) { return !i.parentId.isNull(); });
    for (const PlanItem &i : std::as_const(gone))
        if (auto r = repo.remove<PlanItem>(i.meta.id);
            !r && r.error().code != Error::Code::NotFound)
            return r;
    for (const PlanItemCountry &c : std::as_const(current->countries))
        if (!wantedCountries.contains(c.meta.id))
            if (auto r = repo.remove<PlanItemCountry>(c.meta.id);
                !r && r.error().code != Error::Code::NotFound)
                return r;

    for (const PlanItem &i : content.items)
        if (auto r = repo.restore(i); !r)
            return r;
    for (const PlanItemCountry &c : content.countries)
        if (auto r = repo.restore(c); !r)
            return r;
    for (const Agreement &a : content.linkedCommitments)
        if (auto r = repo.restore(a); !r)
            return r;
    return tx.commit();
}

} // namespace focal
