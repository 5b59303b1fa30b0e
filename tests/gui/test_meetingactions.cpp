// The Meetings menu in the window: a meeting opens in its editor; the minutes' lifecycle down to
// locked and back; duplicating; a meeting from a template with the open commitments carried into
// its agenda; the log and the tracker lead to meetings; the calendar export writes a file.

#include "EditorFixture.h"
#include "meetings/MeetingEditor.h"

#include "model/Meeting.h"
#include "model/WorkingGroup.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDockWidget>
#include <QFile>

namespace focal {
namespace {

class MeetingActionsTest : public test::EditorTest
{
protected:
    QAction *action(const QString &name)
    {
        auto *a = m_window->findChild<QAction *>(name);
        EXPECT_NE(a, nullptr) << name.toStdString();
        return a;
    }
    QAction *action(const char *name) { return action(QLatin1String(name)); }
    MeetingEditor *editor()
    {
        return m_window->findChild<MeetingEditor *>(QStringLiteral("meetingEditor"));
    }
    QUuid vc0806() { return test::defaultKey(Meeting::table, "seg-vc-2020-08-06"); }
    Meeting meeting(const QUuid &id)
    {
        auto m = repo().get<Meeting>(id);
        EXPECT_TRUE(m.ok());
        return m.ok() ? *m : Meeting{};
    }
};

TEST_F(MeetingActionsTest, AMeetingOpensInItsEditorAndItsMinutesGoFromDraftToLockedAndBack)
{
    const auto before = test::dumpTables(db());
    m_window->openRecord(QStringLiteral("meeting"), vc0806());
    ASSERT_TRUE(editor()->isVisible());
    EXPECT_EQ(editor()->meeting(), vc0806());
    EXPECT_EQ(ForumTreeModel::idOf(m_tree->currentIndex()), vc0806());
    EXPECT_TRUE(action("circulateMinutesAction")->isEnabled());
    EXPECT_FALSE(action("lockMinutesAction")->isEnabled());
    EXPECT_FALSE(action("reopenMinutesAction")->isEnabled());

    action("circulateMinutesAction")->trigger();
    EXPECT_EQ(meeting(vc0806()).minutesStatus, MinutesStatus::Circulated);
    action("approveMinutesAction")->trigger();
    action("lockMinutesAction")->trigger();
    EXPECT_EQ(meeting(vc0806()).minutesStatus, MinutesStatus::Locked);
    // The editor shows the database again once the event loop runs after the commit.
    EXPECT_TRUE(QTest::qWaitFor([&] { return editor()->isReadOnly(); }, 2000));
    EXPECT_TRUE(action("reopenMinutesAction")->isEnabled());
    EXPECT_FALSE(action("carryCommitmentsAction")->isEnabled());
    EXPECT_EQ(test::rowCount(db(), "minutes_event"), 3);

    for (int i = 0; i < 3; ++i)
        action("undoAction")->trigger();
    EXPECT_EQ(test::dumpTables(db()), before);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !editor()->isReadOnly(); }, 2000));
}

TEST_F(MeetingActionsTest, DuplicatingOpensTheCopyAWeekLaterOrToday)
{
    m_window->setToday(QDate(2020, 8, 10));
    m_window->openRecord(QStringLiteral("meeting"), vc0806());
    const int meetings = test::rowCount(db(), "meeting");
    action("duplicateMeetingAction")->trigger();
    EXPECT_TRUE(m_prompts->messages.isEmpty()) << m_prompts->messages.join(u'\n').toStdString();
    ASSERT_EQ(test::rowCount(db(), "meeting"), meetings + 1);
    const QUuid copy = editor()->meeting();
    ASSERT_NE(copy, vc0806());
    EXPECT_EQ(meeting(copy).date, QDate(2020, 8, 13));
    EXPECT_EQ(meeting(copy).groupId, meeting(vc0806()).groupId);
    action("undoAction")->trigger();
    EXPECT_EQ(test::rowCount(db(), "meeting"), meetings);
}

TEST_F(MeetingActionsTest, AMeetingFromATemplateCarriesTheOpenCommitments)
{
    m_window->setToday(QDate(2020, 10, 5));
    open(test::defaultKey(WorkingGroup::table, "seguridad"));
    QAction *fromTemplate = action("newMeetingAction_videoconferencia-grupo");
    ASSERT_TRUE(fromTemplate->isEnabled());
    fromTemplate->trigger();
    EXPECT_TRUE(m_prompts->messages.isEmpty()) << m_prompts->messages.join(u'\n').toStdString();
    const QUuid made = editor()->meeting();
    ASSERT_FALSE(made.isNull());
    EXPECT_EQ(meeting(made).date, QDate(2020, 10, 5));
    EXPECT_EQ(meeting(made).kind, MeetingKind::Videoconference);
    auto agenda = repo().listWhere<AgendaItem>("meeting_id", column::toVariant(made));
    ASSERT_TRUE(agenda.ok());
    const qsizetype fromTheTemplate = agenda->size();
    EXPECT_GT(fromTheTemplate, 0);

    // Paraguay's cybersecurity proposal is still open: it joins the agenda, once.
    action("carryCommitmentsAction")->trigger();
    agenda = repo().listWhere<AgendaItem>("meeting_id", column::toVariant(made),
                                          QStringLiteral("position"));
    ASSERT_TRUE(agenda.ok());
    ASSERT_EQ(agenda->size(), fromTheTemplate + 1);
    EXPECT_FALSE(agenda->last().agreementId.isNull());
    EXPECT_TRUE(agenda->last().title.startsWith(QStringLiteral("Seguimiento")))
        << agenda->last().title.toStdString();
    action("carryCommitmentsAction")->trigger();
    EXPECT_EQ(repo().listWhere<AgendaItem>("meeting_id", column::toVariant(made))->size(),
              fromTheTemplate + 1);
    EXPECT_EQ(m_prompts->messages.size(), 1); // "nothing is missing", the second time
}

TEST_F(MeetingActionsTest, TheLogAndTheTrackerOpenMeetings)
{
    action("meetingLogAction")->trigger();
    auto *logDock = m_window->findChild<QDockWidget *>(QStringLiteral("meetingLogDock"));
    ASSERT_NE(logDock, nullptr);
    EXPECT_TRUE(logDock->isVisible());
    action("commitmentsTrackerAction")->trigger();
    auto *trackerDock = m_window->findChild<QDockWidget *>(QStringLiteral("commitmentsDock"));
    ASSERT_NE(trackerDock, nullptr);
    EXPECT_TRUE(trackerDock->isVisible());

    QMetaObject::invokeMethod(logDock->widget(), "meetingActivated", Q_ARG(QUuid, vc0806()));
    EXPECT_EQ(editor()->meeting(), vc0806());
    EXPECT_EQ(ForumTreeModel::idOf(m_tree->currentIndex()), vc0806());
}

TEST_F(MeetingActionsTest, TheUpcomingMeetingsGoToACalendarFile)
{
    m_window->setToday(QDate(2020, 1, 1));
    const QString path = m_dir.filePath(QStringLiteral("reuniones.ics"));
    m_prompts->fileNames << path;
    action("exportUpcomingIcsAction")->trigger();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), 6); // the meetings of 2020
}

} // namespace
} // namespace focal
