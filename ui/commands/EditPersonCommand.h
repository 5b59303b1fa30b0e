#pragma once

#include "model/Institution.h"
#include "Result.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// Editing a person together with their roles, as one step: the person record and the set of
// their person_role rows, before and after. Undo and redo replace the stored set by the kept
// one in one transaction, each row exactly as it was (change metadata included).
class EditPersonCommand : public QUndoCommand
{
public:
    struct State
    {
        Person person;
        QList<PersonRole> roles;
    };
    // A role the person should hold, optionally within a working group.
    struct Role
    {
        PersonRoleKind kind = PersonRoleKind::FocalPoint;
        QUuid groupId;
        bool operator==(const Role &) const = default;
    };

    static Result<State> read(ForumDocument &document, const QUuid &personId);
    // The first write, done by the facade: updates the person (stamping it), keeps the role rows
    // still wanted (a subgroup they name stays), removes the others, adds the new ones. One
    // transaction.
    static Result<State> write(ForumDocument &document, Person person, const QList<Role> &roles);

    EditPersonCommand(ForumDocument &document, State before, State storedAfter,
                      const QString &text);

    void redo() override;
    void undo() override;

private:
    static Result<void> put(ForumDocument &document, const State &state);

    ForumDocument &m_document;
    State m_before;
    State m_after;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
