#pragma once

#include "Prompts.h"

namespace focal {

// Prompts as the program shows them: modal QMessageBoxes.
class MessageBoxPrompts : public Prompts
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace focal
