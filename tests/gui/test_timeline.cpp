// The plan timeline, offscreen, on the report's 2021 plans: the filters change the rows shown,
// today's line and the overdue marks follow the chosen day, keys and double clicks activate a
// product, and a committed change redraws the chart.

#include "GuiSupport.h"
#include "plans/TimelineCanvas.h"
#include "plans/TimelineView.h"

#include "model/Country.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

namespace focal {
namespace {

using test::defaultKey;

class TimelineViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_document = test::openDefaultDocument(m_dir);
        ASSERT_NE(m_document, nullptr);
        m_view = std::make_unique<TimelineView>(*m_document);
        m_view->setToday(QDate(2020, 11, 1));
        m_view->resize(1000, 500);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        m_group = m_view->findChild<QComboBox *>(QStringLiteral("timelineGroup"));
        m_subgroup = m_view->findChild<QComboBox *>(QStringLiteral("timelineSubgroup"));
        m_country = m_view->findChild<QComboBox *>(QStringLiteral("timelineCountry"));
        ASSERT_NE(m_group, nullptr);
        ASSERT_NE(m_subgroup, nullptr);
        ASSERT_NE(m_country, nullptr);
    }

    TimelineCanvas *canvas() const { return m_view->canvas(); }

    // Picks the entry of `box` for a record, as a person would with the keyboard.
    void pick(QComboBox *box, const QUuid &id)
    {
        const int index = id.isNull() ? 0 : box->findData(id);
        ASSERT_GE(index, 0) << box->objectName().toStdString();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        ASSERT_EQ(box->currentIndex(), index);
    }

    QStringList overdueLabels() const
    {
        QStringList out;
        for (int i = 0; i < canvas()->itemCount(); ++i)
            if (canvas()->rowLabel(i).startsWith(QStringLiteral("Overdue: ")))
                out << canvas()->item(i).text.left(20);
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ForumDocument> m_document;
    std::unique_ptr<TimelineView> m_view;
    QComboBox *m_group = nullptr;
    QComboBox *m_subgroup = nullptr;
    QComboBox *m_country = nullptr;
};

TEST_F(TimelineViewTest, FiltersChangeTheRowsShown)
{
    EXPECT_EQ(canvas()->itemCount(), 14); // 13 scheduled and one to be defined
    EXPECT_EQ(m_subgroup->count(), 4);    // "All subgroups" and the three of Seguridad

    pick(m_country, defaultKey(Country::table, "CL"));
    EXPECT_EQ(canvas()->itemCount(), 9); // Chile: subgroups 1 and 2

    pick(m_group, defaultKey(WorkingGroup::table, "seguridad"));
    EXPECT_EQ(m_subgroup->count(), 4);
    pick(m_subgroup, defaultKey(Subgroup::table, "seg-sg3"));
    EXPECT_EQ(canvas()->itemCount(), 0); // Chile takes no part in subgroup 3
    pick(m_country, {});
    EXPECT_EQ(canvas()->itemCount(), 5); // subgroup 3's five activities
    EXPECT_EQ(canvas()->item(4).deadlineText, QStringLiteral("Por definir."));
    pick(m_subgroup, defaultKey(Subgroup::table, "seg-sg1"));
    ASSERT_EQ(canvas()->itemCount(), 5);
    EXPECT_EQ(canvas()->item(2).id, defaultKey(PlanItem::table, "seg-sg1-2021/1/3"));

    // Another group offers none of Seguridad's subgroups, and the chosen one is dropped.
    pick(m_group, defaultKey(WorkingGroup::table, "salud"));
    EXPECT_EQ(m_subgroup->count(), 1);
    EXPECT_TRUE(m_view->filter().subgroupId.isNull());
    EXPECT_EQ(canvas()->itemCount(), 0);
    EXPECT_TRUE(m_view->findChild<QLabel *>(QStringLiteral("timelineSummary"))
                    ->text()
                    .startsWith(QStringLiteral("0 products or activities")));
    pick(m_group, {});
    EXPECT_EQ(canvas()->itemCount(), 14);
}

TEST_F(TimelineViewTest, TodaysLineAndTheOverdueMarksFollowTheDay)
{
    // 2020 and 2021 are shown; 1 November 2020 starts the eleventh month of the first year.
    EXPECT_EQ(canvas()->firstYear(), 2020);
    EXPECT_EQ(canvas()->lastYear(), 2021);
    EXPECT_EQ(canvas()->todayX(), TimelineCanvas::labelWidth + 10 * TimelineCanvas::monthWidth);
    EXPECT_EQ(overdueLabels(), QStringList{QStringLiteral("Compromiso de alto n")});

    // The line is painted there, in its own colour, across a row whose bar is elsewhere.
    const int compromiso = canvas()->indexOf(defaultKey(PlanItem::table, "seg-sg1-2021/2/1"));
    ASSERT_GE(compromiso, 0);
    const QImage image = canvas()->grab().toImage();
    const QPoint onLine(canvas()->todayX(), canvas()->rowRect(compromiso).center().y());
    EXPECT_EQ(image.pixelColor(onLine), QColor(0xe6, 0x51, 0x00));
    EXPECT_NE(image.pixelColor(onLine + QPoint(20, 0)), QColor(0xe6, 0x51, 0x00));

    const QString tip = canvas()->toolTipFor(compromiso);
    EXPECT_TRUE(tip.contains(QStringLiteral("Compromiso de alto nivel")));
    EXPECT_TRUE(tip.contains(QStringLiteral("Deadline: Cuarto bimestre 2020")));
    EXPECT_TRUE(tip.contains(QStringLiteral("Plan de Trabajo 2021")));
    EXPECT_TRUE(tip.contains(QStringLiteral("Argentina, Chile, Ecuador, Paraguay, Perú")));
    EXPECT_TRUE(tip.contains(QStringLiteral("Overdue")));
    EXPECT_FALSE(canvas()->toolTipFor(compromiso + 1).contains(QStringLiteral("Overdue")));

    // On 15 March 2021 (the third month of the second year, 14 of its 31 days gone) every
    // dated product is late; the one to be defined never is.
    m_view->setToday(QDate(2021, 3, 15));
    EXPECT_EQ(canvas()->todayX(), TimelineCanvas::labelWidth + 14 * TimelineCanvas::monthWidth +
                                      14 * TimelineCanvas::monthWidth / 31);
    EXPECT_EQ(overdueLabels().size(), 13);
    const int undefined = canvas()->itemCount() - 1;
    EXPECT_EQ(canvas()->item(undefined).deadlineText, QStringLiteral("Por definir."));
    EXPECT_FALSE(canvas()->rowLabel(undefined).startsWith(QStringLiteral("Overdue")));

    // A later day widens the years so that its line is drawn.
    m_view->setToday(QDate(2023, 1, 1));
    EXPECT_EQ(canvas()->lastYear(), 2023);
    EXPECT_EQ(canvas()->todayX(), TimelineCanvas::labelWidth + 36 * TimelineCanvas::monthWidth);
}

TEST_F(TimelineViewTest, KeysAndDoubleClicksActivateAProduct)
{
    QSignalSpy activated(m_view.get(), &TimelineView::itemActivated);
    canvas()->setFocus();
    ASSERT_TRUE(canvas()->hasFocus());
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(canvas(), Qt::Key_Down);
    EXPECT_EQ(canvas()->currentIndex(), 3);
    QTest::keyClick(canvas(), Qt::Key_Up);
    QTest::keyClick(canvas(), Qt::Key_Down);
    QTest::keyClick(canvas(), Qt::Key_Return);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toUuid(), defaultKey(PlanItem::table, "seg-sg1-2021/2/1"));

