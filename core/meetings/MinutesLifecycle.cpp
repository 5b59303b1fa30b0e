#include "meetings/MinutesLifecycle.h"

#include "storage/Database.h"
#include "storage/Repository.h"

namespace focal {

using MS = MinutesStatus;

QList<MinutesStatus> MinutesLifecycle::allowedNext(MinutesStatus from)
{
    switch (from) {
    case MS::Draft:
        return {MS::Circulated};
    case MS::Circulated:
        return {MS::Approved, MS::Draft};
    case MS::Approved:
        return {MS::Locked, MS::Draft};
    case MS::Locked:
        return {MS::Draft};
    }
    return {};
}

bool MinutesLifecycle::isAllowed(MinutesStatus from, MinutesStatus to)
{
    return allowedNext(from).contains(to);
}

bool MinutesLifecycle::isReopening(MinutesStatus from, MinutesStatus to)
{
    return to == MS::Draft && (from == MS::Approved || from == MS::Locked);
}

Result<void> MinutesLifecycle::checkEditable(const Meeting &meeting)
{
    if (!isLocked(meeting))
        return {};
    return Error{Error::Code::Invalid,
                 tr("The minutes of \"%1\" are locked: its minutes, agenda and agreements cannot "
                    "change. Reopen the minutes first, giving the reason.")
                     .arg(meeting.title),
                 QStringLiteral("meeting %1 minutes locked")
                     .arg(meeting.meta.id.toString(QUuid::WithoutBraces))};
}

Result<void> MinutesLifecycle::checkEditable(Database &db, const QUuid &meetingId)
{
    auto meeting = Repository(db).get<Meeting>(meetingId);
    if (!meeting)
        return meeting.error();
    return checkEditable(*meeting);
}

Result<MinutesLifecycle::Recorded> MinutesLifecycle::record(Database &db, const QUuid &meetingId,
                                                            MinutesStatus to, const QString &note,
                                                            const QDateTime &nowUtc)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    Repository repo(db);
    auto meeting = repo.get<Meeting>(meetingId);
    if (!meeting)
        return meeting.error();
    const MS from = meeting->minutesStatus;
    if (!isAllowed(from, to))
        return Error{
            Error::Code::Invalid,
            tr("Minutes that are %1 cannot become %2.").arg(enumLabel(from), enumLabel(to)),
            {}};
    if (isReopening(from, to) && note.trimmed().isEmpty())
        return Error{Error::Code::Invalid,
                     tr("Say why the %1 minutes are reopened.").arg(enumLabel(from)),
                     {}};
    if (!nowUtc.isValid())
        return Error{Error::Code::Invalid, tr("The time of this step is missing."), {}};

    Recorded done;
    done.meetingBefore = *meeting;
    MinutesEvent event;
    event.meetingId = meetingId;
    event.state = to;
    event.at = nowUtc.toUTC();
    event.note = note.trimmed();
    if (auto r = repo.insert(event); !r)
        return r.error();
    done.event = event;
    done.meetingAfter = *meeting;
    done.meetingAfter.minutesStatus = to;
    if (auto r = repo.update(done.meetingAfter); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return done;
}

Result<MinutesLifecycle::Recorded> MinutesLifecycle::reopen(Database &db, const QUuid &meetingId,
                                                            const QString &reason,
                                                            const QDateTime &nowUtc)
{
    auto meeting = Repository(db).get<Meeting>(meetingId);
    if (!meeting)
        return meeting.error();
    if (!isReopening(meeting->minutesStatus, MS::Draft))
        return Error{Error::Code::Invalid,
                     tr("Only approved or locked minutes are reopened; these are %1.")
                         .arg(enumLabel(meeting->minutesStatus)),
                     {}};
    return record(db, meetingId, MS::Draft, reason, nowUtc);
}

Result<void> MinutesLifecycle::undo(Database &db, const Recorded &recorded)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Repository repo(db);
    if (auto r = repo.remove<MinutesEvent>(recorded.event.meta.id); !r)
        return r;
    if (auto r = repo.restore(recorded.meetingBefore); !r)
        return r;
    return tx.commit();
}

Result<void> MinutesLifecycle::redo(Database &db, const Recorded &recorded)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Repository repo(db);
    if (auto r = repo.restore(recorded.event); !r)
        return r;
    if (auto r = repo.restore(recorded.meetingAfter); !r)
        return r;
    return tx.commit();
}

Result<QList<MinutesEvent>> MinutesLifecycle::history(Database &db, const QUuid &meetingId)
{
    return Repository(db).listWhere<MinutesEvent>("meeting_id", column::toVariant(meetingId),
                                                  QStringLiteral("at, rowid"));
}

} // namespace focal
