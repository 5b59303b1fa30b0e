#pragma once

#include "model/Record.h"

namespace focal {

// A dated fact in the life of the forum or a group (a declaration, a delivery, a proposal sent).
struct Milestone
{
    RecordMeta meta;
    QDate date;
    QString title;
    QString description;
    QUuid groupId;
    QUuid subgroupId;
    QUuid countryId;
    QUuid documentId;

    static constexpr const char *table = "milestone";
    static auto fields()
    {
        return std::make_tuple(field("date", &Milestone::date), field("title", &Milestone::title),
                               field("description", &Milestone::description),
                               field("group_id", &Milestone::groupId),
                               field("subgroup_id", &Milestone::subgroupId),
                               field("country_id", &Milestone::countryId),
                               field("document_id", &Milestone::documentId));
    }
};

} // namespace focal
