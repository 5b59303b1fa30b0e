#pragma once

#include "model/Plan.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace focal {

class Database;

// The life of a plan as dated, noted steps: draft, sent for comments (to whom), observations
// received, approved, delivered (e.g. to the Presidencia Pro Tempore). It says which steps may
// follow which, checks a step before it is recorded, and records it in one transaction: the
// event, the plan's new status, and, for the states that others see (sent, approved,
// delivered), a kept version of the plan's content.
//
// Allowed steps:
//   Draft                -> SentForComments
//   SentForComments      -> ObservationsReceived, Approved, Draft (withdrawn)
//   ObservationsReceived -> SentForComments (sent again), Approved, Draft (withdrawn)
//   Approved             -> Delivered, Draft (reopened)
//   Delivered            -> Draft (reopened)
// An approved or delivered plan has been agreed by others: going back to draft is a reopening,
// which needs a note that says why. A withdrawal from consultation does not: nobody agreed yet.
class PlanLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(focal::PlanLifecycle)

public:
    static QList<DocumentStatus> allowedNext(DocumentStatus from);
    static bool isAllowed(DocumentStatus from, DocumentStatus to);
    // Back to draft from a state others agreed to.
    static bool isReopening(DocumentStatus from, DocumentStatus to);
    // The states that keep a version of the plan's content.
    static bool keepsVersion(DocumentStatus state);
    static bool needsRecipient(DocumentStatus state);

    // What is wrong with an event, field by field, so that a form can show each message next
    // to its field. Empty when the event may be recorded on `today`.
    enum class Field { State, Date, Country, Recipient, Meeting, Note };
    struct Problem
    {
        Field field = Field::State;
        QString message; // translated
    };
    static Result<QList<Problem>> check(Database &db, const PlanEvent &event, QDate today);

    // What one recording did, enough to undo and redo it exactly.
    struct Recorded
    {
        Plan planBefore;
        Plan planAfter;
        PlanEvent event;
        std::optional<PlanVersion> version;
    };

    // Checks the event (Error::Code::Invalid with the first problem's message when it may not be
    // recorded) and records it in one transaction: nothing is written on any failure.
    static Result<Recorded> record(Database &db, PlanEvent event, QDate today);
    // Removes what record() wrote and puts the plan back as it was, in one transaction.
    static Result<void> undo(Database &db, const Recorded &recorded);
    // Writes again exactly what record() wrote (same UUIDs and change information).
    static Result<void> redo(Database &db, const Recorded &recorded);

    // The plan's events, oldest first (same-day events in the order they were recorded).
    static Result<QList<PlanEvent>> history(Database &db, const QUuid &planId);
};

} // namespace focal
