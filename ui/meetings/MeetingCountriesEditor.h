#pragma once

#include "model/Meeting.h"
#include "Result.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace focal {

class ForumDocument;

// The countries of a meeting: two checkable lists, those invited and those that attended.
// Each tick is written at once, as one undo step.
class MeetingCountriesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingCountriesEditor(ForumDocument &document, QWidget *parent = nullptr);

    void load(const QUuid &meetingId, const QList<MeetingCountry> &countries);
    void setReadOnly(bool readOnly);
    QListWidget *list(MeetingRole role) const;

signals:
    void errorOccurred(const Error &error);

private:
    QListWidget *makeList(MeetingRole role);
    void toggled(QListWidgetItem *item, MeetingRole role);

    ForumDocument &m_document;
    QUuid m_meetingId;
    bool m_loading = false;
    QListWidget *m_invited = nullptr;
    QListWidget *m_attended = nullptr;
};

} // namespace focal
