// focal-cli: Focal's headless command-line tool. It parses arguments and calls core; every
// piece of logic lives in focal_core, where the tests exercise it.

#include "CliOutput.h"
#include "data/DefaultData.h"
#include "MeetingCommands.h"
#include "PackageCommands.h"
#include "PlanCommands.h"
#include "query/Checker.h"
#include "query/Listings.h"
#include "query/Search.h"
#include "ReportCommand.h"
#include "storage/DatabaseFile.h"
#include "support/UiLanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace focal;

namespace {

// Exit codes: documented in the README.
enum Exit { Ok = 0, Failure = 1, Usage = 2 };

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(focal::Cli)

public:
    Cli() : out(stdout), err(stderr) {}

    // Every command's options and the help text; run() and main() (which must know whether a
    // report is asked for before it makes the application object) parse with them.
    static void setUp(QCommandLineParser &parser);
    int run(const QStringList &arguments);

private:
    int fail(const Error &e)
    {
        err << "focal-cli: " << e.message << '\n';
        if (verbose && !e.detail.isEmpty())
            err << "  " << e.detail << '\n';
        return Failure;
    }
    int usage(const QString &message)
    {
        err << "focal-cli: " << message << '\n'
            << tr("Run \"focal-cli --help\" for the commands.") << '\n';
        return Usage;
    }
    Result<std::unique_ptr<Database>> openDatabase();

    int init(bool empty);
    int info();
    int list(const QString &kind, bool json);
    int search(const QString &text, bool json);
    int check();
    int plan(const QStringList &args, const QCommandLineParser &parser);
    int meetings(const QStringList &args, const QCommandLineParser &parser);
    int commitments(const QStringList &args, const QCommandLineParser &parser);
    int report(const QStringList &args, const QCommandLineParser &parser);
    std::optional<QDate> today(const QCommandLineParser &parser);

    QTextStream out;
    QTextStream err;
    QString databasePath;
    bool verbose = false;
};

Result<std::unique_ptr<Database>> Cli::openDatabase()
{
    // An explicit path must exist: a typo should not quietly create a new database. The default
    // database is created with the default data on first use, as the desktop program does.
    return DatabaseFile::open(databasePath, databasePath.isEmpty() ? Database::Mode::OpenOrCreate
                                                                   : Database::Mode::OpenExisting);
}

int Cli::init(bool empty)
{
    auto db = DatabaseFile::open(databasePath, Database::Mode::CreateNew,
                                 empty ? DatabaseFile::Content::Empty
                                       : DatabaseFile::Content::DefaultData);
    if (!db)
        return fail(db.error());
    out << (empty ? tr("Created an empty database at %1.")
                  : tr("Created %1 with the PROSUR default data."))
               .arg(db.value()->path())
        << '\n';
    return Ok;
}

int Cli::info()
{
    auto opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    out << tr("Database:      %1").arg(db.path()) << '\n'
        << tr("Size:          %1 bytes").arg(QFileInfo(db.path()).size()) << '\n'
        << tr("Data version:  %1").arg(db.schemaVersion()) << '\n'
        << tr("Site:          %1").arg(db.context().site.toString(QUuid::WithoutBraces)) << '\n'
        << tr("Author:        %1").arg(db.context().author) << '\n'
        << tr("Default data:  %1")
               .arg(db.meta(QStringLiteral("default_data")).isEmpty() ? tr("no") : tr("yes"))
        << '\n';
    const char *tables[] = {"country",       "institution", "person",   "thematic_area",
                            "working_group", "subgroup",    "meeting",  "agreement",
                            "plan",          "plan_item",   "document", "milestone"};
    for (const char *table : tables) {
        auto q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!q)
            return fail(q.error());
        q.value().next();
        out << QStringLiteral("  %1 %2")
                   .arg(QLatin1String(table) + QLatin1Char(':'), -15)
                   .arg(q.value().value(0).toInt())
            << '\n';
    }
    return Ok;
}

