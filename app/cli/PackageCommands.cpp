#include "PackageCommands.h"

#include "CliOutput.h"
#include "MeetingCommands.h"
#include "model/ColumnLabels.h"
#include "model/Country.h"
#include "model/Meeting.h"
#include "query/Lookup.h"
#include "storage/Database.h"
#include "storage/Repository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace focal::cli {
namespace {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A package's refusal (malformed, altered, hostile, newer) is exit 3; a file that cannot be
// found or read is an ordinary failure.
bool isRefusal(const Error &error)
{
    switch (error.code) {
    case Error::Code::Io:
    case Error::Code::NotFound:
    case Error::Code::Busy:
    case Error::Code::Database:
    case Error::Code::Corrupt:
    case Error::Code::NotFocal:
        return false;
    case Error::Code::Invalid:
    case Error::Code::TooNew:
    case Error::Code::Constraint:
        return true;
    }
    return false;
}

// Messages are printed as one line: scripts read standard error line by line.
QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

PackageCommands::PackageCommands(QTextStream &out, QTextStream &err, bool verbose, Opener open)
    : m_out(out), m_err(err), m_verbose(verbose), m_open(std::move(open))
{}

void PackageCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("changes-for"),
         tr("With package export: what changed since the last package sent to country C."),
         tr("C")},
        {QStringLiteral("to"), tr("With package export: the country the package is for."), tr("C")},
        {QStringLiteral("dry-run"), tr("With package import: show what it would do, change "
                                       "nothing.")},
        {QStringLiteral("focal-point"), tr("With site: the focal point's name."), tr("NAME")},
    });
}

QString PackageCommands::help()
{
    return tr("  site                 this installation's identity; set it with --country C\n"
              "                       --focal-point NAME\n"
              "  package export       write a package to -o FILE.focalpkg: everything, or\n"
              "                       --group G | --plan P | --meeting M | --changes-for C\n"
              "                       [--to C]\n"
              "  package inspect FILE show a package and what importing it would do\n"
              "  package import FILE  import a package [--dry-run]\n"
              "  package conflicts    list the conflicts waiting to be settled\n"
              "  package resolve ID keep|take   keep the local value or take the incoming one\n");
}

int PackageCommands::fail(const Error &error, int code)
{
    m_err << "focal-cli: " << oneLine(error.message) << '\n';
    if (m_verbose && !error.detail.isEmpty())
        m_err << "  " << oneLine(error.detail) << '\n';
    return code;
}

int PackageCommands::usage(const QString &message)
{
    m_err << "focal-cli: " << message << '\n'
          << tr("Run \"focal-cli --help\" for the commands.") << '\n';
    return Usage;
}

int PackageCommands::run(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.value(0) == QLatin1String("site"))
        return site(args, parser);
    const QString action = args.value(1);
    if (action == QLatin1String("export"))
        return exportPackage(args, parser);
    if (action == QLatin1String("inspect"))
        return inspect(args);
    if (action == QLatin1String("import"))
        return importPackage(args, parser.isSet(QStringLiteral("dry-run")));
    if (action == QLatin1String("conflicts"))
        return listConflicts(args);
    if (action == QLatin1String("resolve"))
        return resolve(args);
    return usage(action.isEmpty()
                     ? tr("Say what to do with packages: export, inspect, import, conflicts or "
                          "resolve.")
                     : tr("Unknown package command \"%1\"; use export, inspect, import, "
                          "conflicts or resolve.")
                           .arg(action));
}

int PackageCommands::site(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() > 1)
        return usage(tr("Too many arguments for \"site\"."));
    const bool setCountry = parser.isSet(QStringLiteral("country"));
    const bool setFocalPoint = parser.isSet(QStringLiteral("focal-point"));
    if (setFocalPoint && parser.value(QStringLiteral("focal-point")).trimmed().isEmpty())
        return usage(tr("--focal-point needs the focal point's name."));
    auto opened = m_open();
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    SiteIdentity identity = SiteIdentity::load(db);
    if (setCountry || setFocalPoint) {
        QUuid country = identity.countryId;
        if (setCountry) {
            auto found = MeetingCommands::country(db, parser.value(QStringLiteral("country")));
            if (!found)
                return fail(found.error());
            country = *found;
        }
        const QString focalPoint = setFocalPoint
                                       ? parser.value(QStringLiteral("focal-point")).trimmed()
                                       : identity.focalPoint;
        if (auto saved = SiteIdentity::save(db, country, focalPoint); !saved)
            return fail(saved.error());
        identity = SiteIdentity::load(db);
    }
    QString countryText = tr("not set");
    if (!identity.countryId.isNull()) {
        auto country = Repository(db).get<Country>(identity.countryId);
        countryText = country ? QStringLiteral("%1 (%2)").arg(country->name(), country->iso2)
                              : uuidText(identity.countryId);
    }
    m_out << tr("Site:         %1").arg(uuidText(identity.site)) << '\n'
          << tr("Country:      %1").arg(countryText) << '\n'
          << tr("Focal point:  %1")
                 .arg(identity.focalPoint.isEmpty() ? tr("not set") : identity.focalPoint)
          << '\n';
    if (!identity.isComplete())
        m_out << tr("Set this installation's country and focal point before exchanging packages: "
                    "focal-cli site --country C --focal-point NAME")
              << '\n';
    return Ok;
}

