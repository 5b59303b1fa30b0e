#include "PlanContentCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

namespace focal::commands {

PlanContentCommand::PlanContentCommand(ForumDocument &document, const QUuid &planId,
                                       PlanContent before, PlanContent after, const QString &text)
    : QUndoCommand(text), m_document(document), m_planId(planId), m_before(std::move(before)),
      m_after(std::move(after))
{}

void PlanContentCommand::undo()
{
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return PlanContent::restore(m_document.database(), m_planId, m_before);
    }));
}

void PlanContentCommand::redo()
{
    if (m_alreadyDone) { // pushed after the change was made
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return PlanContent::restore(m_document.database(), m_planId, m_after);
    }));
}

} // namespace focal::commands