int Cli::list(const QString &kind, bool json)
{
    if (kind.isEmpty())
        return usage(tr("Say what to list: %1.").arg(Listings::kinds().join(QStringLiteral(", "))));
    if (!Listings::kinds().contains(kind))
        return usage(tr("There is no list of \"%1\"; choose one of: %2.")
                         .arg(kind, Listings::kinds().join(QStringLiteral(", "))));
    auto opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    auto table = Listings::byKind(*opened.value(), kind);
    if (!table)
        return fail(table.error());
    json ? cli::printJson(out, *table) : cli::printTable(out, *table);
    return Ok;
}

int Cli::search(const QString &text, bool json)
{
    if (text.trimmed().isEmpty())
        return usage(tr("Say what to search for."));
    auto opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    auto hits = Search::run(*opened.value(), text);
    if (!hits)
        return fail(hits.error());
    Table t;
    t.keys = {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("id")};
    t.headers = {tr("Kind"), tr("Title"), tr("UUID")};
    for (const SearchHit &h : *hits)
        t.rows << QVariantList{h.kind, h.title, h.id.toString(QUuid::WithoutBraces)};
    if (json)
        cli::printJson(out, t);
    else if (t.rows.isEmpty())
        out << tr("Nothing found.") << '\n';
    else
        cli::printTable(out, t);
    return Ok;
}

int Cli::check()
{
    auto opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    auto report = Checker::run(*opened.value());
    if (!report)
        return fail(report.error());
    for (const QString &p : report->problems)
        out << tr("problem: %1").arg(p) << '\n';
    for (const QString &w : report->warnings)
        out << tr("warning: %1").arg(w) << '\n';
    if (!report->ok()) {
        err << "focal-cli: " << tr("%n problem(s) found.", nullptr, int(report->problems.size()))
            << '\n';
        return Failure;
    }
    out << tr("The database is sound.") << '\n';
    return Ok;
}

int Cli::plan(const QStringList &args, const QCommandLineParser &parser)
{
    const QString action = args.value(1);
    const QString csv = parser.value(QStringLiteral("csv"));
    if (action == QLatin1String("list")) {
        if (args.size() > 2)
            return usage(tr("Too many arguments for \"plan list\"."));
        std::optional<int> year;
        if (parser.isSet(QStringLiteral("year"))) {
            bool ok = false;
            year = parser.value(QStringLiteral("year")).toInt(&ok);
            if (!ok)
                return usage(tr("--year needs a year, e.g. 2021."));
        }
        auto opened = openDatabase();
        if (!opened)
            return fail(opened.error());
        auto table =
            cli::PlanCommands::list(*opened.value(), parser.value(QStringLiteral("group")), year);
        if (!table)
            return fail(table.error());
        if (parser.isSet(QStringLiteral("json")))
            cli::printJson(out, *table);
        else if (table->rows.isEmpty())
            out << tr("No plans.") << '\n';
        else
            cli::printTable(out, *table);
        return Ok;
    }
    if (action != QLatin1String("export") && action != QLatin1String("import"))
        return usage(
            action.isEmpty()
                ? tr("Say what to do with plans: list, export or import.")
                : tr("Unknown plan command \"%1\"; use list, export or import.").arg(action));
    if (args.size() < 3)
        return usage(tr("Say which plan: its UUID, GROUP/sectoral, GROUP/YEAR or "
                        "GROUP/SUBGROUP/YEAR (see \"focal-cli plan list\")."));
    if (args.size() > 3)
        return usage(tr("Too many arguments for \"plan %1\".").arg(action));
    if (csv.trimmed().isEmpty())
        return usage(tr("\"plan %1\" needs --csv FILE.").arg(action));
    auto opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    auto done = action == QLatin1String("export")
                    ? cli::PlanCommands::exportCsv(*opened.value(), args.at(2), csv)
                    : cli::PlanCommands::importCsv(*opened.value(), args.at(2), csv,
                                                   parser.isSet(QStringLiteral("replace")));
    if (!done)
        return fail(done.error());
    out << *done << '\n';
    return Ok;
}

std::optional<QDate> Cli::today(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("today")))
        return QDate::currentDate();
    const QDate day = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

