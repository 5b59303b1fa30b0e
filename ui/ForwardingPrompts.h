#pragma once

#include "Prompts.h"

#include <functional>

namespace focal {

// Prompts that pass every question on to whichever Prompts the window holds when it is asked:
// views built once (the plan editor) keep this one, while tests replace the window's.
class ForwardingPrompts : public Prompts
{
public:
    explicit ForwardingPrompts(std::function<Prompts &()> target) : m_target(std::move(target)) {}

    bool confirm(QWidget *parent, const QString &title, const QString &text) override
    {
        return m_target().confirm(parent, title, text);
    }
    void inform(QWidget *parent, const QString &title, const QString &text) override
    {
        m_target().inform(parent, title, text);
    }
    int choose(QWidget *parent, const QString &title, const QString &text,
               const QStringList &choices) override
    {
        return m_target().choose(parent, title, text, choices);
    }
    QString saveFileName(QWidget *parent, const QString &title, const QString &directory,
                         const QString &filter) override
    {
        return m_target().saveFileName(parent, title, directory, filter);
    }
    QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                         const QString &filter) override
    {
        return m_target().openFileName(parent, title, directory, filter);
    }

private:
    std::function<Prompts &()> m_target;
};

} // namespace focal
