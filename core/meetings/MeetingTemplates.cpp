#include "meetings/MeetingTemplates.h"

#include "model/Country.h"
#include "model/WorkingGroup.h"
#include "storage/Database.h"
#include "storage/RecordRemoval.h"
#include "storage/Repository.h"

#include <QRegularExpression>

namespace focal {
namespace {

// The next number for a meeting of `kind` of the group (or of the subgroup, when given).
Result<std::optional<int>> nextNumber(Database &db, MeetingKind kind, const QUuid &groupId,
                                      const QUuid &subgroupId)
{
    QString sql = QStringLiteral("SELECT max(number) FROM meeting WHERE kind = ? AND group_id = ?");
    QVariantList values{column::toVariant(kind), column::toVariant(groupId)};
    if (subgroupId.isNull()) {
        sql += QStringLiteral(" AND subgroup_id IS NULL");
    } else {
        sql += QStringLiteral(" AND subgroup_id = ?");
        values << column::toVariant(subgroupId);
    }
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return std::optional<int>{};
    return std::optional<int>{q.value().value(0).toInt() + 1};
}

// An invited role for a new meeting: who organised stays the organiser.
MeetingRole invitedAgain(MeetingRole role)
{
    return role == MeetingRole::Organiser ? MeetingRole::Organiser : MeetingRole::Invited;
}

Result<void> insertAll(Repository &repo, MeetingTemplates::Created &created)
{
    if (auto r = repo.insert(created.meeting); !r)
        return r;
    for (auto &c : created.countries) {
        c.meetingId = created.meeting.meta.id;
        if (auto r = repo.insert(c); !r)
            return r;
    }
    for (auto &p : created.participants) {
        p.meetingId = created.meeting.meta.id;
        if (auto r = repo.insert(p); !r)
            return r;
    }
    for (auto &a : created.agenda) {
        a.meetingId = created.meeting.meta.id;
        if (auto r = repo.insert(a); !r)
            return r;
    }
    return {};
}

} // namespace

QString MeetingTemplate::displayName() const
{
    if (key == QLatin1String("videoconferencia-grupo"))
        return MeetingTemplates::tr("Group videoconference");
    if (key == QLatin1String("taller-puntos-focales"))
        return MeetingTemplates::tr("Focal points workshop");
    return title;
}

QList<MeetingTemplate> MeetingTemplates::all()
{
    MeetingTemplate video;
    video.key = QStringLiteral("videoconferencia-grupo");
    video.kind = MeetingKind::Videoconference;
    video.scope = MeetingScope::Group;
    video.title = QStringLiteral("Videoconferencia del Grupo");
    video.startTime = QTime(10, 0);
    video.timeZone = QStringLiteral("America/Santiago");
    video.durationMinutes = 90;
    video.agenda = {{QStringLiteral("Palabras de bienvenida"), 5},
                    {QStringLiteral("Revisión de compromisos"), 20},
                    {QStringLiteral("Avance de los subgrupos"), 45},
                    {QStringLiteral("Acuerdos y próximos pasos"), 10},
                    {QStringLiteral("Varios"), 10}};

    MeetingTemplate workshop;
    workshop.key = QStringLiteral("taller-puntos-focales");
    workshop.kind = MeetingKind::Workshop;
    workshop.scope = MeetingScope::Group;
    workshop.title = QStringLiteral("Taller de puntos focales");
    workshop.startTime = QTime(9, 0);
    workshop.timeZone = QStringLiteral("America/Santiago");
    workshop.durationMinutes = 360;
    workshop.agenda = {{QStringLiteral("Inauguración y palabras de bienvenida"), 15},
                       {QStringLiteral("Presentación del Foro PROSUR y del Grupo de Trabajo"), 45},
                       {QStringLiteral("Revisión de compromisos"), 30},
                       {QStringLiteral("Trabajo por subgrupos"), 150},
                       {QStringLiteral("Plenario: presentación de resultados"), 60},
                       {QStringLiteral("Acuerdos, próximos pasos y cierre"), 60}};
    return {video, workshop};
}

std::optional<MeetingTemplate> MeetingTemplates::find(const QString &key)
{
    for (const auto &t : all())
        if (t.key == key)
            return t;
    return std::nullopt;
}

Result<MeetingTemplates::Created>
MeetingTemplates::createFromTemplate(Database &db, const QString &key, const QUuid &groupId,
                                     const QUuid &subgroupId, QDate date)
{
    const auto found = find(key);
    if (!found)
        return Error{
            Error::Code::NotFound, tr("There is no meeting template \"%1\".").arg(key), {}};
    if (!date.isValid())
        return Error{Error::Code::Invalid, tr("Give the date of the new meeting."), {}};
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    Repository repo(db);
    auto group = repo.get<WorkingGroup>(groupId);
    if (!group)
        return group.error();
    if (!subgroupId.isNull()) {
        auto subgroup = repo.get<Subgroup>(subgroupId);
        if (!subgroup)
            return subgroup.error();
        if (subgroup->groupId != groupId)
            return Error{Error::Code::Invalid,
                         tr("The subgroup \"%1\" does not belong to the group \"%2\".")
                             .arg(subgroup->name, group->name),
                         {}};
    }

    Created created;
    Meeting &m = created.meeting;
    m.kind = found->kind;
    m.scope = subgroupId.isNull() ? found->scope : MeetingScope::Subgroup;
    m.date = date;
    m.startTime = found->startTime;
    m.timeZone = found->timeZone;
    m.title = found->title;
    m.groupId = groupId;
    m.subgroupId = subgroupId;
    auto number = nextNumber(db, m.kind, groupId, subgroupId);
    if (!number)
        return number.error();
    m.number = number->value_or(1);

    // Those who take part are invited: the subgroup's countries, or the group's active ones.
    QSet<QUuid> invited;
    if (!subgroupId.isNull()) {
        auto subgroup = repo.get<Subgroup>(subgroupId);
        if (!subgroup)
            return subgroup.error();
        if (!subgroup->leaderCountryId.isNull())
            invited.insert(subgroup->leaderCountryId);
        auto members = repo.listWhere<SubgroupMember>("subgroup_id", column::toVariant(subgroupId));
        if (!members)
            return members.error();
        for (const auto &s : *members)
            invited.insert(s.countryId);
    } else {
        auto members = repo.listWhere<GroupCountry>("group_id", column::toVariant(groupId));
        if (!members)
            return members.error();
        for (const auto &g : *members)
            if (g.status == ParticipationStatus::Active)
                invited.insert(g.countryId);
    }
    auto countries = repo.list<Country>(QStringLiteral("name_es"));
    if (!countries)
        return countries.error();
    for (const auto &c : *countries) {
        if (!invited.contains(c.meta.id))
            continue;
        MeetingCountry mc;
        mc.countryId = c.meta.id;
        mc.role = MeetingRole::Invited;
        created.countries.append(mc);
    }
    int position = 0;
    for (const auto &entry : found->agenda) {
        AgendaItem item;
        item.position = position++;
        item.title = entry.title;
        item.durationMinutes = entry.minutes;
        created.agenda.append(item);
    }
    if (auto r = insertAll(repo, created); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return created;
}

Result<MeetingTemplates::Created> MeetingTemplates::duplicate(Database &db, const QUuid &meetingId,
                                                              QDate newDate)
{
    if (!newDate.isValid())
        return Error{Error::Code::Invalid, tr("Give the date of the new meeting."), {}};
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    Repository repo(db);
    auto source = repo.get<Meeting>(meetingId);
    if (!source)
        return source.error();

    Created created;
    Meeting &m = created.meeting;
    m = *source;
    m.meta = RecordMeta{};
    m.date = newDate;
    m.participantsCount.reset();
    m.summary.clear();
    m.minutes.clear();
    m.minutesStatus = MinutesStatus::Draft;
    if (source->number) {
        const int next = *source->number + 1;
        m.number = next;
        // "3ª Videoconferencia" becomes "4ª Videoconferencia"; other titles stay as they are.
        static const QRegularExpression leading(QStringLiteral("^(\\d+)(?=\\D)"));
        const auto match = leading.match(m.title);
        if (match.hasMatch() && match.captured(1).toInt() == *source->number)
            m.title.replace(0, match.capturedLength(), QString::number(next));
    }

    auto countries = repo.listWhere<MeetingCountry>("meeting_id", column::toVariant(meetingId));
    if (!countries)
        return countries.error();
    for (const auto &c : *countries) {
        MeetingCountry copy;
        copy.countryId = c.countryId;
        copy.role = invitedAgain(c.role);
        created.countries.append(copy);
    }
    auto participants =
        repo.listWhere<MeetingParticipant>("meeting_id", column::toVariant(meetingId));
    if (!participants)
        return participants.error();
    for (const auto &p : *participants) {
        MeetingParticipant copy = p;
        copy.meta = RecordMeta{};
        copy.role = invitedAgain(p.role);
        created.participants.append(copy);
    }
    auto agenda = repo.listWhere<AgendaItem>("meeting_id", column::toVariant(meetingId),
                                             QStringLiteral("position, rowid"));
    if (!agenda)
        return agenda.error();
    int position = 0;
    for (const auto &a : *agenda) {
        if (!a.agreementId.isNull())
            continue;
        AgendaItem copy = a;
        copy.meta = RecordMeta{};
        copy.position = position++;
        created.agenda.append(copy);
    }
    if (auto r = insertAll(repo, created); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return created;
}

Result<void> MeetingTemplates::undo(Database &db, const Created &created)
{
    auto plan =
        RecordRemoval::plan(db, QString::fromLatin1(Meeting::table), created.meeting.meta.id);
    if (!plan)
        return plan.error();
    return RecordRemoval::execute(db, *plan);
}

Result<void> MeetingTemplates::redo(Database &db, const Created &created)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Repository repo(db);
    if (auto r = repo.restore(created.meeting); !r)
        return r;
    for (const auto &c : created.countries)
        if (auto r = repo.restore(c); !r)
            return r;
    for (const auto &p : created.participants)
        if (auto r = repo.restore(p); !r)
            return r;
    for (const auto &a : created.agenda)
        if (auto r = repo.restore(a); !r)
            return r;
    return tx.commit();
}

} // namespace focal
