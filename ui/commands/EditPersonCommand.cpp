#include "commands/EditPersonCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

#include <QSet>

namespace focal::commands {

Result<EditPersonCommand::State> EditPersonCommand::read(ForumDocument &document,
                                                         const QUuid &personId)
{
    Repository &repo = document.repository();
    auto person = repo.get<Person>(personId);
    if (!person)
        return person.error();
    auto roles = repo.listWhere<PersonRole>("person_id", column::toVariant(personId),
                                            QStringLiteral("rowid"));
    if (!roles)
        return roles.error();
    return State{*person, *roles};
}

Result<EditPersonCommand::State> EditPersonCommand::write(ForumDocument &document, Person person,
                                                          const QList<Role> &roles)
{
    Repository &repo = document.repository();
    WriteTransaction tx(document.database());
    if (!tx.begun())
        return tx.begun().error();
    auto current = read(document, person.meta.id);
    if (!current)
        return current.error();
    if (auto updated = repo.update(person); !updated)
        return updated.error();

    QList<Role> missing = roles;
    for (const PersonRole &r : current->roles) {
        const Role held{r.role, r.groupId};
        if (missing.contains(held))
            missing.removeOne(held); // kept as stored, its subgroup included
        else if (auto removed = repo.remove<PersonRole>(r.meta.id); !removed)
            return removed.error();
    }
    for (const Role &wanted : missing) {
        PersonRole role;
        role.personId = person.meta.id;
        role.role = wanted.kind;
        role.groupId = wanted.groupId;
        if (auto inserted = repo.insert(role); !inserted)
            return inserted.error();
    }
    auto stored = read(document, person.meta.id);
    if (!stored)
        return stored.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

EditPersonCommand::EditPersonCommand(ForumDocument &document, State before, State storedAfter,
                                     const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(storedAfter))
{}

Result<void> EditPersonCommand::put(ForumDocument &document, const State &state)
{
    Repository &repo = document.repository();
    WriteTransaction tx(document.database());
    if (!tx.begun())
        return tx.begun();
    auto current = read(document, state.person.meta.id);
    if (!current)
        return current.error();
    QSet<QUuid> keep;
    for (const PersonRole &r : state.roles)
        keep.insert(r.meta.id);
    for (const PersonRole &r : current->roles)
        if (!keep.contains(r.meta.id))
            if (auto removed = repo.remove<PersonRole>(r.meta.id); !removed)
                return removed;
    if (auto restored = repo.restore(state.person); !restored)
        return restored;
    for (const PersonRole &r : state.roles)
        if (auto restored = repo.restore(r); !restored)
            return restored;
    return tx.commit();
}

void EditPersonCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document,
                       m_document.retryingBusy([this] { return put(m_document, m_after); }));
}

void EditPersonCommand::undo()
{
    succeededOrDropped(*this, m_document,
                       m_document.retryingBusy([this] { return put(m_document, m_before); }));
}

} // namespace focal::commands
