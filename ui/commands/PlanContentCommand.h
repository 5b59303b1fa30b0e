#pragma once

#include "plans/PlanContent.h"

#include <QUndoCommand>

namespace focal {

class ForumDocument;

namespace commands {

// A change that rewrote a plan's rows in one go (rows pasted from a spreadsheet, a CSV import):
// the plan's content before and after, each put back exactly by undo and redo.
class PlanContentCommand : public QUndoCommand
{
public:
    PlanContentCommand(ForumDocument &document, const QUuid &planId, PlanContent before,
                       PlanContent after, const QString &text);

    void undo() override;
    void redo() override;

private:
    ForumDocument &m_document;
    QUuid m_planId;
    PlanContent m_before;
    PlanContent m_after;
    bool m_alreadyDone = true;
};

} // namespace commands
} // namespace focal
