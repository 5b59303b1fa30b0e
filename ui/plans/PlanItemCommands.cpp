#include "plans/PlanItemCommands.h"

#include "Commands.h"
#include "commands/AddPlanItemCommand.h"
#include "commands/MovePlanItemCommand.h"
#include "commands/RemovePlanItemCommand.h"
#include "commands/SetPlanItemCountriesCommand.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

namespace focal::commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("focal::PlanItemCommands", text);
}

Error invalid(const QString &message)
{
    return Error{Error::Code::Invalid, message, {}};
}

// Every item of the plan, by position.
Result<QList<PlanItem>> planItems(Repository &repo, const QUuid &planId)
{
    return repo.listWhere<PlanItem>("plan_id", column::toVariant(planId),
                                    QStringLiteral("position, rowid"));
}

QList<PlanItem> childrenOf(const QList<PlanItem> &all, const QUuid &parentId)
{
    QList<PlanItem> out;
    for (const PlanItem &item : all)
        if (item.parentId == parentId)
            out << item;
    return out;
}

const PlanItem *findItem(const QList<PlanItem> &all, const QUuid &id)
{
    for (const PlanItem &item : all)
        if (item.meta.id == id)
            return &item;
    return nullptr;
}

// Gives `ordered` the parent `parentId` and the positions 1..n; appends to `changed` those that
// differ from what is stored.
void renumber(QList<PlanItem> ordered, const QUuid &parentId, QList<PlanItem> &changed)
{
    for (int i = 0; i < ordered.size(); ++i) {
        PlanItem item = ordered[i];
        if (item.parentId == parentId && item.position == i + 1)
            continue;
        item.parentId = parentId;
        item.position = i + 1;
        changed << item;
    }
}

// Writes the changed items (stamping them) and returns them as stored; the caller's transaction
// makes it all or nothing.
Result<QList<PlanItem>> writeItems(Repository &repo, const QList<PlanItem> &changed)
{
    QList<PlanItem> stored;
    for (PlanItem item : changed) {
        if (auto updated = repo.update(item); !updated)
            return updated.error();
        auto back = repo.get<PlanItem>(item.meta.id);
        if (!back)
            return back.error();
        stored << *back;
    }
    return stored;
}

// The stored rows (as they are now) of the items in `changed`.
QList<PlanItem> storedRows(const QList<PlanItem> &all, const QList<PlanItem> &changed)
{
    QList<PlanItem> out;
    for (const PlanItem &item : changed)
        if (const PlanItem *row = findItem(all, item.meta.id))
            out << *row;
    return out;
}

} // namespace

Result<void> editPlanItem(ForumDocument &document, const PlanItem &after, const QString &text,
                          const QString &mergeKey)
{
    return edit(document, after, text, mergeKey);
}

Result<QUuid> addPlanItem(ForumDocument &document, const QUuid &planId, const QUuid &parentId,
                          int index, const QString &itemText)
{
    Repository &repo = document.repository();
    std::optional<PlanItem> stored;
    QList<PlanItem> before, after;
    const Result<void> written = document.retryingBusy([&]() -> Result<void> {
        WriteTransaction tx(document.database());
        if (!tx.begun())
            return tx.begun();
        auto all = planItems(repo, planId);
        if (!all)
            return all.error();
        if (!parentId.isNull()) {
            const PlanItem *parent = findItem(*all, parentId);
            if (!parent || !parent->parentId.isNull())
                return invalid(tr("Products can only be added to a line of action of this plan."));
        }
        QList<PlanItem> siblings = childrenOf(*all, parentId);
        const int at = index < 0 || index > siblings.size() ? int(siblings.size()) : index;
        PlanItem item;
        item.planId = planId;
        item.parentId = parentId;
        item.position = at + 1;
        item.text = itemText;
        siblings.insert(at, item);
        QList<PlanItem> changed;
        renumber(siblings, parentId, changed);
        changed.removeIf([](const PlanItem &p) { return p.meta.id.isNull(); });
        if (auto inserted = repo.insert(item); !inserted)
            return inserted;
        auto moved = writeItems(repo, changed);
        if (!moved)
            return moved.error();
        auto back = repo.get<PlanItem>(item.meta.id);
        if (!back)
            return back.error();
        if (auto committed = tx.commit(); !committed)
            return committed;
        stored = *back;
        before = storedRows(*all, changed);
        after = *moved;
        return {};
    });
    if (!written)
        return written.error();
    const QString text = parentId.isNull() ? tr("Add line of action") : tr("Add product");
    document.undoStack().push(new AddPlanItemCommand(document, *stored, before, after, text));
    return stored->meta.id;
}

