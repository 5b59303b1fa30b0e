#pragma once

#include "model/Plan.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// Adding a line of action or a product at a position: the new item as stored, and the siblings
// after it, whose positions moved down to make room, as they were and as they were written.
// Undo deletes the item (RecordRemoval, which refuses when something came to refer to it) and
// puts the siblings' rows back; redo writes the same rows again. One transaction each.
class AddPlanItemCommand : public QUndoCommand
{
public:
    AddPlanItemCommand(ForumDocument &document, PlanItem stored, QList<PlanItem> siblingsBefore,
                       QList<PlanItem> siblingsAfter, const QString &text);

    void redo() override;
    void undo() override;

    const PlanItem &item() const { return m_item; }

private:
    ForumDocument &m_document;
    PlanItem m_item;
    QList<PlanItem> m_siblingsBefore;
    QList<PlanItem> m_siblingsAfter;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
