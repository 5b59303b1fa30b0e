#pragma once

#include "model/Meeting.h"
#include "Result.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace focal {

class ForumDocument;

// The fields of one meeting (kind, date, start time and time zone, number, title, scope,
// organiser, place or link, attendees). Each field is written when the person leaves it, as
// one undo step; a value that cannot be kept is refused with the reason under the field, and
// the database keeps what it had.
class MeetingForm : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingForm(ForumDocument &document, QWidget *parent = nullptr);

    // Shows `meeting` as stored (messages cleared).
    void load(const Meeting &meeting);
    void setReadOnly(bool readOnly);
    // The message under a field ("title", "date", ...), empty when none.
    QString message(const QString &field) const;

signals:
    void errorOccurred(const Error &error);

private:
    QLineEdit *addLine(const QString &name, const QString &label);
    QComboBox *addCombo(const QString &name, const QString &label);
    // Reads every field into a copy of the stored meeting; false (and a message under the
    // field) when one of them cannot be read.
    bool read(Meeting &meeting);
    void apply();
    void showMessage(const QString &field, const QString &text);
    void updateLocationLink();

    ForumDocument &m_document;
    Meeting m_meeting; // as stored
    bool m_loading = false;
    QHash<QString, QLabel *> m_messages;
    QFormLayout *m_layout = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_time = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_organiser = nullptr;
    QLineEdit *m_location = nullptr;
    QLabel *m_locationLink = nullptr;
    QLineEdit *m_attendees = nullptr;
};

} // namespace focal
