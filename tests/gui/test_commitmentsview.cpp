// The commitments tracker, offscreen: commitments made here in the health group (which has
// none in the default data), filtered through the real combo boxes and check box to exact rows;
// the country × status matrix; activation by double click and Enter; the reload after a
// committed change; both models under QAbstractItemModelTester. Then the calendar export with
// scripted file dialogs.

#include "GuiSupport.h"
#include "meetings/CalendarExport.h"
#include "meetings/CommitmentsModel.h"
#include "meetings/CommitmentsView.h"
#include "ScriptedPrompts.h"

#include "model/Country.h"
#include "model/Meeting.h"
#include "model/WorkingGroup.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace focal {
namespace {

using test::defaultKey;

class CommitmentsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_document = test::openDefaultDocument(m_dir);
        ASSERT_NE(m_document, nullptr);
        m_meeting1 = meeting(QDate(2020, 3, 10), u"Reunión A"_qs);
        m_meeting2 = meeting(QDate(2020, 9, 24), u"Reunión B"_qs);
        m_brazil =
            commitment(m_meeting1, "BR", "2020-12", CommitmentStatus::Open, "Enviar catastro");
        m_argentina =
            commitment(m_meeting1, "AR", "2020-Q2", CommitmentStatus::Open, "Enviar informe");
        m_done =
            commitment(m_meeting2, "AR", "2020-S2", CommitmentStatus::Done, "Presentar propuesta");
        m_dropped =
            commitment(m_meeting2, "CO", "2020-05", CommitmentStatus::Dropped, "Organizar taller");

        m_view = std::make_unique<CommitmentsView>(*m_document);
        m_view->setToday(QDate(2020, 10, 1));
        m_view->resize(1000, 600);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        m_country = m_view->findChild<QComboBox *>(u"commitmentsCountry"_qs);
        m_status = m_view->findChild<QComboBox *>(u"commitmentsStatus"_qs);
        m_group = m_view->findChild<QComboBox *>(u"commitmentsGroup"_qs);
        m_overdue = m_view->findChild<QCheckBox *>(u"commitmentsOverdue"_qs);
        m_table = m_view->findChild<QTableView *>(u"commitmentsTable"_qs);
        m_matrix = m_view->findChild<QTableView *>(u"commitmentsMatrix"_qs);
        ASSERT_TRUE(m_country && m_status && m_group && m_overdue && m_table && m_matrix);
        pick(m_group, defaultKey(WorkingGroup::table, "salud"));
    }

    QUuid meeting(QDate date, const QString &title)
    {
        Meeting m;
        m.date = date;
        m.title = title;
        m.groupId = defaultKey(WorkingGroup::table, "salud");
        EXPECT_TRUE(m_document->repository().insert(m).ok());
        return m.meta.id;
    }

    QUuid commitment(const QUuid &meetingId, const char *iso2, const char *due,
                     CommitmentStatus status, const char *action)
    {
        Agreement a;
        a.meetingId = meetingId;
        a.isCommitment = true;
        a.responsibleCountryId = defaultKey(Country::table, iso2);
        a.action = QString::fromUtf8(action);
        a.due = *Deadline::fromCode(QString::fromLatin1(due));
        a.status = status;
        EXPECT_TRUE(m_document->repository().insert(a).ok());
        return a.meta.id;
    }

    // Picks the entry of `box` holding `data`, as a person would with the keyboard.
    void pick(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        ASSERT_GE(index, 0) << box->objectName().toStdString();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        ASSERT_EQ(box->currentIndex(), index);
    }

    // The rows shown, as "action | country | status".
    QStringList rows() const
    {
        QStringList out;
        const QAbstractItemModel *model = m_table->model();
        for (int row = 0; row < model->rowCount(); ++row)
            out << QStringLiteral("%1 | %2 | %3")
                       .arg(model->index(row, CommitmentsModel::Action).data().toString(),
                            model->index(row, CommitmentsModel::Country).data().toString(),
                            model->index(row, CommitmentsModel::Status).data().toString());
        return out;
    }

    // The matrix as "name: open done dropped overdue total" lines.
    QStringList matrix() const
    {
        QStringList out;
        const QAbstractItemModel *model = m_matrix->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList values;
            for (int column = 0; column < model->columnCount(); ++column)
                values << model->index(row, column).data().toString();
            out << model->headerData(row, Qt::Vertical).toString() + u": "_qs + values.join(u' ');
        }
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ForumDocument> m_document;
    std::unique_ptr<CommitmentsView> m_view;
    QUuid m_meeting1, m_meeting2, m_brazil, m_argentina, m_done, m_dropped;
    QComboBox *m_country = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_group = nullptr;
    QCheckBox *m_overdue = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_matrix = nullptr;
};

