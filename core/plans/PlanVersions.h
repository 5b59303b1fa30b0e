#pragma once

#include "model/Plan.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace focal {

class Database;

// A plan's content kept as it was when it was sent or approved, and the comparison of any two
// such versions (or of a version with the plan as it is now). A version holds a snapshot of
// every item as JSON with a format number, so that it stays readable when the plan changes,
// and so that items are matched across versions by their UUIDs, not by their wording.
class PlanVersions
{
    Q_DECLARE_TR_FUNCTIONS(focal::PlanVersions)

public:
    static constexpr int FormatVersion = 1;

    // One item (line of action or product/activity) as kept in a snapshot.
    struct Item
    {
        QUuid id;
        QUuid parentId; // null for a line of action
        int position = 0;
        QString text;
        Deadline deadline;
        QString deadlineText; // the words as written
        PlanItemStatus status = PlanItemStatus::Proposed;
        QString notes;
        QList<QUuid> countryIds; // responsible countries, sorted
        Deadline originalDeadline;
        QString originalDeadlineText;
        QUuid carriedFromId;
        bool operator==(const Item &) const = default;
    };

    // The plan's items now, lines of action each followed by their items, in position order.
    static Result<QList<Item>> current(Database &db, const QUuid &planId);
    static QString toJson(const QList<Item> &items);
    // Reads a snapshot; anything malformed is an Error::Code::Invalid saying what, never a crash.
    static Result<QList<Item>> parse(const QString &snapshot);

    // Keeps the plan's current content as its next version (1, 2, ... within the plan). Runs
    // inside the caller's transaction when there is one. `versionId` fixes the new record's UUID
    // (the default data derives it from a key); null gives a new one.
    static Result<PlanVersion> take(Database &db, const QUuid &planId, DocumentStatus state,
                                    QDate date, const QUuid &eventId, const QString &label,
                                    const QUuid &versionId = {});
    // The plan's versions by number.
    static Result<QList<PlanVersion>> list(Database &db, const QUuid &planId);

    enum class Field {
        Parent,
        Position,
        Text,
        Deadline,
        Status,
        Notes,
        Countries,
        OriginalDeadline,
        CarriedFrom
    };
    static QString fieldLabel(Field field);

    // A field of an item that differs; values as text (deadline words, status keys, country
    // UUIDs joined by ";", positions as numbers).
    struct FieldChange
    {
        Field field = Field::Text;
        QString before;
        QString after;
    };
    struct Change
    {
        Item before;
        Item after;
        QList<FieldChange> fields;
    };
    enum class Direction { Later, Earlier, Reshaped, Defined, Undefined };
    // A deadline that moved, judged by the last day it covers (Deadline::end): Later or Earlier;
    // Reshaped when it ends on the same day in other periods; Defined when it was "to be
    // defined" and now is not; Undefined the other way round.
    struct DeadlineMove
    {
        QUuid id;
        QString text; // the item's text in the newer content
        Deadline before;
        Deadline after;
        Direction direction = Direction::Later;
    };
    struct Diff
    {
        QList<Item> added;   // in the newer content's order
        QList<Item> removed; // in the older content's order
        QList<Change> changed;
        QList<DeadlineMove> moved; // also listed in `changed`
        bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    };

    static Diff diff(const QList<Item> &older, const QList<Item> &newer);
    // A version against the plan as it is now.
    static Result<Diff> diffWithCurrent(Database &db, const PlanVersion &version);
};

} // namespace focal
