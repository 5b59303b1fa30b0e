// Writing while another program holds the database's write lock: the person is told and may
// retry (the same write again) or cancel. The other program is a second connection to the same
// file holding a write transaction; the window's connection waits only briefly for it.

#include "EditorFixture.h"

#include "model/Country.h"

#include <QAction>
#include <QTest>

namespace focal {
namespace {

using test::defaultKey;
using test::dumpTables;

const QString busyQuestion = QStringLiteral(
    "Another program is changing the database, so the change could not be written yet. Try "
    "again?");

class BusyTest : public test::EditorTest
{
protected:
    void SetUp() override
    {
        test::EditorTest::SetUp();
        ASSERT_TRUE(db().setBusyTimeout(50).ok());
        auto other = Database::open(m_doc->path());
        ASSERT_TRUE(other.ok()) << other.error().fullText().toStdString();
        m_other = std::move(other).value();
    }
    void TearDown() override
    {
        m_lock.reset();
        m_other.reset();
        test::EditorTest::TearDown();
    }

    void lock()
    {
        m_lock = std::make_unique<WriteTransaction>(*m_other);
        ASSERT_TRUE(m_lock->begun().ok()) << m_lock->begun().error().fullText().toStdString();
    }
    // The other program lets go as the `n`th question is asked.
    void unlockAtQuestion(int n)
    {
        m_prompts->beforeChoice = [this, n](int asked) {
            if (asked == n)
                m_lock.reset(); // rolled back: the lock is released
        };
    }
    RecordForm *editChile(const QString &name)
    {
        RecordForm *form = open(m_chile);
        if (auto *edit = form ? field<QLineEdit>(form, "nameEsEdit") : nullptr)
            retype(edit, name);
        return form;
    }

    std::unique_ptr<Database> m_other;
    std::unique_ptr<WriteTransaction> m_lock;
    const QUuid m_chile = defaultKey(Country::table, "CL");
};

TEST_F(BusyTest, ApplyIsRetriedUntilTheOtherProgramLetsGo)
{
    RecordForm *form = editChile(QStringLiteral("Chile B"));
    ASSERT_NE(form, nullptr);
    lock();
    m_prompts->choices = {0, 0}; // Retry while still locked, then Retry once it is free
    unlockAtQuestion(2);
    EXPECT_TRUE(form->apply());
    EXPECT_EQ(m_prompts->questions, (QStringList{busyQuestion, busyQuestion}));
    EXPECT_EQ(repo().get<Country>(m_chile)->nameEs, QStringLiteral("Chile B"));
    EXPECT_EQ(m_doc->undoStack().count(), 1);
    EXPECT_FALSE(form->isDirty());
}

TEST_F(BusyTest, CancelWritesNothingAndKeepsTheEdits)
{
    const QStringList before = dumpTables(db());
    RecordForm *form = editChile(QStringLiteral("Chile B"));
    lock();
    m_prompts->choices = {-1};
    EXPECT_FALSE(form->apply());
    EXPECT_EQ(m_prompts->questions, QStringList{busyQuestion});
    EXPECT_TRUE(form->isDirty());
    auto *status = form->findChild<QLabel *>(QStringLiteral("formStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->isVisible());
    m_lock.reset();
    EXPECT_EQ(dumpTables(db()), before);
    EXPECT_EQ(m_doc->undoStack().count(), 0);
}

TEST_F(BusyTest, UndoAndRedoAreRetriedToo)
{
    const QStringList before = dumpTables(db());
    RecordForm *form = editChile(QStringLiteral("Chile B"));
    ASSERT_TRUE(form->apply());
    const QStringList after = dumpTables(db());

    lock();
    m_prompts->choices = {0, 0};
    unlockAtQuestion(2);
    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_prompts->questions.size(), 2);
    EXPECT_EQ(dumpTables(db()), before);

    lock();
    m_prompts->choices = {0};
    unlockAtQuestion(3);
    pressOnTree(Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(m_prompts->questions.size(), 3);
    EXPECT_EQ(dumpTables(db()), after);
    EXPECT_TRUE(m_prompts->messages.isEmpty())
        << m_prompts->messages.join(QLatin1Char('\n')).toStdString();
}

TEST_F(BusyTest, AddingAndDeletingAreRetried)
{
    const QStringList before = dumpTables(db());
    const int countries = test::rowCount(db(), "country");
    lock();
    m_prompts->choices = {0};
    unlockAtQuestion(1);
    m_window->findChild<QAction *>(QStringLiteral("newCountryAction"))->trigger();
    EXPECT_EQ(test::rowCount(db(), "country"), countries + 1);
    EXPECT_EQ(m_prompts->questions, QStringList{busyQuestion});

    lock();
    m_prompts->answers = {true}; // the deletion's confirmation
    m_prompts->choices = {0};
    unlockAtQuestion(3);
    pressOnTree(Qt::Key_Delete);
    EXPECT_EQ(test::rowCount(db(), "country"), countries);
    EXPECT_EQ(m_prompts->questions.size(), 3);
    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(dumpTables(db()), before);
}

} // namespace
} // namespace focal
