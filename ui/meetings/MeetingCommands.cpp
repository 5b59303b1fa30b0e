#include "meetings/MeetingCommands.h"

#include "commands/CarryOverCommand.h"
#include "commands/DuplicateMeetingCommand.h"
#include "commands/MinutesStepCommand.h"
#include "ForumDocument.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace focal::meetingCommands {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(focal::meetingCommands)
};

QDateTime nowOr(ForumDocument &document, const QDateTime &nowUtc)
{
    return nowUtc.isValid() ? nowUtc : document.database().context().now();
}

Result<void> pushStep(ForumDocument &document,
                      const std::function<Result<MinutesLifecycle::Recorded>()> &write,
                      const QString &text)
{
    std::optional<MinutesLifecycle::Recorded> recorded;
    if (auto wrote = document.retryingBusy([&]() -> Result<void> {
            auto done = write();
            if (!done)
                return done.error();
            recorded = *done;
            return {};
        });
        !wrote)
        return wrote;
    document.undoStack().push(
        new commands::MinutesStepCommand(document, std::move(*recorded), text));
    return {};
}

Result<QUuid> pushCreated(ForumDocument &document,
                          const std::function<Result<MeetingTemplates::Created>()> &write,
                          const QString &text)
{
    std::optional<MeetingTemplates::Created> created;
    if (auto wrote = document.retryingBusy([&]() -> Result<void> {
            auto done = write();
            if (!done)
                return done.error();
            created = *done;
            return {};
        });
        !wrote)
        return wrote.error();
    const QUuid id = created->meeting.meta.id;
    document.undoStack().push(
        new commands::DuplicateMeetingCommand(document, std::move(*created), text));
    return id;
}

} // namespace

Result<void> recordMinutesStep(ForumDocument &document, const QUuid &meetingId, MinutesStatus to,
                               const QString &note, const QDateTime &nowUtc)
{
    const QDateTime now = nowOr(document, nowUtc);
    return pushStep(
        document,
        [&] { return MinutesLifecycle::record(document.database(), meetingId, to, note, now); },
        Text::tr("Minutes %1").arg(enumLabel(to)));
}

Result<void> reopenMinutes(ForumDocument &document, const QUuid &meetingId, const QString &reason,
                           const QDateTime &nowUtc)
{
    const QDateTime now = nowOr(document, nowUtc);
    return pushStep(
        document,
        [&] { return MinutesLifecycle::reopen(document.database(), meetingId, reason, now); },
        Text::tr("Reopen minutes"));
}

Result<QUuid> newFromTemplate(ForumDocument &document, const QString &templateKey,
                              const QUuid &groupId, const QUuid &subgroupId, QDate date)
{
    const auto found = MeetingTemplates::find(templateKey);
    return pushCreated(
        document,
        [&] {
            return MeetingTemplates::createFromTemplate(document.database(), templateKey, groupId,
                                                        subgroupId, date);
        },
        Text::tr("New %1").arg(found ? found->displayName() : templateKey));
}

Result<QUuid> duplicate(ForumDocument &document, const QUuid &meetingId, QDate newDate)
{
    return pushCreated(
        document,
        [&] { return MeetingTemplates::duplicate(document.database(), meetingId, newDate); },
        Text::tr("Duplicate meeting"));
}

Result<int> carryOpenCommitments(ForumDocument &document, const QUuid &meetingId)
{
    std::optional<CarryOver::Carried> carried;
    if (auto wrote = document.retryingBusy([&]() -> Result<void> {
            auto done = CarryOver::carryOpenCommitments(document.database(), meetingId);
            if (!done)
                return done.error();
            carried = *done;
            return {};
        });
        !wrote)
        return wrote.error();
    const int count = int(carried->items.size());
    if (count > 0)
        document.undoStack().push(new commands::CarryOverCommand(
            document, std::move(*carried),
            Text::tr("Carry %n open commitment(s)", nullptr, count)));
    return count;
}

} // namespace focal::meetingCommands
