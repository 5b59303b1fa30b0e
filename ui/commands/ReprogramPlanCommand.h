#pragma once

#include "plans/Reprogramming.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// Carrying a plan's unfinished items into a later year's plan as one undo step. The first redo
// is the reprogramming itself, already done by the facade; undo removes the carried items (and
// the plan made for them) and puts the sources back as they were; redo writes again exactly
// what the reprogramming wrote (see Reprogramming::undo/redo).
class ReprogramPlanCommand : public QUndoCommand
{
public:
    ReprogramPlanCommand(ForumDocument &document, Reprogramming::Done done, const QString &text);

    void redo() override;
    void undo() override;

private:
    ForumDocument &m_document;
    Reprogramming::Done m_done;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
