#pragma once

#include "Prompts.h"

#include <QList>
#include <QStringList>

namespace focal::test {

// The "next answer" hook: answers confirmations from a queue (no when it is empty) and keeps
// every question and message for the test to assert on. No dialog ever opens.
class ScriptedPrompts : public Prompts
{
public:
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        questions << text;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    void inform(QWidget *, const QString &, const QString &text) override { messages << text; }

    QList<bool> answers;
    QStringList questions;
    QStringList messages;
};

} // namespace focal::test
