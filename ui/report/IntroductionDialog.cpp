#include "report/IntroductionDialog.h"

#include "ForumDocument.h"
#include "model/WorkingGroup.h"
#include "Prompts.h"
#include "report/EditIntroductionCommand.h"
#include "reports/ReportTexts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace focal {

IntroductionDialog::IntroductionDialog(ForumDocument &document, Prompts &prompts,
                                       const QUuid &groupId, QWidget *parent)
    : QDialog(parent), m_document(document), m_prompts(prompts), m_groupId(groupId)
{
    setObjectName(QStringLiteral("introductionDialog"));
    auto group = document.repository().get<WorkingGroup>(groupId);
    setWindowTitle(tr("Report Introduction — %1").arg(group ? group->name : QString()));

    auto *label = new QLabel(tr("The &introduction of the annual report, as plain text; leave "
                                "a blank line between paragraphs. Leave it empty to let Focal "
                                "write one from the data."));
    label->setWordWrap(true);
    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("introductionEdit"));
    m_editor->setAccessibleName(tr("Report introduction"));
    m_editor->setTabChangesFocus(true);
    label->setBuddy(m_editor);
    auto text = ReportTexts::introduction(document.database(), groupId);
    m_editor->setPlainText(text ? *text : QString());
    if (!text)
        m_editor->setPlaceholderText(text.error().message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

void IntroductionDialog::accept()
{
    if (auto done =
            commands::EditIntroductionCommand::edit(m_document, m_groupId, m_editor->toPlainText());
        !done) {
        m_prompts.inform(this, tr("Report Introduction"), done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace focal
