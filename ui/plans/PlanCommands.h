#pragma once

// The facade through which widgets change a plan's life: each function performs the change
// (retried while another program holds the database), returns its error, and only when it
// succeeded pushes the undo command that takes it back. Widgets never build the commands.

#include "model/Plan.h"
#include "Result.h"

#include <QDate>

namespace focal {
class ForumDocument;
}

namespace focal::planCommands {

// Records a step of the plan's life (see PlanLifecycle::record); `today` bounds its date.
Result<void> recordEvent(ForumDocument &document, const PlanEvent &event,
                         QDate today = QDate::currentDate());

// Carries the plan's unfinished items into its group's plan for `targetYear` (see
// Reprogramming::execute).
Result<void> reprogram(ForumDocument &document, const QUuid &planId, int targetYear);

} // namespace focal::planCommands
