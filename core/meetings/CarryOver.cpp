#include "meetings/CarryOver.h"

#include "meetings/MinutesLifecycle.h"
#include "model/Country.h"
#include "storage/Database.h"
#include "storage/Repository.h"

namespace focal {
namespace {

// Meetings of the same circle: the subgroup's for a subgroup meeting, otherwise the group's
// (its subgroups' meetings included: their commitments concern the group too).
// `prefix` names the meeting table in the query ("m." or nothing).
QString sameCircle(const Meeting &m, const QString &prefix, QVariantList &values)
{
    if (m.scope == MeetingScope::Subgroup && !m.subgroupId.isNull()) {
        values << column::toVariant(m.subgroupId);
        return prefix + QStringLiteral("subgroup_id = ?");
    }
    values << column::toVariant(m.groupId);
    return prefix + QStringLiteral("group_id = ?");
}

Result<Meeting> groupMeeting(Database &db, const QUuid &meetingId)
{
    auto meeting = Repository(db).get<Meeting>(meetingId);
    if (!meeting)
        return meeting.error();
    if (meeting->groupId.isNull())
        return Error{Error::Code::Invalid,
                     CarryOver::tr("\"%1\" is not a meeting of a working group: it has no "
                                   "commitments to follow up.")
                         .arg(meeting->title),
                     {}};
    if (!meeting->date.isValid())
        return Error{Error::Code::Invalid,
                     CarryOver::tr("\"%1\" has no date: which meetings came before it is not "
                                   "known.")
                         .arg(meeting->title),
                     {}};
    return meeting;
}

} // namespace

Result<QList<Agreement>> CarryOver::pending(Database &db, const QUuid &meetingId)
{
    auto meeting = groupMeeting(db, meetingId);
    if (!meeting)
        return meeting.error();
    QVariantList values;
    const QString circle = sameCircle(*meeting, QStringLiteral("m."), values);
    values << column::toVariant(meeting->date) << column::toVariant(meetingId)
           << column::toVariant(CommitmentStatus::Open) << column::toVariant(meetingId);
    // Columns of `agreement` only: Repository::select names them without a prefix.
    const QString where =
        QStringLiteral("meeting_id IN (SELECT m.id FROM meeting m WHERE ") + circle +
        QStringLiteral(" AND m.date < ? AND m.id <> ?) AND is_commitment = 1 AND status = ? "
                       "AND id NOT IN (SELECT a.agreement_id FROM agenda_item a WHERE "
                       "a.meeting_id = ? AND a.agreement_id IS NOT NULL)");
    return Repository(db).select<Agreement>(
        where, values,
        QStringLiteral("(SELECT m.date FROM meeting m WHERE m.id = agreement.meeting_id), "
                       "position, rowid"));
}

Result<CarryOver::Carried> CarryOver::carryOpenCommitments(Database &db, const QUuid &meetingId)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto editable = MinutesLifecycle::checkEditable(db, meetingId); !editable)
        return editable.error();
    auto open = pending(db, meetingId);
    if (!open)
        return open.error();
    Repository repo(db);
    auto q = db.exec(QStringLiteral("SELECT max(position) FROM agenda_item WHERE meeting_id = ?"),
                     {column::toVariant(meetingId)});
    if (!q)
        return q.error();
    int position =
        q.value().next() && !q.value().value(0).isNull() ? q.value().value(0).toInt() + 1 : 0;
    Carried carried;
    for (const Agreement &a : std::as_const(*open)) {
        QString country;
        if (!a.responsibleCountryId.isNull()) {
            auto c = repo.get<Country>(a.responsibleCountryId);
            if (!c)
                return c.error();
            country = c->name(Language::Spanish);
        }
        const QString what = a.action.trimmed().isEmpty() ? a.text.trimmed() : a.action.trimmed();
        AgendaItem item;
        item.meetingId = meetingId;
        item.position = position++;
        // Agenda titles are data in the forum's language, like the rest of the agenda.
        item.title = country.isEmpty() ? QStringLiteral("Seguimiento: %1").arg(what)
                                       : QStringLiteral("Seguimiento: %1: %2").arg(country, what);
        item.presenterCountryId = a.responsibleCountryId;
        item.agreementId = a.meta.id;
        if (auto r = repo.insert(item); !r)
            return r.error();
        carried.items.append(item);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return carried;
}

Result<void> CarryOver::undo(Database &db, const Carried &carried)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Repository repo(db);
    for (const auto &item : carried.items)
        if (auto r = repo.remove<AgendaItem>(item.meta.id); !r)
            return r;
    return tx.commit();
}

Result<void> CarryOver::redo(Database &db, const Carried &carried)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Repository repo(db);
    for (const auto &item : carried.items)
        if (auto r = repo.restore(item); !r)
            return r;
    return tx.commit();
}

Result<std::optional<Meeting>> CarryOver::nextMeetingOf(Database &db, const QUuid &meetingId)
{
    auto meeting = groupMeeting(db, meetingId);
    if (!meeting)
        return meeting.error();
    QVariantList values;
    const QString circle = sameCircle(*meeting, QString(), values);
    values << column::toVariant(meeting->date) << column::toVariant(meeting->date)
           << column::toVariant(meetingId);
    auto next = Repository(db).select<Meeting>(
        circle + QStringLiteral(" AND (date > ? OR (date = ? AND rowid > (SELECT rowid FROM "
                                "meeting WHERE id = ?)))"),
        values, QStringLiteral("date, rowid LIMIT 1"));
    if (!next)
        return next.error();
    if (next->isEmpty())
        return std::optional<Meeting>{};
    return std::optional<Meeting>{next->first()};
}

} // namespace focal
