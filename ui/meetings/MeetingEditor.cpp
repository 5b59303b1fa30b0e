#include "MeetingEditor.h"

#include "AgendaTable.h"
#include "AgreementsEditor.h"
#include "ForumDocument.h"
#include "MeetingCountriesEditor.h"
#include "MeetingDocumentsEditor.h"
#include "MeetingForm.h"
#include "MinutesPane.h"
#include "ParticipantsEditor.h"
#include "Prompts.h"

#include "model/Meeting.h"
#include "storage/ChangeNotifier.h"

#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace focal {
namespace {

// The tables a meeting's editor shows (what hangs from a meeting, and the meeting).
bool touchesMeeting(const QSet<QString> &tables)
{
    static const QStringList shown = {QStringLiteral("*"),
                                      QStringLiteral("meeting"),
                                      QStringLiteral("meeting_country"),
                                      QStringLiteral("meeting_participant"),
                                      QStringLiteral("agenda_item"),
                                      QStringLiteral("agreement"),
                                      QStringLiteral("meeting_document"),
                                      QStringLiteral("minutes_event")};
    for (const QString &table : shown)
        if (tables.contains(table))
            return true;
    return false;
}

template <typename T> QList<T> ofMeeting(Repository &repo, const QUuid &meetingId)
{
    auto rows = repo.listWhere<T>("meeting_id", meetingId.toString(QUuid::WithoutBraces));
    return rows ? *rows : QList<T>();
}

template <typename T> QList<T> ofMeetingInOrder(Repository &repo, const QUuid &meetingId)
{
    auto rows = repo.listWhere<T>("meeting_id", meetingId.toString(QUuid::WithoutBraces),
                                  QStringLiteral("position, rowid"));
    return rows ? *rows : QList<T>();
}

} // namespace

MeetingEditor::MeetingEditor(ForumDocument &document, Prompts &prompts, QWidget *parent)
    : QWidget(parent), m_document(document), m_prompts(prompts)
{
    m_toolBar = new QToolBar(tr("Meeting"), this);
    m_toolBar->setObjectName(QStringLiteral("meetingToolBar"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("meetingHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_lockBanner = new QLabel(this);
    m_lockBanner->setObjectName(QStringLiteral("lockBanner"));
    m_lockBanner->setWordWrap(true);
    m_lockBanner->setStyleSheet(
        QStringLiteral("background: #fff4ce; border: 1px solid #e0c060; padding: 6px"));
    m_lockBanner->setText(tr("The minutes of this meeting are locked: the meeting can no longer "
                             "be changed. Reopen the minutes (with the reason) to change it."));
    m_lockBanner->hide();

    m_form = new MeetingForm(document, this);
    m_countries = new MeetingCountriesEditor(document, this);
    m_participants = new ParticipantsEditor(document, this);
    m_agenda = new AgendaTable(document, this);
    m_agreements = new AgreementsEditor(document, this);
    m_documents = new MeetingDocumentsEditor(document, this);
    m_minutes = new MinutesPane(document, this);
    m_toolBar->addAction(m_minutes->saveAction());

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(m_form);
    generalLayout->addWidget(m_countries, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    m_tabs->addTab(general, tr("&Meeting"));
    m_tabs->addTab(m_participants, tr("&Participants"));
    m_tabs->addTab(m_agenda, tr("A&genda"));
    m_tabs->addTab(m_agreements, tr("Agreements && &commitments"));
    m_tabs->addTab(m_documents, tr("&Documents"));
    m_tabs->addTab(m_minutes, tr("M&inutes"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_heading);
    layout->addWidget(m_lockBanner);
    layout->addWidget(m_tabs, 1);

    connect(m_form, &MeetingForm::errorOccurred, this, &MeetingEditor::report);
    connect(m_countries, &MeetingCountriesEditor::errorOccurred, this, &MeetingEditor::report);
    connect(m_participants, &ParticipantsEditor::errorOccurred, this, &MeetingEditor::report);
    connect(m_agenda, &AgendaTable::errorOccurred, this, &MeetingEditor::report);
    connect(m_documents, &MeetingDocumentsEditor::errorOccurred, this, &MeetingEditor::report);
    connect(m_agreements, &AgreementsEditor::errorOccurred, this, &MeetingEditor::report);
    // The minutes show their refusals under the text: a dialog each time the person leaves
    // the field would be in the way.
    connect(document.database().notifier(), &ChangeNotifier::committed, this,
            &MeetingEditor::scheduleReload);
    setEnabled(false);
}

void MeetingEditor::setMeeting(const QUuid &id)
{
    if (id == m_meetingId)
        return;
    m_minutes->save(); // what was typed in the previous meeting's minutes is not lost
    m_meetingId = id;
    reload();
}

void MeetingEditor::scheduleReload(const QSet<QString> &tables)
{
    if (m_meetingId.isNull() || m_reloadPending || !touchesMeeting(tables))
        return;
    // After the write that committed has returned to its widget: rebuilding a table from
    // inside its own signal would pull the cells out from under it.
    m_reloadPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reloadPending = false;
            reload();
        },
        Qt::QueuedConnection);
}

void MeetingEditor::reload()
{
    Repository &repo = m_document.repository();
    auto meeting =
        m_meetingId.isNull() ? Result<Meeting>(Meeting()) : repo.get<Meeting>(m_meetingId);
    if (m_meetingId.isNull() || !meeting) {
        // Gone (deleted, undone): nothing to edit.
        m_heading->setText(m_meetingId.isNull() ? QString() : tr("This meeting no longer exists."));
        m_lockBanner->hide();
        setEnabled(false);
        return;
    }
    setEnabled(true);
    m_heading->setText(meeting->date.toString(Qt::ISODate) + QStringLiteral(" · ") +
                       meeting->title);
    m_form->load(*meeting);
    m_countries->load(m_meetingId, ofMeeting<MeetingCountry>(repo, m_meetingId));
    m_participants->load(m_meetingId, ofMeeting<MeetingParticipant>(repo, m_meetingId));
    m_agenda->load(m_meetingId, ofMeetingInOrder<AgendaItem>(repo, m_meetingId));
    m_agreements->load(*meeting, ofMeetingInOrder<Agreement>(repo, m_meetingId));
    m_documents->load(*meeting, ofMeetingInOrder<MeetingDocument>(repo, m_meetingId));
    m_minutes->load(m_meetingId, meeting->minutes);

    m_readOnly = meeting->minutesStatus == MinutesStatus::Locked;
    m_lockBanner->setVisible(m_readOnly);
    m_form->setReadOnly(m_readOnly);
    m_countries->setReadOnly(m_readOnly);
    m_participants->setReadOnly(m_readOnly);
    m_agenda->setReadOnly(m_readOnly);
    m_agreements->setReadOnly(m_readOnly);
    m_documents->setReadOnly(m_readOnly);
    m_minutes->setReadOnly(m_readOnly);
}

void MeetingEditor::report(const Error &error)
{
    m_prompts.inform(this, tr("Meeting"), error.message);
}

} // namespace focal
