#pragma once

#include "model/Meeting.h"
#include "Result.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace focal {

class ForumDocument;

// The institutions, organisations and people of a meeting, each with its role (invited,
// attended, organiser). Adding or removing one is written at once as one undo step.
class ParticipantsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantsEditor(ForumDocument &document, QWidget *parent = nullptr);

    void load(const QUuid &meetingId, const QList<MeetingParticipant> &participants);
    void setReadOnly(bool readOnly);

    QTableWidget *table() const { return m_table; }
    QComboBox *who() const { return m_who; }
    QComboBox *role() const { return m_role; }
    QPushButton *addButton() const { return m_add; }

signals:
    void errorOccurred(const Error &error);

private:
    enum Kind { InstitutionKind, OrganisationKind, PersonKind };
    void add();
    void removeCurrent();
    QString nameOf(const MeetingParticipant &p) const;

    ForumDocument &m_document;
    QUuid m_meetingId;
    QList<MeetingParticipant> m_participants;
    QHash<QUuid, QString> m_names; // every institution, organisation and person
    QTableWidget *m_table = nullptr;
    QComboBox *m_who = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace focal