Result<ExportSelection> PackageCommands::selection(Database &db, const QCommandLineParser &parser)
{
    ExportSelection s;
    if (parser.isSet(QStringLiteral("group"))) {
        auto group = Lookup::group(db, parser.value(QStringLiteral("group")));
        if (!group)
            return group.error();
        s.kind = ExportSelection::Kind::Group;
        s.id = group->meta.id;
    } else if (parser.isSet(QStringLiteral("plan"))) {
        auto plan = Lookup::plan(db, parser.value(QStringLiteral("plan")));
        if (!plan)
            return plan.error();
        s.kind = ExportSelection::Kind::Plan;
        s.id = plan->meta.id;
    } else if (parser.isSet(QStringLiteral("meeting"))) {
        const QString text = parser.value(QStringLiteral("meeting")).trimmed();
        const QUuid id = QUuid::fromString(text);
        auto meeting = id.isNull() ? Result<Meeting>(Error{Error::Code::NotFound, {}, {}})
                                   : Repository(db).get<Meeting>(id);
        if (!meeting)
            return Error{Error::Code::NotFound,
                         tr("There is no meeting \"%1\"; name it by its UUID (focal-cli list "
                            "meetings).")
                             .arg(text),
                         meeting.error().detail};
        s.kind = ExportSelection::Kind::Meeting;
        s.id = id;
    } else if (parser.isSet(QStringLiteral("changes-for"))) {
        auto country = MeetingCommands::country(db, parser.value(QStringLiteral("changes-for")));
        if (!country)
            return country.error();
        s.kind = ExportSelection::Kind::ChangedSince;
        s.recipient = *country;
    }
    if (parser.isSet(QStringLiteral("to"))) {
        auto country = MeetingCommands::country(db, parser.value(QStringLiteral("to")));
        if (!country)
            return country.error();
        if (!s.recipient.isNull() && s.recipient != *country)
            return Error{Error::Code::Invalid,
                         tr("--changes-for and --to name different countries; the changes are "
                            "for the country they are sent to."),
                         {}};
        s.recipient = *country;
    }
    return s;
}

int PackageCommands::exportPackage(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() > 2)
        return usage(tr("Too many arguments for \"package export\"."));
    int chosen = 0;
    for (const char *option : {"group", "plan", "meeting", "changes-for"})
        chosen += parser.isSet(QLatin1String(option)) ? 1 : 0;
    if (chosen > 1)
        return usage(tr("Choose one of --group, --plan, --meeting and --changes-for (none: "
                        "everything)."));
    const QString file = parser.value(QStringLiteral("output"));
    if (file.trimmed().isEmpty())
        return usage(tr("\"package export\" needs -o FILE.focalpkg."));
    auto opened = m_open();
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    auto chosenSelection = selection(db, parser);
    if (!chosenSelection)
        return fail(chosenSelection.error());
    auto manifest = PackageExport::write(db, *chosenSelection, file);
    if (!manifest)
        return fail(manifest.error());
    m_out << tr("Wrote %1 (%2).")
                 .arg(QDir::toNativeSeparators(file),
                      QLocale::c().formattedDataSize(QFileInfo(file).size()))
          << '\n'
          << tr("Selection:    %1").arg(manifest->selection) << '\n'
          << tr("Records:      %1").arg(manifest->records) << '\n'
          << tr("Deletions:    %1").arg(manifest->deletions) << '\n'
          << tr("Attachments:  %1").arg(manifest->attachments) << '\n';
    return Ok;
}

