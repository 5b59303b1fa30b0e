#include "Annex1Report.h"

#include "GroupReportData.h"
#include "ReportWords.h"
#include "storage/Database.h"

#include <QCollator>

#include <algorithm>

namespace focal::report {

Result<std::unique_ptr<ReportContent>> Annex1Report::build(Database &db,
                                                           const AnnexReportOptions &options)
{
    auto data = GroupReportData::load(db, options.groupId);
    if (!data)
        return data.error();
    const Language lang = options.language;
    const QString title = ReportWords::text(lang, "sec.annex1");
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
