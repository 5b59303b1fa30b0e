// The meeting log on the default data: each filter gives exactly the seed report's meetings,
// the model passes QAbstractItemModelTester, the table follows writes, and Enter or a
// double-click on a row names that meeting.

#include "GuiSupport.h"
#include "meetings/MeetingLog.h"
#include "meetings/MeetingLogModel.h"

#include "model/Meeting.h"
#include "model/WorkingGroup.h"
#include "query/MeetingLog.h"

#include "ModelTestLog.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

namespace focal {
namespace {

class MeetingLogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_doc = test::openDefaultDocument(m_dir);
        ASSERT_NE(m_doc, nullptr);
        m_log = std::make_unique<MeetingLog>(*m_doc);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_log->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    void TearDown() override
    {
        EXPECT_EQ(m_testerLog.messages(), QStringList()) << "QAbstractItemModelTester complained";
    }

    test::ModelTestLog m_testerLog; // before the tester, which it outlives

    // The titles the table shows, top to bottom (as sorted).
    QStringList titles() const
    {
        QStringList out;
        const QAbstractItemModel *m = m_log->view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, MeetingLogModel::TitleColumn).data().toString();
        return out;
    }

    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int at = combo->findData(data);
        ASSERT_GE(at, 0) << data.toString().toStdString();
        combo->setCurrentIndex(at);
    }

    static QUuid key(const char *table, const char *k) { return test::defaultKey(table, k); }

    QTemporaryDir m_dir;
    std::unique_ptr<ForumDocument> m_doc;
    std::unique_ptr<MeetingLog> m_log;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(MeetingLogTest, ShowsEveryMeetingNewestFirst)
{
    // The seed report holds 13 meetings: 7 in 2019, 6 in 2020.
    ASSERT_EQ(m_log->view()->model()->rowCount(), 13);
    const QAbstractItemModel *m = m_log->view()->model();
    EXPECT_EQ(m->index(0, MeetingLogModel::DateColumn).data().toString(),
              QStringLiteral("2020-09-24"));
    EXPECT_EQ(m->index(12, MeetingLogModel::DateColumn).data().toString(),
              QStringLiteral("2019-05-06"));
    // The years offered are those with meetings.
    QStringList years;
    for (int i = 0; i < m_log->yearFilter()->count(); ++i)
        years << m_log->yearFilter()->itemText(i);
    EXPECT_EQ(years.mid(1), (QStringList{QStringLiteral("2020"), QStringLiteral("2019")}));
}

TEST_F(MeetingLogTest, FiltersByYearAndKind)
{
    struct Case
    {
        int year;
        MeetingKind kind;
        int rows;
    };
    // Counted in resources/defaultdata/prosur.json.
    const Case cases[] = {
        {2019, MeetingKind::Workshop, 4},        {2019, MeetingKind::Videoconference, 3},
        {2019, MeetingKind::Training, 0},        {2020, MeetingKind::Training, 4},
        {2020, MeetingKind::Videoconference, 2}, {2020, MeetingKind::EmailExchange, 0}};
    for (const Case &c : cases) {
        choose(m_log->yearFilter(), c.year);
        choose(m_log->kindFilter(), enumKey(c.kind));
        EXPECT_EQ(m_log->model()->rowCount(), c.rows)
            << c.year << ' ' << enumKey(c.kind).toStdString();
        for (int r = 0; r < m_log->model()->rowCount(); ++r) {
            EXPECT_EQ(m_log->model()->row(r).date.year(), c.year);
            EXPECT_EQ(m_log->model()->row(r).kind, c.kind);
        }
    }
    m_log->kindFilter()->setCurrentIndex(0);
    EXPECT_EQ(m_log->model()->rowCount(), 6); // 2020, every kind
    m_log->yearFilter()->setCurrentIndex(0);
    EXPECT_EQ(m_log->model()->rowCount(), 13);
}

TEST_F(MeetingLogTest, SubgroupFollowsGroup)
{
    EXPECT_FALSE(m_log->subgroupFilter()->isEnabled());
    EXPECT_EQ(m_log->subgroupFilter()->count(), 1);
    choose(m_log->groupFilter(), key(WorkingGroup::table, "seguridad"));
    // The Security group's three videoconferences of 2019, its own of 2020 and subgroup 1's.
    EXPECT_EQ(m_log->model()->rowCount(), 5);
    ASSERT_TRUE(m_log->subgroupFilter()->isEnabled());
    EXPECT_EQ(m_log->subgroupFilter()->count(), 4); // "all" and the group's three subgroups
    choose(m_log->subgroupFilter(), key(Subgroup::table, "seg-sg1"));
    ASSERT_EQ(m_log->model()->rowCount(), 1);
    EXPECT_EQ(m_log->model()->row(0).date, QDate(2020, 9, 24));
    EXPECT_EQ(m_log->model()->row(0).subgroupNumber, 1);
    EXPECT_EQ(m_log->model()->row(0).groupShortName, QStringLiteral("seguridad"));

    // Another group has no meetings, and its subgroups replace the Security group's.
    choose(m_log->groupFilter(), key(WorkingGroup::table, "salud"));
    EXPECT_EQ(m_log->model()->rowCount(), 0);
    EXPECT_EQ(m_log->subgroupFilter()->findData(key(Subgroup::table, "seg-sg1")), -1);
    EXPECT_EQ(m_log->subgroupFilter()->currentIndex(), 0);
}

