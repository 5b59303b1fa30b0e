#pragma once

#include "model/WorkingGroup.h"
#include "Result.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// Editing a subgroup together with its member countries, as one step: the subgroup record and
// the set of its subgroup_member rows, before and after. Undo and redo replace the stored set
// by the kept one in one transaction, each row exactly as it was (change metadata included).
class EditSubgroupCommand : public QUndoCommand
{
public:
    struct State
    {
        Subgroup subgroup;
        QList<SubgroupMember> members;
    };

    // Reads the subgroup and its members as stored now.
    static Result<State> read(ForumDocument &document, const QUuid &subgroupId);
    // The first write, done by the facade: updates the subgroup (stamping it), keeps the member
    // rows of countries still listed, removes the others and adds the new ones. One transaction.
    static Result<State> write(ForumDocument &document, Subgroup subgroup,
                               const QList<QUuid> &memberCountryIds);

    EditSubgroupCommand(ForumDocument &document, State before, State storedAfter,
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