    // The last row lies below a short window: moving there scrolls it into view.
    m_view->resize(1000, 300);
    QApplication::processEvents();
    QScrollBar *vertical = m_view->findChild<QScrollArea *>()->verticalScrollBar();
    ASSERT_GT(vertical->maximum(), 0);
    EXPECT_EQ(vertical->value(), 0);
    QTest::keyClick(canvas(), Qt::Key_End);
    EXPECT_EQ(canvas()->currentIndex(), 13);
    EXPECT_EQ(vertical->value(), vertical->maximum());
    QTest::keyClick(canvas(), Qt::Key_Down); // stays on the last row
    EXPECT_EQ(canvas()->currentIndex(), 13);
    QTest::keyClick(canvas(), Qt::Key_Enter);
    ASSERT_EQ(activated.size(), 2);
    EXPECT_EQ(activated.at(1).at(0).toUuid(), defaultKey(PlanItem::table, "seg-sg3-2021/2/1"));

    QTest::keyClick(canvas(), Qt::Key_Home);
    EXPECT_EQ(canvas()->currentIndex(), 0);
    EXPECT_EQ(vertical->value(), 0) << "back up, with the first plan's heading in view";

    // A double click on the second product's row; a click on a plan's heading does nothing.
    QTest::mouseDClick(canvas(), Qt::LeftButton, {}, canvas()->rowRect(1).center());
    ASSERT_EQ(activated.size(), 3);
    EXPECT_EQ(activated.at(2).at(0).toUuid(), defaultKey(PlanItem::table, "seg-sg1-2021/1/2"));
    EXPECT_EQ(canvas()->currentIndex(), 1);
    const QPoint heading(40, TimelineCanvas::headerHeight + TimelineCanvas::rowHeight / 2);
    EXPECT_EQ(canvas()->indexAt(heading), -1);
    QTest::mouseDClick(canvas(), Qt::LeftButton, {}, heading);
    EXPECT_EQ(activated.size(), 3);
}

TEST_F(TimelineViewTest, ACommittedChangeRedrawsTheChart)
{
    const QUuid id = defaultKey(PlanItem::table, "seg-sg1-2021/2/1");
    Repository &repository = m_document->repository();
    auto item = repository.get<PlanItem>(id);
    ASSERT_TRUE(item.ok());
    PlanItem done = *item;
    done.status = PlanItemStatus::Done;
    WriteTransaction tx(m_document->database());
    ASSERT_TRUE(tx.begun().ok());
    ASSERT_TRUE(repository.update(done).ok());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_TRUE(overdueLabels().isEmpty());
    EXPECT_EQ(canvas()->itemCount(), 14) << "done work stays on the timeline";

    WriteTransaction removal(m_document->database());
    ASSERT_TRUE(repository.remove<PlanItem>(id).ok());
    ASSERT_TRUE(removal.commit().ok());
    EXPECT_EQ(canvas()->itemCount(), 13);
    EXPECT_EQ(canvas()->indexOf(id), -1);
}

} // namespace
} // namespace focal