TEST_F(MeetingLogTest, CountsCountriesAgreementsAndCommitments)
{
    const int r = m_log->model()->rowOf(key(Meeting::table, "seg-vc-2020-08-06"));
    ASSERT_GE(r, 0);
    const MeetingLogRow &row = m_log->model()->row(r);
    EXPECT_EQ(row.attendingCountries, 4); // Chile, Peru, Paraguay, Ecuador
    EXPECT_EQ(row.agreements, 7);
    EXPECT_EQ(row.commitments, 3);
    const QModelIndex cell = m_log->model()->index(r, MeetingLogModel::CommitmentsColumn);
    EXPECT_EQ(cell.data().toInt(), 3);
    const int vc3 = m_log->model()->rowOf(key(Meeting::table, "seg-vc3-2019"));
    ASSERT_GE(vc3, 0);
    EXPECT_EQ(m_log->model()->row(vc3).agreements, 2);
    EXPECT_EQ(m_log->model()->row(vc3).commitments, 0);
    EXPECT_EQ(m_log->model()->index(vc3, MeetingLogModel::NumberColumn).data().toInt(), 3);
}

TEST_F(MeetingLogTest, SortsByAColumn)
{
    m_log->view()->sortByColumn(MeetingLogModel::DateColumn, Qt::AscendingOrder);
    const QAbstractItemModel *m = m_log->view()->model();
    EXPECT_EQ(m->index(0, MeetingLogModel::DateColumn).data().toString(),
              QStringLiteral("2019-05-06"));
    m_log->view()->sortByColumn(MeetingLogModel::AgreementsColumn, Qt::DescendingOrder);
    EXPECT_EQ(m->index(0, MeetingLogModel::AgreementsColumn).data().toInt(), 7);
}

TEST_F(MeetingLogTest, RefreshesAfterAWrite)
{
    choose(m_log->yearFilter(), 2019);
    choose(m_log->kindFilter(), enumKey(MeetingKind::EmailExchange));
    ASSERT_EQ(m_log->model()->rowCount(), 0);

    Meeting added;
    added.kind = MeetingKind::EmailExchange;
    added.date = QDate(2019, 3, 2);
    added.title = QStringLiteral("Intercambio por correo");
    added.groupId = key(WorkingGroup::table, "seguridad");
    {
        WriteTransaction tx(m_doc->database());
        ASSERT_TRUE(m_doc->repository().insert(added));
        ASSERT_TRUE(tx.commit());
    }
    ASSERT_EQ(m_log->model()->rowCount(), 1);
    EXPECT_EQ(titles(), QStringList{QStringLiteral("Intercambio por correo")});

    // A new year appears among the choices, the chosen one stays.
    Meeting later = added;
    later.meta = {};
    later.date = QDate(2022, 5, 1);
    {
        WriteTransaction tx(m_doc->database());
        ASSERT_TRUE(m_doc->repository().insert(later));
        ASSERT_TRUE(tx.commit());
    }
    EXPECT_GE(m_log->yearFilter()->findData(2022), 0);
    EXPECT_EQ(m_log->yearFilter()->currentData().toInt(), 2019);
    EXPECT_EQ(m_log->model()->rowCount(), 1);

    // An agreement is counted as soon as it is committed.
    Agreement agreement;
    agreement.meetingId = added.meta.id;
    agreement.text = QStringLiteral("Responder antes del viernes");
    {
        WriteTransaction tx(m_doc->database());
        ASSERT_TRUE(m_doc->repository().insert(agreement));
        ASSERT_TRUE(tx.commit());
    }
    EXPECT_EQ(m_log->model()->row(0).agreements, 1);
}

TEST_F(MeetingLogTest, EnterAndDoubleClickActivateTheMeeting)
{
    m_log->resize(900, 500);
    m_log->show();
    QSignalSpy spy(m_log.get(), &MeetingLog::meetingActivated);
    QTableView *view = m_log->view();
    const QModelIndex first = view->model()->index(0, MeetingLogModel::TitleColumn);
    view->setFocus();
    view->setCurrentIndex(first);
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toUuid(), key(Meeting::table, "seg-sg1-vc-2020-09-24"));

    const QModelIndex second = view->model()->index(1, MeetingLogModel::TitleColumn);
    const QPoint at = view->visualRect(second).center();
    // A double-click is a click and then a second press: the view wants the first one too.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(1).at(0).toUuid(), key(Meeting::table, "seg-vc-2020-08-06"));
}

TEST(MeetingLogQueryTest, LoadsNoMinutesAndFiltersWithBoundValues)
{
    QTemporaryDir dir;
    auto doc = test::openDefaultDocument(dir);
    ASSERT_NE(doc, nullptr);
    MeetingLogFilter filter;
    filter.year = 2020;
    filter.kind = MeetingKind::Training;
    auto rows = MeetingLogQuery::load(doc->database(), filter);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 4);
    // Newest first.
    EXPECT_EQ(rows->first().date, QDate(2020, 7, 8));
    EXPECT_EQ(rows->last().date, QDate(2020, 6, 17));
    EXPECT_EQ(rows->first().number, 4);
}

} // namespace
} // namespace focal
