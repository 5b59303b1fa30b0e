#include "commands/AddPlanItemCommand.h"

#include "commands/CommandFailure.h"
#include "commands/MovePlanItemCommand.h"
#include "ForumDocument.h"

#include "storage/RecordRemoval.h"

namespace focal::commands {

AddPlanItemCommand::AddPlanItemCommand(ForumDocument &document, PlanItem stored,
                                       QList<PlanItem> siblingsBefore,
                                       QList<PlanItem> siblingsAfter, const QString &text)
    : QUndoCommand(text), m_document(document), m_item(std::move(stored)),
      m_siblingsBefore(std::move(siblingsBefore)), m_siblingsAfter(std::move(siblingsAfter))
{}

void AddPlanItemCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this]() -> Result<void> {
        WriteTransaction tx(m_document.database());
        if (!tx.begun())
            return tx.begun();
        if (auto restored = m_document.repository().restore(m_item); !restored)
            return restored;
        if (auto moved = MovePlanItemCommand::restoreAll(m_document.repository(), m_siblingsAfter);
            !moved)
            return moved;
        return tx.commit();
    }));
}

void AddPlanItemCommand::undo()
{
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this]() -> Result<void> {
        Database &db = m_document.database();
        WriteTransaction tx(db);
        if (!tx.begun())
            return tx.begun();
        auto plan = RecordRemoval::plan(db, QLatin1String(PlanItem::table), m_item.meta.id);
        if (!plan)
            return plan.error();
        if (auto removed = RecordRemoval::execute(db, *plan); !removed)
            return removed;
        if (auto moved = MovePlanItemCommand::restoreAll(m_document.repository(), m_siblingsBefore);
            !moved)
            return moved;
        return tx.commit();
    }));
}

} // namespace focal::commands
