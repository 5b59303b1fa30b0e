// The meeting editor driven as a person would: fields typed and left, an agenda item and a
// commitment with a typed deadline added, refusals under the fields, undo back to exactly the
// database there was, locked minutes, and hostile minutes (scripts, remote images, 10 MB).

#include "GuiSupport.h"
#include "meetings/AgendaTable.h"
#include "meetings/AgreementsEditor.h"
#include "meetings/MeetingCountriesEditor.h"
#include "meetings/MeetingDocumentsEditor.h"
#include "meetings/MeetingEditCommands.h"
#include "meetings/MeetingEditor.h"
#include "meetings/MeetingForm.h"
#include "meetings/MinutesEdit.h"
#include "meetings/MinutesPane.h"
#include "meetings/MinutesText.h"
#include "meetings/ParticipantsEditor.h"
#include "ScriptedPrompts.h"
#include "widgets/DeadlineEdit.h"

#include "model/Country.h"
#include "model/Meeting.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

#include <memory>

namespace focal {
namespace {

// Pastes as a person does: through the clipboard, which takes the data.
void paste(MinutesEdit *edit, QMimeData *data)
{
    QApplication::clipboard()->setMimeData(data);
    edit->paste();
}

QUuid key(const char *table, const char *k)
{
    return test::defaultKey(table, k);
}

class MeetingEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_doc = test::openDefaultDocument(m_dir);
        ASSERT_NE(m_doc, nullptr);
        m_doc->setErrorHandler([this](const Error &e) { m_errors << e.message; });
        m_editor = std::make_unique<MeetingEditor>(*m_doc, m_prompts);
        m_meetingId = key(Meeting::table, "seg-vc3-2019");
        m_editor->setMeeting(m_meetingId);
        m_editor->resize(1000, 700);
        m_editor->show();
        QApplication::setActiveWindow(m_editor.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_editor.get()));
        m_before = test::dumpTables(m_doc->database());
    }

    Meeting meeting() { return m_doc->repository().get<Meeting>(m_meetingId).value(); }
    template <typename W> W *field(const char *name)
    {
        W *w = m_editor->findChild<W *>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    // Types into a line edit as a person does and leaves it (Tab), which writes the field.
    void retype(QLineEdit *edit, const QString &text)
    {
        // The tab that holds the field comes to the front first, as a person would bring it.
        for (int i = 0; i < m_editor->tabs()->count(); ++i)
            if (m_editor->tabs()->widget(i)->isAncestorOf(edit))
                m_editor->tabs()->setCurrentIndex(i);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
        settle();
    }
    static void settle() { QCoreApplication::processEvents(); }
    void undoAll()
    {
        while (m_doc->undoStack().canUndo())
            m_doc->undoStack().undo();
        settle();
    }
    void setMinutesDirectly(const QString &markdown, MinutesStatus status = MinutesStatus::Draft)
    {
        // As another program (or an import) would write them: not through the editor.
        Meeting m = meeting();
        m.minutes = markdown;
        m.minutesStatus = status;
        WriteTransaction tx(m_doc->database());
        ASSERT_TRUE(m_doc->repository().update(m));
        ASSERT_TRUE(tx.commit());
        settle();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ForumDocument> m_doc;
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<MeetingEditor> m_editor;
    QUuid m_meetingId;
    QStringList m_before;
    QStringList m_errors;
};

TEST_F(MeetingEditorTest, ShowsTheStoredMeeting)
{
    EXPECT_EQ(m_editor->meeting(), m_meetingId);
    EXPECT_EQ(field<QLineEdit>("title")->text(), QStringLiteral("3ª Videoconferencia"));
    EXPECT_EQ(field<QLineEdit>("number")->text(), QStringLiteral("3"));
    EXPECT_EQ(field<QLineEdit>("date")->text(), QStringLiteral("2019-12-16"));
    EXPECT_EQ(m_editor->agreements()->table()->rowCount(), 2);
    EXPECT_FALSE(m_editor->isReadOnly());
    EXPECT_FALSE(field<QLabel>("lockBanner")->isVisible());
    ASSERT_NE(m_editor->toolBar(), nullptr);
    EXPECT_TRUE(m_editor->toolBar()->actions().contains(m_editor->minutes()->saveAction()));
}

TEST_F(MeetingEditorTest, EditsFieldsAndUndoRestoresExactly)
{
    retype(field<QLineEdit>("title"), QStringLiteral("Tercera videoconferencia"));
    EXPECT_EQ(meeting().title, QStringLiteral("Tercera videoconferencia"));
    retype(field<QLineEdit>("number"), QStringLiteral("4"));
    EXPECT_EQ(meeting().number, 4);
    retype(field<QLineEdit>("date"), QStringLiteral("2019-12-17"));
    EXPECT_EQ(meeting().date, QDate(2019, 12, 17));
    retype(field<QLineEdit>("startTime"), QStringLiteral("10:30"));
    EXPECT_EQ(meeting().startTime, QTime(10, 30));
    retype(field<QLineEdit>("attendees"), QStringLiteral("12"));
    EXPECT_EQ(meeting().participantsCount, 12);
    auto *zone = field<QComboBox>("timeZone");
    zone->setCurrentIndex(zone->findData(QStringLiteral("America/Asuncion")));
    settle();
    EXPECT_EQ(meeting().timeZone, QStringLiteral("America/Asuncion"));
    auto *kind = field<QComboBox>("kind");
    kind->setCurrentIndex(kind->findData(enumKey(MeetingKind::Workshop)));
    settle();
    EXPECT_EQ(meeting().kind, MeetingKind::Workshop);
    retype(field<QLineEdit>("location"), QStringLiteral("https://meet.example.org/prosur"));
    EXPECT_TRUE(field<QLabel>("locationLink")->isVisible());
    retype(field<QLineEdit>("location"), QStringLiteral("javascript:alert(1)"));
    EXPECT_FALSE(field<QLabel>("locationLink")->isVisible()); // kept as text, never a link

    // Each change was one step.
    EXPECT_EQ(m_doc->undoStack().count(), 9);
    // Countries: a tick is one step.
    QListWidget *invited = m_editor->countries()->list(MeetingRole::Invited);
    ASSERT_GT(invited->count(), 0);
    invited->item(0)->setCheckState(Qt::Checked);
    settle();
    EXPECT_TRUE(m_prompts.messages.isEmpty())
        << m_prompts.messages.join(QLatin1Char('\n')).toStdString();
    const QUuid countryId = invited->item(0)->data(Qt::UserRole).toUuid();
    auto rows = m_doc->repository().listWhere<MeetingCountry>(
        "meeting_id", m_meetingId.toString(QUuid::WithoutBraces));
    ASSERT_TRUE(rows);
    EXPECT_TRUE(std::any_of(rows->cbegin(), rows->cend(), [&](const MeetingCountry &c) {
        return c.countryId == countryId && c.role == MeetingRole::Invited;
    }));

    undoAll();
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
    // The widgets show the database again.
    EXPECT_EQ(field<QLineEdit>("title")->text(), QStringLiteral("3ª Videoconferencia"));
    EXPECT_EQ(invited->item(0)->checkState(), Qt::Unchecked);
    EXPECT_TRUE(m_errors.isEmpty()) << m_errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(MeetingEditorTest, RefusesInvalidFieldsWithAMessageUnderThem)
{
    retype(field<QLineEdit>("title"), QString());
    EXPECT_FALSE(m_editor->form()->message(QStringLiteral("title")).isEmpty());
    EXPECT_TRUE(field<QLabel>("titleMessage")->isVisible());
    field<QLineEdit>("title")->setText(QStringLiteral("3ª Videoconferencia"));

    retype(field<QLineEdit>("number"), QStringLiteral("0"));
    EXPECT_FALSE(m_editor->form()->message(QStringLiteral("number")).isEmpty());
    retype(field<QLineEdit>("number"), QStringLiteral("3"));

    retype(field<QLineEdit>("attendees"), QStringLiteral("-3"));
    EXPECT_FALSE(m_editor->form()->message(QStringLiteral("attendees")).isEmpty());
    retype(field<QLineEdit>("attendees"), QString());

    retype(field<QLineEdit>("date"), QStringLiteral("2019-02-30"));
    EXPECT_FALSE(m_editor->form()->message(QStringLiteral("date")).isEmpty());
    retype(field<QLineEdit>("date"), QStringLiteral("2019-12-16"));

    retype(field<QLineEdit>("startTime"), QStringLiteral("25:99"));
    EXPECT_FALSE(m_editor->form()->message(QStringLiteral("startTime")).isEmpty());
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
    EXPECT_EQ(m_doc->undoStack().count(), 0);

    // The facade checks too, whatever a widget lets through.
    Meeting bad = meeting();
    bad.timeZone = QStringLiteral("Europe/Paris");
    EXPECT_FALSE(commands::editMeeting(*m_doc, bad, QStringLiteral("x")));
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
}

TEST_F(MeetingEditorTest, AddsAgendaItemAndCommitmentWithTypedDeadline)
{
    m_editor->tabs()->setCurrentWidget(m_editor->agenda());
    QLineEdit *newItem = m_editor->agenda()->newTitle();
    newItem->setFocus();
    QTest::keyClicks(newItem, QStringLiteral("Informe de Chile"));
    QTest::keyClick(newItem, Qt::Key_Return);
    settle();
    auto items = m_doc->repository().listWhere<AgendaItem>(
        "meeting_id", m_meetingId.toString(QUuid::WithoutBraces));
    ASSERT_TRUE(items);
    ASSERT_EQ(items->size(), 1);
    EXPECT_EQ(items->first().title, QStringLiteral("Informe de Chile"));
    EXPECT_EQ(items->first().position, 1);
    ASSERT_EQ(m_editor->agenda()->table()->rowCount(), 1);
    // Its duration typed into the cell.
    m_editor->agenda()
        ->table()
        ->item(0, AgendaTable::DurationColumn)
        ->setText(QStringLiteral("20"));
    settle();
    EXPECT_EQ(m_doc->repository().get<AgendaItem>(items->first().meta.id)->durationMinutes, 20);

    m_editor->tabs()->setCurrentWidget(m_editor->agreements());
    auto *newAgreement = field<QLineEdit>("newAgreement");
    newAgreement->setFocus();
    QTest::keyClicks(newAgreement, QStringLiteral("Chile enviara el informe"));
    QTest::keyClick(newAgreement, Qt::Key_Return);
    settle();
    ASSERT_EQ(m_editor->agreements()->table()->rowCount(), 3);
    EXPECT_EQ(m_editor->agreements()->table()->currentRow(), 2); // the new one, to fill in

    // Space, as with the keyboard: a click must hit the box or its label, not the row.
    field<QCheckBox>("commitment")->setFocus();
    QTest::keyClick(field<QCheckBox>("commitment"), Qt::Key_Space);
    auto *country = field<QComboBox>("responsibleCountry");
    const QUuid chile = key(Country::table, "CL");
    country->setCurrentIndex(country->findData(chile));
    auto *action = field<QLineEdit>("action");
    action->setFocus();
    QTest::keyClicks(action, QStringLiteral("Enviar el informe"));
    auto *due = field<DeadlineEdit>("due");
    due->lineEdit()->setFocus();
    QTest::keyClicks(due->lineEdit(), QStringLiteral("Primer bimestre 2021"));
    EXPECT_TRUE(due->isAcceptable());
    QTest::mouseClick(field<QPushButton>("applyAgreement"), Qt::LeftButton);
    settle();
    EXPECT_TRUE(m_editor->agreements()->message().isEmpty())
        << m_editor->agreements()->message().toStdString();
    EXPECT_TRUE(field<QCheckBox>("commitment")->isChecked());

    auto agreements = m_doc->repository().listWhere<Agreement>(
        "meeting_id", m_meetingId.toString(QUuid::WithoutBraces), QStringLiteral("position"));
    ASSERT_TRUE(agreements);
    ASSERT_EQ(agreements->size(), 3);
    const Agreement &a = agreements->last();
    EXPECT_EQ(a.text, QStringLiteral("Chile enviara el informe"));
    EXPECT_TRUE(a.isCommitment);
    EXPECT_EQ(a.responsibleCountryId, chile);
    EXPECT_EQ(a.action, QStringLiteral("Enviar el informe"));
    EXPECT_EQ(a.due, *Deadline::bimester(2021, 1));
    EXPECT_EQ(a.dueText, QStringLiteral("Primer bimestre 2021"));
    EXPECT_EQ(a.status, CommitmentStatus::Open);
    EXPECT_EQ(a.position, 3);
    EXPECT_TRUE(m_editor->agreements()->message().isEmpty());

    undoAll();
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
    EXPECT_EQ(m_editor->agenda()->table()->rowCount(), 0);
    EXPECT_EQ(m_editor->agreements()->table()->rowCount(), 2);
}

TEST_F(MeetingEditorTest, RefusesADueDateThatIsNoDeadline)
{
    m_editor->agreements()->select(0);
    // Space, as with the keyboard: a click must hit the box or its label, not the row.
    field<QCheckBox>("commitment")->setFocus();
    QTest::keyClick(field<QCheckBox>("commitment"), Qt::Key_Space);
    auto *country = field<QComboBox>("responsibleCountry");
    country->setCurrentIndex(country->findData(key(Country::table, "PE")));
    auto *due = field<DeadlineEdit>("due");
    due->lineEdit()->setFocus();
    QTest::keyClicks(due->lineEdit(), QStringLiteral("cuando se pueda"));
    EXPECT_FALSE(due->isAcceptable());
    QTest::mouseClick(field<QPushButton>("applyAgreement"), Qt::LeftButton);
    settle();
    EXPECT_FALSE(m_editor->agreements()->message().isEmpty());
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
    EXPECT_EQ(m_doc->undoStack().count(), 0);

    // A commitment without its country is refused as well.
    country->setCurrentIndex(0);
    due->lineEdit()->clear();
    QTest::keyClicks(due->lineEdit(), QStringLiteral("2do semestre 2020"));
    EXPECT_FALSE(m_editor->agreements()->apply());
    EXPECT_FALSE(m_editor->agreements()->message().isEmpty());
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
}

TEST_F(MeetingEditorTest, MovesAgendaItemsAsOneStep)
{
    for (const char *title : {"Uno", "Dos", "Tres"})
        ASSERT_TRUE(commands::addAgendaItem(*m_doc, m_meetingId, QString::fromLatin1(title)));
    settle();
    const QStringList before = test::dumpTables(m_doc->database());
    const int steps = m_doc->undoStack().count();
    m_editor->agenda()->table()->setCurrentCell(2, AgendaTable::TitleColumn);
    m_editor->agenda()->moveCurrent(-1);
    settle();
    auto items = m_doc->repository().listWhere<AgendaItem>(
        "meeting_id", m_meetingId.toString(QUuid::WithoutBraces), QStringLiteral("position"));
    ASSERT_TRUE(items);
    QStringList order;
    for (const AgendaItem &i : *items)
        order << i.title + QString::number(i.position);
    EXPECT_EQ(order, (QStringList{QStringLiteral("Uno1"), QStringLiteral("Tres2"),
                                  QStringLiteral("Dos3")}));
    EXPECT_EQ(m_doc->undoStack().count(), steps + 1);
    EXPECT_EQ(m_editor->agenda()->table()->item(1, 0)->text(), QStringLiteral("Tres"));
    m_doc->undoStack().undo();
    settle();
    EXPECT_EQ(test::dumpTables(m_doc->database()), before);
    // Not past the first place.
    EXPECT_FALSE(commands::moveAgendaItem(*m_doc, items->first().meta.id, -1));
}

TEST_F(MeetingEditorTest, LinksOnlyWebAddresses)
{
    MeetingDocumentsEditor *docs = m_editor->documents();
    docs->url()->setText(QStringLiteral("javascript:alert(1)"));
    QTest::mouseClick(docs->addLinkButton(), Qt::LeftButton);
    settle();
    EXPECT_EQ(m_prompts.messages.size(), 1);
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
    docs->url()->setText(QStringLiteral("https://prosur.example.org/acta.pdf"));
    docs->urlTitle()->setText(QStringLiteral("Acta"));
    QTest::mouseClick(docs->addLinkButton(), Qt::LeftButton);
    settle();
    ASSERT_EQ(docs->list()->count(), 1);
    EXPECT_TRUE(docs->list()->item(0)->text().contains(QStringLiteral("Acta")));
    EXPECT_TRUE(docs->list()->item(0)->font().underline());
    // A participant with a role.
    ParticipantsEditor *people = m_editor->participants();
    ASSERT_GT(people->who()->count(), 0);
    people->who()->setCurrentIndex(0);
    QTest::mouseClick(people->addButton(), Qt::LeftButton);
    settle();
    EXPECT_EQ(people->table()->rowCount(), 1);
    undoAll();
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
}

TEST_F(MeetingEditorTest, LockedMinutesMakeTheEditorReadOnly)
{
    setMinutesDirectly(QStringLiteral("Acta aprobada."), MinutesStatus::Locked);
    const QStringList locked = test::dumpTables(m_doc->database());
    EXPECT_TRUE(m_editor->isReadOnly());
    EXPECT_TRUE(field<QLabel>("lockBanner")->isVisible());
    EXPECT_FALSE(field<QLabel>("lockBanner")->text().isEmpty());
    EXPECT_TRUE(field<QLineEdit>("title")->isReadOnly());
    EXPECT_FALSE(field<QComboBox>("kind")->isEnabled());
    EXPECT_TRUE(m_editor->minutes()->edit()->isReadOnly());
    EXPECT_FALSE(m_editor->minutes()->formatBar()->isEnabled());
    EXPECT_FALSE(m_editor->agenda()->addButton()->isEnabled());
    EXPECT_FALSE(m_editor->countries()->list(MeetingRole::Attended)->isEnabled());
    EXPECT_FALSE(field<QPushButton>("addAgreement")->isEnabled());

    // Typing changes nothing; the facade refuses whatever reaches it.
    retype(field<QLineEdit>("title"), QStringLiteral("Otro"));
    EXPECT_FALSE(commands::addAgendaItem(*m_doc, m_meetingId, QStringLiteral("Tarde")));
    EXPECT_FALSE(commands::setMinutes(*m_doc, m_meetingId, QStringLiteral("cambiado")));
    EXPECT_FALSE(commands::setMeetingCountry(*m_doc, m_meetingId, key(Country::table, "CL"),
                                             MeetingRole::Invited, true));
    EXPECT_EQ(test::dumpTables(m_doc->database()), locked);

    // Reopened (as the minutes' lifecycle will do), the editor can be used again.
    setMinutesDirectly(QStringLiteral("Acta aprobada."), MinutesStatus::Draft);
    EXPECT_FALSE(m_editor->isReadOnly());
    EXPECT_FALSE(field<QLabel>("lockBanner")->isVisible());
    EXPECT_FALSE(field<QLineEdit>("title")->isReadOnly());
}

TEST_F(MeetingEditorTest, FormatsMinutesAndStoresMarkdown)
{
    m_editor->tabs()->setCurrentWidget(m_editor->minutes());
    MinutesEdit *edit = m_editor->minutes()->edit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Acuerdos"));
    m_editor->minutes()->formatBar()->findChild<QAction *>(QStringLiteral("heading2"))->trigger();
    QTest::keyClick(edit, Qt::Key_Return);
    m_editor->minutes()->formatBar()->findChild<QAction *>(QStringLiteral("bodyText"))->trigger();
    m_editor->minutes()->formatBar()->findChild<QAction *>(QStringLiteral("bulletList"))->trigger();
    QTest::keyClicks(edit, QStringLiteral("Primero"));
    QTest::keyClick(edit, Qt::Key_S, Qt::ControlModifier); // save
    settle();
    const QString stored = meeting().minutes;
    EXPECT_TRUE(stored.contains(QStringLiteral("## Acuerdos"))) << stored.toStdString();
    EXPECT_TRUE(stored.contains(QStringLiteral("- Primero"))) << stored.toStdString();
    EXPECT_EQ(m_doc->undoStack().count(), 1);
    undoAll();
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
}

TEST_F(MeetingEditorTest, HostileMinutesAreStoredAndShownSafely)
{
    // Pasted rich text with a script and a remote image.
    m_editor->tabs()->setCurrentWidget(m_editor->minutes());
    MinutesEdit *edit = m_editor->minutes()->edit();
    edit->setFocus();
    auto *html = new QMimeData;
    html->setHtml(QStringLiteral("<p>Hola <b>todos</b><script>alert('x')</script>"
                                 "<img src=\"http://evil.example/pixel.png\"> chau</p>"));
    html->setText(QStringLiteral("Hola todos chau"));
    paste(edit, html);
    // Typed HTML and a remote Markdown image are text to the editor, and dropped on saving.
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit,
                     QStringLiteral("<script>alert(1)</script> ![x](http://evil.example/a.png) "
                                    "<img src=http://evil.example/b.png> fin"));
    ASSERT_TRUE(m_editor->minutes()->save());
    const QString stored = meeting().minutes;
    EXPECT_FALSE(stored.contains(QStringLiteral("script"), Qt::CaseInsensitive))
        << stored.toStdString();
    EXPECT_FALSE(stored.contains(QStringLiteral("evil.example"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(QStringLiteral("<img"))) << stored.toStdString();
    EXPECT_TRUE(stored.contains(QStringLiteral("**todos**"))) << stored.toStdString();
    EXPECT_TRUE(stored.contains(QStringLiteral("fin"))) << stored.toStdString();

    // Minutes written by another program with remote images: shown, nothing fetched.
    const int requestsBefore = edit->resourceRequests();
    setMinutesDirectly(QStringLiteral("# Acta\n\n![logo](http://evil.example/logo.png)\n\n"
                                      "<img src=\"https://evil.example/t.gif\">\n\n"
                                      "![local](file:///etc/passwd)\n"));
    edit->viewport()->repaint();
    (void)edit->grab(); // lays out and paints the images, which asks for them
    settle();
    const int asked = edit->resourceRequests() - requestsBefore;
    EXPECT_GE(asked, 2); // both Markdown images were asked for ...
    EXPECT_EQ(edit->refusedResources(), edit->resourceRequests()); // ... and none was loaded
    EXPECT_TRUE(edit->toPlainText().contains(QStringLiteral("Acta")));
}

TEST_F(MeetingEditorTest, TenMegabytesOfMinutesAreRefusedQuickly)
{
    m_editor->tabs()->setCurrentWidget(m_editor->minutes());
    MinutesEdit *edit = m_editor->minutes()->edit();
    edit->setFocus();
    const QString huge(10 * 1024 * 1024, QLatin1Char('a'));
    auto *data = new QMimeData;
    data->setText(huge);
    QElapsedTimer timer;
    timer.start();
    paste(edit, data);
    EXPECT_LT(timer.elapsed(), 3000);
    EXPECT_TRUE(edit->toPlainText().isEmpty());
    EXPECT_TRUE(m_editor->minutes()->message().contains(QStringLiteral("too long")))
        << m_editor->minutes()->message().toStdString();

    // Through the facade, too: refused, nothing written.
    timer.restart();
    auto refused = commands::setMinutes(*m_doc, m_meetingId, huge);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::Invalid);
    EXPECT_LT(timer.elapsed(), 3000);
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);

    // Stored by another program: the editor does not lay it out, says why, and stays usable.
    timer.restart();
    setMinutesDirectly(huge);
    EXPECT_LT(timer.elapsed(), 5000);
    EXPECT_TRUE(edit->isReadOnly());
    EXPECT_FALSE(m_editor->minutes()->message().isEmpty());
    retype(field<QLineEdit>("attendees"), QStringLiteral("7"));
    EXPECT_EQ(meeting().participantsCount, 7);
    EXPECT_EQ(meeting().minutes.size(), huge.size()); // left as it was
}

TEST(MinutesTextTest, CleansWhatIsNotSafe)
{
    EXPECT_EQ(MinutesText::clean(QStringLiteral("a <script>x()</script>b")), QStringLiteral("a b"));
    EXPECT_EQ(MinutesText::clean(QStringLiteral("![alt](http://e.example/i.png) t")),
              QStringLiteral("alt t"));
    EXPECT_EQ(MinutesText::clean(QStringLiteral("[sitio](https://prosur.example) y")),
              QStringLiteral("[sitio](https://prosur.example) y"));
    EXPECT_EQ(MinutesText::clean(QStringLiteral("[mal](javascript:alert(1)) y")),
              QStringLiteral("mal) y")); // the address never survives
    EXPECT_EQ(MinutesText::clean(QStringLiteral("x <scr<b>ipt>y")), QStringLiteral("x y"));
    EXPECT_EQ(MinutesText::clean(QStringLiteral("2 < 3 y 4 > 1")), QStringLiteral("2 < 3 y 4 > 1"));
    EXPECT_EQ(MinutesText::clean(QStringLiteral("\\<script\\>alert(1)")),
              QStringLiteral("alert(1)"));
}

} // namespace
} // namespace focal
