#pragma once

#include "Language.h"
#include "model/Country.h"
#include "model/Document.h"
#include "model/Forum.h"
#include "model/Institution.h"
#include "model/Meeting.h"
#include "model/Milestone.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace focal {
class Database;
}

namespace focal::report {

// What the documents of one working group read, loaded once through Repository and kept in
// the orders the reports print: subgroups by number, texts by section and position, documents
// by annex code, meetings and plan steps by date. Reports are small (tens of records), so
// reading them whole and choosing in C++ keeps the SQL in core.
class GroupReportData
{
    Q_DECLARE_TR_FUNCTIONS(focal::report::GroupReportData)

public:
    WorkingGroup group;
    QString forumName;
    QHash<QUuid, Country> countries; // every country, to name any reference
    QHash<QUuid, Organisation> organisations;
    QHash<QUuid, Institution> institutionsById;
    QList<GroupCountry> groupCountries;         // as the group lists them
    QList<Subgroup> subgroups;                  // by number
    QHash<QUuid, QList<QUuid>> subgroupMembers; // besides the leader, in their order
    QList<GroupText> texts;                     // by section, year, position
    QList<Institution> institutions;            // of the group (Anexo 1), in their order
    QList<Document> documents;                  // of the group (Anexo 2), by annex code
    QList<Plan> plans;                          // of the group
    QList<PlanEvent> planEvents;                // of the group's plans, by date
    QList<Meeting> meetings;                    // of the group, and of no group; by date
    QHash<QUuid, MeetingSeries> series;
    QList<Milestone> milestones; // of the group, by date

    // A null groupId loads what belongs to no group (the forum's and national meetings).
    // What a report covering one group or all of them is about: the group's name, or the words
    // for every group (null id); a group that no longer exists is an error.
    static Result<QString> scopeName(Database &db, const QUuid &groupId, Language lang);
    static Result<GroupReportData> load(Database &db, const QUuid &groupId);

    QString countryName(const QUuid &id, Language lang) const;
    // Names of countries in the given order.
    QStringList countryNames(const QList<QUuid> &ids, Language lang) const;
    const Subgroup *subgroup(const QUuid &id) const;
    const Document *document(const QUuid &id) const;
    const Plan *plan(const QUuid &id) const;
    // The group's texts of a section, for one year (nullopt: texts with no year).
    QList<GroupText> textsOf(TextSection section, std::optional<int> year) const;
};

} // namespace focal::report
