#pragma once

#include "ForumDocument.h"

#include <QUndoCommand>

namespace focal::commands {

// What a command does when its undo or redo could not write (the database busy, a row
// referring to what it would delete): it must not let the stack claim a state the database
// does not have. The command reports the error and marks itself obsolete, which makes
// QUndoStack (Qt >= 6.1) drop it, leaving the index on the state the database really has.
// Returns whether `result` succeeded.
inline bool succeededOrDropped(QUndoCommand &command, ForumDocument &document,
                               const Result<void> &result)
{
    if (result)
        return true;
    command.setObsolete(true);
    document.reportError(result.error());
    return false;
}

} // namespace focal::commands
