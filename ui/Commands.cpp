#include "Commands.h"

#include "commands/EditSubgroupCommand.h"
#include "commands/RemoveRecordCommand.h"

#include <algorithm>
#include <functional>
#include <optional>

namespace focal::commands {

namespace {

// Whether two lists hold the same elements, in any order.
template <typename T, typename Less = std::less<T>>
bool sameElements(QList<T> a, QList<T> b, Less less = Less())
{
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    return a == b;
}

// Writes through `write` (retried while the database is busy), then pushes the command `make`
// builds from the stored state: the undo step exists only when the write succeeded.
template <typename State, typename Write, typename Make>
Result<void> writeThenPush(ForumDocument &document, Write write, Make make)
{
    std::optional<State> stored;
    if (auto wrote = document.retryingBusy([&]() -> Result<void> {
            auto state = write();
            if (!state)
                return state.error();
            stored = *state;
            return {};
        });
        !wrote)
        return wrote;
    document.undoStack().push(make(*stored));
    return {};
}

} // namespace

Result<void> editSubgroup(ForumDocument &document, const Subgroup &after,
                          const QList<QUuid> &memberCountryIds, const QString &text)
{
    auto before = EditSubgroupCommand::read(document, after.meta.id);
    if (!before)
        return before.error();
    QList<QUuid> current;
    for (const SubgroupMember &m : before->members)
        current << m.countryId;
    if (sameFields(before->subgroup, after) && sameElements(current, memberCountryIds))
        return {};
    Subgroup written = after;
    written.meta = before->subgroup.meta;
    return writeThenPush<EditSubgroupCommand::State>(
        document, [&] { return EditSubgroupCommand::write(document, written, memberCountryIds); },
        [&](const EditSubgroupCommand::State &stored) {
            return new EditSubgroupCommand(document, *before, stored, text);
        });
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
    if (sameFields(before->person, after) && sameElements(held, roles, byKey))
        return {};
    Person written = after;
    written.meta = before->person.meta;
    return writeThenPush<EditPersonCommand::State>(
        document, [&] { return EditPersonCommand::write(document, written, roles); },
        [&](const EditPersonCommand::State &stored) {
            return new EditPersonCommand(document, *before, stored, text);
        });
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
    const auto byCountry = [](const Participation &a, const Participation &b) {
        return a.countryId < b.countryId;
    };
    QList<QUuid> heldInstitutions;
    for (const GroupInstitution &i : before->institutions)
        heldInstitutions << i.institutionId;
    if (sameFields(before->group, after) && sameElements(held, countries, byCountry) &&
        sameElements(heldInstitutions, institutionIds))
        return {};
    WorkingGroup written = after;
    written.meta = before->group.meta;
    return writeThenPush<EditWorkingGroupCommand::State>(
        document,
        [&] {
            return EditWorkingGroupCommand::write(document, written, countries, institutionIds);
        },
        [&](const EditWorkingGroupCommand::State &stored) {
            return new EditWorkingGroupCommand(document, *before, stored, text);
        });
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