int Cli::meetings(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.value(1) != QLatin1String("ics"))
        return usage(args.size() < 2
                         ? tr("Say what to do with meetings: ics.")
                         : tr("Unknown meetings command \"%1\"; use ics.").arg(args.value(1)));
    if (args.size() > 2)
        return usage(tr("Too many arguments for \"meetings ics\"."));
    const QString file = parser.value(QStringLiteral("output"));
    if (file.trimmed().isEmpty())
        return usage(tr("\"meetings ics\" needs -o FILE.ics."));
    const auto day = today(parser);
    if (!day)
        return usage(tr("--today needs a date as YYYY-MM-DD."));
    auto opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    auto done = cli::MeetingCommands::exportIcs(
        *opened.value(), parser.isSet(QStringLiteral("upcoming")),
        parser.value(QStringLiteral("group")), file, *day, QDateTime::currentDateTimeUtc());
    if (!done)
        return fail(done.error());
    out << *done << '\n';
    return Ok;
}

int Cli::commitments(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() > 1)
        return usage(tr("Too many arguments for \"commitments\"."));
    cli::MeetingCommands::CommitmentQuery query;
    query.country = parser.value(QStringLiteral("country"));
    query.group = parser.value(QStringLiteral("group"));
    query.overdueOnly = parser.isSet(QStringLiteral("overdue"));
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = cli::MeetingCommands::status(parser.value(QStringLiteral("status")));
        if (!query.status)
            return usage(tr("--status needs one of: %1.")
                             .arg(enumKeys<CommitmentStatus>().join(QStringLiteral(", "))));
    }
    const auto day = today(parser);
    if (!day)
        return usage(tr("--today needs a date as YYYY-MM-DD."));
    query.today = *day;
    auto opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    const bool json = parser.isSet(QStringLiteral("json"));
    auto table = cli::MeetingCommands::commitments(*opened.value(), query, json);
    if (!table)
        return fail(table.error());
    if (json)
        cli::printJson(out, *table);
    else if (table->rows.isEmpty())
        out << tr("No commitments.") << '\n';
    else
        cli::printTable(out, *table);
    return Ok;
}

int Cli::report(const QStringList &args, const QCommandLineParser &parser)
{
    auto arguments = cli::ReportCommand::parse(args, parser);
    if (!arguments)
        return usage(arguments.error().message);
    auto opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    QStringList notes;
    auto done = cli::ReportCommand::run(*opened.value(), *arguments, &notes);
    for (const QString &note : std::as_const(notes))
        err << "focal-cli: " << tr("note: %1").arg(note) << '\n';
    if (!done)
        return fail(done.error());
    out << *done << '\n';
    return Ok;
}

