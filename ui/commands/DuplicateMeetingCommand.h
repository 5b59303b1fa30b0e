#pragma once

#include "meetings/MeetingTemplates.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// A new meeting, duplicated from another or made from a template, with its countries,
// participants and agenda, as one undo step. The first redo is the creation itself, already done
// by the facade; undo removes the meeting and what came with it (RecordRemoval), redo writes the
// same rows again (see MeetingTemplates::undo/redo).
class DuplicateMeetingCommand : public QUndoCommand
{
public:
    DuplicateMeetingCommand(ForumDocument &document, MeetingTemplates::Created done,
                            const QString &text);

    void redo() override;
    void undo() override;

private:
    ForumDocument &m_document;
    MeetingTemplates::Created m_done;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
