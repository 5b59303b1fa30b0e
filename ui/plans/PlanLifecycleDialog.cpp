#include "plans/PlanLifecycleDialog.h"

#include "ForumDocument.h"
#include "model/Country.h"
#include "model/Meeting.h"
#include "plans/PlanCommands.h"
#include "support/UiLanguage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace focal {

PlanLifecycleDialog::PlanLifecycleDialog(ForumDocument &document, const QUuid &planId,
                                         QWidget *parent)
    : QDialog(parent), m_document(document), m_today(QDate::currentDate())
{
    setWindowTitle(tr("Record a Step of the Plan"));
    if (auto plan = document.repository().get<Plan>(planId))
        m_plan = *plan;

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("%1 is %2.").arg(m_plan.title, enumLabel(m_plan.status)));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_state = new QComboBox;
    m_state->setObjectName(QStringLiteral("state"));
    m_date = new QDateEdit(m_today);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_country = new QComboBox;
    m_country->setObjectName(QStringLiteral("country"));
    m_recipient = new QLineEdit;
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_meeting = new QComboBox;
    m_meeting->setObjectName(QStringLiteral("meeting"));
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);

    addField(form, tr("&New state:"), m_state, PlanLifecycle::Field::State);
    addField(form, tr("&Date:"), m_date, PlanLifecycle::Field::Date);
    addField(form, tr("Acting &country:"), m_country, PlanLifecycle::Field::Country);
    addField(form, tr("&Recipient:"), m_recipient, PlanLifecycle::Field::Recipient);
    addField(form, tr("&Meeting:"), m_meeting, PlanLifecycle::Field::Meeting);
    addField(form, tr("N&ote:"), m_note, PlanLifecycle::Field::Note);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->hide();
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanLifecycleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanLifecycleDialog::reject);
    layout->addWidget(buttons);

    fillChoices();
    connect(m_state, &QComboBox::currentIndexChanged, this, &PlanLifecycleDialog::stateChanged);
    stateChanged();
}

QLabel *PlanLifecycleDialog::addField(QFormLayout *form, const QString &label, QWidget *field,
                                      PlanLifecycle::Field which)
{
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
    rowLabel->setBuddy(field);
    form->addRow(rowLabel, box);
    m_messages.insert(which, message);
    m_fields.insert(which, field);
    return message;
}

void PlanLifecycleDialog::fillChoices()
{
    for (DocumentStatus s : PlanLifecycle::allowedNext(m_plan.status)) {
        const QString label = PlanLifecycle::isReopening(m_plan.status, s)
                                  ? tr("%1 (reopened)").arg(enumLabel(s))
                                  : enumLabel(s);
        m_state->addItem(label, enumKey(s));
    }

    Repository &repo = m_document.repository();
    m_country->addItem(tr("(none)"));
    if (auto countries = repo.list<Country>(QStringLiteral("name_es")))
        for (const Country &c : *countries)
            m_country->addItem(c.name(UiLanguage::current()), c.meta.id);

    // Newest first: a step is usually taken at one of the latest meetings.
    m_meeting->addItem(tr("(none)"));
    if (auto meetings = repo.list<Meeting>(QStringLiteral("date DESC, rowid"))) {
        for (const Meeting &m : *meetings)
            m_meeting->addItem(QStringLiteral("%1 %2").arg(m.date.toString(Qt::ISODate), m.title),
                               m.meta.id);
    }
}

void PlanLifecycleDialog::stateChanged()
{
    const auto state = enumFromKey<DocumentStatus>(m_state->currentData().toString());
    const bool recipient = state && PlanLifecycle::needsRecipient(*state);
    m_recipient->setPlaceholderText(recipient ? tr("Required") : QString());
    const bool reopening = state && PlanLifecycle::isReopening(m_plan.status, *state);
    m_note->setPlaceholderText(reopening ? tr("Required: why the plan is reopened") : QString());
}

void PlanLifecycleDialog::setToday(QDate today)
{
    m_today = today;
    m_date->setDate(today);
}

PlanEvent PlanLifecycleDialog::event() const
{
    PlanEvent e;
    e.planId = m_plan.meta.id;
    e.state =
        enumFromKey<DocumentStatus>(m_state->currentData().toString()).value_or(m_plan.status);
    e.date = m_date->date();
    e.countryId = m_country->currentData().toUuid();
    e.recipient = m_recipient->text().trimmed();
    e.meetingId = m_meeting->currentData().toUuid();
    e.note = m_note->toPlainText().trimmed();
    return e;
}

void PlanLifecycleDialog::showProblems(const QList<PlanLifecycle::Problem> &problems)
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QString text;
        for (const PlanLifecycle::Problem &p : problems)
            if (p.field == it.key())
                text = p.message;
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
        m_fields.value(it.key())->setAccessibleDescription(text);
    }
    if (!problems.isEmpty())
        m_fields.value(problems.first().field)->setFocus();
}

void PlanLifecycleDialog::accept()
{
    m_status->hide();
    const PlanEvent e = event();
    auto problems = PlanLifecycle::check(m_document.database(), e, m_today);
    if (!problems) {
        m_status->setText(problems.error().message);
        m_status->show();
        return;
    }
    showProblems(*problems);
    if (!problems->isEmpty())
        return;
    if (auto recorded = planCommands::recordEvent(m_document, e, m_today); !recorded) {
        m_status->setText(recorded.error().message);
        m_status->show();
        return;
    }
    QDialog::accept();
}

} // namespace focal
