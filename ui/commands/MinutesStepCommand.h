#pragma once

#include "meetings/MinutesLifecycle.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// A recorded step of a meeting's minutes (the event and the meeting's new minutes status),
// reopening included, as one undo step. The first redo is the step itself, already done by the
// facade; undo and redo then remove and write again exactly those rows (see
// MinutesLifecycle::undo/redo).
class MinutesStepCommand : public QUndoCommand
{
public:
    MinutesStepCommand(ForumDocument &document, MinutesLifecycle::Recorded done,
                       const QString &text);

    void redo() override;
    void undo() override;

private:
    ForumDocument &m_document;
    MinutesLifecycle::Recorded m_done;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
