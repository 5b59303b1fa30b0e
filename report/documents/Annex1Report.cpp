#include "Annex1Report.h"

#include "GroupReportData.h"
#include "ReportWords.h"
#include "StandaloneAnnex.h"
#include "storage/Database.h"

#include <QCollator>

#include <algorithm>

namespace focal::report {

Result<std::unique_ptr<ReportContent>> Annex1Report::build(Database &db,
                                                           const AnnexReportOptions &options)
{
    return buildStandaloneAnnex<Annex1Report>(db, options, "sec.annex1");
}

void Annex1Report::write(ReportContent &content, const GroupReportData &data, Language lang,
                         int level, const QString &title)
{
    content.heading(level, title);
    if (data.institutions.isEmpty()) {
        content.note(ReportWords::text(lang, "annex1.none"));
        return;
    }
    QList<QUuid> countryOrder;
    QHash<QUuid, QStringList> namesOf;
    for (const Institution &i : data.institutions) {
        if (!namesOf.contains(i.countryId))
            countryOrder << i.countryId;
        namesOf[i.countryId] << (i.acronym.isEmpty() ? i.name
                                                     : i.name + QStringLiteral(" (") + i.acronym +
                                                           QLatin1Char(')'));
    }
    QCollator collator(QLocale(languageCode(lang)));
    std::stable_sort(countryOrder.begin(), countryOrder.end(), [&](const QUuid &a, const QUuid &b) {
        return collator.compare(data.countryName(a, lang), data.countryName(b, lang)) < 0;
    });
    ReportTable t;
    t.header << ReportWords::text(lang, "col.country")
             << ReportWords::text(lang, "col.institutions");
    t.widthsPercent = {25, 75};
    for (const QUuid &c : countryOrder)
        t.rows << QStringList{data.countryName(c, lang),
                              namesOf.value(c).join(QStringLiteral(", "))};
    content.table(t);
}

} // namespace focal::report
