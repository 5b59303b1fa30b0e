#include "report/EditIntroductionCommand.h"

#include "commands/CommandFailure.h"
#include "ForumDocument.h"
#include "reports/ReportTexts.h"

namespace focal::commands {
namespace {

Result<std::optional<ReportText>> stored(ForumDocument &document, const QUuid &groupId)
{
    return ReportTexts::find(document.database(), groupId,
                             QLatin1String(ReportTexts::annualIntroduction));
}

} // namespace

Result<void> EditIntroductionCommand::edit(ForumDocument &document, const QUuid &groupId,
                                           const QString &body)
{
    auto before = stored(document, groupId);
    if (!before)
        return before.error();
    const QString was = before.value() ? before.value()->body : QString();
    if (was == body || (was.trimmed().isEmpty() && body.trimmed().isEmpty()))
        return {};
    if (auto written = document.retryingBusy(
            [&] { return ReportTexts::setIntroduction(document.database(), groupId, body); });
        !written)
        return written;
    auto after = stored(document, groupId);
    if (!after)
        return after.error();
    document.undoStack().push(new EditIntroductionCommand(document, groupId, *before, *after));
    return {};
}

EditIntroductionCommand::EditIntroductionCommand(ForumDocument &document, const QUuid &groupId,
                                                 std::optional<ReportText> before,
                                                 std::optional<ReportText> after)
    : QUndoCommand(tr("Edit Report Introduction")), m_document(document), m_groupId(groupId),
      m_before(std::move(before)), m_after(std::move(after))
{}

Result<void> EditIntroductionCommand::put(ForumDocument &document, const QUuid &groupId,
                                          const std::optional<ReportText> &state)
{
    Repository &repo = document.repository();
    WriteTransaction tx(document.database());
    if (!tx.begun())
        return tx.begun();
    auto current = stored(document, groupId);
    if (!current)
        return current.error();
    // Another row of the same group and kind (written meanwhile) goes first: the kept one
    // would meet the (group, kind) uniqueness.
    if (current.value() && (!state || current.value()->meta.id != state->meta.id))
        if (auto removed = repo.remove<ReportText>(current.value()->meta.id); !removed)
            return removed;
    if (state)
        if (auto restored = repo.restore(*state); !restored)
            return restored;
    return tx.commit();
}

void EditIntroductionCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return put(m_document, m_groupId, m_after);
    }));
}

void EditIntroductionCommand::undo()
{
    succeededOrDropped(*this, m_document, m_document.retryingBusy([this] {
        return put(m_document, m_groupId, m_before);
    }));
}

} // namespace focal::commands
