#include "commands/EditWorkingGroupCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace focal::commands {

Result<EditWorkingGroupCommand::State> EditWorkingGroupCommand::read(ForumDocument &document,
                                                                     const QUuid &groupId)
{
    Repository &repo = document.repository();
    auto group = repo.get<WorkingGroup>(groupId);
    if (!group)
        return group.error();
    auto countries = repo.listWhere<GroupCountry>("group_id", column::toVariant(groupId),
                                                  QStringLiteral("rowid"));
    if (!countries)
        return countries.error();
    auto institutions = repo.listWhere<GroupInstitution>("group_id", column::toVariant(groupId),
                                                         QStringLiteral("position, rowid"));
    if (!institutions)
        return institutions.error();
    return State{*group, *countries, *institutions};
}

Result<EditWorkingGroupCommand::State>
EditWorkingGroupCommand::write(ForumDocument &document, WorkingGroup group,
                               const QList<Participation> &countries,
                               const QList<QUuid> &institutionIds)
{
    Repository &repo = document.repository();
    WriteTransaction tx(document.database());
    if (!tx.begun())
        return tx.begun().error();
    auto current = read(document, group.meta.id);
    if (!current)
        return current.error();
    if (auto updated = repo.update(group); !updated)
        return updated.error();

    QHash<QUuid, ParticipationStatus> wanted;
    for (const Participation &p : countries)
        wanted.insert(p.countryId, p.status);
    // Rows of countries no longer taking part go first: a country taken off and put back in
    // one edit keeps its row rather than meeting the (group, country) uniqueness.
    for (GroupCountry row : current->countries) {
        if (!wanted.contains(row.countryId)) {
            if (auto removed = repo.remove<GroupCountry>(row.meta.id); !removed)
                return removed.error();
            continue;
        }
        const ParticipationStatus status = wanted.take(row.countryId);
        if (row.status != status) {
            row.status = status;
            if (auto updated = repo.update(row); !updated)
                return updated.error();
        }
    }
    for (const Participation &p : countries) {
        if (!wanted.contains(p.countryId))
            continue; // kept above
        GroupCountry row;
        row.groupId = group.meta.id;
        row.countryId = p.countryId;
        row.status = p.status;
        if (auto inserted = repo.insert(row); !inserted)
            return inserted.error();
    }

    const QSet<QUuid> wantedInstitutions(institutionIds.cbegin(), institutionIds.cend());
    QSet<QUuid> kept;
    int nextPosition = 0;
    for (const GroupInstitution &row : current->institutions) {
        if (wantedInstitutions.contains(row.institutionId)) {
            kept.insert(row.institutionId);
            nextPosition = std::max(nextPosition, row.position + 1);
        } else if (auto removed = repo.remove<GroupInstitution>(row.meta.id); !removed) {
            return removed.error();
        }
    }
    for (const QUuid &institution : institutionIds) {
        if (kept.contains(institution))
            continue;
        GroupInstitution row;
        row.groupId = group.meta.id;
        row.institutionId = institution;
        row.position = nextPosition++;
        if (auto inserted = repo.insert(row); !inserted)
            return inserted.error();
        kept.insert(institution);
    }

    auto stored = read(document, group.meta.id);
    if (!stored)
        return stored.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

EditWorkingGroupCommand::EditWorkingGroupCommand(ForumDocument &document, State before,
                                                 State storedAfter, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(storedAfter))
{}

Result<void> EditWorkingGroupCommand::put(ForumDocument &document, const State &state)
{
    Repository &repo = document.repository();
    WriteTransaction tx(document.database());
    if (!tx.begun())
        return tx.begun();
    auto current = read(document, state.group.meta.id);
    if (!current)
        return current.error();
    // Rows not in the kept state go before any is restored: a row added meanwhile for the same
    // country would otherwise collide with the kept one.
    QSet<QUuid> keep;
    for (const GroupCountry &r : state.countries)
        keep.insert(r.meta.id);
    for (const GroupInstitution &r : state.institutions)
        keep.insert(r.meta.id);
    for (const GroupCountry &r : current->countries)
        if (!keep.contains(r.meta.id))
            if (auto removed = repo.remove<GroupCountry>(r.meta.id); !removed)
                return removed;
    for (const GroupInstitution &r : current->institutions)
        if (!keep.contains(r.meta.id))
            if (auto removed = repo.remove<GroupInstitution>(r.meta.id); !removed)
                return removed;
    if (auto restored = repo.restore(state.group); !restored)
        return restored;
    for (const GroupCountry &r : state.countries)
        if (auto restored = repo.restore(r); !restored)
            return restored;
    for (const GroupInstitution &r : state.institutions)
        if (auto restored = repo.restore(r); !restored)
            return restored;
    return tx.commit();
}

void EditWorkingGroupCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document,
                       m_document.retryingBusy([this] { return put(m_document, m_after); }));
}

void EditWorkingGroupCommand::undo()
{
    succeededOrDropped(*this, m_document,
                       m_document.retryingBusy([this] { return put(m_document, m_before); }));
}

} // namespace focal::commands
