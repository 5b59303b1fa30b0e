#include "MessageBoxPrompts.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace focal {

bool MessageBoxPrompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    // "No" is the default: Enter pressed by habit must not delete anything.
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void MessageBoxPrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // paths and driver messages are never markup
    box.exec();
}

int MessageBoxPrompts::choose(QWidget *parent, const QString &title, const QString &text,
                              const QStringList &choices)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QList<QPushButton *> buttons;
    for (const QString &choice : choices)
        buttons << box.addButton(choice, QMessageBox::AcceptRole);
    if (!buttons.isEmpty())
        box.setDefaultButton(buttons.first());
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

QString MessageBoxPrompts::saveFileName(QWidget *parent, const QString &title,
                                        const QString &directory, const QString &filter)
{
    // The caller refuses an existing file with its own message (a database is never
    // overwritten), so the dialog's "replace?" question would only mislead.
    return QFileDialog::getSaveFileName(parent, title, directory, filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

QString MessageBoxPrompts::openFileName(QWidget *parent, const QString &title,
                                        const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

} // namespace focal