Result<void> removePlanItem(ForumDocument &document, const QUuid &itemId)
{
    Repository &repo = document.repository();
    std::optional<RecordRemoval::Plan> executed;
    QList<PlanItem> before, after;
    bool line = false;
    const Result<void> written = document.retryingBusy([&]() -> Result<void> {
        WriteTransaction tx(document.database());
        if (!tx.begun())
            return tx.begun();
        auto item = repo.get<PlanItem>(itemId);
        if (!item)
            return item.error();
        line = item->parentId.isNull();
        auto all = planItems(repo, item->planId);
        if (!all)
            return all.error();
        auto plan =
            RecordRemoval::plan(document.database(), QLatin1String(PlanItem::table), itemId);
        if (!plan)
            return plan.error();
        if (auto removed = RecordRemoval::execute(document.database(), *plan); !removed)
            return removed;
        QList<PlanItem> siblings = childrenOf(*all, item->parentId);
        siblings.removeIf([&](const PlanItem &p) { return p.meta.id == itemId; });
        QList<PlanItem> changed;
        renumber(siblings, item->parentId, changed);
        auto moved = writeItems(repo, changed);
        if (!moved)
            return moved.error();
        if (auto committed = tx.commit(); !committed)
            return committed;
        executed = std::move(plan).value();
        before = storedRows(*all, changed);
        after = *moved;
        return {};
    });
    if (!written)
        return written;
    const QString text = line ? tr("Remove line of action") : tr("Remove product");
    document.undoStack().push(
        new RemovePlanItemCommand(document, std::move(*executed), before, after, text));
    return {};
}

Result<void> movePlanItem(ForumDocument &document, const QUuid &itemId, const QUuid &newParentId,
                          int index, const QString &text)
{
    Repository &repo = document.repository();
    QList<PlanItem> before, after;
    const Result<void> written = document.retryingBusy([&]() -> Result<void> {
        before.clear();
        after.clear();
        WriteTransaction tx(document.database());
        if (!tx.begun())
            return tx.begun();
        auto item = repo.get<PlanItem>(itemId);
        if (!item)
            return item.error();
        auto all = planItems(repo, item->planId);
        if (!all)
            return all.error();
        if (!newParentId.isNull()) {
            const PlanItem *parent = findItem(*all, newParentId);
            if (!parent || newParentId == itemId || !parent->parentId.isNull())
                return invalid(tr("An item can only be moved under a line of action of its plan."));
            if (!childrenOf(*all, itemId).isEmpty())
                return invalid(tr("A line of action with products cannot become a product. Move "
                                  "or remove its products first."));
        }
        QList<PlanItem> oldSiblings = childrenOf(*all, item->parentId);
        oldSiblings.removeIf([&](const PlanItem &p) { return p.meta.id == itemId; });
        QList<PlanItem> newSiblings =
            item->parentId == newParentId ? oldSiblings : childrenOf(*all, newParentId);
        const int at = index < 0 || index > newSiblings.size() ? int(newSiblings.size()) : index;
        newSiblings.insert(at, *item);
        QList<PlanItem> changed;
        if (item->parentId != newParentId)
            renumber(oldSiblings, item->parentId, changed);
        renumber(newSiblings, newParentId, changed);
        if (changed.isEmpty())
            return {};
        auto moved = writeItems(repo, changed);
        if (!moved)
            return moved.error();
        if (auto committed = tx.commit(); !committed)
            return committed;
        before = storedRows(*all, changed);
        after = *moved;
        return {};
    });
    if (!written)
        return written;
    if (after.isEmpty())
        return {};
    document.undoStack().push(
        new MovePlanItemCommand(document, before, after, text.isEmpty() ? tr("Move item") : text));
    return {};
}

