#include "Reprogramming.h"

#include "plans/PlanContent.h"
#include "storage/Database.h"
#include "storage/Repository.h"

#include <QHash>

namespace focal {
namespace {

bool unfinished(PlanItemStatus s)
{
    return s != PlanItemStatus::Done && s != PlanItemStatus::Cancelled &&
           s != PlanItemStatus::Reprogrammed;
}

// The item as carried `years` later; std::nullopt when its deadline cannot move that far.
std::optional<PlanItem> carriedItem(const PlanItem &source, int years)
{
    const auto deadline = source.deadline.shiftedByYears(years);
    if (!deadline)
        return std::nullopt;
    PlanItem item;
    item.parentId = source.parentId;
    item.position = source.position;
    item.text = source.text;
    item.deadline = *deadline;
    item.deadlineText = deadline->toText(Language::Spanish);
    item.status = PlanItemStatus::Proposed;
    item.notes = source.notes;
    item.carriedFromId = source.meta.id;
    // The first deadline of the chain: a source that was itself carried passes on its own.
    const bool wasCarried = !source.carriedFromId.isNull() ||
                            !source.originalDeadline.isUndefined() ||
                            !source.originalDeadlineText.isEmpty();
    item.originalDeadline = wasCarried ? source.originalDeadline : source.deadline;
    item.originalDeadlineText = wasCarried ? source.originalDeadlineText : source.deadlineText;
    return item;
}

} // namespace

Result<Reprogramming::Preview> Reprogramming::preview(Database &db, const QUuid &sourcePlanId,
                                                      int targetYear)
{
    Repository repo(db);
    auto source = repo.get<Plan>(sourcePlanId);
    if (!source)
        return source.error();
    if (source->kind != PlanKind::Annual || !source->year)
        return Error{Error::Code::Invalid,
                     tr("Only an annual plan of a given year can be reprogrammed."),
                     {}};
    if (targetYear <= *source->year)
        return Error{Error::Code::Invalid,
                     tr("The items of the %1 plan can only be carried into a later year, not %2.")
                         .arg(*source->year)
                         .arg(targetYear),
                     {}};

    Preview p;
    p.source = *source;
    auto plans = repo.listWhere<Plan>("group_id", column::toVariant(source->groupId));
    if (!plans)
        return plans.error();
    for (const Plan &plan : *plans)
        if (plan.subgroupId == source->subgroupId && plan.kind == PlanKind::Annual &&
            plan.year == targetYear) {
            p.target = plan;
            break;
        }
    if (p.target.meta.id.isNull()) {
        p.createsTarget = true;
        p.target.groupId = source->groupId;
        p.target.subgroupId = source->subgroupId;
        p.target.kind = PlanKind::Annual;
        p.target.year = targetYear;
        // Plan titles are data, in the forum's language, like the default data's.
        p.target.title = QStringLiteral("Plan de Trabajo %1").arg(targetYear);
        p.target.itemLabel = source->itemLabel;
    }

    auto items = repo.listWhere<PlanItem>("plan_id", column::toVariant(sourcePlanId),
                                          QStringLiteral("position, rowid"));
    if (!items)
        return items.error();
    auto countries = PlanContent::countriesByItem(db, sourcePlanId);
    if (!countries)
        return countries.error();
    const QHash<QUuid, QList<QUuid>> &countriesOf = *countries;

    const int years = targetYear - *source->year;
    const auto add = [&](const PlanItem &item) -> Result<void> {
        const auto carried = carriedItem(item, years);
        if (!carried)
            return Error{Error::Code::Invalid,
                         tr("The deadline \"%1\" of \"%2\" cannot be moved to %3.")
                             .arg(item.deadline.toText(Language::Spanish), item.text)
                             .arg(targetYear),
                         {}};
        p.items.append({item, *carried, countriesOf.value(item.meta.id)});
        return {};
    };
    for (const PlanItem &line : *items) {
        if (!line.parentId.isNull())
            continue;
        QList<PlanItem> children;
        bool hasChildren = false;
        for (const PlanItem &child : *items)
            if (child.parentId == line.meta.id) {
                hasChildren = true;
                if (unfinished(child.status))
                    children << child;
            }
        if (children.isEmpty() && (hasChildren || !unfinished(line.status)))
            continue;
        if (auto r = add(line); !r)
            return r.error();
        for (const PlanItem &child : children)
            if (auto r = add(child); !r)
                return r.error();
    }
    if (p.items.isEmpty())
        return Error{Error::Code::Invalid,
                     tr("Every item of \"%1\" is done, cancelled or already reprogrammed: there "
                        "is nothing to carry.")
                         .arg(source->title),
                     {}};
    return p;
}

Result<Reprogramming::Done> Reprogramming::execute(Database &db, const QUuid &sourcePlanId,
                                                   int targetYear)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto previewed = preview(db, sourcePlanId, targetYear);
    if (!previewed)
        return previewed.error();
    Preview &p = previewed.value();
    Repository repo(db);
    Done done;
    if (p.createsTarget) {
        if (auto r = repo.insert(p.target); !r)
            return r.error();
        done.createdPlan = p.target;
    }
    done.targetPlanId = p.target.meta.id;

