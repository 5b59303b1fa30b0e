#pragma once

#include "Result.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QTabWidget;
class QToolBar;

namespace focal {

class AgendaTable;
class AgreementsEditor;
class ForumDocument;
class MeetingCountriesEditor;
class MeetingDocumentsEditor;
class MeetingForm;
class MinutesPane;
class ParticipantsEditor;
class Prompts;

// One meeting, whole: its fields and countries, participants, agenda, agreements and
// commitments, documents and minutes, in tabs. Every change is written as it is made, as one
// undo step on the document's stack; the editor shows the database again after every
// committed change (its own, an undo, another program's). When the minutes are locked the
// whole editor is read-only and says why; the tool bar is where the minutes' lifecycle
// actions will go.
class MeetingEditor : public QWidget
{
    Q_OBJECT

public:
    MeetingEditor(ForumDocument &document, Prompts &prompts, QWidget *parent = nullptr);

    void setMeeting(const QUuid &id);
    QUuid meeting() const { return m_meetingId; }
    QToolBar *toolBar() const { return m_toolBar; }
    bool isReadOnly() const { return m_readOnly; }

    MeetingForm *form() const { return m_form; }
    MeetingCountriesEditor *countries() const { return m_countries; }
    ParticipantsEditor *participants() const { return m_participants; }
    AgendaTable *agenda() const { return m_agenda; }
    AgreementsEditor *agreements() const { return m_agreements; }
    MeetingDocumentsEditor *documents() const { return m_documents; }
    MinutesPane *minutes() const { return m_minutes; }
    QTabWidget *tabs() const { return m_tabs; }

    // Shows the stored meeting again (what a commit notification does, later).
    void reload();

private:
    void scheduleReload(const QSet<QString> &tables);
    void report(const Error &error);

    ForumDocument &m_document;
    Prompts &m_prompts;
    QUuid m_meetingId;
    bool m_readOnly = false;
    bool m_reloadPending = false;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_lockBanner = nullptr;
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    MeetingForm *m_form = nullptr;
    MeetingCountriesEditor *m_countries = nullptr;
    ParticipantsEditor *m_participants = nullptr;
    AgendaTable *m_agenda = nullptr;
    AgreementsEditor *m_agreements = nullptr;
    MeetingDocumentsEditor *m_documents = nullptr;
    MinutesPane *m_minutes = nullptr;
};

} // namespace focal
