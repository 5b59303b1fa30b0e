#include "MeetingDocumentsEditor.h"

#include "ForumDocument.h"
#include "MeetingEditCommands.h"

#include "query/MeetingLog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>

namespace focal {

MeetingDocumentsEditor::MeetingDocumentsEditor(ForumDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("meetingDocuments"));
    m_groupDocument = new QComboBox(this);
    m_groupDocument->setObjectName(QStringLiteral("groupDocument"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("documentUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("documentUrlTitle"));
    m_title->setPlaceholderText(tr("Title of the link"));
    m_addDocument = new QPushButton(tr("Add &document"), this);
    m_addDocument->setObjectName(QStringLiteral("addGroupDocument"));
    m_addLink = new QPushButton(tr("Add &link"), this);
    m_addLink->setObjectName(QStringLiteral("addLink"));
    m_remove = new QPushButton(tr("Remove"), this);
    connect(m_addDocument, &QPushButton::clicked, this, [this] { add(false); });
    connect(m_addLink, &QPushButton::clicked, this, [this] { add(true); });
    connect(m_remove, &QPushButton::clicked, this, &MeetingDocumentsEditor::removeCurrent);
    // Only web links open; the address was checked when it was added, and again here since
    // another program may have written the database.
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        const QUrl url = item->data(Qt::UserRole).toUrl();
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 1, 4);
    layout->addWidget(m_groupDocument, 1, 0, 1, 3);
    layout->addWidget(m_addDocument, 1, 3);
    layout->addWidget(m_url, 2, 0);
    layout->addWidget(m_title, 2, 1, 1, 2);
    layout->addWidget(m_addLink, 2, 3);
    layout->addWidget(m_remove, 3, 3);
}

void MeetingDocumentsEditor::load(const Meeting &meeting, const QList<MeetingDocument> &links)
{
    QHash<QUuid, QString> titles;
    auto docs = MeetingLogQuery::documents(m_document.database(), meeting.groupId);
    if (docs)
        for (const auto &choice : *docs)
            titles.insert(choice.id, choice.text);
    if (meeting.meta.id != m_meetingId) {
        m_groupDocument->clear();
        if (docs)
            for (const auto &choice : *docs)
                m_groupDocument->addItem(choice.text.left(90), choice.id);
    }
    m_meetingId = meeting.meta.id;
    m_links = links;
    m_list->clear();
    for (const MeetingDocument &link : links) {
        auto *item = new QListWidgetItem(m_list);
        if (!link.documentId.isNull()) {
            item->setText(titles.value(link.documentId, tr("(a document of another group)")));
        } else {
            // Shown with its address; a tooltip, never an interpreted label, so that a hostile
            // title cannot make a link of its own.
            item->setText(link.title.isEmpty() ? link.url
                                               : tr("%1 <%2>").arg(link.title, link.url));
            item->setToolTip(link.url);
            const QUrl url(link.url);
            const QString scheme = url.scheme().toLower();
            if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
                item->setData(Qt::UserRole, url);
                QFont font = item->font();
                font.setUnderline(true);
                item->setFont(font);
                item->setForeground(m_list->palette().link());
            }
        }
    }
}

void MeetingDocumentsEditor::setReadOnly(bool readOnly)
{
    for (QWidget *w : {static_cast<QWidget *>(m_groupDocument), static_cast<QWidget *>(m_url),
                       static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_addDocument),
                       static_cast<QWidget *>(m_addLink), static_cast<QWidget *>(m_remove)})
        w->setEnabled(!readOnly);
}

void MeetingDocumentsEditor::add(bool link)
{
    MeetingDocument d;
    d.meetingId = m_meetingId;
    if (link) {
        d.url = m_url->text();
        d.title = m_title->text();
    } else {
        d.documentId = m_groupDocument->currentData().toUuid();
        if (d.documentId.isNull())
            return;
    }
    auto added = commands::addMeetingDocument(m_document, d);
    if (!added) {
        emit errorOccurred(added.error());
        return;
    }
    if (link) {
        m_url->clear();
        m_title->clear();
    }
}

void MeetingDocumentsEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_links.size())
        return;
    if (auto removed = commands::removeMeetingDocument(m_document, m_links.at(row).meta.id);
        !removed)
        emit errorOccurred(removed.error());
}

} // namespace focal
