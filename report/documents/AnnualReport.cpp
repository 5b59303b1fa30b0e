#include "AnnualReport.h"

#include "Annex1Report.h"
#include "Annex2Report.h"
#include "AnnualActivities.h"
#include "GroupReportData.h"
#include "PlanTables.h"
#include "reports/ReportTexts.h"
#include "ReportWords.h"
#include "storage/Database.h"

#include <QCollator>

#include <algorithm>

namespace focal::report {
namespace {

QString numbered(int n, const QString &title)
{
    return QStringLiteral("%1. ").arg(n) + title;
}

// The countries of the group, those taking part first (as the seed lists them), then by name.
QList<GroupCountry> countriesInOrder(const GroupReportData &data, Language lang)
{
    QList<GroupCountry> list = data.groupCountries;
    QCollator collator(QLocale(languageCode(lang)));
    std::stable_sort(list.begin(), list.end(), [&](const GroupCountry &a, const GroupCountry &b) {
        if (a.status != b.status)
            return int(a.status) < int(b.status);
        return collator.compare(data.countryName(a.countryId, lang),
                                data.countryName(b.countryId, lang)) < 0;
    });
    return list;
}

void writeCountries(ReportContent &content, const GroupReportData &data, Language lang)
{
    for (const GroupText &t : data.textsOf(TextSection::Participation, std::nullopt))
        content.paragraphs(t.body);
    QStringList items;
    for (const GroupCountry &gc : countriesInOrder(data, lang))
        items << data.countryName(gc.countryId, lang) + QStringLiteral(": ") +
                     ReportWords::label(gc.status, lang);
    if (items.isEmpty())
        content.note(ReportWords::text(lang, "countries.none"));
    else
        content.bullets(items);
}

void writeSubgroups(ReportContent &content, const GroupReportData &data, Language lang)
{
    for (const GroupText &t : data.textsOf(TextSection::Subgroups, std::nullopt))
        content.paragraphs(t.body);
    if (data.subgroups.isEmpty()) {
        content.note(ReportWords::text(lang, "subgroups.none"));
        return;
    }
    for (const Subgroup &s : data.subgroups) {
        content.heading(2, ReportWords::roman(s.number, true) + QStringLiteral(". ") + s.name);
        content.labelled(ReportWords::text(lang, "label.objective"), s.objective);
        content.labelled(ReportWords::text(lang, "label.leader"),
                         data.countryName(s.leaderCountryId, lang));
        const QList<QUuid> members = data.subgroupMembers.value(s.meta.id);
        content.labelled(ReportWords::text(lang, "label.members"),
                         ReportWords::joinList(data.countryNames(members, lang), lang));
        int count = int(members.size());
        if (!s.leaderCountryId.isNull() && !members.contains(s.leaderCountryId))
            ++count;
        if (count < Subgroup::minimumCountries)
            content.note(ReportWords::text(lang, "subgroup.few"));
    }
}

Result<void> writePlans(ReportContent &content, Database &db, const GroupReportData &data,
                        int planYear, Language lang)
{
    for (const GroupText &t : data.textsOf(TextSection::Plan, planYear))
        content.paragraphs(t.body);
    QList<Plan> plans;
    for (const Plan &p : data.plans)
        if (p.kind == PlanKind::Annual && p.year == planYear)
            plans << p;
    // The group's own plan first, then the subgroups' by number.
    auto rank = [&](const Plan &p) {
        const Subgroup *s = data.subgroup(p.subgroupId);
        return s ? s->number : (p.subgroupId.isNull() ? -1 : 1000);
    };
    std::stable_sort(plans.begin(), plans.end(),
                     [&](const Plan &a, const Plan &b) { return rank(a) < rank(b); });
    if (plans.isEmpty()) {
        content.note(ReportWords::text(lang, "plan.none").arg(planYear));
        return {};
    }
    int n = 0;
    for (const Plan &p : plans) {
        const Subgroup *s = data.subgroup(p.subgroupId);
        const QString title =
            s ? ReportWords::text(lang, "subgroup.name").arg(s->number).arg(s->name)
              : ReportWords::text(lang, "group.plan");
        content.heading(2, ReportWords::roman(++n, false) + QStringLiteral(". ") + title);
        auto rows = PlanTables::load(db, p.meta.id);
        if (!rows)
            return rows.error();
        if (rows->lines.isEmpty())
            content.note(ReportWords::text(lang, "plan.empty"));
        else
            content.table(PlanTables::table(p, *rows, data.countries, lang, false));
        QString status =
            ReportWords::text(lang, "plan.status").arg(ReportWords::label(p.status, lang));
        if (const Document *d = data.document(p.documentId); d && !d->annexCode.isEmpty())
            status += QLatin1Char(' ') + ReportWords::text(lang, "seeAnnex").arg(d->annexCode);
        content.note(status);
    }
    return {};
}

} // namespace

QString AnnualReport::generatedIntroduction(const GroupReportData &data,
                                            const AnnualReportOptions &options)
{
    const Language lang = options.language;
    const int planYear = options.planYear > 0 ? options.planYear : options.lastYear + 1;
    QStringList paragraphs;
    const QString years = ReportWords::years(options.firstYear, options.lastYear, lang);
    paragraphs << (data.forumName.isEmpty() ? ReportWords::text(lang, "intro.generatedNoForum")
                                                  .arg(data.group.name, years)
                                                  .arg(planYear)
                                            : ReportWords::text(lang, "intro.generated")
                                                  .arg(data.group.name, data.forumName, years)
                                                  .arg(planYear));
    QStringList taking;
    for (const GroupCountry &gc : countriesInOrder(data, lang))
        if (gc.status == ParticipationStatus::Active)
            taking << data.countryName(gc.countryId, lang);
    QString second;
    if (!taking.isEmpty())
        second =
            ReportWords::text(lang, "intro.countries").arg(ReportWords::joinList(taking, lang));
    if (!data.subgroups.isEmpty()) {
        if (!second.isEmpty())
            second += QLatin1Char(' ');
        second += ReportWords::text(lang, "intro.subgroups").arg(data.subgroups.size());
    }
    if (!second.isEmpty())
        paragraphs << second;
    return paragraphs.join(QStringLiteral("\n\n"));
}

Result<std::unique_ptr<ReportContent>> AnnualReport::build(Database &db,
                                                           const AnnualReportOptions &options)
{
    if (options.firstYear < 1900 || options.lastYear < options.firstYear)
        return Error{Error::Code::Invalid,
                     tr("Choose the years of the report: a first year and a last year that is not "
                        "before it."),
                     QStringLiteral("%1-%2").arg(options.firstYear).arg(options.lastYear)};
    if (options.lastYear - options.firstYear >= maxYears)
        return Error{Error::Code::Invalid,
                     tr("A report covers at most %1 years; choose fewer.").arg(maxYears),
                     {}};
    const int planYear = options.planYear > 0 ? options.planYear : options.lastYear + 1;
    auto loaded = GroupReportData::load(db, options.groupId);
    if (!loaded)
        return loaded.error();
    const GroupReportData &data = *loaded;
    auto stored = ReportTexts::introduction(db, options.groupId);
    if (!stored)
        return stored.error();
    const Language lang = options.language;

    const QString years =
        options.firstYear == options.lastYear
            ? QString::number(options.firstYear)
            : QStringLiteral("%1-%2").arg(options.firstYear).arg(options.lastYear);
    const QString title = ReportWords::text(lang, "annual.title").arg(years).arg(planYear);
    ReportMeta meta;
    meta.title = title;
    meta.subject = data.group.name;
    meta.keywords = data.forumName;
    meta.language = lang;
    meta.author = db.context().author;
    auto content = std::make_unique<ReportContent>(meta);
    content->cover(title, {data.group.name, data.forumName});
    content->tableOfContents();
    content->pageBreak();

    int n = 0;
    content->heading(1, numbered(++n, ReportWords::text(lang, "sec.introduction")));
    content->paragraphs(stored->trimmed().isEmpty() ? generatedIntroduction(data, options)
                                                    : *stored);
    content->heading(1, numbered(++n, ReportWords::text(lang, "sec.objective")));
    content->paragraphs(data.group.objective);
    content->paragraphs(data.group.context);
    content->heading(1, numbered(++n, ReportWords::text(lang, "sec.countries")));
    writeCountries(*content, data, lang);
    content->heading(1, numbered(++n, ReportWords::text(lang, "sec.subgroups")));
    writeSubgroups(*content, data, lang);
    for (int year = options.firstYear; year <= options.lastYear; ++year)
        if (auto r = AnnualActivities::write(*content, db, data, year, ++n, lang); !r)
            return r.error();
    content->heading(1, numbered(++n, ReportWords::text(lang, "sec.plan").arg(planYear)));
    if (auto r = writePlans(*content, db, data, planYear, lang); !r)
        return r.error();
    Annex1Report::write(*content, data, lang, 1,
                        numbered(++n, ReportWords::text(lang, "sec.annex1")));
    Annex2Report::write(*content, data, lang, 1,
                        numbered(++n, ReportWords::text(lang, "sec.annex2")));
    return content;
}

} // namespace focal::report
