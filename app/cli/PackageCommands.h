#pragma once

#include "exchange/Exchange.h"
#include "query/Listings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace focal {
class Database;
}

namespace focal::cli {

// The `focal-cli site` and `focal-cli package` commands: this installation's identity, and
// packages exported, inspected, imported, and the conflicts they leave settled. It parses their
// arguments, calls the exchange engine (core/exchange/Exchange.h) and prints; the exit code
// tells scripts what happened (see Exit).
class PackageCommands
{
    Q_DECLARE_TR_FUNCTIONS(focal::cli::PackageCommands)

public:
    // Documented in `focal-cli --help` and the README.
    enum Exit { Ok = 0, Failure = 1, Usage = 2, Refused = 3, ConflictsWaiting = 4 };

    using Opener = std::function<Result<std::unique_ptr<Database>>()>;

    PackageCommands(QTextStream &out, QTextStream &err, bool verbose, Opener open);

    // The options of these commands, and their lines of the help text.
    static void addOptions(QCommandLineParser &parser);
    static QString help();

    // `args` are the positional arguments, starting with "site" or "package".
    int run(const QStringList &args, const QCommandLineParser &parser);

    // The manifest as lines a person reads (used by inspect and import).
    static QStringList manifestLines(const package::Manifest &manifest);
    // The conflicts as a table: id, table, record, field, here, incoming, from.
    static Table conflictTable(const QList<Conflict> &conflicts);

private:
    int site(const QStringList &args, const QCommandLineParser &parser);
    int exportPackage(const QStringList &args, const QCommandLineParser &parser);
    int inspect(const QStringList &args);
    int importPackage(const QStringList &args, bool dryRun);
    int listConflicts(const QStringList &args);
    int resolve(const QStringList &args);

    Result<ExportSelection> selection(Database &db, const QCommandLineParser &parser);
    // Reads a package; a refusal is printed, and its exit code returned through `exit`.
    std::optional<package::Package> readPackage(const QString &path, int *exit);

    int fail(const Error &error, int code = Failure);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_verbose = false;
    Opener m_open;
};

} // namespace focal::cli
