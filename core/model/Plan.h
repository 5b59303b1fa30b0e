#pragma once

#include "model/Record.h"

namespace focal {

// A group's sectoral plan, or the annual work plan of a subgroup (or group) for a year.
struct Plan
{
    RecordMeta meta;
    QUuid groupId;
    QUuid subgroupId; // null for a group-level plan
    PlanKind kind = PlanKind::Annual;
    std::optional<int> year;
    QString title;
    DocumentStatus status = DocumentStatus::Draft;
    PlanItemLabel itemLabel = PlanItemLabel::Products;
    QUuid documentId;

    static constexpr const char *table = "plan";
    static auto fields()
    {
        return std::make_tuple(
            field("group_id", &Plan::groupId), field("subgroup_id", &Plan::subgroupId),
            field("kind", &Plan::kind), field("year", &Plan::year), field("title", &Plan::title),
            field("status", &Plan::status), field("item_label", &Plan::itemLabel),
            field("document_id", &Plan::documentId));
    }
};

// A line of action (no parent) or one of its products or activities (parent is the line).
// The deadline keeps both its meaning and the words it was written with.
struct PlanItem
{
    RecordMeta meta;
    QUuid planId;
    QUuid parentId;
    int position = 0;
    QString text;
    Deadline deadline;
    QString deadlineText;
    PlanItemStatus status = PlanItemStatus::Proposed;
    QString notes;

    static constexpr const char *table = "plan_item";
    static auto fields()
    {
        return std::make_tuple(
            field("plan_id", &PlanItem::planId), field("parent_id", &PlanItem::parentId),
            field("position", &PlanItem::position), field("text", &PlanItem::text),
            field("deadline", &PlanItem::deadline), field("deadline_text", &PlanItem::deadlineText),
            field("status", &PlanItem::status), field("notes", &PlanItem::notes));
    }
};

// A country responsible for a plan item.
struct PlanItemCountry
{
    RecordMeta meta;
    QUuid itemId;
    QUuid countryId;

    static constexpr const char *table = "plan_item_country";
    static auto fields()
    {
        return std::make_tuple(field("item_id", &PlanItemCountry::itemId),
                               field("country_id", &PlanItemCountry::countryId));
    }
};

} // namespace focal
