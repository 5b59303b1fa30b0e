#include "forms/RecordForm.h"

#include "ForumDocument.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace focal {

RecordForm::RecordForm(ForumDocument &document, const QString &heading, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *title = new QLabel(heading);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);

    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->hide();

    auto *buttons = new QDialogButtonBox;
    m_apply = buttons->addButton(QDialogButtonBox::Apply);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("Write the changes (Ctrl+Return or Ctrl+S)"));
    m_revert = buttons->addButton(tr("&Revert"), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_revert, &QPushButton::clicked, this, &RecordForm::revert);

    // Shortcuts of the form, not the window: they act while a field of this form has focus.
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
          QKeySequence(QKeySequence::Save)}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { apply(); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    layout->addStretch(1);
    setDirty(false);

    connect(m_document.database().notifier(), &ChangeNotifier::committed, this,
            &RecordForm::databaseChanged);
}

QLabel *RecordForm::addField(const QString &label, QWidget *field, const QString &accessibleName)
{
    field->setAccessibleName(accessibleName);
    auto *message = new QLabel;
    message->setObjectName(field->objectName() + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b00020;"));
    message->hide();
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(message);
    auto *rowLabel = new QLabel(label);
    rowLabel->setBuddy(field); // the label's mnemonic reaches the field
    m_form->addRow(rowLabel, box);
    return message;
}

void RecordForm::setFieldMessage(QWidget *field, QLabel *messageLabel, const QString &message)
{
    messageLabel->setText(message);
    messageLabel->setVisible(!message.isEmpty());
    field->setAccessibleDescription(message);
}

bool RecordForm::showRecord(const QUuid &id)
{
    m_id = id;
    m_loading = true;
    const bool loaded = load(id);
    m_loading = false;
    m_status->hide();
    setDirty(false);
    validate();
    setEnabled(loaded);
    return loaded;
}

void RecordForm::fieldChanged()
{
    if (m_loading)
        return;
    setDirty(true);
    validate();
}

void RecordForm::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_apply->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

bool RecordForm::apply()
{
    if (!m_dirty)
        return true;
    if (!validate()) {
        m_status->setText(tr("Correct the marked fields first; nothing was written."));
        m_status->show();
        return false;
    }
    m_writing = true;
    const Result<void> saved = save();
    m_writing = false;
    if (!saved) {
        m_status->setText(tr("The changes could not be written: %1").arg(saved.error().message));
        m_status->show();
        return false;
    }
    showRecord(m_id); // what the database now holds, normalised
    return true;
}

void RecordForm::revert()
{
    showRecord(m_id);
}

void RecordForm::databaseChanged()
{
    // A write of our own is reloaded by apply(); a change from elsewhere is shown unless the
    // person is in the middle of editing.
    if (m_writing || m_dirty || m_id.isNull())
        return;
    showRecord(m_id);
}

} // namespace focal
