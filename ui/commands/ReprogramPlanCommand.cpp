#include "commands/ReprogramPlanCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

namespace focal::commands {

ReprogramPlanCommand::ReprogramPlanCommand(ForumDocument &document, Reprogramming::Done done,
                                           const QString &text)
    : QUndoCommand(text), m_document(document), m_done(std::move(done))
{}

void ReprogramPlanCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return Reprogramming::redo(m_document.database(), m_done);
    }));
}

void ReprogramPlanCommand::undo()
{
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return Reprogramming::undo(m_document.database(), m_done);
    }));
}

} // namespace focal::commands
