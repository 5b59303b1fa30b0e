#include "MeetingForm.h"

#include "ForumDocument.h"
#include "MeetingEditCommands.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace focal {
namespace {

template <typename E> void fillEnum(QComboBox *combo)
{
    for (const QString &key : enumKeys<E>())
        combo->addItem(enumLabel(*enumFromKey<E>(key)), key);
}

// An optional whole number as typed: empty means none; false when it is not a number.
bool readNumber(const QString &text, std::optional<int> &out)
{
    if (text.trimmed().isEmpty()) {
        out.reset();
        return true;
    }
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (ok)
        out = value;
    return ok;
}

QString numberText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

MeetingForm::MeetingForm(ForumDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_loading = true; // filling the combos is no edit
    m_layout = new QFormLayout(this);
    m_kind = addCombo(QStringLiteral("kind"), tr("&Kind:"));
    fillEnum<MeetingKind>(m_kind);
    m_number = addLine(QStringLiteral("number"), tr("&Number:"));
    m_number->setPlaceholderText(tr("3 for the 3rd videoconference"));
    m_title = addLine(QStringLiteral("title"), tr("&Title:"));
    m_date = addLine(QStringLiteral("date"), tr("&Date:"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_time = addLine(QStringLiteral("startTime"), tr("&Start time:"));
    m_time->setPlaceholderText(tr("HH:MM"));
    m_timeZone = addCombo(QStringLiteral("timeZone"), tr("Time &zone:"));
    m_timeZone->addItem(tr("(not given)"), QString());
    for (const QString &zone : commands::meetingTimeZones())
        m_timeZone->addItem(zone, zone);
    m_scope = addCombo(QStringLiteral("scope"), tr("S&cope:"));
    fillEnum<MeetingScope>(m_scope);
    m_organiser = addLine(QStringLiteral("organiser"), tr("&Organiser:"));
    m_location = addLine(QStringLiteral("location"), tr("&Place or link:"));
    m_locationLink = new QLabel(this);
    m_locationLink->setObjectName(QStringLiteral("locationLink"));
    m_locationLink->setTextFormat(Qt::RichText);
    m_locationLink->setOpenExternalLinks(true);
    m_layout->addRow(QString(), m_locationLink);
    m_attendees = addLine(QStringLiteral("attendees"), tr("&Attendees:"));
    connect(m_location, &QLineEdit::textChanged, this, &MeetingForm::updateLocationLink);
    m_loading = false;
}

QLineEdit *MeetingForm::addLine(const QString &name, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    auto *message = new QLabel(this);
    message->setObjectName(name + QStringLiteral("Message"));
    message->setStyleSheet(QStringLiteral("color: #b00020"));
    message->setWordWrap(true);
    message->hide();
    auto *box = new QVBoxLayout;
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(edit);
    box->addWidget(message);
    m_layout->addRow(label, box);
    if (auto *l = qobject_cast<QLabel *>(m_layout->labelForField(box)))
        l->setBuddy(edit);
    m_messages.insert(name, message);
    connect(edit, &QLineEdit::editingFinished, this, &MeetingForm::apply);
    return edit;
}

QComboBox *MeetingForm::addCombo(const QString &name, const QString &label)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    auto *message = new QLabel(this);
    message->setObjectName(name + QStringLiteral("Message"));
    message->setStyleSheet(QStringLiteral("color: #b00020"));
    message->hide();
    auto *box = new QVBoxLayout;
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(combo);
    box->addWidget(message);
    m_layout->addRow(label, box);
    if (auto *l = qobject_cast<QLabel *>(m_layout->labelForField(box)))
        l->setBuddy(combo);
    m_messages.insert(name, message);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            apply();
    });
    return combo;
}

