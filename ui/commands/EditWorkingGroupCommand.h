#pragma once

#include "model/WorkingGroup.h"
#include "Result.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// Editing a working group together with its participating countries (with their status) and
// institutions, as one step: the group record and its group_country and group_institution rows,
// before and after. Undo and redo replace the stored rows by the kept ones in one transaction,
// each row exactly as it was (change metadata included).
class EditWorkingGroupCommand : public QUndoCommand
{
public:
    struct State
    {
        WorkingGroup group;
        QList<GroupCountry> countries;
        QList<GroupInstitution> institutions;
    };
    // A country that should take part, and how.
    struct Participation
    {
        QUuid countryId;
        ParticipationStatus status = ParticipationStatus::Active;
        bool operator==(const Participation &) const = default;
    };

    static Result<State> read(ForumDocument &document, const QUuid &groupId);
    // The first write, done by the facade: updates the group (stamping it); a country still
    // taking part keeps its row (updated when its status changed), the others' rows go, new ones
    // are added; the same for institutions, new ones after the kept ones. One transaction.
    static Result<State> write(ForumDocument &document, WorkingGroup group,
                               const QList<Participation> &countries,
                               const QList<QUuid> &institutionIds);

    EditWorkingGroupCommand(ForumDocument &document, State before, State storedAfter,
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
