#pragma once

#include "meetings/CarryOver.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// Open commitments carried into a meeting's agenda as one undo step. The first redo is the
// carrying itself, already done by the facade; undo removes the agenda items it added, redo
// writes the same items again (see CarryOver::undo/redo).
class CarryOverCommand : public QUndoCommand
{
public:
    CarryOverCommand(ForumDocument &document, CarryOver::Carried done, const QString &text);

    void redo() override;
    void undo() override;

private:
    ForumDocument &m_document;
    CarryOver::Carried m_done;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
