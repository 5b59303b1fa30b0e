#include "commands/RecordPlanEventCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

namespace focal::commands {

RecordPlanEventCommand::RecordPlanEventCommand(ForumDocument &document,
                                               PlanLifecycle::Recorded recorded,
                                               const QString &text)
    : QUndoCommand(text), m_document(document), m_recorded(std::move(recorded))
{}

void RecordPlanEventCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return PlanLifecycle::redo(m_document.database(), m_recorded);
    }));
}

void RecordPlanEventCommand::undo()
{
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return PlanLifecycle::undo(m_document.database(), m_recorded);
    }));
}

} // namespace focal::commands
