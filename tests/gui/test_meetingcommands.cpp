// Meetings in the desktop program: each meeting command (a minutes step, reopening through its
// dialog, a new meeting from a template, a duplicate, carrying open commitments) changes the
// database once, and undo restores it exactly, redo writes it again.

#include "GuiSupport.h"

#include "meetings/MeetingCommands.h"
#include "meetings/MinutesLifecycle.h"
#include "meetings/ReopenMinutesDialog.h"
#include "model/Country.h"
#include "model/Meeting.h"
#include "model/WorkingGroup.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace focal {
namespace {

using test::defaultKey;
using test::dumpTables;
using MS = MinutesStatus;

class MeetingCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_doc = test::openDefaultDocument(m_dir);
        ASSERT_NE(m_doc, nullptr);
        m_doc->setErrorHandler([this](const Error &e) { m_errors << e.message; });
    }

    MS status(const QUuid &meeting)
    {
        return m_doc->repository().get<Meeting>(meeting)->minutesStatus;
    }

    // Undo gives back `before` exactly, redo `after`, and undo once more `before`.
    void expectUndoRedo(const QStringList &before, const QStringList &after)
    {
        ASSERT_NE(before, after);
        m_doc->undoStack().undo();
        EXPECT_EQ(dumpTables(m_doc->database()), before);
        m_doc->undoStack().redo();
        EXPECT_EQ(dumpTables(m_doc->database()), after);
        m_doc->undoStack().undo();
        EXPECT_EQ(dumpTables(m_doc->database()), before);
        EXPECT_TRUE(m_errors.isEmpty()) << m_errors.join(QLatin1Char('\n')).toStdString();
    }

    void lock(const QUuid &meeting)
    {
        for (MS to : {MS::Circulated, MS::Approved, MS::Locked})
            ASSERT_TRUE(meetingCommands::recordMinutesStep(*m_doc, meeting, to).ok());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ForumDocument> m_doc;
    QStringList m_errors;
    const QUuid m_august = defaultKey(Meeting::table, "seg-vc-2020-08-06");
    const QUuid m_seguridad = defaultKey(WorkingGroup::table, "seguridad");
};

TEST_F(MeetingCommandsTest, AMinutesStepIsOneUndoStep)
{
    const QStringList before = dumpTables(m_doc->database());
    ASSERT_TRUE(meetingCommands::recordMinutesStep(*m_doc, m_august, MS::Circulated).ok());
    EXPECT_EQ(status(m_august), MS::Circulated);
    EXPECT_EQ(m_doc->undoStack().count(), 1);
    EXPECT_EQ(m_doc->undoStack().undoText(), QStringLiteral("Minutes circulated for comments"))
        << m_doc->undoStack().undoText().toStdString();
    expectUndoRedo(before, dumpTables(m_doc->database()));
    EXPECT_EQ(status(m_august), MS::Draft);
}

TEST_F(MeetingCommandsTest, ARefusedStepPushesNothingAndWritesNothing)
{
    const QStringList before = dumpTables(m_doc->database());
    const auto refused = meetingCommands::recordMinutesStep(*m_doc, m_august, MS::Locked);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Invalid);
    EXPECT_EQ(m_doc->undoStack().count(), 0);
    EXPECT_EQ(dumpTables(m_doc->database()), before);
}

TEST_F(MeetingCommandsTest, TheReopenDialogNeedsAReasonAndReopensAsOneUndoStep)
{
    lock(m_august);
    const QStringList locked = dumpTables(m_doc->database());
    ReopenMinutesDialog dialog(*m_doc, m_august);
    dialog.show();
    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reason"));
    auto *box = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(reason, nullptr);
    ASSERT_NE(box, nullptr);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("   "));
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("Falta el acuerdo de Ecuador"));
    EXPECT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(status(m_august), MS::Draft);
    const auto events = MinutesLifecycle::history(m_doc->database(), m_august).value();
    ASSERT_EQ(events.size(), 4);
    EXPECT_EQ(events.last().note, QStringLiteral("Falta el acuerdo de Ecuador"));
    EXPECT_EQ(m_doc->undoStack().undoText(), QStringLiteral("Reopen minutes"));
    expectUndoRedo(locked, dumpTables(m_doc->database()));
    EXPECT_EQ(status(m_august), MS::Locked);
}

