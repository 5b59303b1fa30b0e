#pragma once

#include "exchange/Package.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <functional>

namespace focal {

class Database;

// This installation's identity in exchanges: set on first start, shown in the program, written
// into every package it sends. Stored in the database's settings (site_id, site_country,
// site_focal_point); the author of changes is the focal point.
struct SiteIdentity
{
    QUuid site;
    QUuid countryId;    // a country record; null until set
    QString focalPoint; // the person's name

    bool isComplete() const { return !countryId.isNull() && !focalPoint.trimmed().isEmpty(); }
    static SiteIdentity load(Database &db);
    // Stores the country and focal point (the site id never changes) and makes the focal point
    // the author of this connection's changes.
    static Result<void> save(Database &db, const QUuid &countryId, const QString &focalPoint);
};

// What goes into a package.
struct ExportSelection
{
    enum class Kind {
        Everything,  // every record and every deletion
        Group,       // a working group and everything under it
        Plan,        // one plan (a subgroup's work plan, a sectoral plan) with its items
        Meeting,     // one meeting with its agenda, attendance, agreements, documents
        ChangedSince // what changed since the last package sent to `recipient`
    };
    Kind kind = Kind::Everything;
    QUuid id;        // the group, plan or meeting
    QUuid recipient; // a country record: named in the manifest; required for ChangedSince

    // As focal-cli and the manifest spell it: "all", "group:<id>", "plan:<id>",
    // "meeting:<id>", "changes-for:<ISO2>".
    QString describe(Database &db) const;
};

class PackageExport
{
    Q_DECLARE_TR_FUNCTIONS(focal::PackageExport)

public:
    // The records of the selection, with the parents they refer to (so that the package can be
    // applied on a database that lacks them), and, for Everything and ChangedSince, deletions.
    static Result<package::Package> collect(Database &db, const ExportSelection &selection);
    // Collects, writes the file atomically and, when there is a recipient, remembers what was
    // sent to it (the starting point of the next ChangedSince). Returns the manifest.
    static Result<package::Manifest> write(Database &db, const ExportSelection &selection,
                                           const QString &path);
};

// A field (or a whole record) whose local and incoming versions were made without knowledge of
// each other. The local value stays; the incoming one is kept here until a person chooses.
struct Conflict
{
    enum class Kind {
        Field,        // both sides changed `field`
        DeletedHere,  // deleted here, changed there: `incoming` holds the whole record
        DeletedThere, // changed here, deleted there
        Duplicate     // a new record that collides with a local one on a unique key
    };
    QUuid id;
    Kind kind = Kind::Field;
    QString table;
    QUuid recordId;
    QString recordLabel; // how people know the record ("Taller 2: ...")
    QString field;       // the column, for Field
    QVariant localValue; // stored forms (Field)
    QVariant incomingValue;
    QString incomingAuthor;
    QUuid incomingSite;
    QDateTime incomingModified;
    QUuid packageId;
    QDateTime detected;
};

// What importing a package would do, or did.
struct ImportPreview
{
    struct Change
    {
        enum class Kind { Added, Changed, Deleted, Conflict };
        Kind kind = Kind::Added;
        QString table;
        QUuid recordId;
        QString recordLabel;
        QStringList fields; // changed or conflicting columns
        Conflict::Kind conflict = Conflict::Kind::Field;
    };
    package::Manifest manifest;
    QList<Change> changes;
    int added = 0, changed = 0, deleted = 0, conflicts = 0;
    int unchanged = 0; // records and deletions already here (or older than what is here)

    bool changesNothing() const { return added + changed + deleted + conflicts == 0; }
    // A few lines a person reads: counts, then one line per change (at most `limit`).
    QString summary(int limit = 50) const;
};

class PackageImport
{
    Q_DECLARE_TR_FUNCTIONS(focal::PackageImport)

public:
    // Reads nothing but the package and the database; writes nothing.
    static Result<ImportPreview> preview(Database &db, const package::Package &package);
    // Applies the package in one write transaction, or nothing of it: new and changed records,
    // deletions, and conflicts recorded for a person to settle. Importing the same package
    // again changes nothing. `progress` (done, total) may be called while it works.
    static Result<ImportPreview> apply(Database &db, const package::Package &package,
                                       const std::function<void(int, int)> &progress = {});
};

class Conflicts
{
    Q_DECLARE_TR_FUNCTIONS(focal::Conflicts)

public:
    enum class Choice { KeepLocal, TakeIncoming };

    static Result<QList<Conflict>> list(Database &db);
    static Result<int> count(Database &db);
    // Settles one conflict as a new change made here, which includes both sides' knowledge:
    // sent on, it settles the same conflict everywhere without a new one.
    static Result<void> resolve(Database &db, const QUuid &conflictId, Choice choice);
};

} // namespace focal
