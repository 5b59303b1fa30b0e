#include "data/DefaultDataLoader.h"

#include "model/Country.h"
#include "model/Document.h"
#include "model/Forum.h"
#include "model/Institution.h"
#include "model/WorkingGroup.h"

namespace focal::defaultdata {

void Loader::meetings(const QJsonObject &root)
{
    // Participants named on a series took part in each of its meetings.
    QHash<QString, QJsonObject> seriesByKey;
    for (const QJsonValue &v : array(root, "meeting_series")) {
        const QJsonObject o = v.toObject();
        m_where = QStringLiteral("meeting_series/") + text(o, "key");
        MeetingSeries s;
        s.meta.id = define(MeetingSeries::table, text(o, "key", true));
        s.groupId = ref(WorkingGroup::table, o, "group");
        s.title = text(o, "title", true);
        s.description = text(o, "description");
        s.participantsCount = number(o, "participants_count");
        s.participantsApprox = o.value(QLatin1String("participants_approx")).toBool();
        save(s);
        seriesByKey.insert(text(o, "key"), o);
    }

    for (const QJsonValue &v : array(root, "meetings")) {
        const QJsonObject o = v.toObject();
        const QString key = text(o, "key", true);
        m_where = QStringLiteral("meetings/") + key;
        Meeting m;
        m.meta.id = define(Meeting::table, key);
        m.seriesId = ref(MeetingSeries::table, o, "series");
        m.kind = enumValue<MeetingKind>(o, "kind");
        m.date = date(o, "date");
        const QString time = text(o, "start_time");
        m.startTime = QTime::fromString(time, QStringLiteral("HH:mm"));
        if (!time.isEmpty() && !m.startTime.isValid())
            fail(DefaultData::tr("\"start_time\" is not a time (HH:MM): %1").arg(time));
        m.timeZone = text(o, "time_zone");
        m.number = number(o, "number");
        m.title = text(o, "title", true);
        m.scope = enumValue<MeetingScope>(o, "scope");
        m.groupId = ref(WorkingGroup::table, o, "group");
        m.subgroupId = ref(Subgroup::table, o, "subgroup");
        m.countryId = ref(Country::table, o, "country");
        m.organiser = text(o, "organiser");
        m.location = text(o, "location");
        m.participantsCount = number(o, "participants_count");
        m.summary = text(o, "summary");
        m.minutes = text(o, "minutes");
        if (!text(o, "minutes_status").isEmpty())
            m.minutesStatus = enumValue<MinutesStatus>(o, "minutes_status");
        save(m);

        const QJsonObject series = seriesByKey.value(text(o, "series"));
        QJsonArray countries = array(o, "countries");
        for (const QJsonValue &c : array(series, "countries"))
            countries.append(QJsonObject{{QStringLiteral("country"), c},
                                         {QStringLiteral("role"), QStringLiteral("attended")}});
        QSet<QString> seen; // a country named on the meeting and on its series counts once
        for (const QJsonValue &c : countries) {
            const QString once =
                text(c.toObject(), "country") + QLatin1Char('/') + text(c.toObject(), "role");
            if (seen.contains(once))
                continue;
            seen.insert(once);
            MeetingCountry mc;
            mc.meetingId = m.meta.id;
            mc.countryId = ref(Country::table, c.toObject(), "country", true);
            mc.role = enumValue<MeetingRole>(c.toObject(), "role");
            mc.meta.id = DefaultData::keyUuid(
                MeetingCountry::table, key + QLatin1Char('/') + text(c.toObject(), "country") +
                                           QLatin1Char('/') + enumKey(mc.role));
            save(mc);
        }
        QJsonArray organisations = array(o, "organisations");
        for (const QJsonValue &org : array(series, "organisations"))
            if (!organisations.contains(org))
                organisations.append(org);
        for (const QJsonValue &org : organisations) {
            MeetingParticipant p;
            p.meta.id = DefaultData::keyUuid(MeetingParticipant::table,
                                             key + QStringLiteral("/org/") + org.toString());
            p.meetingId = m.meta.id;
            p.organisationId = refKey(Organisation::table, org.toString());
            save(p);
        }
        for (const QJsonValue &inst : array(o, "institutions")) {
            MeetingParticipant p;
            p.meta.id = DefaultData::keyUuid(MeetingParticipant::table,
                                             key + QStringLiteral("/inst/") + inst.toString());
            p.meetingId = m.meta.id;
            p.institutionId = refKey(Institution::table, inst.toString());
            save(p);
        }

        int position = 0;
        for (const QJsonValue &av : array(o, "agreements")) {
            const QJsonObject ao = av.toObject();
            Agreement a;
            a.position = ++position;
            a.meta.id = DefaultData::keyUuid(Agreement::table,
                                             key + QLatin1Char('/') + QString::number(position));
            a.meetingId = m.meta.id;
            a.text = text(ao, "text", true);
            a.isCommitment = ao.value(QLatin1String("commitment")).toBool();
            if (a.isCommitment) {
                a.responsibleCountryId = ref(Country::table, ao, "country", true);
                a.responsibleInstitutionId = ref(Institution::table, ao, "institution");
                a.action = text(ao, "action");
                a.due = deadline(ao, "due", &a.dueText);
                a.status = enumValue<CommitmentStatus>(ao, "status");
            }
            a.documentId = ref(Document::table, ao, "document");
            save(a);
        }
        agenda(o, m, key);
    }
}

// The agenda, in the order given; an item may name the country that presents it.
void Loader::agenda(const QJsonObject &o, const Meeting &meeting, const QString &key)
{
    int position = 0;
    for (const QJsonValue &v : array(o, "agenda")) {
        const QJsonObject io = v.toObject();
        AgendaItem item;
        item.meta.id = DefaultData::keyUuid(AgendaItem::table, key + QStringLiteral("/agenda/") +
                                                                   QString::number(position + 1));
        item.meetingId = meeting.meta.id;
        item.position = position++;
        item.title = text(io, "title", true);
        item.presenterCountryId = ref(Country::table, io, "presenter");
        item.durationMinutes = number(io, "minutes");
        if (item.durationMinutes && *item.durationMinutes <= 0)
            fail(DefaultData::tr("\"minutes\" must be more than zero."));
        save(item);
    }
}

} // namespace focal::defaultdata
