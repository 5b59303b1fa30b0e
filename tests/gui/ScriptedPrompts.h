#pragma once

#include "Prompts.h"

#include <QList>

#include <functional>
#include <QStringList>

namespace focal::test {

// The "next answer" hook: answers confirmations, choices and file dialogs from queues (no,
// cancel and an empty name when they are empty) and keeps every question and message for the
// test to assert on. No dialog ever opens.
class ScriptedPrompts : public Prompts
{
public:
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        questions << text;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    void inform(QWidget *, const QString &, const QString &text) override { messages << text; }
    int choose(QWidget *, const QString &, const QString &text, const QStringList &) override
    {
        questions << text;
        if (beforeChoice)
            beforeChoice(int(questions.size())); // e.g. another program lets go meanwhile
        return choices.isEmpty() ? -1 : choices.takeFirst();
    }
    QString saveFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        fileDialogs << title;
        return fileNames.isEmpty() ? QString() : fileNames.takeFirst();
    }
    QString openFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        fileDialogs << title;
        return fileNames.isEmpty() ? QString() : fileNames.takeFirst();
    }

    QList<bool> answers;
    QList<int> choices;
    // Called as a choice is asked for, with the number of questions asked so far.
    std::function<void(int)> beforeChoice;
    QStringList fileNames; // answers to the save and open dialogs, in order
    QStringList questions;
    QStringList messages;
    QStringList fileDialogs; // the title of each file dialog asked for
};

} // namespace focal::test
