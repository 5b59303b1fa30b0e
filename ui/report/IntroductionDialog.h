#pragma once

#include <QDialog>
#include <QUuid>

class QPlainTextEdit;
class QLabel;

namespace focal {

class ForumDocument;
class Prompts;

// Edits the introduction of a working group's annual report as plain text (paragraphs
// separated by blank lines). Empty text lets the report write its own introduction from the
// data again. Saving is one undo command (EditIntroductionCommand); a failure is told through
// the prompts and the dialog stays open with the text.
class IntroductionDialog : public QDialog
{
    Q_OBJECT

public:
    IntroductionDialog(ForumDocument &document, Prompts &prompts, const QUuid &groupId,
                       QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    void accept() override;

private:
    ForumDocument &m_document;
    Prompts &m_prompts;
    QUuid m_groupId;
    QPlainTextEdit *m_editor = nullptr;
};

} // namespace focal
