#pragma once

// The facade through which widgets change the database: each function performs the change,
// returns its error, and only when it succeeded pushes the undo command that can take it back.
// Widgets never build QUndoCommands themselves.

#include "commands/AddRecordCommand.h"
#include "commands/EditPersonCommand.h"
#include "commands/EditRecordCommand.h"
#include "commands/EditWorkingGroupCommand.h"
#include "ForumDocument.h"

#include "model/Record.h"
#include "model/WorkingGroup.h"
#include "storage/RecordRemoval.h"

#include <memory>

namespace focal::commands {

// Whether two records of one type hold the same field values (metadata aside).
template <typename T> bool sameFields(const T &a, const T &b)
{
    QVariantList left, right;
    forEachField(a, [&](const char *, const auto &m) { left << column::toVariant(m); });
    forEachField(b, [&](const char *, const auto &m) { right << column::toVariant(m); });
    return left == right;
}

// Inserts `record` (which receives its UUID and change metadata) and pushes its undo.
template <typename T> Result<void> add(ForumDocument &document, T &record, const QString &text)
{
    Repository &repo = document.repository();
    T attempt;
    // Each attempt starts from the record as given: a failed insert may have stamped it.
    if (auto inserted = document.retryingBusy([&] {
            attempt = record;
            return repo.insert(attempt);
        });
        !inserted)
        return inserted;
    // Kept as read back, so that redo after undo writes exactly the stored row.
    auto stored = repo.get<T>(attempt.meta.id);
    if (!stored)
        return stored.error();
    record = *stored;
    document.undoStack().push(new AddRecordCommand<T>(document, *stored, text));
    return {};
}

// Writes `after` over the stored record of the same UUID and pushes its undo. Nothing is
// written or pushed when no field changed. `mergeKey`: see EditRecordCommand.
template <typename T>
Result<void> edit(ForumDocument &document, const T &after, const QString &text,
                  const QString &mergeKey = {})
{
    Repository &repo = document.repository();
    auto before = repo.get<T>(after.meta.id);
    if (!before)
        return before.error();
    if (sameFields(*before, after))
        return {};
    T written;
    if (auto updated = document.retryingBusy([&] {
            written = after;
            written.meta = before->meta; // the stored identity and creation, whatever the form held
            return repo.update(written);
        });
        !updated)
        return updated;
    auto stored = repo.get<T>(after.meta.id);
    if (!stored)
        return stored.error();
    document.undoStack().push(new EditRecordCommand<T>(document, *before, *stored, text, mergeKey));
    return {};
}

// A subgroup and its member countries (besides the leader), changed as one step.
Result<void> editSubgroup(ForumDocument &document, const Subgroup &after,
                          const QList<QUuid> &memberCountryIds, const QString &text);

// A person and their roles, changed as one step.
Result<void> editPerson(ForumDocument &document, const Person &after,
                        const QList<EditPersonCommand::Role> &roles, const QString &text);

// A working group with its participating countries (and their status) and institutions,
// changed as one step.
Result<void> editWorkingGroup(ForumDocument &document, const WorkingGroup &after,
                              const QList<EditWorkingGroupCommand::Participation> &countries,
                              const QList<QUuid> &institutionIds, const QString &text);

// What deleting the record would take along and what forbids it; nothing is changed.
Result<RecordRemoval::Plan> planRemoval(ForumDocument &document, const QString &table,
                                        const QUuid &id);

// Deletes the planned record (refused when the plan has blockers) and pushes its undo.
Result<void> remove(ForumDocument &document, RecordRemoval::Plan plan, const QString &text);

} // namespace focal::commands