TEST_F(CommitmentsViewTest, TheGroupsCommitmentsByDeadline)
{
    EXPECT_EQ(rows(), (QStringList{u"Organizar taller | Colombia | dropped"_qs,
                                   u"Enviar informe | Argentina | open, overdue"_qs,
                                   u"Presentar propuesta | Argentina | done"_qs,
                                   u"Enviar catastro | Brasil | open"_qs}));
    EXPECT_EQ(m_table->model()->index(1, CommitmentsModel::Due).data().toString(),
              u"Segundo trimestre 2020"_qs);
    EXPECT_EQ(m_table->model()->index(1, CommitmentsModel::Meeting).data().toString(),
              u"Reunión A"_qs);
    EXPECT_EQ(m_table->model()->index(1, CommitmentsModel::Group).data().toString(), u"salud"_qs);
    EXPECT_EQ(m_view->findChild<QLabel *>(u"commitmentsSummary"_qs)->text().left(31),
              u"4 commitment(s), 1 overdue, as "_qs);
}

TEST_F(CommitmentsViewTest, FiltersNarrowTheRows)
{
    pick(m_country, defaultKey(Country::table, "AR"));
    EXPECT_EQ(rows(), (QStringList{u"Enviar informe | Argentina | open, overdue"_qs,
                                   u"Presentar propuesta | Argentina | done"_qs}));
    pick(m_status, u"done"_qs);
    EXPECT_EQ(rows(), QStringList{u"Presentar propuesta | Argentina | done"_qs});
    pick(m_country, QUuid());
    pick(m_status, QString());
    m_overdue->setFocus();
    QTest::keyClick(m_overdue, Qt::Key_Space);
    ASSERT_TRUE(m_overdue->isChecked());
    EXPECT_EQ(rows(), QStringList{u"Enviar informe | Argentina | open, overdue"_qs});
    // Later in the year, December has passed as well.
    m_view->setToday(QDate(2021, 1, 15));
    EXPECT_EQ(rows(), (QStringList{u"Enviar informe | Argentina | open, overdue"_qs,
                                   u"Enviar catastro | Brasil | open, overdue"_qs}));
    // The security group's own commitments are none of these.
    QTest::keyClick(m_overdue, Qt::Key_Space);
    pick(m_group, defaultKey(WorkingGroup::table, "seguridad"));
    EXPECT_FALSE(rows().isEmpty());
    EXPECT_FALSE(rows().join(u'\n').contains(u"Enviar informe"_qs));
}

TEST_F(CommitmentsViewTest, MatrixOfTheGroupByCountryAndStatus)
{
    EXPECT_EQ(matrix(), (QStringList{u"Argentina: 1 1 0 1 2"_qs, u"Brasil: 1 0 0 0 1"_qs,
                                     u"Colombia: 0 0 1 0 1"_qs, u"Total: 2 1 1 1 4"_qs}));
    const QAbstractItemModel *model = m_matrix->model();
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), u"open"_qs);
    EXPECT_EQ(model->headerData(3, Qt::Horizontal).toString(), u"overdue"_qs);
    // The matrix stays the group's overview while the list narrows.
    pick(m_country, defaultKey(Country::table, "BR"));
    EXPECT_EQ(rows().size(), 1);
    EXPECT_EQ(matrix().size(), 4);
}

TEST_F(CommitmentsViewTest, DoubleClickAndEnterActivateTheCommitmentOrItsMeeting)
{
    QSignalSpy commitments(m_view.get(), &CommitmentsView::commitmentActivated);
    QSignalSpy meetings(m_view.get(), &CommitmentsView::meetingActivated);
    const QRect action = m_table->visualRect(m_table->model()->index(1, CommitmentsModel::Action));
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, action.center());
    QTest::mouseDClick(m_table->viewport(), Qt::LeftButton, {}, action.center());
    ASSERT_EQ(commitments.size(), 1);
    EXPECT_EQ(commitments.at(0).at(0).toUuid(), m_argentina);
    EXPECT_EQ(meetings.size(), 0);

    m_table->setFocus();
    m_table->setCurrentIndex(m_table->model()->index(2, CommitmentsModel::Meeting));
    QTest::keyClick(m_table, Qt::Key_Return);
    ASSERT_EQ(meetings.size(), 1);
    EXPECT_EQ(meetings.at(0).at(0).toUuid(), m_meeting2);
    EXPECT_EQ(commitments.size(), 1);
}

