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
    QString minutes;

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
            field("summary", &Meeting::summary), field("minutes", &Meeting::minutes));
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

// An institution or organisation that took part in a meeting (or a meeting series).
struct MeetingParticipant
{
    RecordMeta meta;
    QUuid meetingId;
    QUuid institutionId;
    QUuid organisationId;

    static constexpr const char *table = "meeting_participant";
    static auto fields()
    {
        return std::make_tuple(field("meeting_id", &MeetingParticipant::meetingId),
                               field("institution_id", &MeetingParticipant::institutionId),
                               field("organisation_id", &MeetingParticipant::organisationId));
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
            field("document_id", &Agreement::documentId));
    }
};

} // namespace focal
