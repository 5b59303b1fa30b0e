#pragma once

#include "model/ReportText.h"
#include "Result.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUuid>

#include <optional>

namespace focal {
class ForumDocument;
}

namespace focal::commands {

// Editing the introduction of a working group's annual report (a report_text row, see
// ReportTexts): the row before and after, kept whole. Undo and redo put the kept row back
// exactly (change metadata included) or remove it when there was none, in one transaction.
class EditIntroductionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(focal::commands::EditIntroductionCommand)

public:
    // Writes the introduction through ReportTexts (blank text removes it, so that the report
    // writes its own again) and pushes the command on the document's stack; nothing is pushed
    // when the text did not change.
    static Result<void> edit(ForumDocument &document, const QUuid &groupId, const QString &body);

    EditIntroductionCommand(ForumDocument &document, const QUuid &groupId,
                            std::optional<ReportText> before, std::optional<ReportText> after);

    void redo() override;
    void undo() override;

private:
    static Result<void> put(ForumDocument &document, const QUuid &groupId,
                            const std::optional<ReportText> &state);

    ForumDocument &m_document;
    QUuid m_groupId;
    std::optional<ReportText> m_before;
    std::optional<ReportText> m_after;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
