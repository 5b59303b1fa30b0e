#include "commands/DuplicateMeetingCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

namespace focal::commands {

DuplicateMeetingCommand::DuplicateMeetingCommand(ForumDocument &document,
                                                 MeetingTemplates::Created done,
                                                 const QString &text)
    : QUndoCommand(text), m_document(document), m_done(std::move(done))
{}

void DuplicateMeetingCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return MeetingTemplates::redo(m_document.database(), m_done);
    }));
}

void DuplicateMeetingCommand::undo()
{
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return MeetingTemplates::undo(m_document.database(), m_done);
    }));
}

} // namespace focal::commands
