// The File menu driven through its actions with scripted dialogs: new databases (with the
// PROSUR data and empty), refusing to replace a file, opening a file that is not Focal's (the
// open database stays), the recent list, and "Save a Copy As" through Database::backupTo.
// Every assertion is on files and databases.

#include "forms/RecordForm.h"
#include "ForumDocument.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "QtPrinters.h"
#include "RecentDatabases.h"
#include "ScriptedPrompts.h"

#include "model/Country.h"
#include "storage/DatabaseFile.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTest>

namespace focal {
namespace {

using test::dumpTables;

int rows(Database &db, const char *table)
{
    auto counted = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    EXPECT_TRUE(counted.ok());
    return counted && counted.value().next() ? counted.value().value(0).toInt() : -1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

class FileMenuTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        auto document = test::openDefaultDocument(m_dir);
        ASSERT_NE(document, nullptr);
        m_window = std::make_unique<MainWindow>(std::move(document));
        auto prompts = std::make_unique<test::ScriptedPrompts>();
        m_prompts = prompts.get();
        m_window->setPrompts(std::move(prompts));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_firstPath = m_window->document().path();
    }

    void TearDown() override { QSettings().clear(); }

    QString path(const char *name) const
    {
        return QDir(m_dir.path()).filePath(QLatin1String(name));
    }
    Database &db() { return m_window->document().database(); }

    void trigger(const char *action)
    {
        auto *a = m_window->findChild<QAction *>(QLatin1String(action));
        ASSERT_NE(a, nullptr) << action;
        a->trigger();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    test::ScriptedPrompts *m_prompts = nullptr; // owned by the window
    QString m_firstPath;
};

TEST_F(FileMenuTest, NewDatabaseWithTheDefaultDataReplacesTheDocumentAndItsHistory)
{
    const int countries = rows(db(), Country::table);
    ASSERT_GT(countries, 0);
    m_window->document().undoStack().push(new QUndoCommand(QStringLiteral("marker")));
    m_prompts->fileNames << path("fresh"); // no suffix: ".db" is added
    m_prompts->choices << 0;
    trigger("newDatabaseAction");
    EXPECT_TRUE(m_prompts->messages.isEmpty()) << m_prompts->messages.join(u'\n').toStdString();
    EXPECT_EQ(m_window->document().path(), path("fresh.db"));
    EXPECT_EQ(rows(db(), Country::table), countries);
    EXPECT_GT(rows(db(), "working_group"), 0);
    EXPECT_GT(rows(db(), "subgroup"), 0);
    EXPECT_EQ(m_window->document().undoStack().count(), 0) << "the old history went";
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("Focal — fresh.db"));
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("databasePath"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().endsWith(QDir::toNativeSeparators(path("fresh.db"))));
}

TEST_F(FileMenuTest, NewEmptyDatabaseHasNoRows)
{
    m_prompts->fileNames << path("empty.db");
    m_prompts->choices << 1;
    trigger("newDatabaseAction");
    ASSERT_EQ(m_window->document().path(), path("empty.db"));
    EXPECT_EQ(rows(db(), Country::table), 0);
    EXPECT_EQ(rows(db(), "subgroup"), 0);
    EXPECT_EQ(rows(db(), "plan_item"), 0);
}

TEST_F(FileMenuTest, NewDatabaseOverAnExistingFileIsRefusedAndTheFileUntouched)
{
    const QByteArray bytes("precious notes, not a database\n");
    writeFile(path("notes.db"), bytes);
    m_prompts->fileNames << path("notes.db");
    m_prompts->choices << 0;
    trigger("newDatabaseAction");
    ASSERT_EQ(m_prompts->messages.size(), 1);
    EXPECT_TRUE(m_prompts->messages.first().contains(QStringLiteral("already exists")));
    EXPECT_EQ(readAll(path("notes.db")), bytes);
    EXPECT_EQ(m_window->document().path(), m_firstPath);
}

TEST_F(FileMenuTest, CancellingTheContentChoiceCreatesNothing)
{
    m_prompts->fileNames << path("maybe.db"); // and no choice: cancelled
    trigger("newDatabaseAction");
    EXPECT_FALSE(QFile::exists(path("maybe.db")));
    EXPECT_EQ(m_window->document().path(), m_firstPath);
}

TEST_F(FileMenuTest, OpeningAFileThatIsNotFocalsIsRefusedAndTheOpenDatabaseKeepsWorking)
{
    const QByteArray bytes("Just some text, certainly not SQLite.\n");
    writeFile(path("foreign.db"), bytes);
    const int countries = rows(db(), Country::table);
    m_prompts->fileNames << path("foreign.db");
    trigger("openAction");
    ASSERT_EQ(m_prompts->messages.size(), 1);
    const QString message = m_prompts->messages.first();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Focal could not open the database")))
        << message.toStdString();
    // The core's own explanation follows the first sentence.
    EXPECT_GT(message.section(QStringLiteral("\n\n"), 1).trimmed().size(), 10)
        << message.toStdString();
    EXPECT_EQ(readAll(path("foreign.db")), bytes);
    EXPECT_EQ(m_window->document().path(), m_firstPath);
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("Focal — focal.db"));
    EXPECT_EQ(rows(db(), Country::table), countries);
    EXPECT_TRUE(db().setMeta(QStringLiteral("test.still-writable"), QStringLiteral("yes")).ok());
}

