#pragma once

#include <QString>

class QWidget;

namespace focal {

// The questions and messages the window puts to the person, behind an interface so that tests
// answer them (a "next answer" hook) instead of facing a modal dialog.
class Prompts
{
public:
    virtual ~Prompts() = default;
    // Asks a yes/no question; true when the person agreed.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    // Tells the person something went wrong or cannot be done.
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
};

} // namespace focal
