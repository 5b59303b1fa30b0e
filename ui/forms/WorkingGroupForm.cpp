#include "forms/WorkingGroupForm.h"

#include "Commands.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace focal {

WorkingGroupForm::WorkingGroupForm(ForumDocument &document, QWidget *parent)
    : RecordForm(document, tr("Working group"), parent)
{
    setObjectName(QStringLiteral("workingGroupForm"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_objective = new QPlainTextEdit;
    m_objective->setObjectName(QStringLiteral("objectiveEdit"));
    m_context = new QPlainTextEdit;
    m_context->setObjectName(QStringLiteral("contextEdit"));
    for (QPlainTextEdit *edit : {m_objective, m_context}) {
        edit->setTabChangesFocus(true); // Tab moves on, as in every other field
        edit->setMaximumHeight(140);
        connect(edit, &QPlainTextEdit::textChanged, this, &WorkingGroupForm::fieldChanged);
    }
    m_nameMessage = addField(tr("&Name:"), m_name, tr("Working group name"));
    addField(tr("&Objective:"), m_objective, tr("Objective"));
    addField(tr("&Context:"), m_context, tr("Context"));
    connect(m_name, &QLineEdit::textEdited, this, &WorkingGroupForm::fieldChanged);
    setTabOrder(m_name, m_objective);
    setTabOrder(m_objective, m_context);
}

QWidget *WorkingGroupForm::firstField() const
{
    return m_name;
}

bool WorkingGroupForm::load(const QUuid &id)
{
    auto group = document().repository().get<WorkingGroup>(id);
    const WorkingGroup g = group ? *group : WorkingGroup();
    m_name->setText(g.name);
    m_objective->setPlainText(g.objective);
    m_context->setPlainText(g.context);
    return group.ok();
}

bool WorkingGroupForm::validate()
{
    const QString message =
        m_name->text().trimmed().isEmpty() ? tr("The name is required.") : QString();
    setFieldMessage(m_name, m_nameMessage, message);
    return message.isEmpty();
}

Result<void> WorkingGroupForm::save()
{
    auto stored = document().repository().get<WorkingGroup>(recordId());
    if (!stored)
        return stored.error();
    WorkingGroup g = *stored;
    g.name = m_name->text().trimmed();
    g.objective = m_objective->toPlainText().trimmed();
    g.context = m_context->toPlainText().trimmed();
    return commands::edit(document(), g, tr("Edit working group %1").arg(g.name));
}

} // namespace focal
