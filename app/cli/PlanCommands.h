#pragma once

#include "query/Listings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace focal {
class Database;
}

namespace focal::cli {

// The `focal-cli plan ...` commands: plans listed by their handles, exported to CSV and imported
// from it. Each one wires Lookup, PlanTable and Csv together and returns what to print; the
// rules and errors are PlanTable's, so a script and the desktop program see the same ones.
class PlanCommands
{
    Q_DECLARE_TR_FUNCTIONS(focal::cli::PlanCommands)

public:
    // Plans with their handle, kind, year, title, status and size; `group` may be empty.
    static Result<Table> list(Database &db, const QString &group, std::optional<int> year);
    // Writes the plan to `file` atomically; returns the sentence to print.
    static Result<QString> exportCsv(Database &db, const QString &plan, const QString &file);
    // Reads `file` whole and checks every row before writing anything, then appends to the plan
    // or replaces its items in one transaction; returns the sentence to print.
    static Result<QString> importCsv(Database &db, const QString &plan, const QString &file,
                                     bool replace);
};

} // namespace focal::cli
