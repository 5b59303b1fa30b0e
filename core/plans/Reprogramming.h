#pragma once

#include "model/Plan.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace focal {

class Database;

// Carrying what a plan year left unfinished into a later year's plan, in one action ("Las
// actividades del Plan de Trabajo 2020 ... fueron reprogramadas para el año 2021").
//
// Unfinished means not Done, Cancelled or already Reprogrammed. A product or activity is
// carried when it is unfinished; a line of action is carried when it has unfinished products,
// or when it is unfinished and has no products. The target is the annual plan of the later year
// of the same group and subgroup, created ("Plan de Trabajo <year>", same item label) when there
// is none. Each carried item points to its source (carriedFromId), keeps the first deadline of
// its chain of reprogrammings (originalDeadline and its words), gets the same responsible
// countries, status Proposed, and its deadline moved forward by the years between the plans
// (re-rendered in Spanish); its source becomes Reprogrammed.
class Reprogramming
{
    Q_DECLARE_TR_FUNCTIONS(focal::Reprogramming)

public:
    // One item to carry, as it will be written (without its UUID and plan, set when written).
    struct Carry
    {
        PlanItem source;
        PlanItem carried;        // parentId is the source line's id until written
        QList<QUuid> countryIds; // copied from the source
    };
    struct Preview
    {
        Plan source;
        Plan target; // meta.id null when it is to be created
        bool createsTarget = false;
        QList<Carry> items; // lines of action each followed by their items
    };

    // What would be carried from `sourcePlanId` into its group's plan for `targetYear`.
    // Error::Code::Invalid when the source is not an annual plan with a year, the target year is
    // not later, nothing is unfinished, or a deadline cannot be moved that far.
    static Result<Preview> preview(Database &db, const QUuid &sourcePlanId, int targetYear);

    // What one execution wrote, enough to undo and redo it exactly.
    struct Done
    {
        std::optional<Plan> createdPlan;
        QUuid targetPlanId;
        QList<PlanItem> carried; // as written, lines before their items
        QList<PlanItemCountry> countries;
        QList<PlanItem> sourcesBefore;
        QList<PlanItem> sourcesAfter;
    };

    // Carries the items in one transaction; nothing is written on any failure.
    static Result<Done> execute(Database &db, const QUuid &sourcePlanId, int targetYear);
    static Result<void> undo(Database &db, const Done &done);
    static Result<void> redo(Database &db, const Done &done);
};

} // namespace focal
