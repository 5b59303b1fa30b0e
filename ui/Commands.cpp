#include "Commands.h"

#include "commands/EditSubgroupCommand.h"
#include "commands/RemoveRecordCommand.h"

namespace focal::commands {

Result<void> editSubgroup(ForumDocument &document, const Subgroup &after,
                          const QList<QUuid> &memberCountryIds, const QString &text)
{
    auto before = EditSubgroupCommand::read(document, after.meta.id);
    if (!before)
        return before.error();
    QList<QUuid> current;
    for (const SubgroupMember &m : before->members)
        current << m.countryId;
    QList<QUuid> sortedWanted = memberCountryIds;
    std::sort(sortedWanted.begin(), sortedWanted.end());
    std::sort(current.begin(), current.end());
    if (sameFields(before->subgroup, after) && current == sortedWanted)
        return {};
    Subgroup written = after;
    written.meta = before->subgroup.meta;
    auto stored = EditSubgroupCommand::write(document, written, memberCountryIds);
    if (!stored)
        return stored.error();
    document.undoStack().push(new EditSubgroupCommand(document, *before, *stored, text));
    return {};
}

Result<RecordRemoval::Plan> planRemoval(ForumDocument &document, const QString &table,
                                        const QUuid &id)
{
    return RecordRemoval::plan(document.database(), table, id);
}

Result<void> remove(ForumDocument &document, RecordRemoval::Plan plan, const QString &text)
{
    if (auto executed = RecordRemoval::execute(document.database(), plan); !executed)
        return executed;
    document.undoStack().push(new RemoveRecordCommand(document, std::move(plan), text));
    return {};
}

} // namespace focal::commands
