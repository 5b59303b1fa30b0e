#pragma once

#include "model/Enums.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QTime>
#include <QUuid>

#include <optional>

namespace focal {

class Database;

// One meeting as the meeting log lists it: what identifies it and a few counts, never its
// minutes (which may be long).
struct MeetingLogRow
{
    QUuid id;
    QDate date;
    QTime startTime;
    QString timeZone;
    MeetingKind kind = MeetingKind::Videoconference;
    std::optional<int> number;
    QString title;
    MeetingScope scope = MeetingScope::Group;
    QUuid groupId;
    QString groupShortName;
    QUuid subgroupId;
    std::optional<int> subgroupNumber;
    int attendingCountries = 0;
    int agreements = 0;  // every agreement and decision, commitments included
    int commitments = 0; // those that are commitments
};

// What the log shows: every field left empty matches everything.
struct MeetingLogFilter
{
    std::optional<int> year;
    QUuid groupId;
    QUuid subgroupId;
    std::optional<MeetingKind> kind;
};

// Something a meeting can link to, as a choice in a list: its UUID and how it reads.
struct MeetingLinkChoice
{
    QUuid id;
    QString text;
};

// The meeting log: the meetings by date (newest first), filtered by year, group, subgroup and
// kind, read in one query with bound values.
class MeetingLogQuery
{
public:
    static Result<QList<MeetingLogRow>> load(Database &db, const MeetingLogFilter &filter = {});
    // The years that have meetings, newest first (what the year filter offers).
    static Result<QList<int>> years(Database &db);
    // What a meeting's agreements and links can point to, without loading file contents: the
    // documents of `groupId` (every document when null) by annex, and the products and
    // activities of the group's plans (none when null).
    static Result<QList<MeetingLinkChoice>> documents(Database &db, const QUuid &groupId);
    static Result<QList<MeetingLinkChoice>> planItems(Database &db, const QUuid &groupId);
    // The tables whose changes can change the log.
    static const QStringList &tables();
};

} // namespace focal
