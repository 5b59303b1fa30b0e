#include "GroupReportData.h"

#include "ReportWords.h"

#include "storage/Repository.h"

#include <algorithm>

namespace focal::report {
namespace {

template <typename T> bool take(Result<QList<T>> rows, QList<T> &out, Error &error)
{
    if (!rows) {
        error = rows.error();
        return false;
    }
    out = std::move(rows).value();
    return true;
}

} // namespace

Result<GroupReportData> GroupReportData::load(Database &db, const QUuid &groupId)
{
    Repository repo(db);
    GroupReportData d;
    // No group: what a meeting of the forum as a whole, or a national one, refers to.
    if (!groupId.isNull()) {
        auto group = repo.get<WorkingGroup>(groupId);
        if (!group) {
            if (group.error().code == Error::Code::NotFound)
                return Error{Error::Code::NotFound,
                             tr("The working group of the report no longer exists."),
                             group.error().detail};
            return group.error();
        }
        d.group = *group;
    }
    const QVariant gid = column::toVariant(groupId);
    Error error;
    QList<Country> countries;
    QList<Organisation> organisations;
    QList<Institution> allInstitutions;
    QList<GroupInstitution> groupInstitutions;
    QList<Forum> forums;
    QList<SubgroupMember> members;
    QList<Meeting> meetings;
    QList<MeetingSeries> series;
    if (!take(repo.list<Country>(), countries, error) ||
        !take(repo.list<Organisation>(), organisations, error) ||
        !take(repo.list<Institution>(), allInstitutions, error) ||
        !take(repo.list<Forum>(), forums, error) ||
        !take(repo.listWhere<GroupCountry>("group_id", gid), d.groupCountries, error) ||
        !take(repo.listWhere<GroupInstitution>("group_id", gid, QStringLiteral("position")),
              groupInstitutions, error) ||
        !take(repo.listWhere<Subgroup>("group_id", gid, QStringLiteral("number")), d.subgroups,
              error) ||
        !take(repo.list<SubgroupMember>(QStringLiteral("position")), members, error) ||
        !take(repo.listWhere<GroupText>("group_id", gid,
                                        QStringLiteral("section, year, position, rowid")),
              d.texts, error) ||
        !take(repo.listWhere<Document>("group_id", gid, QStringLiteral("annex_code, date, title")),
              d.documents, error) ||
        !take(repo.listWhere<Plan>("group_id", gid, QStringLiteral("year, rowid")), d.plans,
              error) ||
        !take(repo.list<PlanEvent>(QStringLiteral("date, rowid")), d.planEvents, error) ||
        !take(repo.list<Meeting>(QStringLiteral("date, start_time, rowid")), meetings, error) ||
        !take(repo.list<MeetingSeries>(), series, error) ||
        !take(repo.listWhere<Milestone>("group_id", gid, QStringLiteral("date, rowid")),
              d.milestones, error))
        return error;

    for (const Country &c : countries)
        d.countries.insert(c.meta.id, c);
    for (const Organisation &o : organisations)
        d.organisations.insert(o.meta.id, o);
    for (const Institution &i : allInstitutions)
        d.institutionsById.insert(i.meta.id, i);
    d.forumName = forums.isEmpty() ? QString() : forums.first().name;
    for (const GroupInstitution &gi : groupInstitutions)
        if (d.institutionsById.contains(gi.institutionId))
            d.institutions << d.institutionsById.value(gi.institutionId);
    QSet<QUuid> subgroupIds;
    for (const Subgroup &s : d.subgroups)
        subgroupIds.insert(s.meta.id);
    for (const SubgroupMember &m : members)
        if (subgroupIds.contains(m.subgroupId))
            d.subgroupMembers[m.subgroupId] << m.countryId;
    QSet<QUuid> planIds;
    for (const Plan &p : d.plans)
        planIds.insert(p.meta.id);
    d.planEvents.removeIf([&](const PlanEvent &e) { return !planIds.contains(e.planId); });
    // Meetings of the forum as a whole and national ones (no group) concern every group.
    for (const Meeting &m : meetings)
        if (m.groupId == groupId || m.groupId.isNull())
            d.meetings << m;
    for (const MeetingSeries &s : series)
        d.series.insert(s.meta.id, s);
    return d;
}

QString GroupReportData::countryName(const QUuid &id, Language lang) const
{
    const auto it = countries.constFind(id);
    return it == countries.cend() ? QString() : it->name(lang);
}

QStringList GroupReportData::countryNames(const QList<QUuid> &ids, Language lang) const
{
    QStringList names;
    for (const QUuid &id : ids)
        if (countries.contains(id))
            names << countryName(id, lang);
    return names;
}

const Subgroup *GroupReportData::subgroup(const QUuid &id) const
{
    for (const Subgroup &s : subgroups)
        if (s.meta.id == id)
            return &s;
    return nullptr;
}

const Document *GroupReportData::document(const QUuid &id) const
{
    for (const Document &doc : documents)
        if (doc.meta.id == id)
            return &doc;
    return nullptr;
}

const Plan *GroupReportData::plan(const QUuid &id) const
{
    for (const Plan &p : plans)
        if (p.meta.id == id)
            return &p;
    return nullptr;
}

QList<GroupText> GroupReportData::textsOf(TextSection section, std::optional<int> year) const
{
    QList<GroupText> out;
    for (const GroupText &t : texts)
        if (t.section == section && t.year == year)
            out << t;
    std::stable_sort(out.begin(), out.end(), [](const GroupText &a, const GroupText &b) {
        return a.position < b.position;
    });
    return out;
}

Result<QString> GroupReportData::scopeName(Database &db, const QUuid &groupId, Language lang)
{
    if (groupId.isNull())
        return ReportWords::text(lang, "commitments.allGroups");
    Repository repo(db);
    auto group = repo.get<WorkingGroup>(groupId);
    if (!group) {
        if (group.error().code == Error::Code::NotFound)
            return Error{Error::Code::NotFound,
                         tr("The working group of the report no longer exists."),
                         group.error().detail};
        return group.error();
    }
    return group->name;
}

} // namespace focal::report
