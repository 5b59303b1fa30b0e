#pragma once

#include "model/Plan.h"
#include "storage/RecordRemoval.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// Removing a line of action (with its products) or a product: the RecordRemoval plan of the
// deletion, from which undo restores every row exactly (responsible countries and links from
// reprogrammed items included), and the siblings that moved up to close the gap, as they were
// and as they were written. Redo after an undo plans the deletion afresh (see
// RemoveRecordCommand for why). One transaction each.
class RemovePlanItemCommand : public QUndoCommand
{
public:
    RemovePlanItemCommand(ForumDocument &document, RecordRemoval::Plan executed,
                          QList<PlanItem> siblingsBefore, QList<PlanItem> siblingsAfter,
                          const QString &text);

    void redo() override;
    void undo() override;

private:
    ForumDocument &m_document;
    RecordRemoval::Plan m_plan;
    QList<PlanItem> m_siblingsBefore;
    QList<PlanItem> m_siblingsAfter;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