Result<void> movePlanItemBy(ForumDocument &document, const QUuid &itemId, int offset)
{
    Repository &repo = document.repository();
    auto item = repo.get<PlanItem>(itemId);
    if (!item)
        return item.error();
    auto all = planItems(repo, item->planId);
    if (!all)
        return all.error();
    const QList<PlanItem> siblings = childrenOf(*all, item->parentId);
    int row = 0;
    while (row < siblings.size() && siblings[row].meta.id != itemId)
        ++row;
    const int target = row + offset;
    if (target < 0 || target >= siblings.size())
        return invalid(offset < 0 ? tr("The item is already the first one.")
                                  : tr("The item is already the last one."));
    return movePlanItem(document, itemId, item->parentId, target,
                        offset < 0 ? tr("Move item up") : tr("Move item down"));
}

Result<void> indentPlanItem(ForumDocument &document, const QUuid &itemId)
{
    Repository &repo = document.repository();
    auto item = repo.get<PlanItem>(itemId);
    if (!item)
        return item.error();
    if (!item->parentId.isNull())
        return invalid(tr("A product cannot be indented further."));
    auto all = planItems(repo, item->planId);
    if (!all)
        return all.error();
    const QList<PlanItem> lines = childrenOf(*all, QUuid());
    int row = 0;
    while (row < lines.size() && lines[row].meta.id != itemId)
        ++row;
    if (row == 0)
        return invalid(tr("The first line of action has no line before it to go under."));
    return movePlanItem(document, itemId, lines[row - 1].meta.id, -1, tr("Indent item"));
}

Result<void> outdentPlanItem(ForumDocument &document, const QUuid &itemId)
{
    Repository &repo = document.repository();
    auto item = repo.get<PlanItem>(itemId);
    if (!item)
        return item.error();
    if (item->parentId.isNull())
        return invalid(tr("A line of action cannot be outdented."));
    auto all = planItems(repo, item->planId);
    if (!all)
        return all.error();
    const QList<PlanItem> lines = childrenOf(*all, QUuid());
    int row = 0;
    while (row < lines.size() && lines[row].meta.id != item->parentId)
        ++row;
    // Counted without the item itself, which is not among the lines.
    return movePlanItem(document, itemId, QUuid(), row + 1, tr("Outdent item"));
}

Result<void> setPlanItemCountries(ForumDocument &document, const QUuid &itemId,
                                  const QList<QUuid> &countryIds)
{
    Repository &repo = document.repository();
    auto current = repo.listWhere<PlanItemCountry>("item_id", column::toVariant(itemId));
    if (!current)
        return current.error();
    QSet<QUuid> wanted(countryIds.begin(), countryIds.end());
    QSet<QUuid> held;
    for (const PlanItemCountry &row : *current)
        held.insert(row.countryId);
    if (held == wanted)
        return {};
    QList<PlanItemCountry> after;
    const Result<void> written = document.retryingBusy([&]() -> Result<void> {
        after.clear();
        WriteTransaction tx(document.database());
        if (!tx.begun())
            return tx.begun();
        for (const PlanItemCountry &row : *current)
            if (!wanted.contains(row.countryId)) {
                if (auto removed = repo.remove<PlanItemCountry>(row.meta.id); !removed)
                    return removed;
            } else {
                after << row;
            }
        for (const QUuid &country : countryIds) {
            if (held.contains(country) ||
                std::any_of(after.begin(), after.end(),
                            [&](const PlanItemCountry &r) { return r.countryId == country; }))
                continue;
            PlanItemCountry row;
            row.itemId = itemId;
            row.countryId = country;
            if (auto inserted = repo.insert(row); !inserted)
                return inserted;
            auto back = repo.get<PlanItemCountry>(row.meta.id);
            if (!back)
                return back.error();
            after << *back;
        }
        return tx.commit();
    });
    if (!written)
        return written;
    document.undoStack().push(new SetPlanItemCountriesCommand(document, *current, after,
                                                              tr("Set responsible countries")));
    return {};
}

} // namespace focal::commands
