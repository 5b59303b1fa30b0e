#pragma once

#include "model/Plan.h"
#include "Result.h"

#include <QUndoCommand>

namespace focal {
class ForumDocument;
class Repository;
} // namespace focal

namespace focal::commands {

// Moving plan items: reordering, indenting, outdenting, dragging a product to another line. A
// move changes the parent and position of the item and renumbers the siblings it left and the
// ones it joined; the command keeps every row it changed as it was and as it was written, and
// undo and redo write those rows back exactly, in one transaction.
class MovePlanItemCommand : public QUndoCommand
{
public:
    // `before` and `after` hold the same items (as stored before and after the facade's write).
    MovePlanItemCommand(ForumDocument &document, QList<PlanItem> before, QList<PlanItem> after,
                        const QString &text);

    void redo() override;
    void undo() override;

    // Writes `items` exactly as given (change metadata included) inside the caller's transaction.
    static Result<void> restoreAll(Repository &repository, const QList<PlanItem> &items);

private:
    ForumDocument &m_document;
    QList<PlanItem> m_before;
    QList<PlanItem> m_after;
    bool m_alreadyDone = true;
};

} // namespace focal::commands
