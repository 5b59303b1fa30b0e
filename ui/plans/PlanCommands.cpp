#include "plans/PlanCommands.h"

#include "commands/RecordPlanEventCommand.h"
#include "commands/ReprogramPlanCommand.h"
#include "ForumDocument.h"

#include <QCoreApplication>

#include <optional>

namespace focal::planCommands {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(focal::planCommands)
};

} // namespace

Result<void> recordEvent(ForumDocument &document, const PlanEvent &event, QDate today)
{
    std::optional<PlanLifecycle::Recorded> recorded;
    if (auto wrote = document.retryingBusy([&]() -> Result<void> {
            // Each attempt starts from the event as given: a failed insert may have stamped it.
            auto done = PlanLifecycle::record(document.database(), event, today);
            if (!done)
                return done.error();
            recorded = *done;
            return {};
        });
        !wrote)
        return wrote;
    const QString text = Text::tr("Plan %1").arg(enumLabel(event.state));
    document.undoStack().push(
        new commands::RecordPlanEventCommand(document, std::move(*recorded), text));
    return {};
}

Result<void> reprogram(ForumDocument &document, const QUuid &planId, int targetYear)
{
    std::optional<Reprogramming::Done> done;
    if (auto wrote = document.retryingBusy([&]() -> Result<void> {
            auto executed = Reprogramming::execute(document.database(), planId, targetYear);
            if (!executed)
                return executed.error();
            done = *executed;
            return {};
        });
        !wrote)
        return wrote;
    document.undoStack().push(new commands::ReprogramPlanCommand(
        document, std::move(*done), Text::tr("Reprogram into %1").arg(targetYear)));
    return {};
}

} // namespace focal::planCommands
