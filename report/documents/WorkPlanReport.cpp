#include "WorkPlanReport.h"

#include "GroupReportData.h"
#include "PlanTables.h"
#include "ReportWords.h"
#include "storage/Repository.h"

namespace focal::report {

Result<std::unique_ptr<ReportContent>> WorkPlanReport::build(Database &db,
                                                             const WorkPlanReportOptions &options)
{
    Repository repo(db);
    auto plan = repo.get<Plan>(options.planId);
    if (!plan) {
        if (plan.error().code == Error::Code::NotFound)
            return Error{Error::Code::NotFound, tr("The plan of the report no longer exists."),
                         plan.error().detail};
        return plan.error();
    }
    auto loaded = GroupReportData::load(db, plan->groupId);
    if (!loaded)
        return loaded.error();
    const GroupReportData &data = *loaded;
    auto rows = PlanTables::load(db, plan->meta.id);
    if (!rows)
        return rows.error();
    const Language lang = options.language;

    const Subgroup *subgroup = data.subgroup(plan->subgroupId);
    const QString owner =
        subgroup
            ? ReportWords::text(lang, "subgroup.name").arg(subgroup->number).arg(subgroup->name)
            : data.group.name;
    ReportMeta meta;
    meta.title = plan->title + QStringLiteral(" — ") + owner;
    meta.subject = data.group.name;
    meta.language = lang;
    meta.author = db.context().author;
    auto content = std::make_unique<ReportContent>(meta);
    QStringList coverLines{owner};
    if (subgroup)
        coverLines << data.group.name;
    content->cover(plan->title, coverLines);

    content->labelled(ReportWords::text(lang, "col.status"),
                      ReportWords::label(plan->status, lang));
    if (const Document *d = data.document(plan->documentId)) {
        const QString annex =
            d->annexCode.isEmpty() ? d->title : d->annexCode + QStringLiteral(" — ") + d->title;
        content->labelled(ReportWords::text(lang, "col.annex"), annex);
    }

    content->heading(1, QStringLiteral("1. ") + ReportWords::text(lang, "plan.content"));
    if (rows->lines.isEmpty()) {
        content->note(ReportWords::text(lang, "plan.empty"));
    } else {
        content->table(PlanTables::table(*plan, *rows, data.countries, lang, true));
        QStringList notes;
        for (const PlanItem &line : rows->lines) {
            QList<PlanItem> all{line};
            all += rows->itemsOf.value(line.meta.id);
            for (const PlanItem &i : all)
                if (!i.notes.trimmed().isEmpty())
                    notes << i.text + QStringLiteral(": ") + i.notes.trimmed();
        }
        if (!notes.isEmpty()) {
            content->heading(2, ReportWords::text(lang, "plan.notes"));
            content->bullets(notes);
        }
    }

    content->heading(1, QStringLiteral("2. ") + ReportWords::text(lang, "plan.steps"));
    ReportTable steps;
    steps.header << ReportWords::text(lang, "col.date") << ReportWords::text(lang, "col.step")
                 << ReportWords::text(lang, "col.country")
                 << ReportWords::text(lang, "col.recipient") << ReportWords::text(lang, "col.note");
    steps.widthsPercent = {16, 16, 12, 24, 32};
    for (const PlanEvent &e : data.planEvents)
        if (e.planId == plan->meta.id)
            steps.rows << QStringList{ReportWords::date(e.date, lang),
                                      ReportWords::label(e.state, lang),
                                      data.countryName(e.countryId, lang), e.recipient, e.note};
    if (steps.rows.isEmpty())
        content->note(ReportWords::text(lang, "plan.noSteps"));
    else
        content->table(steps);
    return content;
}

} // namespace focal::report
