#pragma once

#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace focal {

class Database;

// Finds working groups and plans from what a person types on a command line (or later in a
// report's settings): a UUID, or a short readable handle. Handles are case- and
// accent-insensitive; anything ambiguous or unknown is refused with the choices listed, never
// guessed.
//
//   group: its UUID, its short name ("seguridad", "gestion-riesgo") or any unambiguous word of
//          four letters or more of its area's name in Spanish, Portuguese or English ("crimen",
//          "riesgo", "health").
//   plan:  its UUID, "GROUP/sectoral", "GROUP/YEAR" (the group's own annual plan) or
//          "GROUP/SUBGROUP_NUMBER/YEAR" (a subgroup's annual plan), e.g. "seguridad/1/2021".
class Lookup
{
    Q_DECLARE_TR_FUNCTIONS(focal::Lookup)

public:
    static Result<WorkingGroup> group(Database &db, const QString &text);
    static Result<Plan> plan(Database &db, const QString &text);

    // The handle that plan() resolves back to this plan, e.g. "seguridad/1/2021".
    static Result<QString> handle(Database &db, const Plan &plan);

    // Plans in handle order (group, then sectoral before annual, year, subgroup), optionally of
    // one group and of one year.
    static Result<QList<Plan>> plans(Database &db, const QUuid &groupId = {},
                                     std::optional<int> year = std::nullopt);

    // Text folded for comparison: accents removed, case folded, whitespace simplified.
    static QString fold(const QString &text);
};

} // namespace focal
