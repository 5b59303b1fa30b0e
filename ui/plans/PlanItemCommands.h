#pragma once

// The facade through which the plan editor changes a plan's items: each function performs the
// change in one transaction, returns its error, and only when it succeeded pushes the undo
// command that takes it back. Positions among siblings are always renumbered 1, 2, 3, ...
// Lines of action have no parent; products (or activities) have a line as parent; there is no
// third level.

#include "ForumDocument.h"

#include "model/Plan.h"

namespace focal::commands {

// Writes `after` over the stored item of the same UUID (every field; a deadline must come with
// its words). Nothing is pushed when nothing changed. Successive edits with the same non-empty
// `mergeKey` (e.g. the text of one item) become one undo step.
Result<void> editPlanItem(ForumDocument &document, const PlanItem &after, const QString &text,
                          const QString &mergeKey = {});

// Adds an item with `itemText` under `parentId` (null: a line of action) at `index` among its
// siblings (0-based; out of range or -1: at the end). Returns the new item's UUID.
Result<QUuid> addPlanItem(ForumDocument &document, const QUuid &planId, const QUuid &parentId,
                          int index, const QString &itemText);

// Removes an item (a line with its products) and closes the gap among its siblings.
Result<void> removePlanItem(ForumDocument &document, const QUuid &itemId);

// Moves an item under `newParentId` (null: as a line) at `index` among its new siblings, counted
// without the item itself (-1: at the end). Refused when it would make a line with products a
// product, or put an item under a product or under itself. No step when nothing moves.
Result<void> movePlanItem(ForumDocument &document, const QUuid &itemId, const QUuid &newParentId,
                          int index, const QString &text = {});

// One place up or down among its siblings (refused at either end).
Result<void> movePlanItemBy(ForumDocument &document, const QUuid &itemId, int offset);
// A line of action without products becomes the last product of the line before it.
Result<void> indentPlanItem(ForumDocument &document, const QUuid &itemId);
// A product becomes a line of action right after its line.
Result<void> outdentPlanItem(ForumDocument &document, const QUuid &itemId);

// Makes exactly `countryIds` responsible for the item (rows of countries that stay are kept).
Result<void> setPlanItemCountries(ForumDocument &document, const QUuid &itemId,
                                  const QList<QUuid> &countryIds);

} // namespace focal::commands
