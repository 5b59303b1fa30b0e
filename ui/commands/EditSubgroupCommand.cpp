#include "commands/EditSubgroupCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

#include <QSet>

#include <algorithm>

namespace focal::commands {

Result<EditSubgroupCommand::State> EditSubgroupCommand::read(ForumDocument &document,
                                                             const QUuid &subgroupId)
{
    Repository &repo = document.repository();
    auto subgroup = repo.get<Subgroup>(subgroupId);
    if (!subgroup)
        return subgroup.error();
    auto members = repo.listWhere<SubgroupMember>("subgroup_id", column::toVariant(subgroupId),
                                                  QStringLiteral("position, rowid"));
    if (!members)
        return members.error();
    return State{*subgroup, *members};
}

Result<EditSubgroupCommand::State> EditSubgroupCommand::write(ForumDocument &document,
                                                              Subgroup subgroup,
                                                              const QList<QUuid> &memberCountryIds)
{
    Repository &repo = document.repository();
    WriteTransaction tx(document.database());
    if (!tx.begun())
        return tx.begun().error();
    auto current = read(document, subgroup.meta.id);
    if (!current)
        return current.error();
    if (auto updated = repo.update(subgroup); !updated)
        return updated.error();

    const QSet<QUuid> wanted(memberCountryIds.cbegin(), memberCountryIds.cend());
    QSet<QUuid> kept;
    int nextPosition = 0;
    for (const SubgroupMember &m : current->members) {
        if (wanted.contains(m.countryId)) {
            kept.insert(m.countryId);
            nextPosition = std::max(nextPosition, m.position + 1);
        } else if (auto removed = repo.remove<SubgroupMember>(m.meta.id); !removed) {
            return removed.error();
        }
    }
    for (const QUuid &country : memberCountryIds) {
        if (kept.contains(country))
            continue;
        SubgroupMember member;
        member.subgroupId = subgroup.meta.id;
        member.countryId = country;
        member.position = nextPosition++;
        if (auto inserted = repo.insert(member); !inserted)
            return inserted.error();
        kept.insert(country);
    }
    auto stored = read(document, subgroup.meta.id);
    if (!stored)
        return stored.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

EditSubgroupCommand::EditSubgroupCommand(ForumDocument &document, State before, State storedAfter,
                                         const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(storedAfter))
{}

Result<void> EditSubgroupCommand::put(ForumDocument &document, const State &state)
{
    Repository &repo = document.repository();
    WriteTransaction tx(document.database());
    if (!tx.begun())
        return tx.begun();
    auto current = read(document, state.subgroup.meta.id);
    if (!current)
        return current.error();
    QSet<QUuid> keep;
    for (const SubgroupMember &m : state.members)
        keep.insert(m.meta.id);
    for (const SubgroupMember &m : current->members)
        if (!keep.contains(m.meta.id))
            if (auto removed = repo.remove<SubgroupMember>(m.meta.id); !removed)
                return removed;
    if (auto restored = repo.restore(state.subgroup); !restored)
        return restored;
    for (const SubgroupMember &m : state.members)
        if (auto restored = repo.restore(m); !restored)
            return restored;
    return tx.commit();
}

void EditSubgroupCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document,
                       m_document.retryingBusy([this] { return put(m_document, m_after); }));
}

void EditSubgroupCommand::undo()
{
    succeededOrDropped(*this, m_document,
                       m_document.retryingBusy([this] { return put(m_document, m_before); }));
}

} // namespace focal::commands
