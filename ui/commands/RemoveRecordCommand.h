#pragma once

#include "storage/RecordRemoval.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// Deleting a record with what the schema takes along with it. It keeps the RecordRemoval plan
// of the last deletion, from which undo restores every row and cleared link exactly. Redo after
// an undo plans afresh: another window may have added rows that the deletion now takes along,
// and the undo must bring those back too.
class RemoveRecordCommand : public QUndoCommand
{
public:
    // `executed` is the plan the facade has already carried out.
    RemoveRecordCommand(ForumDocument &document, RecordRemoval::Plan executed, const QString &text);

    void redo() override;
    void undo() override;

    const RecordRemoval::Plan &plan() const { return m_plan; }

private:
    ForumDocument &m_document;
    RecordRemoval::Plan m_plan;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
