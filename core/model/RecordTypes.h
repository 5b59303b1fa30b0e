#pragma once

#include "model/Country.h"
#include "model/Document.h"
#include "model/Forum.h"
#include "model/Institution.h"
#include "model/Meeting.h"
#include "model/Milestone.h"
#include "model/Plan.h"
#include "model/ReportText.h"
#include "model/WorkingGroup.h"

#include <QString>
#include <QStringList>

namespace focal {

template <typename... T> struct RecordTypeList
{
    static constexpr std::size_t size = sizeof...(T);
};

// Every stored record type, parents before the records that refer to them (a plan item's
// parent item is in its own table: within a table, order does not follow references).
// Exchange walks this list to read, write and validate records of any table by name.
using AllRecordTypes =
    RecordTypeList<Country, Forum, ForumMember, ProTempore, Organisation, Institution, Person,
                   ThematicArea, WorkingGroup, Subgroup, SubgroupMember, PersonRole, GroupCountry,
                   GroupInstitution, GroupText, Document, Milestone, Plan, PlanItem,
                   PlanItemCountry, PlanEvent, PlanVersion, MeetingSeries, Meeting, MeetingCountry,
                   MeetingParticipant, Agreement, AgendaItem, MeetingDocument, MinutesEvent,
                   ReportText>;

// Calls f.template operator()<T>() for every record type, in the order of AllRecordTypes.
template <typename F, typename... T> void forEachRecordType(F &&f, RecordTypeList<T...>)
{
    (f.template operator()<T>(), ...);
}

template <typename F> void forEachRecordType(F &&f)
{
    forEachRecordType(std::forward<F>(f), AllRecordTypes{});
}

// Calls f.template operator()<T>() for the record type whose table is `table`; false when no
// record type has that table (a name from a file is never trusted).
template <typename F> bool withRecordType(QStringView table, F &&f)
{
    bool found = false;
    forEachRecordType([&]<typename T>() {
        if (!found && table == QLatin1String(T::table)) {
            found = true;
            f.template operator()<T>();
        }
    });
    return found;
}

// The tables of AllRecordTypes, in its order.
inline QStringList recordTables()
{
    QStringList tables;
    forEachRecordType([&]<typename T>() { tables << QString::fromLatin1(T::table); });
    return tables;
}

} // namespace focal
