#include "Commands.h"

#include "commands/EditSubgroupCommand.h"
#include "commands/RemoveRecordCommand.h"

#include <optional>

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
    std::optional<EditSubgroupCommand::State> stored;
    if (auto wrote = document.retryingBusy([&]() -> Result<void> {
            auto state = EditSubgroupCommand::write(document, written, memberCountryIds);
            if (!state)
                return state.error();
            stored = *state;
            return {};
        });
        !wrote)
        return wrote;
    document.undoStack().push(new EditSubgroupCommand(document, *before, *stored, text));
    return {};
}

Result<void> editPerson(ForumDocument &document, const Person &after,
                        const QList<EditPersonCommand::Role> &roles, const QString &text)
{
    auto before = EditPersonCommand::read(document, after.meta.id);
    if (!before)
        return before.error();
    QList<EditPersonCommand::Role> held;
    for (const PersonRole &r : before->roles)
        held << EditPersonCommand::Role{r.role, r.groupId};
    const auto byKey = [](const EditPersonCommand::Role &a, const EditPersonCommand::Role &b) {
        return std::pair(int(a.kind), a.groupId.toString()) <
               std::pair(int(b.kind), b.groupId.toString());
    };
    QList<EditPersonCommand::Role> wanted = roles;
    std::sort(held.begin(), held.end(), byKey);
    std::sort(wanted.begin(), wanted.end(), byKey);
    if (sameFields(before->person, after) && held == wanted)
        return {};
    Person written = after;
    written.meta = before->person.meta;
    std::optional<EditPersonCommand::State> stored;
    if (auto wrote = document.retryingBusy([&]() -> Result<void> {
            auto state = EditPersonCommand::write(document, written, roles);
            if (!state)
                return state.error();
            stored = *state;
            return {};
        });
        !wrote)
        return wrote;
    document.undoStack().push(new EditPersonCommand(document, *before, *stored, text));
    return {};
}

Result<void> editWorkingGroup(ForumDocument &document, const WorkingGroup &after,
                              const QList<EditWorkingGroupCommand::Participation> &countries,
                              const QList<QUuid> &institutionIds, const QString &text)
{
    using Participation = EditWorkingGroupCommand::Participation;
    auto before = EditWorkingGroupCommand::read(document, after.meta.id);
    if (!before)
        return before.error();
    QList<Participation> held;
    for (const GroupCountry &c : before->countries)
        held << Participation{c.countryId, c.status};
    QList<Participation> wanted = countries;
    const auto byCountry = [](const Participation &a, const Participation &b) {
        return a.countryId < b.countryId;
    };
    std::sort(held.begin(), held.end(), byCountry);
    std::sort(wanted.begin(), wanted.end(), byCountry);
    QList<QUuid> heldInstitutions;
    for (const GroupInstitution &i : before->institutions)
        heldInstitutions << i.institutionId;
    QList<QUuid> wantedInstitutions = institutionIds;
    std::sort(heldInstitutions.begin(), heldInstitutions.end());
    std::sort(wantedInstitutions.begin(), wantedInstitutions.end());
    if (sameFields(before->group, after) && held == wanted &&
        heldInstitutions == wantedInstitutions)
        return {};
    WorkingGroup written = after;
    written.meta = before->group.meta;
    std::optional<EditWorkingGroupCommand::State> stored;
    if (auto wrote = document.retryingBusy([&]() -> Result<void> {
            auto state =
                EditWorkingGroupCommand::write(document, written, countries, institutionIds);
            if (!state)
                return state.error();
            stored = *state;
            return {};
        });
        !wrote)
        return wrote;
    document.undoStack().push(new EditWorkingGroupCommand(document, *before, *stored, text));
    return {};
}

Result<RecordRemoval::Plan> planRemoval(ForumDocument &document, const QString &table,
                                        const QUuid &id)
{
    return RecordRemoval::plan(document.database(), table, id);
}

Result<void> remove(ForumDocument &document, RecordRemoval::Plan plan, const QString &text)
{
    if (auto executed = document.retryingBusy(
            [&] { return RecordRemoval::execute(document.database(), plan); });
        !executed)
        return executed;
    document.undoStack().push(new RemoveRecordCommand(document, std::move(plan), text));
    return {};
}

} // namespace focal::commands
