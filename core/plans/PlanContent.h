#pragma once

#include "model/Meeting.h"
#include "model/Plan.h"
#include "Result.h"

#include <QHash>
#include <QList>

namespace focal {

class Database;

// Everything a plan holds, exactly as stored (change metadata included): its lines of action
// and products, their responsible countries, and the commitments that point at its items. Taken
// before and after a change that rewrites many rows at once (a CSV import that replaces the
// plan, rows pasted from a spreadsheet), it lets the change be undone and redone exactly.
class PlanContent
{
public:
    QList<PlanItem> items; // lines of action before their products
    QList<PlanItemCountry> countries;
    QList<Agreement> linkedCommitments; // agreements whose plan item is one of `items`

    static Result<PlanContent> capture(Database &db, const QUuid &planId);

    // The responsible countries of each item of the plan, in the order they were given.
    static Result<QHash<QUuid, QList<QUuid>>> countriesByItem(Database &db, const QUuid &planId);

    // Makes the plan hold exactly `content`, in one transaction: rows it has and `content` has
    // are written back as they were, rows only `content` has are put back, rows only the plan
    // has are deleted, and the commitments' links are restored.
    static Result<void> restore(Database &db, const QUuid &planId, const PlanContent &content);
};

} // namespace focal
