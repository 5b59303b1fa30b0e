#include "TimelineReport.h"

#include "GroupReportData.h"
#include "model/WorkingGroup.h"
#include "query/Timeline.h"
#include "ReportWords.h"
#include "storage/Repository.h"

#include <algorithm>

namespace focal::report {
namespace {

ReportTable itemsTable(const QList<TimelineItem> &items, bool withGroup, Language lang)
{
    ReportTable t;
    t.header << ReportWords::text(lang, "col.deadline") << ReportWords::text(lang, "col.item")
             << ReportWords::text(lang, "col.plan") << ReportWords::text(lang, "col.status")
             << ReportWords::text(lang, "col.countries");
    t.widthsPercent = {16, 38, 18, 12, 16};
    for (const TimelineItem &i : items) {
        QString plan = i.planTitle;
        if (i.subgroupNumber)
            plan +=
                QStringLiteral(", ") +
                ReportWords::text(lang, "subgroup.name").arg(*i.subgroupNumber).arg(i.subgroupName);
        if (withGroup)
            plan += QStringLiteral(" (") + i.groupName + QLatin1Char(')');
        const QString status = ReportWords::label(i.status, lang);
        t.rows << QStringList{ReportWords::deadline(i.deadline, i.deadlineText, lang), i.text, plan,
                              i.overdue ? ReportWords::text(lang, "timeline.overdue").arg(status)
                                        : status,
                              i.countryNames.join(QStringLiteral(", "))};
    }
    return t;
}

} // namespace

Result<std::unique_ptr<ReportContent>> TimelineReport::build(Database &db,
                                                             const TimelineReportOptions &options)
{
    const Language lang = options.language;
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    auto scopeName = GroupReportData::scopeName(db, options.groupId, lang);
    if (!scopeName)
        return scopeName.error();
    const QString scope = *scopeName;
    TimelineFilter filter;
    filter.groupId = options.groupId;
    auto data = Timeline::load(db, today, filter, lang);
    if (!data)
        return data.error();
    const QString title = ReportWords::text(lang, "timeline.title");
    ReportMeta meta;
    meta.title = title;
    meta.subject = scope;
    meta.language = lang;
    meta.author = db.context().author;
    auto content = std::make_unique<ReportContent>(meta);
    content->cover(
        title,
        {scope, ReportWords::text(lang, "commitments.asOf").arg(ReportWords::date(today, lang))});
    if (data->scheduled.isEmpty() && data->toBeDefined.isEmpty()) {
        content->note(ReportWords::text(lang, "timeline.none"));
        return content;
    }
    // The timeline reads in plan order; the document reads by end date, keeping plan order
    // among items that end together.
    QList<TimelineItem> scheduled = data->scheduled;
    std::stable_sort(scheduled.begin(), scheduled.end(),
                     [](const TimelineItem &a, const TimelineItem &b) {
                         return Deadline::lessByEnd(a.deadline, b.deadline);
                     });
    const bool withGroup = options.groupId.isNull();
    int n = 0;
    if (!scheduled.isEmpty()) {
        content->heading(1, QStringLiteral("%1. ").arg(++n) +
                                ReportWords::text(lang, "timeline.scheduled"));
        content->table(itemsTable(scheduled, withGroup, lang));
    }
    if (!data->toBeDefined.isEmpty()) {
        content->heading(1, QStringLiteral("%1. ").arg(++n) +
                                ReportWords::text(lang, "timeline.undefined"));
        content->table(itemsTable(data->toBeDefined, withGroup, lang));
    }
    return content;
}

} // namespace focal::report
