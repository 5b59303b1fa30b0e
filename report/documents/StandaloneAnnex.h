#pragma once

#include "GroupReportData.h"
#include "ReportContent.h"
#include "ReportOptions.h"
#include "ReportWords.h"
#include "Result.h"
#include "storage/Database.h"

#include <memory>

namespace focal::report {

// An annex printed alone rather than inside the annual report: a cover with the annex's title
// and the group's name, then the annex as the only chapter. `Annex` is Annex1Report or
// Annex2Report (their static write(content, data, lang, level, title)).
template <typename Annex>
Result<std::unique_ptr<ReportContent>>
buildStandaloneAnnex(Database &db, const AnnexReportOptions &options, const char *titleKey)
{
    auto data = GroupReportData::load(db, options.groupId);
    if (!data)
        return data.error();
    const Language lang = options.language;
    const QString title = ReportWords::text(lang, titleKey);
    ReportMeta meta;
    meta.title = title;
    meta.subject = data->group.name;
    meta.language = lang;
    meta.author = db.context().author;
    auto content = std::make_unique<ReportContent>(meta);
    content->cover(title, {data->group.name});
    Annex::write(*content, *data, lang, 1, title);
    return content;
}

} // namespace focal::report
