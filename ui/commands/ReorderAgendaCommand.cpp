#include "ReorderAgendaCommand.h"

#include "commands/CommandFailure.h"

namespace focal::commands {

ReorderAgendaCommand::ReorderAgendaCommand(ForumDocument &document, QList<AgendaItem> before,
                                           QList<AgendaItem> after, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{}

void ReorderAgendaCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document,
                       m_document.retryingBusy([this] { return write(m_after); }));
}

void ReorderAgendaCommand::undo()
{
    succeededOrDropped(*this, m_document,
                       m_document.retryingBusy([this] { return write(m_before); }));
}

Result<void> ReorderAgendaCommand::write(const QList<AgendaItem> &items)
{
    WriteTransaction tx(m_document.database());
    if (!tx.begun())
        return tx.begun();
    for (const AgendaItem &item : items)
        if (auto restored = m_document.repository().restore(item); !restored)
            return restored;
    return tx.commit();
}

} // namespace focal::commands
