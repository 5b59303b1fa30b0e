#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace focal {

class Prompts;
class RecordForm;

// The question put before a form with unapplied edits is left (another tree item, the home
// page, a search hit, another database): apply them, discard them, or stay. Edits are never
// dropped silently, and never written without the person saying so.
class UnappliedChanges
{
    Q_DECLARE_TR_FUNCTIONS(UnappliedChanges)

public:
    // True when the form may be left: it had no unapplied edits, or they were applied or
    // discarded. False when the person cancelled, or chose Apply and the edits are invalid or
    // could not be written (the form then says why).
    static bool settle(QWidget *parent, Prompts &prompts, RecordForm *form,
                       const QString &recordName);
};

} // namespace focal