void MeetingForm::load(const Meeting &meeting)
{
    m_loading = true;
    m_meeting = meeting;
    m_kind->setCurrentIndex(m_kind->findData(enumKey(meeting.kind)));
    m_number->setText(numberText(meeting.number));
    m_title->setText(meeting.title);
    m_date->setText(meeting.date.toString(Qt::ISODate));
    m_time->setText(meeting.startTime.isValid()
                        ? meeting.startTime.toString(QStringLiteral("HH:mm"))
                        : QString());
    // A zone outside the list (written by another program) is shown, so that it is not lost
    // unseen; choosing another replaces it.
    int zone = m_timeZone->findData(meeting.timeZone);
    if (zone < 0) {
        m_timeZone->addItem(meeting.timeZone, meeting.timeZone);
        zone = m_timeZone->count() - 1;
    }
    m_timeZone->setCurrentIndex(zone);
    m_scope->setCurrentIndex(m_scope->findData(enumKey(meeting.scope)));
    m_organiser->setText(meeting.organiser);
    m_location->setText(meeting.location);
    m_attendees->setText(numberText(meeting.participantsCount));
    for (QLabel *label : std::as_const(m_messages))
        label->hide();
    m_loading = false;
}

void MeetingForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    for (QComboBox *combo : findChildren<QComboBox *>())
        combo->setEnabled(!readOnly);
}

QString MeetingForm::message(const QString &field) const
{
    const QLabel *label = m_messages.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void MeetingForm::showMessage(const QString &field, const QString &text)
{
    if (QLabel *label = m_messages.value(field)) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
}

bool MeetingForm::read(Meeting &m)
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        showMessage(it.key(), QString());
    m.kind = enumFromKey<MeetingKind>(m_kind->currentData().toString()).value_or(m.kind);
    m.scope = enumFromKey<MeetingScope>(m_scope->currentData().toString()).value_or(m.scope);
    m.title = m_title->text().trimmed();
    m.organiser = m_organiser->text().trimmed();
    m.location = m_location->text().trimmed();
    m.timeZone = m_timeZone->currentData().toString();
    m.date = QDate::fromString(m_date->text().trimmed(), Qt::ISODate);
    if (!m_time->text().trimmed().isEmpty()) {
        m.startTime = QTime::fromString(m_time->text().trimmed(), QStringLiteral("H:mm"));
        if (!m.startTime.isValid()) {
            showMessage(QStringLiteral("startTime"), tr("Write the time as HH:MM, e.g. 10:30."));
            return false;
        }
    } else {
        m.startTime = QTime();
    }
    if (!readNumber(m_number->text(), m.number)) {
        showMessage(QStringLiteral("number"), tr("The number must be a whole number."));
        return false;
    }
    if (!readNumber(m_attendees->text(), m.participantsCount)) {
        showMessage(QStringLiteral("attendees"), tr("Attendees must be a whole number."));
        return false;
    }
    if (auto problem = commands::checkMeeting(m)) {
        showMessage(problem->field, problem->message);
        return false;
    }
    return true;
}

void MeetingForm::apply()
{
    if (m_loading || m_meeting.meta.id.isNull() || m_title->isReadOnly())
        return;
    // From the stored record, not the one loaded: the minutes may have been saved since.
    auto stored = m_document.repository().get<Meeting>(m_meeting.meta.id);
    if (!stored) {
        emit errorOccurred(stored.error());
        return;
    }
    Meeting after = *stored;
    if (!read(after))
        return;
    auto written = commands::editMeeting(m_document, after, tr("Edit the meeting"));
    if (!written) {
        emit errorOccurred(written.error());
        return;
    }
    if (auto stored = m_document.repository().get<Meeting>(m_meeting.meta.id))
        m_meeting = *stored;
}

void MeetingForm::updateLocationLink()
{
    // Only web addresses become links: a "file:" or "javascript:" address stays text.
    const QUrl url(m_location->text().trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !url.host().isEmpty() &&
        (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
        const QString escaped = url.toString().toHtmlEscaped();
        m_locationLink->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped));
        m_locationLink->show();
    } else {
        m_locationLink->clear();
        m_locationLink->hide();
    }
}

} // namespace focal