QStringList PackageCommands::manifestLines(const package::Manifest &m)
{
    QStringList tables;
    for (auto it = m.tables.constBegin(); it != m.tables.constEnd(); ++it)
        tables << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return {
        tr("Package:      %1 (format %2)").arg(uuidText(m.packageId)).arg(m.formatVersion),
        tr("Sender:       %1, site %2")
            .arg(m.sender.author.isEmpty() ? tr("unknown") : m.sender.author,
                 uuidText(m.sender.site)),
        tr("Country:      %1").arg(m.sender.country.isEmpty() ? tr("not set") : m.sender.country),
        tr("Created:      %1 UTC")
            .arg(m.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
        tr("For:          %1")
            .arg(m.recipientCountry.isEmpty() ? tr("anyone") : m.recipientCountry),
        tr("Selection:    %1").arg(m.selection),
        tr("Records:      %1").arg(m.records) +
            (tables.isEmpty()
                 ? QString()
                 : QStringLiteral(" (") + tables.join(QStringLiteral(", ")) + QLatin1Char(')')),
        tr("Deletions:    %1").arg(m.deletions),
        tr("Attachments:  %1").arg(m.attachments),
        tr("Checksum:     OK (SHA-256 %1)").arg(QString::fromLatin1(m.payloadSha256.toHex())),
    };
}

std::optional<package::Package> PackageCommands::readPackage(const QString &path, int *exit)
{
    auto read = package::PackageFile::read(path);
    if (!read) {
        const Error &e = read.error();
        *exit = isRefusal(e) ? Refused : Failure;
        Error shown = e;
        if (*exit == Refused)
            shown.message = tr("%1 was refused, nothing was imported: %2")
                                .arg(QDir::toNativeSeparators(path), e.message);
        fail(shown, *exit);
        return std::nullopt;
    }
    return std::move(read).value();
}

int PackageCommands::inspect(const QStringList &args)
{
    if (args.size() != 3)
        return usage(args.size() < 3 ? tr("Say which package to inspect.")
                                     : tr("Too many arguments for \"package inspect\"."));
    int exit = Ok;
    // The package is read (and checked) before the database is opened.
    const auto package = readPackage(args.at(2), &exit);
    if (!package)
        return exit;
    for (const QString &line : manifestLines(package->manifest))
        m_out << line << '\n';
    auto opened = m_open();
    if (!opened)
        return fail(opened.error());
    auto preview = PackageImport::preview(*opened.value(), *package);
    if (!preview)
        return fail(preview.error(), isRefusal(preview.error()) ? Refused : Failure);
    m_out << '\n' << tr("Importing it here would do:") << '\n' << preview->summary() << '\n';
    return preview->conflicts > 0 ? ConflictsWaiting : Ok;
}

int PackageCommands::importPackage(const QStringList &args, bool dryRun)
{
    if (args.size() != 3)
        return usage(args.size() < 3 ? tr("Say which package to import.")
                                     : tr("Too many arguments for \"package import\"."));
    int exit = Ok;
    const auto package = readPackage(args.at(2), &exit);
    if (!package)
        return exit;
    const package::Manifest &m = package->manifest;
    m_out << tr("Package from %1 (%2), made %3 UTC.")
                 .arg(m.sender.author.isEmpty() ? tr("unknown") : m.sender.author,
                      m.sender.country.isEmpty() ? tr("no country") : m.sender.country,
                      m.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
          << '\n';
    auto opened = m_open();
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    auto preview = PackageImport::preview(db, *package);
    if (!preview)
        return fail(preview.error(), isRefusal(preview.error()) ? Refused : Failure);
    m_out << preview->summary() << '\n';
    if (preview->changesNothing()) {
        // Nothing is written at all, not even a transaction.
        m_out << tr("The package has nothing to change here.") << '\n';
        return Ok;
    }
    if (dryRun) {
        m_out << tr("Dry run: nothing was imported.") << '\n';
        return preview->conflicts > 0 ? ConflictsWaiting : Ok;
    }
    auto applied = PackageImport::apply(db, *package);
    if (!applied)
        return fail(applied.error(), isRefusal(applied.error()) ? Refused : Failure);
    m_out << tr("Imported: %1 added, %2 changed, %3 deleted, %4 in conflict, %5 unchanged.")
                 .arg(applied->added)
                 .arg(applied->changed)
                 .arg(applied->deleted)
                 .arg(applied->conflicts)
                 .arg(applied->unchanged)
          << '\n';
    auto open = Conflicts::count(db);
    if (!open)
        return fail(open.error());
    if (*open > 0) {
        m_out << tr("%n conflict(s) wait to be settled: focal-cli package conflicts", nullptr,
                    *open)
              << '\n';
        return ConflictsWaiting;
    }
    return Ok;
}

Table PackageCommands::conflictTable(const QList<Conflict> &conflicts)
{
    Table t;
    t.keys = {QStringLiteral("id"),    QStringLiteral("table"),   QStringLiteral("record"),
              QStringLiteral("field"), QStringLiteral("local"),   QStringLiteral("incoming"),
              QStringLiteral("from"),  QStringLiteral("modified")};
    t.headers = {tr("ID"),   tr("Table"),    tr("Record"), tr("Field"),
                 tr("Here"), tr("Incoming"), tr("From"),   tr("Changed")};
    for (const Conflict &c : conflicts) {
        QString field = c.field;
        QString local = columnValueLabel(c.table, c.field, c.localValue);
        QString incoming = columnValueLabel(c.table, c.field, c.incomingValue);
        switch (c.kind) {
        case Conflict::Kind::Field:
            break;
        case Conflict::Kind::DeletedHere:
            field = tr("(whole record)");
            local = tr("deleted here");
            incoming = tr("changed");
            break;
        case Conflict::Kind::DeletedThere:
            field = tr("(whole record)");
            local = tr("changed here");
            incoming = tr("deleted");
            break;
        case Conflict::Kind::Duplicate:
            field = tr("(whole record)");
            local = tr("exists here");
            incoming = tr("a new record with the same key");
            break;
        }
        t.rows << QVariantList{uuidText(c.id),
                               c.table,
                               c.recordLabel,
                               field,
                               local,
                               incoming,
                               c.incomingAuthor,
                               c.incomingModified.toUTC().toString(Qt::ISODate)};
    }
    return t;
}

int PackageCommands::listConflicts(const QStringList &args)
{
    if (args.size() > 2)
        return usage(tr("Too many arguments for \"package conflicts\"."));
    auto opened = m_open();
    if (!opened)
        return fail(opened.error());
    auto conflicts = Conflicts::list(*opened.value());
    if (!conflicts)
        return fail(conflicts.error());
    if (conflicts->isEmpty()) {
        m_out << tr("No conflicts: everything received has been merged.") << '\n';
        return Ok;
    }
    printTable(m_out, conflictTable(*conflicts));
    return ConflictsWaiting;
}

int PackageCommands::resolve(const QStringList &args)
{
    if (args.size() != 4)
        return usage(tr("Say which conflict and how: package resolve ID keep|take."));
    const QString choiceText = args.at(3).toLower();
    if (choiceText != QLatin1String("keep") && choiceText != QLatin1String("take"))
        return usage(tr("Settle a conflict with \"keep\" (the value here) or \"take\" (the "
                        "incoming one), not \"%1\".")
                         .arg(args.at(3)));
    auto opened = m_open();
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    auto conflicts = Conflicts::list(db);
    if (!conflicts)
        return fail(conflicts.error());
    // The full UUID or an unambiguous beginning of it, as people copy it from the listing.
    const QString wanted = args.at(2).trimmed().toLower().remove(QLatin1Char('{'));
    QList<Conflict> matches;
    for (const Conflict &c : std::as_const(*conflicts))
        if (wanted.size() >= 4 && uuidText(c.id).startsWith(wanted))
            matches << c;
    if (matches.size() != 1)
        return fail({Error::Code::NotFound,
                     matches.isEmpty() ? tr("There is no open conflict \"%1\" (see focal-cli "
                                            "package conflicts).")
                                             .arg(args.at(2))
                                       : tr("\"%1\" names several conflicts; give more of the "
                                            "ID.")
                                             .arg(args.at(2)),
                     {}});
    const Conflict &conflict = matches.first();
    const auto choice = choiceText == QLatin1String("keep") ? Conflicts::Choice::KeepLocal
                                                            : Conflicts::Choice::TakeIncoming;
    if (auto done = Conflicts::resolve(db, conflict.id, choice); !done)
        return fail(done.error());
    m_out << (choice == Conflicts::Choice::KeepLocal
                  ? tr("Kept the value here for %1.").arg(conflict.recordLabel)
                  : tr("Took the incoming value for %1.").arg(conflict.recordLabel))
          << '\n';
    auto left = Conflicts::count(db);
    if (!left)
        return fail(left.error());
    if (*left > 0)
        m_out << tr("%n conflict(s) still wait to be settled.", nullptr, *left) << '\n';
    return Ok;
}

} // namespace focal::cli
