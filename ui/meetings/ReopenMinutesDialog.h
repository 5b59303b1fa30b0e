#pragma once

#include <QDialog>
#include <QUuid>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace focal {

class ForumDocument;

// Asks why approved or locked minutes are reopened, and reopens them (an undoable step, see
// meetingCommands::reopenMinutes). The reason is required: OK stays disabled until one is
// written. A refusal is shown in the dialog, which stays open.
class ReopenMinutesDialog : public QDialog
{
    Q_OBJECT

public:
    ReopenMinutesDialog(ForumDocument &document, const QUuid &meetingId, QWidget *parent = nullptr);

    QString reason() const;

    void accept() override;

private:
    void updateOk();

    ForumDocument &m_document;
    QUuid m_meetingId;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace focal
