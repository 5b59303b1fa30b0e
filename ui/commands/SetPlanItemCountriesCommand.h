#pragma once

#include "model/Plan.h"
#include "Result.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// Setting the countries responsible for a plan item: the item's country rows as they were and
// as they were written. Undo deletes the rows that were added and writes the old ones back
// exactly; redo does the opposite. One transaction each.
class SetPlanItemCountriesCommand : public QUndoCommand
{
public:
    SetPlanItemCountriesCommand(ForumDocument &document, QList<PlanItemCountry> before,
                                QList<PlanItemCountry> after, const QString &text);

    void redo() override;
    void undo() override;

    // Makes the stored rows `from` become exactly `to`, inside one transaction.
    static Result<void> replace(ForumDocument &document, const QList<PlanItemCountry> &from,
                                const QList<PlanItemCountry> &to);

private:
    ForumDocument &m_document;
    QList<PlanItemCountry> m_before;
    QList<PlanItemCountry> m_after;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
