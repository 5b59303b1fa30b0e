#pragma once

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

#include "storage/RecordRemoval.h"

#include <QUndoCommand>

namespace focal::commands {

// Adding a record of type T. The facade inserts it (stamping its UUID and change metadata) and
// hands over the record as stored; redo after an undo puts that exact record back, and undo
// removes it through RecordRemoval, which refuses when something has come to refer to it.
template <typename T> class AddRecordCommand : public QUndoCommand
{
public:
    AddRecordCommand(ForumDocument &document, T stored, const QString &text)
        : QUndoCommand(text), m_document(document), m_record(std::move(stored))
    {}

    void redo() override
    {
        if (m_alreadyDone) {
            m_alreadyDone = false;
            return;
        }
        succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
            return m_document.repository().restore(m_record);
        }));
    }

    void undo() override
    {
        Database &db = m_document.database();
        succeededOrDropped(*this, m_document, m_document.retryingBusy([&]() -> Result<void> {
            auto plan = RecordRemoval::plan(db, QLatin1String(T::table), m_record.meta.id);
            return plan ? RecordRemoval::execute(db, *plan) : Result<void>(plan.error());
        }));
    }

    const T &record() const { return m_record; }

private:
    ForumDocument &m_document;
    T m_record;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
