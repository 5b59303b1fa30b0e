#pragma once

#include "model/Record.h"

namespace focal {

// Meetings held as one series (the four workshops of Chile's focal points, a training cycle).
struct MeetingSeries
{
    RecordMeta meta;
    QUuid groupId;
    QString title;
    QString description;
    std::optional<int> participantsCount;
    bool participantsApprox = false;

    static constexpr const char *table = "meeting_series";
    static auto fields()
    {
        return std::make_tuple(field("group_id", &MeetingSeries::groupId),
                               field("title", &MeetingSeries::title),
                               field("description", &MeetingSeries::description),
                               field("participants_count", &MeetingSeries::participantsCount),
                               field("participants_approx", &MeetingSeries::participantsApprox));
    }
};

// A videoconference, workshop, training or e-mail exchange.
struct Meeting
{
    RecordMeta meta;
    QUuid seriesId;
    MeetingKind kind = MeetingKind::Videoconference;
    QDate date;
    QTime startTime;
    QString timeZone; // IANA id, e.g. "America/Santiago"
    std::optional<int> number;
    QString title;
    MeetingScope scope = MeetingScope::Group;
    QUuid groupId;
    QUuid subgroupId;
    QUuid countryId; // for national meetings
    QString organiser;
    QString location; // a place or a link
    std::optional<int> participantsCount;
    QString summary;
    QString minutes; // Markdown (see core/meetings/Minutes.h): no HTML, no remote content
    MinutesStatus minutesStatus = MinutesStatus::Draft;

    static constexpr const char *table = "meeting";
    static auto fields()
    {
        return std::make_tuple(
            field("series_id", &Meeting::seriesId), field("kind", &Meeting::kind),
            field("date", &Meeting::date), field("start_time", &Meeting::startTime),
            field("time_zone", &Meeting::timeZone), field("number", &Meeting::number),
            field("title", &Meeting::title), field("scope", &Meeting::scope),
            field("group_id", &Meeting::groupId), field("subgroup_id", &Meeting::subgroupId),
            field("country_id", &Meeting::countryId), field("organiser", &Meeting::organiser),
            field("location", &Meeting::location),
            field("participants_count", &Meeting::participantsCount),
            field("summary", &Meeting::summary), field("minutes", &Meeting::minutes),
            field("minutes_status", &Meeting::minutesStatus));
    }
};

// A country invited to, attending or organising a meeting (or a meeting series).
struct MeetingCountry
{
    RecordMeta meta;
    QUuid meetingId; // a meeting or a meeting series
    QUuid countryId;
    MeetingRole role = MeetingRole::Attended;

    static constexpr const char *table = "meeting_country";
    static auto fields()
    {
        return std::make_tuple(field("meeting_id", &MeetingCountry::meetingId),
                               field("country_id", &MeetingCountry::countryId),
                               field("role", &MeetingCountry::role));
    }
};

// An institution, organisation or person invited to or taking part in a meeting (or a meeting
// series).
struct MeetingParticipant
{
    RecordMeta meta;
    QUuid meetingId;
    QUuid institutionId;
    QUuid organisationId;
    QUuid personId;
    MeetingRole role = MeetingRole::Attended;

    static constexpr const char *table = "meeting_participant";
    static auto fields()
    {
        return std::make_tuple(field("meeting_id", &MeetingParticipant::meetingId),
                               field("institution_id", &MeetingParticipant::institutionId),
                               field("organisation_id", &MeetingParticipant::organisationId),
                               field("person_id", &MeetingParticipant::personId),
                               field("role", &MeetingParticipant::role));
    }
};

// An agreement or decision of a meeting; when it is a commitment, a country owes an action.
struct Agreement
{
    RecordMeta meta;
    QUuid meetingId;
    int position = 0;
    QString text;
    bool isCommitment = false;
    QUuid responsibleCountryId;
    QUuid responsibleInstitutionId;
    QString action;
    Deadline due;
    QString dueText;
    std::optional<CommitmentStatus> status; // set for commitments
    QUuid documentId;
    QUuid planItemId; // the plan product or activity a commitment serves, if any

    static constexpr const char *table = "agreement";
    static auto fields()
    {
        return std::make_tuple(
            field("meeting_id", &Agreement::meetingId), field("position", &Agreement::position),
            field("text", &Agreement::text), field("is_commitment", &Agreement::isCommitment),
            field("responsible_country_id", &Agreement::responsibleCountryId),
            field("responsible_institution_id", &Agreement::responsibleInstitutionId),
            field("action", &Agreement::action), field("due", &Agreement::due),
            field("due_text", &Agreement::dueText), field("status", &Agreement::status),
            field("document_id", &Agreement::documentId),
            field("plan_item_id", &Agreement::planItemId));
    }
    // The due deadline's last day, so that overdue commitments are counted in SQL.
    static auto derived()
    {
        return std::make_tuple(derivedColumn(
            "due_end", "due", [](const Agreement &a) { return column::endDay(a.due); }));
    }
};

// An item of a meeting's agenda: a title, the country that presents it and how long it takes.
// An open commitment carried into the agenda of the group's next meeting keeps a link to it.
struct AgendaItem
{
    RecordMeta meta;
    QUuid meetingId;
    int position = 0;
    QString title;
    QUuid presenterCountryId;
    std::optional<int> durationMinutes;
    QUuid agreementId; // the commitment this item follows up, if any

    static constexpr const char *table = "agenda_item";
    static auto fields()
    {
        return std::make_tuple(field("meeting_id", &AgendaItem::meetingId),
                               field("position", &AgendaItem::position),
                               field("title", &AgendaItem::title),
                               field("presenter_country_id", &AgendaItem::presenterCountryId),
                               field("duration_minutes", &AgendaItem::durationMinutes),
                               field("agreement_id", &AgendaItem::agreementId));
    }
};

// A document attached to or linked from a meeting: one of the group's documents, or a link.
struct MeetingDocument
{
    RecordMeta meta;
    QUuid meetingId;
    int position = 0;
    QUuid documentId;
    QString url;
    QString title;

    static constexpr const char *table = "meeting_document";
    static auto fields()
    {
        return std::make_tuple(field("meeting_id", &MeetingDocument::meetingId),
                               field("position", &MeetingDocument::position),
                               field("document_id", &MeetingDocument::documentId),
                               field("url", &MeetingDocument::url),
                               field("title", &MeetingDocument::title));
    }
};

// A step of a meeting's minutes: circulated for comments, approved, locked, or reopened (back
// to draft, with the reason; reopening locked minutes is always recorded).
struct MinutesEvent
{
    RecordMeta meta;
    QUuid meetingId;
    MinutesStatus state = MinutesStatus::Draft;
    QDateTime at; // UTC
    QString note;

    static constexpr const char *table = "minutes_event";
    static auto fields()
    {
        return std::make_tuple(field("meeting_id", &MinutesEvent::meetingId),
                               field("state", &MinutesEvent::state), field("at", &MinutesEvent::at),
                               field("note", &MinutesEvent::note));
    }
};

} // namespace focal
