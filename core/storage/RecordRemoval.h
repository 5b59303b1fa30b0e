#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>
#include <QVariantMap>

namespace focal {

class Database;

// Deleting a record the way a person expects: first a plan that says what the deletion takes
// along (rows deleted with it by the schema's cascades, links that are cleared) and what forbids
// it (records that must not lose what they refer to); then the deletion itself, in one
// transaction; and, from the same plan, the exact undo.
class RecordRemoval
{
    Q_DECLARE_TR_FUNCTIONS(focal::RecordRemoval)

public:
    struct Row
    {
        QString table;
        QVariantMap values; // every column, as stored
    };
    struct Blocker
    {
        QString table;  // the table of the records that refer to what would be deleted
        QString column; // their referring column
        int count = 0;
    };
    struct Plan
    {
        QList<Row> deleted; // the record first, then what cascades, each after its parent
        QList<Row> cleared; // rows whose link to a deleted record is set to NULL, as they were
        QList<QPair<QString, QString>> clearedColumns; // (table, column) for each cleared row
        QList<Blocker> blockers;
        bool allowed() const { return blockers.isEmpty(); }
        // How many rows of each table go with the record (the record itself not counted).
        QList<QPair<QString, int>> cascadeCounts() const;
    };

    static Result<Plan> plan(Database &db, const QString &table, const QUuid &id);
    // Refuses when the plan has blockers; otherwise deletes the record (and with it, by the
    // schema, everything in the plan) in one transaction.
    static Result<void> execute(Database &db, const Plan &plan);
    // Puts back every deleted row and every cleared link, exactly, in one transaction.
    static Result<void> undo(Database &db, const Plan &plan);
};

} // namespace focal
