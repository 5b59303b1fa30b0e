#pragma once

#include "exchange/ConflictStore.h"
#include "exchange/Exchange.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace focal {

class Database;

// What importing one package does to one database, decided record by record and column by
// column (docs/exchange.md, "Merging one incoming record") from reads alone: the preview shows
// it, and PackageImport::apply executes the same plan inside its write transaction.
class MergePlan
{
    Q_DECLARE_TR_FUNCTIONS(focal::MergePlan)

public:
    struct Write
    {
        package::Record record; // the row as it will be (merged for an update)
        bool insert = false;    // a new record here (may collide on a unique key)
        int change = -1;        // its entry in preview.changes, -1 when it changes no value
        QStringList changed;    // an update's columns whose stored values it changes
    };
    struct Removal
    {
        package::Deletion deletion; // as received
        int change = -1;
    };

    ImportPreview preview;
    QList<Write> writes;                 // package order: parents before children
    QList<Removal> removals;             // children's tables first
    QList<package::Deletion> tombstones; // deletions to remember, of records not here
    QList<ConflictStore::Row> conflicts; // new conflicts to store
    QList<QUuid> obsolete;               // stored conflicts this import settles

    // Whether executing the plan writes anything at all (bookkeeping included).
    bool writesSomething() const
    {
        return !writes.isEmpty() || !removals.isEmpty() || !tombstones.isEmpty() ||
               !conflicts.isEmpty() || !obsolete.isEmpty();
    }

    // Refuses (Invalid) a package whose records refer to a record neither in the database nor
    // in the package.
    static Result<MergePlan> build(Database &db, const package::Package &package);

    // Adds one change to the preview (and its counts); returns its index.
    int addChange(ImportPreview::Change::Kind kind, const QString &table, const QUuid &id,
                  const QString &label, const QStringList &fields = {},
                  Conflict::Kind conflict = Conflict::Kind::Field);
    // Turns a planned change into a conflict (a unique key found taken while applying).
    void becomeConflict(int change, Conflict::Kind conflict);
};

} // namespace focal
