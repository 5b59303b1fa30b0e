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
    QString notes; // progress notes
    // Reprogramming: the item of an earlier plan this one carries on (null when new), and the
    // deadline it had first, as written then; empty when the item was never reprogrammed.
    QUuid carriedFromId;
    Deadline originalDeadline;
    QString originalDeadlineText;

    static constexpr const char *table = "plan_item";
    static auto fields()
    {
        return std::make_tuple(
            field("plan_id", &PlanItem::planId), field("parent_id", &PlanItem::parentId),
            field("position", &PlanItem::position), field("text", &PlanItem::text),
            field("deadline", &PlanItem::deadline), field("deadline_text", &PlanItem::deadlineText),
            field("status", &PlanItem::status), field("notes", &PlanItem::notes),
            field("carried_from_id", &PlanItem::carriedFromId),
            field("original_deadline", &PlanItem::originalDeadline),
            field("original_deadline_text", &PlanItem::originalDeadlineText));
    }
    // The deadline's last day, so that the home page selects what is overdue or coming in SQL.
    static auto derived()
    {
        return std::make_tuple(derivedColumn("deadline_end", "deadline", [](const PlanItem &i) {
            return column::endDay(i.deadline);
        }));
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

// A dated step in a plan's life: the state it reached (sent for comments, observations
// received, approved, delivered; back to draft when it is reopened), who acted, to whom it went,
// at which meeting, and a note. "02.03.2020 Chile envía propuesta de Plan de trabajo ... efectos
// de recibir comentarios" is one event: sent for comments, by Chile, to the subgroup.
struct PlanEvent
{
    RecordMeta meta;
    QUuid planId;
    DocumentStatus state = DocumentStatus::SentForComments;
    QDate date;
    QUuid countryId; // the country that acted, if known
    QString recipient;
    QUuid meetingId; // the meeting where it happened, if any
    QString note;

    static constexpr const char *table = "plan_event";
    static auto fields()
    {
        return std::make_tuple(
            field("plan_id", &PlanEvent::planId), field("state", &PlanEvent::state),
            field("date", &PlanEvent::date), field("country_id", &PlanEvent::countryId),
            field("recipient", &PlanEvent::recipient), field("meeting_id", &PlanEvent::meetingId),
            field("note", &PlanEvent::note));
    }
};

// A plan's content kept as it was when it was sent or approved: a numbered snapshot of its
// items (JSON, see core/plans/PlanVersions), so any two versions can be compared later.
struct PlanVersion
{
    RecordMeta meta;
    QUuid planId;
    int number = 0; // 1, 2, ... within the plan
    QDate date;
    DocumentStatus state = DocumentStatus::Draft;
    QUuid eventId; // the event that made it, if any
    QString label;
    QString snapshot;

    static constexpr const char *table = "plan_version";
    static auto fields()
    {
        return std::make_tuple(
            field("plan_id", &PlanVersion::planId), field("number", &PlanVersion::number),
            field("date", &PlanVersion::date), field("state", &PlanVersion::state),
            field("event_id", &PlanVersion::eventId), field("label", &PlanVersion::label),
            field("snapshot", &PlanVersion::snapshot));
    }
};

} // namespace focal
