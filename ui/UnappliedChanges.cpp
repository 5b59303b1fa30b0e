#include "UnappliedChanges.h"

#include "forms/RecordForm.h"
#include "Prompts.h"

namespace focal {

bool UnappliedChanges::settle(QWidget *parent, Prompts &prompts, RecordForm *form,
                              const QString &recordName)
{
    if (!form || !form->isDirty())
        return true;
    const int choice = prompts.choose(parent, tr("Unapplied Changes"),
                                      tr("Apply the changes to %1?").arg(recordName),
                                      {tr("Apply"), tr("Discard")});
    switch (choice) {
    case 0:
        return form->apply();
    case 1:
        form->revert();
        return true;
    default:
        return false;
    }
}

} // namespace focal
