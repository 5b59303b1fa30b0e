#pragma once

#include "Prompts.h"

namespace focal {

// Prompts as the program shows them: modal QMessageBoxes and the platform's file dialogs.
class MessageBoxPrompts : public Prompts
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    int choose(QWidget *parent, const QString &title, const QString &text,
               const QStringList &choices) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &directory,
                         const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                         const QString &filter) override;
};

} // namespace focal
