#include "PlanLifecycle.h"

#include "model/Country.h"
#include "model/Meeting.h"
#include "plans/PlanVersions.h"
#include "storage/Database.h"
#include "storage/Repository.h"

namespace focal {

using DS = DocumentStatus;

QList<DocumentStatus> PlanLifecycle::allowedNext(DocumentStatus from)
{
    switch (from) {
    case DS::Draft:
        return {DS::SentForComments};
    case DS::SentForComments:
        return {DS::ObservationsReceived, DS::Approved, DS::Draft};
    case DS::ObservationsReceived:
        return {DS::SentForComments, DS::Approved, DS::Draft};
    case DS::Approved:
        return {DS::Delivered, DS::Draft};
    case DS::Delivered:
        return {DS::Draft};
    }
    return {};
}

bool PlanLifecycle::isAllowed(DocumentStatus from, DocumentStatus to)
{
    return allowedNext(from).contains(to);
}

bool PlanLifecycle::isReopening(DocumentStatus from, DocumentStatus to)
{
    return to == DS::Draft && (from == DS::Approved || from == DS::Delivered);
}

bool PlanLifecycle::keepsVersion(DocumentStatus state)
{
    return state == DS::SentForComments || state == DS::Approved || state == DS::Delivered;
}

bool PlanLifecycle::needsRecipient(DocumentStatus state)
{
    return state == DS::SentForComments || state == DS::Delivered;
}

Result<QList<PlanLifecycle::Problem>> PlanLifecycle::check(Database &db, const PlanEvent &event,
                                                           QDate today)
{
    Repository repo(db);
    auto plan = repo.get<Plan>(event.planId);
    if (!plan)
        return plan.error();
    QList<Problem> problems;
    if (!isAllowed(plan->status, event.state)) {
        problems.append({Field::State, tr("A plan that is %1 cannot become %2.")
                                           .arg(enumLabel(plan->status), enumLabel(event.state))});
    }
    if (!event.date.isValid()) {
        problems.append({Field::Date, tr("Give the date of this step.")});
    } else if (event.date > today) {
        problems.append(
            {Field::Date,
             tr("The date %1 is in the future.").arg(event.date.toString(Qt::ISODate))});
    } else {
        auto events = history(db, event.planId);
        if (!events)
            return events.error();
        if (!events->isEmpty() && event.date < events->last().date)
            problems.append({Field::Date, tr("The plan's last step is dated %1; this one cannot "
                                             "be earlier.")
                                              .arg(events->last().date.toString(Qt::ISODate))});
    }
    if (needsRecipient(event.state) && event.recipient.trimmed().isEmpty())
        problems.append({Field::Recipient, event.state == DS::Delivered
                                               ? tr("Say to whom the plan was delivered.")
                                               : tr("Say to whom the plan was sent.")});
    if (isReopening(plan->status, event.state) && event.note.trimmed().isEmpty())
        problems.append(
            {Field::Note, tr("Say why the %1 plan is reopened.").arg(enumLabel(plan->status))});
    if (!event.countryId.isNull() && !repo.get<Country>(event.countryId))
        problems.append({Field::Country, tr("The acting country does not exist.")});
    if (!event.meetingId.isNull() && !repo.get<Meeting>(event.meetingId))
        problems.append({Field::Meeting, tr("The meeting does not exist.")});
    return problems;
}

Result<PlanLifecycle::Recorded> PlanLifecycle::record(Database &db, PlanEvent event, QDate today)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto problems = check(db, event, today);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error{Error::Code::Invalid, problems->first().message, {}};

    Repository repo(db);
    Recorded done;
    auto plan = repo.get<Plan>(event.planId);
    if (!plan)
        return plan.error();
    done.planBefore = *plan;
    if (auto r = repo.insert(event); !r)
        return r.error();
    done.event = event;
    done.planAfter = *plan;
    done.planAfter.status = event.state;
    if (auto r = repo.update(done.planAfter); !r)
        return r.error();
    if (keepsVersion(event.state)) {
        auto version = PlanVersions::take(db, event.planId, event.state, event.date, event.meta.id,
                                          enumLabel(event.state));
        if (!version)
            return version.error();
        done.version = *version;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return done;
}

Result<void> PlanLifecycle::undo(Database &db, const Recorded &recorded)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Repository repo(db);
    if (recorded.version)
        if (auto r = repo.remove<PlanVersion>(recorded.version->meta.id); !r)
            return r;
    if (auto r = repo.remove<PlanEvent>(recorded.event.meta.id); !r)
        return r;
    if (auto r = repo.restore(recorded.planBefore); !r)
        return r;
    return tx.commit();
}

Result<void> PlanLifecycle::redo(Database &db, const Recorded &recorded)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Repository repo(db);
    if (auto r = repo.restore(recorded.event); !r)
        return r;
    if (recorded.version)
        if (auto r = repo.restore(*recorded.version); !r)
            return r;
    if (auto r = repo.restore(recorded.planAfter); !r)
        return r;
    return tx.commit();
}

Result<QList<PlanEvent>> PlanLifecycle::history(Database &db, const QUuid &planId)
{
    return Repository(db).listWhere<PlanEvent>("plan_id", column::toVariant(planId),
                                               QStringLiteral("date, rowid"));
}

} // namespace focal
