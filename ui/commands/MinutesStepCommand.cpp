#include "commands/MinutesStepCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

namespace focal::commands {

MinutesStepCommand::MinutesStepCommand(ForumDocument &document, MinutesLifecycle::Recorded done,
                                       const QString &text)
    : QUndoCommand(text), m_document(document), m_done(std::move(done))
{}

void MinutesStepCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return MinutesLifecycle::redo(m_document.database(), m_done);
    }));
}

void MinutesStepCommand::undo()
{
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return MinutesLifecycle::undo(m_document.database(), m_done);
    }));
}

} // namespace focal::commands
