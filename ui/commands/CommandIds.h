#pragma once

namespace focal::commands {

// QUndoCommand::id() values: commands with the same id may merge (see mergeWith()).
enum CommandId {
    EditRecordId = 1,
};

} // namespace focal::commands
