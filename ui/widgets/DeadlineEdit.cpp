#include "widgets/DeadlineEdit.h"

#include "widgets/DeadlinePicker.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace focal {

DeadlineEdit::DeadlineEdit(QWidget *parent) : QWidget(parent)
{
    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("deadlineText"));
    m_line->setPlaceholderText(tr("e.g. Primer bimestre 2021, oct - dic 2020, Por definir"));
    m_line->setAccessibleName(tr("Deadline"));
    m_pick = new QToolButton(this);
    m_pick->setObjectName(QStringLiteral("deadlinePick"));
    m_pick->setText(tr("Choose…"));
    m_pick->setToolTip(tr("Choose the deadline from a list of periods"));
    m_pick->setAccessibleName(tr("Choose deadline"));
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("deadlineFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_line, 1);
    row->addWidget(m_pick);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    column->addLayout(row);
    column->addWidget(m_feedback);

    // Keys typed at the widget go to its field (the item view hands its editor the focus).
    setFocusProxy(m_line);
    connect(m_line, &QLineEdit::textChanged, this, &DeadlineEdit::updateFeedback);
    connect(m_line, &QLineEdit::textEdited, this, &DeadlineEdit::textEdited);
    connect(m_line, &QLineEdit::editingFinished, this, &DeadlineEdit::editingFinished);
    connect(m_pick, &QToolButton::clicked, this, &DeadlineEdit::openPicker);
    updateFeedback();
}

QString DeadlineEdit::text() const
{
    return m_line->text();
}

void DeadlineEdit::setText(const QString &text)
{
    m_line->setText(text);
}

void DeadlineEdit::setDeadline(const Deadline &deadline, const QString &words)
{
    m_line->setText(words.isEmpty() ? deadline.toText(Language::Spanish) : words);
}

std::optional<Deadline> DeadlineEdit::deadline() const
{
    return m_deadline;
}

QString DeadlineEdit::feedback() const
{
    return m_feedback->text();
}

Language DeadlineEdit::interfaceLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Spanish:
        return Language::Spanish;
    case QLocale::Portuguese:
        return Language::Portuguese;
    default:
        return Language::English;
    }
}

QString DeadlineEdit::understood(const Deadline &deadline)
{
    const Language lang = interfaceLanguage();
    if (deadline.isUndefined())
        return tr("%1: no date yet").arg(deadline.toText(lang));
    const QLocale locale;
    const QString format = QStringLiteral("d MMM yyyy");
    const QDate start = deadline.start();
    const QDate end = deadline.end();
    if (start == end)
        return tr("%1: %2").arg(deadline.toText(lang), locale.toString(start, format));
    return tr("%1: %2 – %3")
        .arg(deadline.toText(lang), locale.toString(start, format), locale.toString(end, format));
}

void DeadlineEdit::updateFeedback()
{
    m_error.clear();
    m_deadline = Deadline::parse(m_line->text(), &m_error);
    // Red text and a cross, not colour alone, mark words that are not a deadline.
    const QString sentence =
        m_deadline ? understood(*m_deadline) : tr("✗ Not a deadline: %1").arg(m_error);
    m_feedback->setText(sentence);
    m_feedback->setStyleSheet(m_deadline ? QString() : QStringLiteral("color: #b00020;"));
    m_line->setStyleSheet(m_deadline ? QString()
                                     : QStringLiteral("QLineEdit { border: 1px solid #b00020; }"));
    m_line->setAccessibleDescription(sentence);
    m_feedback->setAccessibleName(sentence);
    setProperty("acceptable", m_deadline.has_value());
}

void DeadlineEdit::openPicker()
{
    DeadlinePicker picker(this);
    if (m_deadline)
        picker.setDeadline(*m_deadline);
    if (picker.exec() != QDialog::Accepted)
        return;
    const std::optional<Deadline> chosen = picker.deadline();
    if (!chosen)
        return;
    setDeadline(*chosen);
    emit textEdited();
    m_line->setFocus(Qt::OtherFocusReason);
}

} // namespace focal
