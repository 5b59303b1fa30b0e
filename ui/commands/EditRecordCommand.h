#pragma once

#include "commands/CommandFailure.h"
#include "commands/CommandIds.h"
#include "ForumDocument.h"

#include <QUndoCommand>

namespace focal::commands {

// The one value-change command: a record of type T as it was (`before`) and as it was written
// (`after`, with the change metadata Repository::update stamped on it). Undo and redo both
// write a record exactly as kept (Repository::restore), so the database returns to precisely
// the state it had, modification times included.
//
// The facade performs the first write itself (to return its error and push nothing on
// failure), so the first redo(), which QUndoStack::push() calls, does nothing.
//
// Consecutive edits of the same record with the same non-empty merge key become one step, so
// an editor that writes as the person types does not flood the stack. Forms that write on
// Apply pass an empty key: each Apply is its own step.
template <typename T> class EditRecordCommand : public QUndoCommand
{
public:
    EditRecordCommand(ForumDocument &document, T before, T storedAfter, const QString &text,
                      const QString &mergeKey = {})
        : QUndoCommand(text), m_document(document), m_before(std::move(before)),
          m_after(std::move(storedAfter)), m_mergeKey(mergeKey)
    {}

    void redo() override
    {
        if (m_alreadyDone) {
            m_alreadyDone = false;
            return;
        }
        succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
            return m_document.repository().restore(m_after);
        }));
    }

    void undo() override
    {
        succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
            return m_document.repository().restore(m_before);
        }));
    }

    int id() const override { return EditRecordId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = dynamic_cast<const EditRecordCommand<T> *>(other);
        if (!edit || m_mergeKey.isEmpty() || edit->m_mergeKey != m_mergeKey ||
            edit->m_after.meta.id != m_after.meta.id)
            return false;
        m_after = edit->m_after; // `before` stays: one undo goes back past both edits
        return true;
    }

    const T &before() const { return m_before; }
    const T &after() const { return m_after; }

private:
    ForumDocument &m_document;
    T m_before;
    T m_after;
    QString m_mergeKey;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
