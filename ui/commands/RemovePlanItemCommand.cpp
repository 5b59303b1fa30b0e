#include "commands/RemovePlanItemCommand.h"

#include "commands/CommandFailure.h"
#include "commands/MovePlanItemCommand.h"
#include "ForumDocument.h"

#include <optional>

namespace focal::commands {

RemovePlanItemCommand::RemovePlanItemCommand(ForumDocument &document, RecordRemoval::Plan executed,
                                             QList<PlanItem> siblingsBefore,
                                             QList<PlanItem> siblingsAfter, const QString &text)
    : QUndoCommand(text), m_document(document), m_plan(std::move(executed)),
      m_siblingsBefore(std::move(siblingsBefore)), m_siblingsAfter(std::move(siblingsAfter))
{}

void RemovePlanItemCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    const QUuid id =
        QUuid::fromString(m_plan.deleted.first().values.value(QStringLiteral("id")).toString());
    std::optional<RecordRemoval::Plan> executed;
    const Result<void> done = m_document.retryingBusy([&]() -> Result<void> {
        Database &db = m_document.database();
        WriteTransaction tx(db);
        if (!tx.begun())
            return tx.begun();
        auto fresh = RecordRemoval::plan(db, QLatin1String(PlanItem::table), id);
        if (!fresh)
            return fresh.error();
        if (auto removed = RecordRemoval::execute(db, *fresh); !removed)
            return removed;
        if (auto moved = MovePlanItemCommand::restoreAll(m_document.repository(), m_siblingsAfter);
            !moved)
            return moved;
        if (auto committed = tx.commit(); !committed)
            return committed;
        executed = std::move(fresh).value();
        return {};
    });
    if (succeededOrDropped(*this, m_document, done))
        m_plan = std::move(*executed);
}

void RemovePlanItemCommand::undo()
{
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this]() -> Result<void> {
        Database &db = m_document.database();
        WriteTransaction tx(db);
        if (!tx.begun())
            return tx.begun();
        if (auto restored = RecordRemoval::undo(db, m_plan); !restored)
            return restored;
        if (auto moved = MovePlanItemCommand::restoreAll(m_document.repository(), m_siblingsBefore);
            !moved)
            return moved;
        return tx.commit();
    }));
}

} // namespace focal::commands