TEST_F(CommitmentsViewTest, ACommittedChangeReloadsRowsAndMatrix)
{
    const QUuid added =
        commitment(m_meeting2, "BR", "2020-07", CommitmentStatus::Open, "Circular el acta");
    ASSERT_TRUE(QTest::qWaitFor([&] { return rows().size() == 5; }, 5000));
    EXPECT_EQ(rows().at(2), u"Circular el acta | Brasil | open, overdue"_qs);
    EXPECT_EQ(m_table->model()->index(2, 0).data(CommitmentsModel::AgreementIdRole).toUuid(),
              added);
    EXPECT_EQ(matrix().at(1), u"Brasil: 2 0 0 1 2"_qs);
    EXPECT_EQ(matrix().last(), u"Total: 3 1 1 2 5"_qs);
    // The filters are kept.
    EXPECT_EQ(m_group->currentData().toUuid(), defaultKey(WorkingGroup::table, "salud"));
}

TEST_F(CommitmentsViewTest, ModelsPassTheModelTester)
{
    QAbstractItemModelTester rowsTester(m_view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester matrixTester(m_view->matrixModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    pick(m_country, defaultKey(Country::table, "CO"));
    pick(m_group, QUuid());
    commitment(m_meeting1, "CO", "", CommitmentStatus::Open, "Designar un punto focal");
    ASSERT_TRUE(QTest::qWaitFor([&] { return rows().size() == 2; }, 5000));
    EXPECT_EQ(rows().last(), u"Designar un punto focal | Colombia | open"_qs);
}

TEST_F(CommitmentsViewTest, CalendarExportOfOneMeetingAndOfTheUpcomingOnes)
{
    Meeting m;
    m.date = QDate(2021, 2, 3);
    m.startTime = QTime(10, 0);
    m.timeZone = u"America/Santiago"_qs;
    m.title = u"Próxima reunión"_qs;
    m.groupId = defaultKey(WorkingGroup::table, "salud");
    ASSERT_TRUE(m_document->repository().insert(m).ok());
    const QDateTime stamp(QDate(2021, 1, 15), QTime(12, 0), Qt::UTC);

    test::ScriptedPrompts prompts;
    const QString file = m_dir.filePath(u"reunion"_qs); // the suffix is added
    prompts.fileNames << file;
    EXPECT_EQ(CalendarExport::exportMeeting(m_view.get(), *m_document, prompts, m.meta.id, stamp),
              CalendarExport::Outcome::Written);
    QFile written(file + u".ics"_qs);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    written.close();
    EXPECT_TRUE(bytes.contains("UID:" + m.meta.id.toString(QUuid::WithoutBraces).toLatin1() +
                               "@focal\r\n"));
    EXPECT_TRUE(bytes.contains("DTSTART;TZID=America/Santiago:20210203T100000\r\n"));
    EXPECT_EQ(prompts.fileDialogs, QStringList{u"Export to a Calendar"_qs});

    // Cancelled: nothing written. Existing file, not to be replaced: left as it was.
    EXPECT_EQ(CalendarExport::exportMeeting(m_view.get(), *m_document, prompts, m.meta.id, stamp),
              CalendarExport::Outcome::Cancelled);
    prompts.fileNames << file + u".ics"_qs;
    prompts.answers << false;
    EXPECT_EQ(CalendarExport::exportUpcoming(m_view.get(), *m_document, prompts, QDate(2021, 1, 15),
                                             {}, stamp),
              CalendarExport::Outcome::Cancelled);
    ASSERT_EQ(prompts.questions.size(), 1);
    EXPECT_TRUE(prompts.questions.first().endsWith(u"already exists. Replace it?"_qs));
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll(), bytes);
    written.close();

    // Replaced, with the upcoming meetings: this one and its VTIMEZONE.
    prompts.fileNames << file + u".ics"_qs;
    prompts.answers << true;
    EXPECT_EQ(CalendarExport::exportUpcoming(m_view.get(), *m_document, prompts, QDate(2021, 1, 15),
                                             {}, stamp),
              CalendarExport::Outcome::Written);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray upcoming = written.readAll();
    EXPECT_EQ(upcoming.count("BEGIN:VEVENT"), 1);
    EXPECT_EQ(upcoming.count("BEGIN:VTIMEZONE"), 1);

    // Nothing upcoming after May: said, and no dialog.
    EXPECT_EQ(CalendarExport::exportUpcoming(m_view.get(), *m_document, prompts, QDate(2021, 5, 1),
                                             {}, stamp),
              CalendarExport::Outcome::Cancelled);
    ASSERT_EQ(prompts.messages.size(), 1);
    EXPECT_TRUE(prompts.messages.first().startsWith(u"There are no meetings from"_qs));
    EXPECT_EQ(prompts.fileDialogs.size(), 4);
}

} // namespace
} // namespace focal
