#include "Annex2Report.h"

#include "GroupReportData.h"
#include "ReportWords.h"
#include "StandaloneAnnex.h"
#include "storage/Database.h"

#include <algorithm>

namespace focal::report {

Result<std::unique_ptr<ReportContent>> Annex2Report::build(Database &db,
                                                           const AnnexReportOptions &options)
{
    return buildStandaloneAnnex<Annex2Report>(db, options, "sec.annex2");
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
