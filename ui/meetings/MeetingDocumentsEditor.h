#pragma once

#include "model/Meeting.h"
#include "Result.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace focal {

class ForumDocument;

// The documents of a meeting: one of the group's documents, or a web link (http or https
// only: a "file:" or "javascript:" address is refused) with its title. Links are shown as
// links; each addition or removal is one undo step.
class MeetingDocumentsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingDocumentsEditor(ForumDocument &document, QWidget *parent = nullptr);

    void load(const Meeting &meeting, const QList<MeetingDocument> &links);
    void setReadOnly(bool readOnly);

    QListWidget *list() const { return m_list; }
    QComboBox *groupDocument() const { return m_groupDocument; }
    QLineEdit *url() const { return m_url; }
    QLineEdit *urlTitle() const { return m_title; }
    QPushButton *addDocumentButton() const { return m_addDocument; }
    QPushButton *addLinkButton() const { return m_addLink; }

signals:
    void errorOccurred(const Error &error);

private:
    void add(bool link);
    void removeCurrent();

    ForumDocument &m_document;
    QUuid m_meetingId;
    QList<MeetingDocument> m_links;
    QListWidget *m_list = nullptr;
    QComboBox *m_groupDocument = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_title = nullptr;
    QPushButton *m_addDocument = nullptr;
    QPushButton *m_addLink = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace focal
