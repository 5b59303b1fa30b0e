#include "MessageBoxPrompts.h"

#include <QMessageBox>

namespace focal {

bool MessageBoxPrompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    // "No" is the default: Enter pressed by habit must not delete anything.
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void MessageBoxPrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

} // namespace focal
