#include "CommitmentsReport.h"

#include "GroupReportData.h"
#include "model/WorkingGroup.h"
#include "query/Commitments.h"
#include "ReportWords.h"
#include "storage/Repository.h"

#include <algorithm>

namespace focal::report {

Result<std::unique_ptr<ReportContent>>
CommitmentsReport::build(Database &db, const CommitmentsReportOptions &options)
{
    const Language lang = options.language;
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    auto scopeName = GroupReportData::scopeName(db, options.groupId, lang);
    if (!scopeName)
        return scopeName.error();
    const QString scope = *scopeName;
    CommitmentFilter filter;
    filter.groupId = options.groupId;
    auto list = Commitments::list(db, filter, today, lang);
    if (!list)
        return list.error();
    const QString noCountry = ReportWords::text(lang, "commitments.noCountry");
    const QString title = ReportWords::text(lang, "commitments.title");
    const QString asOf =
        ReportWords::text(lang, "commitments.asOf").arg(ReportWords::date(today, lang));

    ReportMeta meta;
    meta.title = title;
    meta.subject = scope;
    meta.language = lang;
    meta.author = db.context().author;
    auto content = std::make_unique<ReportContent>(meta);
    content->cover(title, {scope, asOf});
    if (list->isEmpty()) {
        content->note(ReportWords::text(lang, "commitments.none"));
        return content;
    }

    // The summary: the tracker's matrix, in the report's words.
    const CommitmentMatrix matrix = Commitments::matrix(*list);
    content->heading(1, QStringLiteral("1. ") + title);
    QStringList summary;
    for (const CommitmentCount &c : matrix.rows)
        summary << (c.countryId.isNull() ? noCountry : c.name) + QStringLiteral(": ") +
                       ReportWords::text(lang, "commitments.counts")
                           .arg(c.open)
                           .arg(c.overdue)
                           .arg(c.done)
                           .arg(c.dropped);
    content->bullets(summary);

    // Each country's commitments, in the order of the matrix (by name, no country last).
    int n = 0;
    for (const CommitmentCount &c : matrix.rows) {
        QList<Commitment> mine;
        for (const Commitment &k : *list)
            if (k.countryId == c.countryId)
                mine << k;
        // Open first, then done, then dropped; within each, the tracker's order (deadline).
        std::stable_sort(mine.begin(), mine.end(), [](const Commitment &a, const Commitment &b) {
            return int(a.status) < int(b.status);
        });
        content->heading(2, QStringLiteral("1.%1. ").arg(++n) +
                                (c.countryId.isNull() ? noCountry : c.name));
        ReportTable t;
        t.header << ReportWords::text(lang, "col.commitment")
                 << ReportWords::text(lang, "col.meeting") << ReportWords::text(lang, "label.due")
                 << ReportWords::text(lang, "col.status");
        t.widthsPercent = {46, 24, 14, 16};
        for (const Commitment &k : mine) {
            const QString status = k.overdue ? ReportWords::text(lang, "commitments.overdue")
                                             : ReportWords::label(k.status, lang);
            QString meeting = k.meetingTitle;
            if (k.meetingDate.isValid())
                meeting += QStringLiteral(", ") + ReportWords::date(k.meetingDate, lang);
            if (options.groupId.isNull() && !k.groupName.isEmpty())
                meeting += QStringLiteral(" (") + k.groupName + QLatin1Char(')');
            t.rows << QStringList{k.action, meeting, ReportWords::deadline(k.due, k.dueText, lang),
                                  status};
        }
        content->table(t);
    }
    return content;
}

} // namespace focal::report
