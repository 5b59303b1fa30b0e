#include "commands/RemoveRecordCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

#include <optional>

namespace focal::commands {

RemoveRecordCommand::RemoveRecordCommand(ForumDocument &document, RecordRemoval::Plan executed,
                                         const QString &text)
    : QUndoCommand(text), m_document(document), m_plan(std::move(executed))
{}

void RemoveRecordCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    const RecordRemoval::Row &record = m_plan.deleted.first();
    const QString table = record.table;
    const QUuid id = QUuid::fromString(record.values.value(QStringLiteral("id")).toString());
    std::optional<RecordRemoval::Plan> executed;
    const Result<void> done = m_document.retryingBusy([&]() -> Result<void> {
        auto fresh = RecordRemoval::plan(m_document.database(), table, id);
        if (!fresh)
            return fresh.error();
        if (auto removed = RecordRemoval::execute(m_document.database(), *fresh); !removed)
            return removed;
        executed = std::move(fresh).value();
        return {};
    });
    if (succeededOrDropped(*this, m_document, done))
        m_plan = std::move(*executed);
}

void RemoveRecordCommand::undo()
{
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return RecordRemoval::undo(m_document.database(), m_plan);
    }));
}

} // namespace focal::commands