    // Carried lines go after the target's own lines.
    auto last = db.exec(QStringLiteral("SELECT MAX(position) FROM plan_item "
                                       "WHERE plan_id = ? AND parent_id IS NULL"),
                        {column::toVariant(done.targetPlanId)});
    if (!last)
        return last.error();
    int linePosition = last.value().next() ? last.value().value(0).toInt() : 0;
    int itemPosition = 0;
    QHash<QUuid, QUuid> carriedLine; // source line -> carried line
    for (Carry &c : p.items) {
        c.carried.planId = done.targetPlanId;
        if (c.source.parentId.isNull()) {
            c.carried.position = ++linePosition;
            itemPosition = 0;
        } else {
            c.carried.parentId = carriedLine.value(c.source.parentId);
            c.carried.position = ++itemPosition;
        }
        if (auto r = repo.insert(c.carried); !r)
            return r.error();
        if (c.source.parentId.isNull())
            carriedLine.insert(c.source.meta.id, c.carried.meta.id);
        done.carried << c.carried;
        for (const QUuid &country : c.countryIds) {
            PlanItemCountry pc;
            pc.itemId = c.carried.meta.id;
            pc.countryId = country;
            if (auto r = repo.insert(pc); !r)
                return r.error();
            done.countries << pc;
        }
        // A line kept open only for its products was finished itself: it stays as it was.
        if (!unfinished(c.source.status))
            continue;
        done.sourcesBefore << c.source;
        PlanItem after = c.source;
        after.status = PlanItemStatus::Reprogrammed;
        if (auto r = repo.update(after); !r)
            return r.error();
        done.sourcesAfter << after;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return done;
}

Result<void> Reprogramming::undo(Database &db, const Done &done)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Repository repo(db);
    // Items first (their countries go with them), children before their lines.
    for (auto it = done.carried.crbegin(); it != done.carried.crend(); ++it)
        if (auto r = repo.remove<PlanItem>(it->meta.id); !r)
            return r;
    if (done.createdPlan)
        if (auto r = repo.remove<Plan>(done.createdPlan->meta.id); !r)
            return r;
    for (const PlanItem &source : done.sourcesBefore)
        if (auto r = repo.restore(source); !r)
            return r;
    return tx.commit();
}

Result<void> Reprogramming::redo(Database &db, const Done &done)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Repository repo(db);
    if (done.createdPlan)
        if (auto r = repo.restore(*done.createdPlan); !r)
            return r;
    for (const PlanItem &item : done.carried)
        if (auto r = repo.restore(item); !r)
            return r;
    for (const PlanItemCountry &pc : done.countries)
        if (auto r = repo.restore(pc); !r)
            return r;
    for (const PlanItem &source : done.sourcesAfter)
        if (auto r = repo.restore(source); !r)
            return r;
    return tx.commit();
}

} // namespace focal
