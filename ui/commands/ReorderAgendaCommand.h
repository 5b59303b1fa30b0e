#pragma once

#include "ForumDocument.h"

#include "model/Meeting.h"

#include <QUndoCommand>

namespace focal::commands {

// A meeting's agenda put in a new order as one step: the items as they were and as they were
// written (positions and change metadata), each set restored in one transaction. The facade
// writes the new order itself, so the first redo() does nothing.
class ReorderAgendaCommand : public QUndoCommand
{
public:
    ReorderAgendaCommand(ForumDocument &document, QList<AgendaItem> before, QList<AgendaItem> after,
                         const QString &text);

    void redo() override;
    void undo() override;

private:
    Result<void> write(const QList<AgendaItem> &items);

    ForumDocument &m_document;
    QList<AgendaItem> m_before;
    QList<AgendaItem> m_after;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