TEST_F(FileMenuTest, OpenSwitchesToAnotherDatabaseAndRecentListsNewestFirst)
{
    for (const char *name : {"a.db", "b.db"}) {
        auto made =
            DatabaseFile::open(path(name), Database::Mode::CreateNew, DatabaseFile::Content::Empty);
        ASSERT_TRUE(made.ok());
    }
    m_prompts->fileNames << path("a.db") << path("b.db");
    trigger("openAction");
    EXPECT_EQ(m_window->document().path(), path("a.db"));
    EXPECT_EQ(rows(db(), Country::table), 0);
    trigger("openAction");
    EXPECT_EQ(m_window->document().path(), path("b.db"));
    EXPECT_TRUE(m_prompts->messages.isEmpty());
    EXPECT_EQ(RecentDatabases::paths(), QStringList({path("b.db"), path("a.db"), m_firstPath}));
    EXPECT_EQ(RecentDatabases::lastExisting(), path("b.db"));

    // The menu: numbered, newest first; a file gone since is shown disabled, not opened.
    ASSERT_TRUE(QFile::remove(path("a.db")));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    ASSERT_NE(menu, nullptr);
    emit menu->aboutToShow();
    const QList<QAction *> actions = menu->actions();
    ASSERT_GE(actions.size(), 5); // three databases, a separator, "Clear List"
    EXPECT_EQ(actions[0]->text(), QStringLiteral("&1 b.db"));
    EXPECT_TRUE(actions[0]->isEnabled());
    EXPECT_EQ(actions[1]->text(), QStringLiteral("&2 a.db (missing)"));
    EXPECT_FALSE(actions[1]->isEnabled());
    EXPECT_EQ(actions[2]->data().toString(), m_firstPath);
    actions[2]->trigger(); // back to the first database, from the menu
    EXPECT_EQ(m_window->document().path(), m_firstPath);
    EXPECT_GT(rows(db(), Country::table), 0);

    trigger("clearRecentAction");
    EXPECT_TRUE(RecentDatabases::paths().isEmpty());
    EXPECT_EQ(RecentDatabases::lastExisting(), m_firstPath) << "still reopened at the next start";
}

TEST_F(FileMenuTest, RecentListKeepsTheEightNewestWithoutDuplicates)
{
    QSettings().clear();
    QStringList added;
    for (int i = 0; i < 10; ++i) {
        added.prepend(path("r%1.db").arg(i)); // paths() is newest first
        RecentDatabases::add(added.first());
    }
    RecentDatabases::add(added[3]); // again: moves to the top, not listed twice
    QStringList expected = added.mid(0, RecentDatabases::maximum);
    expected.move(3, 0);
    EXPECT_EQ(RecentDatabases::paths(), expected);
    EXPECT_EQ(RecentDatabases::lastExisting(), QString()) << "those files do not exist";
}

TEST_F(FileMenuTest, SaveACopyWritesADatabaseThatOpensWithTheSameRows)
{
    const QStringList before = dumpTables(db());
    m_prompts->fileNames << path("copy.db");
    trigger("saveCopyAction");
    EXPECT_TRUE(m_prompts->messages.isEmpty()) << m_prompts->messages.join(u'\n').toStdString();
    EXPECT_EQ(m_window->document().path(), m_firstPath) << "the original stays open";
    auto copy = Database::open(path("copy.db"), Database::Mode::OpenExisting);
    ASSERT_TRUE(copy.ok()) << copy.error().fullText().toStdString();
    EXPECT_EQ(rows(*copy.value(), Country::table), rows(db(), Country::table));
    EXPECT_EQ(dumpTables(*copy.value()), before);
}

TEST_F(FileMenuTest, SaveACopyOverAnExistingFileIsRefusedAndAsksAgain)
{
    const QByteArray bytes("an older copy the person keeps\n");
    writeFile(path("old.db"), bytes);
    m_prompts->fileNames << path("old.db") << path("new-copy.db");
    trigger("saveCopyAction");
    ASSERT_EQ(m_prompts->messages.size(), 1);
    EXPECT_TRUE(m_prompts->messages.first().contains(QStringLiteral("already exists")));
    EXPECT_EQ(m_prompts->fileDialogs.size(), 2) << "another name was asked for";
    EXPECT_EQ(readAll(path("old.db")), bytes);
    auto copy = Database::open(path("new-copy.db"), Database::Mode::OpenExisting);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(rows(*copy.value(), Country::table), rows(db(), Country::table));
}

TEST_F(FileMenuTest, UnappliedEditsInAFormAreNotDroppedWithoutAsking)
{
    {
        auto made = DatabaseFile::open(path("other.db"), Database::Mode::CreateNew,
                                       DatabaseFile::Content::Empty);
        ASSERT_TRUE(made.ok());
    } // closed again before the window opens it
    ASSERT_TRUE(m_window->selectRecord(test::defaultKey(Country::table, "CL")));
    RecordForm *form = m_window->currentForm();
    ASSERT_NE(form, nullptr);
    auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameEsEdit"));
    ASSERT_NE(name, nullptr);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" (draft)"));
    ASSERT_TRUE(form->isDirty());

    m_prompts->fileNames << path("other.db") << path("other.db");
    m_prompts->choices << -1 << 1;
    trigger("openAction"); // Cancel: stay with the edit
    ASSERT_EQ(m_prompts->questions.size(), 1);
    EXPECT_EQ(m_prompts->questions.first(), QStringLiteral("Apply the changes to Chile?"));
    EXPECT_EQ(m_window->document().path(), m_firstPath);
    EXPECT_TRUE(form->isDirty());
    trigger("openAction"); // Discard: leave it
    EXPECT_EQ(m_window->document().path(), path("other.db"));
}

TEST_F(FileMenuTest, OpenIsCtrlOAndFindIsCtrlF)
{
    auto *open = m_window->findChild<QAction *>(QStringLiteral("openAction"));
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    auto *find = m_window->findChild<QAction *>(QStringLiteral("findAction"));
    ASSERT_NE(find, nullptr);
    EXPECT_EQ(find->shortcut(), QKeySequence(QKeySequence::Find));
}

} // namespace
} // namespace focal
