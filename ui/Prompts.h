#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace focal {

// The questions, messages and file choices the window puts to the person, behind an interface
// so that tests answer them (a "next answer" hook) instead of facing a modal or native dialog.
class Prompts
{
public:
    virtual ~Prompts() = default;
    // Asks a yes/no question; true when the person agreed.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    // Tells the person something went wrong or cannot be done.
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    // Offers `choices` (the first is the default); the index chosen, or -1 when cancelled.
    virtual int choose(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &choices) = 0;
    // The name of a file to create (the dialog does not ask about overwriting: the caller
    // refuses existing files itself); empty when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &directory,
                                 const QString &filter) = 0;
    // The name of an existing file to open; empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                                 const QString &filter) = 0;
};

} // namespace focal
