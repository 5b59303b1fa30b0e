#pragma once

#include "model/Record.h"

namespace focal {

// A text of a working group's report that people write and edit, kept apart from the data the
// report is generated from: the annual report's introduction ("annual_introduction"). One per
// group and kind.
struct ReportText
{
    RecordMeta meta;
    QUuid groupId;
    QString kind; // a key such as "annual_introduction" (see ReportTexts)
    QString body; // plain text, paragraphs separated by blank lines

    static constexpr const char *table = "report_text";
    static auto fields()
    {
        return std::make_tuple(field("group_id", &ReportText::groupId),
                               field("kind", &ReportText::kind), field("body", &ReportText::body));
    }
};

} // namespace focal
