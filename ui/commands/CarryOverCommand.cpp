#include "commands/CarryOverCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

namespace focal::commands {

CarryOverCommand::CarryOverCommand(ForumDocument &document, CarryOver::Carried done,
                                   const QString &text)
    : QUndoCommand(text), m_document(document), m_done(std::move(done))
{}

void CarryOverCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return CarryOver::redo(m_document.database(), m_done);
    }));
}

void CarryOverCommand::undo()
{
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return CarryOver::undo(m_document.database(), m_done);
    }));
}

} // namespace focal::commands
