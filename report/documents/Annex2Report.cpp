#include "Annex2Report.h"

#include "GroupReportData.h"
#include "ReportWords.h"
#include "storage/Database.h"

#include <algorithm>

namespace focal::report {

Result<std::unique_ptr<ReportContent>> Annex2Report::build(Database &db,
                                                           const AnnexReportOptions &options)
{
    auto data = GroupReportData::load(db, options.groupId);
    if (!data)
        return data.error();
    const Language lang = options.language;
    const QString title = ReportWords::text(lang, "sec.annex2");
    ReportMeta meta;
    meta.title = title;
    meta.subject = data->group.name;
    meta.language = lang;
    meta.author = db.context().author;
    auto content = std::make_unique<ReportContent>(meta);
    content->cover(title, {data->group.name});
    write(*content, *data, lang, 1, title);
    return content;
}

void Annex2Report::write(ReportContent &content, const GroupReportData &data, Language lang,
                         int level, const QString &title)
{
    content.heading(level, title);
    if (data.documents.isEmpty()) {
        content.note(ReportWords::text(lang, "annex2.none"));
        return;
    }
    QList<Document> documents = data.documents;
    // Coded documents in the order of their codes, then the others by date.
    std::stable_sort(documents.begin(), documents.end(), [](const Document &a, const Document &b) {
        if (a.annexCode.isEmpty() != b.annexCode.isEmpty())
            return !a.annexCode.isEmpty();
        return a.annexCode < b.annexCode;
    });
    ReportTable t;
    t.header << ReportWords::text(lang, "col.annex") << ReportWords::text(lang, "col.title")
             << ReportWords::text(lang, "col.date") << ReportWords::text(lang, "col.sender")
             << ReportWords::text(lang, "col.status");
    t.widthsPercent = {9, 43, 18, 13, 17};
    for (const Document &d : documents)
        t.rows << QStringList{d.annexCode, d.title, ReportWords::date(d.date, lang),
                              data.countryName(d.senderCountryId, lang),
                              ReportWords::label(d.status, lang)};
    content.table(t);
}

} // namespace focal::report
