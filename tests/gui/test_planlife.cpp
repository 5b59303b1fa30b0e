// A plan's life in the desktop program: a step recorded through its dialog (only the allowed
// states offered, problems shown next to their fields), the versions dialog comparing a kept
// version with the current content, and reprogramming, each undone and redone exactly.

#include "GuiSupport.h"

#include "model/Country.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "plans/PlanCommands.h"
#include "plans/PlanLifecycle.h"
#include "plans/PlanLifecycleDialog.h"
#include "plans/PlanVersions.h"
#include "plans/PlanVersionsDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace focal {
namespace {

using test::defaultKey;
using test::dumpTables;

class PlanLifeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_doc = test::openDefaultDocument(m_dir);
        ASSERT_NE(m_doc, nullptr);
        m_doc->setErrorHandler([this](const Error &e) { m_errors << e.message; });
    }

    template <typename W> W *child(QWidget &parent, const char *name)
    {
        auto *w = parent.findChild<W *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    QStringList comboTexts(QComboBox *combo)
    {
        QStringList out;
        for (int i = 0; i < combo->count(); ++i)
            out << combo->itemText(i);
        return out;
    }
    void clickRecord(PlanLifecycleDialog &dialog)
    {
        auto *box = dialog.findChild<QDialogButtonBox *>();
        ASSERT_NE(box, nullptr);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    DocumentStatus status(const QUuid &plan) { return m_doc->repository().get<Plan>(plan)->status; }

    QTemporaryDir m_dir;
    std::unique_ptr<ForumDocument> m_doc;
    QStringList m_errors;
    const QDate m_today{2021, 1, 15};
    const QUuid m_sg1 = defaultKey(Plan::table, "seg-sg1-2021");
    const QUuid m_sg2 = defaultKey(Plan::table, "seg-sg2-2021");
};

// Subgroup 2's plan, sent for comments on 11.08.2020, is approved through the dialog.
TEST_F(PlanLifeTest, TheDialogRecordsAStepThatUndoAndRedoTakeBackExactly)
{
    const QStringList before = dumpTables(m_doc->database());
    PlanLifecycleDialog dialog(*m_doc, m_sg2);
    dialog.setToday(m_today);
    dialog.show();
    auto *state = child<QComboBox>(dialog, "state");
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(comboTexts(state),
              (QStringList{enumLabel(DocumentStatus::ObservationsReceived),
                           enumLabel(DocumentStatus::Approved), enumLabel(DocumentStatus::Draft)}));
    state->setCurrentIndex(1);
    child<QDateEdit>(dialog, "date")->setDate(QDate(2020, 12, 1));
    auto *country = child<QComboBox>(dialog, "country");
    country->setCurrentIndex(country->findText(QStringLiteral("Paraguay")));
    auto *meeting = child<QComboBox>(dialog, "meeting");
    EXPECT_EQ(meeting->itemData(1).toUuid(), defaultKey(Meeting::table, "seg-sg1-vc-2020-09-24"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "note"), QStringLiteral("Aprobado por correo"));
    clickRecord(dialog);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(status(m_sg2), DocumentStatus::Approved);
    auto history = PlanLifecycle::history(m_doc->database(), m_sg2);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->last().date, QDate(2020, 12, 1));
    EXPECT_EQ(history->last().countryId, defaultKey(Country::table, "PY"));
    EXPECT_EQ(history->last().note, QStringLiteral("Aprobado por correo"));
    EXPECT_EQ(PlanVersions::list(m_doc->database(), m_sg2)->size(), 2);
    EXPECT_EQ(m_doc->undoStack().count(), 1);
    const QStringList after = dumpTables(m_doc->database());

    m_doc->undoStack().undo();
    EXPECT_EQ(dumpTables(m_doc->database()), before);
    m_doc->undoStack().redo();
    EXPECT_EQ(dumpTables(m_doc->database()), after);
    EXPECT_TRUE(m_errors.isEmpty());
}

