#include "meetings/ReopenMinutesDialog.h"

#include "ForumDocument.h"
#include "meetings/MeetingCommands.h"
#include "model/Meeting.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace focal {

ReopenMinutesDialog::ReopenMinutesDialog(ForumDocument &document, const QUuid &meetingId,
                                         QWidget *parent)
    : QDialog(parent), m_document(document), m_meetingId(meetingId)
{
    setWindowTitle(tr("Reopen minutes"));
    auto *layout = new QVBoxLayout(this);
    QString title;
    QString status;
    if (auto meeting = document.repository().get<Meeting>(meetingId)) {
        title = meeting->title;
        status = enumLabel(meeting->minutesStatus);
    }
    auto *intro = new QLabel(tr("The minutes of \"%1\" are %2. Reopening them makes them a draft "
                                "again, which can be edited; the reason is kept in their "
                                "history.")
                                 .arg(title, status),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *label = new QLabel(tr("&Reason:"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    label->setBuddy(m_reason);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Reopen"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReopenMinutesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReopenMinutesDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReopenMinutesDialog::updateOk);
    updateOk();
}

QString ReopenMinutesDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReopenMinutesDialog::updateOk()
{
    m_ok->setEnabled(!reason().isEmpty());
}

void ReopenMinutesDialog::accept()
{
    if (reason().isEmpty())
        return;
    if (auto done = meetingCommands::reopenMinutes(m_document, m_meetingId, reason()); !done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace focal
