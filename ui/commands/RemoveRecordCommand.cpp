#include "commands/RemoveRecordCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

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
    auto fresh = RecordRemoval::plan(
        m_document.database(), record.table,
        QUuid::fromString(record.values.value(QStringLiteral("id")).toString()));
    if (!succeededOrDropped(*this, m_document, fresh ? Result<void>() : fresh.error()))
        return;
    if (succeededOrDropped(*this, m_document,
                           RecordRemoval::execute(m_document.database(), *fresh)))
        m_plan = std::move(fresh).value();
}

void RemoveRecordCommand::undo()
{
    succeededOrDropped(*this, m_document, RecordRemoval::undo(m_document.database(), m_plan));
}

} // namespace focal::commands