// Subgroup 1's plan received observations on 24.09.2020: sending it again needs a recipient
// and a date not before that; each message appears next to its field and nothing is written.
TEST_F(PlanLifeTest, ProblemsAreShownNextToTheirFieldsAndNothingIsWritten)
{
    const QStringList before = dumpTables(m_doc->database());
    PlanLifecycleDialog dialog(*m_doc, m_sg1);
    dialog.setToday(m_today);
    dialog.show();
    auto *state = child<QComboBox>(dialog, "state");
    ASSERT_EQ(state->itemText(0), enumLabel(DocumentStatus::SentForComments));
    state->setCurrentIndex(0);
    child<QDateEdit>(dialog, "date")->setDate(QDate(2020, 9, 1));
    clickRecord(dialog);

    EXPECT_TRUE(dialog.isVisible());
    auto *dateMessage = child<QLabel>(dialog, "dateMessage");
    auto *recipientMessage = child<QLabel>(dialog, "recipientMessage");
    EXPECT_TRUE(dateMessage->isVisible());
    EXPECT_TRUE(dateMessage->text().contains(QStringLiteral("2020-09-24")));
    EXPECT_TRUE(recipientMessage->isVisible());
    EXPECT_EQ(recipientMessage->text(), QStringLiteral("Say to whom the plan was sent."));
    EXPECT_FALSE(child<QLabel>(dialog, "noteMessage")->isVisible());
    EXPECT_EQ(dumpTables(m_doc->database()), before);
    EXPECT_EQ(m_doc->undoStack().count(), 0);

    // Corrected, the same dialog records the step; the messages go away.
    child<QDateEdit>(dialog, "date")->setDate(QDate(2020, 10, 5));
    QTest::keyClicks(child<QLineEdit>(dialog, "recipient"), QStringLiteral("Integrantes"));
    clickRecord(dialog);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_FALSE(recipientMessage->isVisible());
    EXPECT_EQ(status(m_sg1), DocumentStatus::SentForComments);
    EXPECT_EQ(PlanVersions::list(m_doc->database(), m_sg1)->size(), 2);
}

// The versions dialog: the sent version of subgroup 1's plan against its current content,
// after a deadline moved and an item was reworded.
TEST_F(PlanLifeTest, TheVersionsDialogShowsWhatChangedSinceAVersion)
{
    Repository &repo = m_doc->repository();
    PlanItem item = *repo.get<PlanItem>(defaultKey(PlanItem::table, "seg-sg1-2021/1/1"));
    item.deadline = *Deadline::parse(QStringLiteral("Segundo semestre 2021"));
    item.deadlineText = QStringLiteral("Segundo semestre 2021");
    ASSERT_TRUE(repo.update(item).ok());

    PlanVersionsDialog dialog(*m_doc, m_sg1);
    auto *events = child<QTableWidget>(dialog, "events");
    ASSERT_EQ(events->rowCount(), 2);
    EXPECT_EQ(events->item(0, 0)->text(), QStringLiteral("2020-03-02"));
    EXPECT_EQ(events->item(0, 2)->text(), QStringLiteral("Chile"));
    EXPECT_EQ(events->item(1, 4)->text(),
              m_doc->repository()
                  .get<Meeting>(defaultKey(Meeting::table, "seg-sg1-vc-2020-09-24"))
                  ->title);
    auto *older = child<QComboBox>(dialog, "older");
    auto *newer = child<QComboBox>(dialog, "newer");
    EXPECT_EQ(older->count(), 1);
    EXPECT_EQ(newer->count(), 2);
    EXPECT_EQ(newer->currentData().toInt(), PlanVersionsDialog::CurrentContent);

    auto *diff = child<QTableWidget>(dialog, "differences");
    ASSERT_EQ(diff->rowCount(), 2); // the changed field, and the move
    EXPECT_EQ(diff->item(0, 2)->text(), PlanVersions::fieldLabel(PlanVersions::Field::Deadline));
    EXPECT_EQ(diff->item(0, 3)->text(), QStringLiteral("Primer bimestre 2021"));
    EXPECT_EQ(diff->item(0, 4)->text(), QStringLiteral("Segundo semestre 2021"));
    EXPECT_EQ(diff->item(1, 2)->text(), QStringLiteral("later"));

    // The version against itself: no differences.
    newer->setCurrentIndex(0);
    EXPECT_EQ(diff->rowCount(), 0);
    EXPECT_EQ(child<QLabel>(dialog, "status")->text(), QStringLiteral("No differences."));
}

TEST_F(PlanLifeTest, ReprogrammingIsOneUndoStep)
{
    const QStringList before = dumpTables(m_doc->database());
    ASSERT_TRUE(planCommands::reprogram(*m_doc, m_sg2, 2022).ok());
    EXPECT_EQ(m_doc->undoStack().count(), 1);
    const QStringList after = dumpTables(m_doc->database());
    EXPECT_NE(after, before);
    auto plans = m_doc->repository().listWhere<Plan>("year", 2022);
    ASSERT_EQ(plans->size(), 1);
    EXPECT_EQ(plans->first().subgroupId, defaultKey(Subgroup::table, "seg-sg2"));

    m_doc->undoStack().undo();
    EXPECT_EQ(dumpTables(m_doc->database()), before);
    m_doc->undoStack().redo();
    EXPECT_EQ(dumpTables(m_doc->database()), after);

    // A refused reprogramming pushes nothing.
    auto again = planCommands::reprogram(*m_doc, m_sg2, 2022);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(m_doc->undoStack().count(), 1);
    EXPECT_TRUE(m_errors.isEmpty());
}

} // namespace
} // namespace focal