TEST_F(MeetingCommandsTest, TheReopenDialogShowsARefusalAndStaysOpen)
{
    // Draft minutes are not reopened: the dialog says so and writes nothing.
    const QStringList before = dumpTables(m_doc->database());
    ReopenMinutesDialog dialog(*m_doc, m_august);
    dialog.show();
    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reason"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    ASSERT_NE(reason, nullptr);
    ASSERT_NE(error, nullptr);
    QTest::keyClicks(reason, QStringLiteral("por si acaso"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(enumLabel(MS::Draft))) << error->text().toStdString();
    EXPECT_EQ(m_doc->undoStack().count(), 0);
    EXPECT_EQ(dumpTables(m_doc->database()), before);
}

TEST_F(MeetingCommandsTest, ANewMeetingFromATemplateIsOneUndoStep)
{
    const QStringList before = dumpTables(m_doc->database());
    auto id = meetingCommands::newFromTemplate(*m_doc, QStringLiteral("taller-puntos-focales"),
                                               m_seguridad, QUuid(), QDate(2021, 3, 10));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const Meeting m = m_doc->repository().get<Meeting>(*id).value();
    EXPECT_EQ(m.kind, MeetingKind::Workshop);
    EXPECT_EQ(m.title, QStringLiteral("Taller de puntos focales"));
    EXPECT_EQ(
        m_doc->repository().listWhere<AgendaItem>("meeting_id", column::toVariant(*id))->size(), 6);
    EXPECT_EQ(m_doc->undoStack().undoText(), QStringLiteral("New Focal points workshop"));
    expectUndoRedo(before, dumpTables(m_doc->database()));
    EXPECT_FALSE(m_doc->repository().get<Meeting>(*id).ok());
}

TEST_F(MeetingCommandsTest, ADuplicateIsOneUndoStep)
{
    const QStringList before = dumpTables(m_doc->database());
    auto id = meetingCommands::duplicate(*m_doc, defaultKey(Meeting::table, "seg-vc2-2019"),
                                         QDate(2019, 12, 2));
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(m_doc->repository().get<Meeting>(*id)->title, QStringLiteral("3ª Videoconferencia"));
    expectUndoRedo(before, dumpTables(m_doc->database()));
}

TEST_F(MeetingCommandsTest, CarryingOpenCommitmentsIsOneUndoStepAndTheSecondAddsNothing)
{
    auto id = meetingCommands::newFromTemplate(*m_doc, QStringLiteral("videoconferencia-grupo"),
                                               m_seguridad, QUuid(), QDate(2020, 10, 15));
    ASSERT_TRUE(id.ok());
    const QStringList before = dumpTables(m_doc->database());
    auto carried = meetingCommands::carryOpenCommitments(*m_doc, *id);
    ASSERT_TRUE(carried.ok());
    EXPECT_EQ(*carried, 1);
    EXPECT_EQ(m_doc->undoStack().count(), 2);
    const QStringList after = dumpTables(m_doc->database());
    auto again = meetingCommands::carryOpenCommitments(*m_doc, *id);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
    EXPECT_EQ(m_doc->undoStack().count(), 2);
    EXPECT_EQ(dumpTables(m_doc->database()), after);
    expectUndoRedo(before, after);
}

TEST_F(MeetingCommandsTest, CarryingIntoLockedMinutesIsRefused)
{
    auto id = meetingCommands::newFromTemplate(*m_doc, QStringLiteral("videoconferencia-grupo"),
                                               m_seguridad, QUuid(), QDate(2020, 10, 15));
    ASSERT_TRUE(id.ok());
    lock(*id);
    const QStringList before = dumpTables(m_doc->database());
    const int steps = m_doc->undoStack().count();
    auto refused = meetingCommands::carryOpenCommitments(*m_doc, *id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Invalid);
    EXPECT_EQ(m_doc->undoStack().count(), steps);
    EXPECT_EQ(dumpTables(m_doc->database()), before);
}

} // namespace
} // namespace focal
