#include "commands/MovePlanItemCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

namespace focal::commands {

namespace {

Result<void> restoreInTransaction(ForumDocument &document, const QList<PlanItem> &items)
{
    WriteTransaction tx(document.database());
    if (!tx.begun())
        return tx.begun();
    if (auto restored = MovePlanItemCommand::restoreAll(document.repository(), items); !restored)
        return restored;
    return tx.commit();
}

} // namespace

MovePlanItemCommand::MovePlanItemCommand(ForumDocument &document, QList<PlanItem> before,
                                         QList<PlanItem> after, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{}

Result<void> MovePlanItemCommand::restoreAll(Repository &repository, const QList<PlanItem> &items)
{
    for (const PlanItem &item : items)
        if (auto restored = repository.restore(item); !restored)
            return restored;
    return {};
}

void MovePlanItemCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return restoreInTransaction(m_document, m_after);
    }));
}

void MovePlanItemCommand::undo()
{
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return restoreInTransaction(m_document, m_before);
    }));
}

} // namespace focal::commands