void Cli::setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Focal's command-line tool for the PROSUR workbench.\n\n"
           "Commands:\n"
           "  init                 create a new database with the PROSUR default data\n"
           "  info                 show the database's file, version, site and contents\n"
           "  list KIND            list %1\n"
           "  search TEXT          full-text search (case and accents do not matter)\n"
           "  check                check integrity, links and the forum's rules\n"
           "  plan list            list the plans [--group G] [--year Y] [--json]\n"
           "  plan export PLAN     write a plan to --csv FILE (UTF-8, Excel and LibreOffice)\n"
           "  plan import PLAN     add the rows of --csv FILE to a plan [--replace]\n"
           "                       (PLAN: UUID, GROUP/sectoral, GROUP/YEAR, "
           "GROUP/SUBGROUP/YEAR)\n"
           "  meetings ics         write the meetings to -o FILE.ics (iCalendar)\n"
           "                       [--upcoming] [--group G] [--today YYYY-MM-DD]\n"
           "  commitments          the commitments tracker [--country C] [--status S]\n"
           "                       [--overdue] [--group G] [--today YYYY-MM-DD] [--json]\n"
           "%2%3\n"
           "Exit codes: 0 success, 1 failure or problems found, 2 wrong usage, 3 package "
           "refused\n(malformed, altered, newer format; nothing written), 4 conflicts wait to be "
           "settled.")
            .arg(Listings::kinds().join(QStringLiteral("|")), cli::ReportCommand::help(),
                 cli::PackageCommands::help()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                                      tr("Use the database at PATH."), tr("PATH"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    const QCommandLineOption empty(QStringLiteral("empty"),
                                   tr("With init: create the database without the default data."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           tr("Print technical details of errors."));
    const QCommandLineOption group(
        QStringLiteral("group"),
        tr("With plan list, meetings ics, commitments, report and package export: working group G "
           "(short name or UUID)."),
        tr("G"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  tr("With plan list: only the plans of year Y."), tr("Y"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("With plan export and import: the CSV file."), tr("FILE"));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        tr("With plan import: replace the plan's items instead of adding to them."));
    const QCommandLineOption output(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        tr("With meetings ics, report and package export: the file to write."), tr("FILE"));
    const QCommandLineOption upcoming(QStringLiteral("upcoming"),
                                      tr("With meetings ics: only meetings from today on."));
    const QCommandLineOption country(QStringLiteral("country"),
                                     tr("With commitments and site: country C (ISO code or name)."),
                                     tr("C"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("With commitments: only those in status S (open, done, "
                                       "dropped)."),
                                    tr("S"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     tr("With commitments: only open ones past their deadline."));
    const QCommandLineOption today(
        QStringLiteral("today"),
        tr("With commitments, meetings ics and report: take DATE as today (YYYY-MM-DD)."),
        tr("DATE"));
    parser.addOptions({database, json, empty, verboseOption, group, year, csv, replace});
    parser.addOptions({output, upcoming, country, status, overdue, today});
    cli::ReportCommand::addOptions(parser);
    cli::PackageCommands::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser);

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return Ok;
    }
    databasePath = parser.value(QStringLiteral("database"));
    verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.isSet(QStringLiteral("database")) && databasePath.trimmed().isEmpty())
        return usage(tr("--database needs a file path."));

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    auto expectArgs = [&](int count) { return args.size() <= count + 1; };
    if (command == QLatin1String("init") && expectArgs(0))
        return init(parser.isSet(QStringLiteral("empty")));
    if (command == QLatin1String("info") && expectArgs(0))
        return info();
    if (command == QLatin1String("list") && expectArgs(1))
        return list(args.value(1), parser.isSet(QStringLiteral("json")));
    if (command == QLatin1String("search"))
        return search(args.mid(1).join(QLatin1Char(' ')), parser.isSet(QStringLiteral("json")));
    if (command == QLatin1String("check") && expectArgs(0))
        return check();
    if (command == QLatin1String("plan"))
        return plan(args, parser);
    if (command == QLatin1String("meetings"))
        return meetings(args, parser);
    if (command == QLatin1String("commitments"))
        return commitments(args, parser);
    if (command == QLatin1String("report"))
        return report(args, parser);
    if (command == QLatin1String("package") || command == QLatin1String("site"))
        return cli::PackageCommands(out, err, verbose, [this] { return openDatabase(); })
            .run(args, parser);
    if (command.isEmpty())
        return usage(tr("Say which command to run."));
    if (QStringList{QStringLiteral("init"), QStringLiteral("info"), QStringLiteral("list"),
                    QStringLiteral("check")}
            .contains(command))
        return usage(tr("Too many arguments for \"%1\".").arg(command));
    return usage(tr("Unknown command \"%1\".").arg(command));
}

// The report command lays text out, which needs fonts: a QGuiApplication, on the "offscreen"
// platform unless one is asked for, so that no display is needed. The other commands keep the
// lighter QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser probe;
    Cli::setUp(probe);
    if (probe.parse(arguments) && !probe.isSet(QStringLiteral("help")) &&
        probe.positionalArguments().value(0) == QLatin1String("report")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Starting, the platform says which runtime folder it picked when XDG_RUNTIME_DIR is
        // unset (usual over ssh and in CI): no concern of the person's, and standard error is
        // kept for the command's one line.
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (previous && type != QtDebugMsg && type != QtInfoMsg && type != QtWarningMsg)
                    previous(type, context, message);
            });
        auto app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previous);
        return app;
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PROSUR"));
    QCoreApplication::setApplicationName(QStringLiteral("Focal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOCAL_VERSION));
    // The program's language, as the desktop program's (FOCAL_LANGUAGE=en for scripts that read
    // its words); reports choose theirs with --lang.
    UiLanguage::install(UiLanguage::resolved());
    Cli cli;
    return cli.run(QCoreApplication::arguments());
}
