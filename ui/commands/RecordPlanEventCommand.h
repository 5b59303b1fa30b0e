#pragma once

#include "plans/PlanLifecycle.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// A recorded step of a plan's life (the event, the plan's new status, the version it kept) as
// one undo step. The first redo is the recording itself, already done by the facade; undo and
// redo then remove and write again exactly those rows (see PlanLifecycle::undo/redo).
class RecordPlanEventCommand : public QUndoCommand
{
public:
    RecordPlanEventCommand(ForumDocument &document, PlanLifecycle::Recorded recorded,
                           const QString &text);

    void redo() override;
    void undo() override;

private:
    ForumDocument &m_document;
    PlanLifecycle::Recorded m_recorded;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
