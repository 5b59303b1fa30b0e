#include "ReportCommand.h"

#include "query/Lookup.h"
#include "storage/Repository.h"

#include "model/Meeting.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>

namespace focal::cli {

void ReportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("years"),
         tr("With report annual: the years of activities, e.g. 2019-2020 or 2020."), tr("Y1-Y2")},
        {QStringLiteral("plan-year"),
         tr("With report annual: the year of the work plans (default: the year after)."), tr("Y")},
        {QStringLiteral("plan"), tr("With report plan: the plan (UUID or handle)."), tr("PLAN")},
        {QStringLiteral("meeting"), tr("With report minutes: the meeting's UUID."), tr("UUID")},
        {QStringLiteral("lang"),
         tr("With report: the report's language, es, pt or en (default "
            "es)."),
         tr("LANG")},
        {QStringLiteral("paper"), tr("With report: the paper, a4 or letter (default a4)."),
         tr("SIZE")},
        {QStringLiteral("pdfa"), tr("With report: write PDF/A-1b, for archiving.")},
    });
}

QString ReportCommand::help()
{
    return tr("  report KIND          write a report as PDF to -o FILE.pdf; KIND is one of\n"
              "                       %1\n"
              "                       annual: --group G --years Y1-Y2 [--plan-year Y]\n"
              "                       annex1, annex2, bundle: --group G\n"
              "                       plan: --plan PLAN; minutes: --meeting UUID\n"
              "                       commitments, timeline: [--group G] [--today YYYY-MM-DD]\n"
              "                       [--lang es|pt|en] [--paper a4|letter] [--pdfa]\n")
        .arg(report::ReportJob::keys().join(QLatin1Char('|')));
}

bool ReportCommand::parseYears(const QString &text, int *first, int *last)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})\\s*(?:-\\s*(\\d{4}))?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *first = match.captured(1).toInt();
    *last = match.captured(2).isEmpty() ? *first : match.captured(2).toInt();
    return *first <= *last;
}

Result<ReportCommand::Arguments> ReportCommand::parse(const QStringList &args,
                                                      const QCommandLineParser &parser)
{
    auto usage = [](const QString &message) { return Error{Error::Code::Invalid, message, {}}; };
    const QString kinds = report::ReportJob::keys().join(QStringLiteral(", "));
    if (args.size() < 2)
        return usage(tr("Say which report to write: %1.").arg(kinds));
    if (args.size() > 2)
        return usage(tr("Too many arguments for \"report\"."));
    Arguments a;
    const auto kind = report::ReportJob::kindFromKey(args.at(1));
    if (!kind)
        return usage(tr("There is no report \"%1\"; choose one of: %2.").arg(args.at(1), kinds));
    a.kind = *kind;
    a.output = parser.value(QStringLiteral("output"));
    if (a.output.trimmed().isEmpty())
        return usage(tr("\"report\" needs -o FILE.pdf."));
    a.group = parser.value(QStringLiteral("group"));
    a.plan = parser.value(QStringLiteral("plan"));
    a.meeting = parser.value(QStringLiteral("meeting"));
    using report::ReportKind;
    const bool byGroup = a.kind == ReportKind::Annual || a.kind == ReportKind::Annex1 ||
                         a.kind == ReportKind::Annex2 || a.kind == ReportKind::Bundle;
    if (byGroup && a.group.trimmed().isEmpty())
        return usage(tr("\"report %1\" needs --group G (a short name such as seguridad, or a "
                        "UUID).")
                         .arg(args.at(1)));
    if (a.kind == ReportKind::Plan && a.plan.trimmed().isEmpty())
        return usage(tr("\"report plan\" needs --plan PLAN (UUID or handle, see \"focal-cli plan "
                        "list\")."));
    if (a.kind == ReportKind::Minutes && QUuid::fromString(a.meeting.trimmed()).isNull())
        return usage(tr("\"report minutes\" needs --meeting UUID (see \"focal-cli list "
                        "meetings\")."));
    if (a.kind == ReportKind::Annual) {
        const QString years = parser.value(QStringLiteral("years"));
        if (years.isEmpty())
            return usage(tr("\"report annual\" needs --years, e.g. --years 2019-2020."));
        if (!parseYears(years, &a.firstYear, &a.lastYear))
            return usage(tr("--years needs a year or a first and a last year, in order, e.g. "
                            "2019-2020 (not \"%1\").")
                             .arg(years));
        if (parser.isSet(QStringLiteral("plan-year"))) {
            bool ok = false;
            a.planYear = parser.value(QStringLiteral("plan-year")).toInt(&ok);
            if (!ok || a.planYear < 1900)
                return usage(tr("--plan-year needs a year, e.g. 2021."));
        }
    }
    if (parser.isSet(QStringLiteral("lang")) &&
        !languageFromCode(parser.value(QStringLiteral("lang")), &a.language))
        return usage(tr("--lang needs es, pt or en."));
    const QString paper = parser.value(QStringLiteral("paper")).trimmed().toLower();
    if (paper == QLatin1String("letter"))
        a.paper = QPageSize::Letter;
    else if (!paper.isEmpty() && paper != QLatin1String("a4"))
        return usage(tr("--paper needs a4 or letter."));
    a.pdfA = parser.isSet(QStringLiteral("pdfa"));
    if (parser.isSet(QStringLiteral("today"))) {
        a.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!a.today.isValid())
            return usage(tr("--today needs a date as YYYY-MM-DD."));
    }
    return a;
}

Result<QString> ReportCommand::run(Database &db, const Arguments &a, QStringList *notes)
{
    report::ReportRequest request;
    request.kind = a.kind;
    request.firstYear = a.firstYear;
    request.lastYear = a.lastYear;
    request.planYear = a.planYear;
    request.language = a.language;
    request.today = a.today;
    if (!a.group.trimmed().isEmpty()) {
        auto group = Lookup::group(db, a.group);
        if (!group)
            return group.error();
        request.groupId = group->meta.id;
    }
    if (a.kind == report::ReportKind::Plan) {
        auto plan = Lookup::plan(db, a.plan);
        if (!plan)
            return plan.error();
        request.planId = plan->meta.id;
    }
    if (a.kind == report::ReportKind::Minutes) {
        const QUuid id = QUuid::fromString(a.meeting.trimmed());
        auto meeting = Repository(db).get<Meeting>(id);
        if (!meeting)
            return Error{Error::Code::NotFound,
                         tr("There is no meeting %1 (see \"focal-cli list meetings\").")
                             .arg(a.meeting.trimmed()),
                         meeting.error().fullText()};
        request.meetingId = id;
    }
    report::PdfOptions options;
    options.page.paper = a.paper;
    options.pdfA = a.pdfA;
    auto written = report::ReportJob::writePdf(db, request, a.output, options);
    if (!written)
        return written.error();
    if (notes)
        *notes = written->notes;
    return tr("Wrote %1 (%n page(s)).", nullptr, written->pages)
        .arg(QDir::toNativeSeparators(a.output));
}

} // namespace focal::cli
