#include "commands/SetPlanItemCountriesCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"

#include <QSet>

namespace focal::commands {

SetPlanItemCountriesCommand::SetPlanItemCountriesCommand(ForumDocument &document,
                                                         QList<PlanItemCountry> before,
                                                         QList<PlanItemCountry> after,
                                                         const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{}

Result<void> SetPlanItemCountriesCommand::replace(ForumDocument &document,
                                                  const QList<PlanItemCountry> &from,
                                                  const QList<PlanItemCountry> &to)
{
    Repository &repo = document.repository();
    WriteTransaction tx(document.database());
    if (!tx.begun())
        return tx.begun();
    QSet<QUuid> kept;
    for (const PlanItemCountry &row : to)
        kept.insert(row.meta.id);
    for (const PlanItemCountry &row : from)
        if (!kept.contains(row.meta.id))
            if (auto removed = repo.remove<PlanItemCountry>(row.meta.id); !removed)
                return removed;
    for (const PlanItemCountry &row : to)
        if (auto restored = repo.restore(row); !restored)
            return restored;
    return tx.commit();
}

void SetPlanItemCountriesCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return replace(m_document, m_before, m_after);
    }));
}

void SetPlanItemCountriesCommand::undo()
{
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return replace(m_document, m_after, m_before);
    }));
}

} // namespace focal::commands
