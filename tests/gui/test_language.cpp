// The program's language: Settings → Language rebuilds the window in Spanish, Portuguese or English
// around the same document, on the same record, with the undo history; Focal's own names
// (statuses, countries) and dates follow; the choice is remembered.

#include "ForumDocument.h"
#include "ForumTreeModel.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "WindowHost.h"

#include "model/Country.h"
#include "model/Enums.h"
#include "storage/DatabaseFile.h"
#include "support/UiLanguage.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

namespace focal {
namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

class LanguageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        qunsetenv("FOCAL_LANGUAGE");
        ASSERT_TRUE(m_dir.isValid());
        UiLanguage::install(Language::Spanish); // where the program starts without a choice
        auto opened = DatabaseFile::open(QDir(m_dir.path()).filePath(QStringLiteral("focal.db")),
                                         Database::Mode::OpenOrCreate);
        ASSERT_TRUE(opened.ok()) << opened.error().fullText().toStdString();
        m_host = std::make_unique<WindowHost>(
            std::make_unique<ForumDocument>(std::move(opened).value()));
    }

    void TearDown() override
    {
        m_host.reset();
        UiLanguage::install(Language::English); // the other tests read English
        QLocale::setDefault(QLocale::c());
        QSettings().clear();
    }

    // Chooses a language in Settings → Language as a person would, and waits for the new window.
    void choose(const char *objectName)
    {
        MainWindow *before = m_host->window();
        QAction *action = before->findChild<QAction *>(QLatin1String(objectName));
        ASSERT_NE(action, nullptr) << objectName;
        action->trigger();
        // The window is rebuilt from the event loop (the old one sent the choice).
        for (int i = 0; i < 250 && m_host->window() == before; ++i)
            QTest::qWait(20);
        ASSERT_NE(m_host->window(), before) << objectName;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WindowHost> m_host;
};

TEST_F(LanguageTest, ChoosingALanguageRebuildsTheWindowInIt)
{
    ASSERT_TRUE(m_host->switchLanguage(Language::English));
    EXPECT_EQ(menuTitles(*m_host->window()),
              (QStringList{u"&File"_qs, u"&Edit"_qs, u"&Plans"_qs, u"&Meetings"_qs, u"&View"_qs,
                           u"&Settings"_qs, u"&Help"_qs}));

    // The languages are offered in the Settings menu.
    auto *settings = m_host->window()->findChild<QMenu *>(u"settingsMenu"_qs);
    auto *languages = m_host->window()->findChild<QMenu *>(u"languageMenu"_qs);
    ASSERT_NE(settings, nullptr);
    ASSERT_NE(languages, nullptr);
    EXPECT_TRUE(settings->actions().contains(languages->menuAction()));

    ASSERT_NO_FATAL_FAILURE(choose("languageAction_es"));
    EXPECT_EQ(UiLanguage::current(), Language::Spanish);
    EXPECT_EQ(menuTitles(*m_host->window()),
              (QStringList{u"&Archivo"_qs, u"&Editar"_qs, u"&Planes"_qs, u"&Reuniones"_qs,
                           u"&Ver"_qs, u"&Configuración"_qs, u"Ay&uda"_qs}));
    // Focal's own names: a status, as the tree and the forms show it.
    EXPECT_EQ(enumLabel(ParticipationStatus::Withdrawn), u"retirado"_qs);
    // Remembered for the next start.
    EXPECT_EQ(QSettings().value(u"interface/language"_qs).toString(), u"es"_qs);

    ASSERT_NO_FATAL_FAILURE(choose("languageAction_pt"));
    EXPECT_EQ(menuTitles(*m_host->window()).first(), u"&Arquivo"_qs);
    EXPECT_EQ(QLocale().toString(QDate(2019, 12, 19), QLocale::LongFormat).contains(u"dezembro"_qs),
              true);
    EXPECT_TRUE(m_host->window()->findChild<QAction *>(u"languageAction_pt"_qs)->isChecked());
}

TEST_F(LanguageTest, TheNewWindowKeepsTheDocumentTheRecordAndTheHistory)
{
    MainWindow *first = m_host->window();
    ForumDocument *document = &first->document();
    // A country, selected, and an edit on the undo stack.
    auto countries = document->repository().listWhere<Country>("iso2", u"PE"_qs);
    ASSERT_TRUE(countries.ok());
    ASSERT_EQ(countries->size(), 1);
    ASSERT_TRUE(first->selectRecord(countries->first().meta.id));
    document->undoStack().push(new QUndoCommand(u"marker"_qs));

    ASSERT_NO_FATAL_FAILURE(choose("languageAction_pt"));
    MainWindow *second = m_host->window();
    EXPECT_EQ(&second->document(), document);
    EXPECT_EQ(second->currentRecordId(), countries->first().meta.id);
    EXPECT_EQ(document->undoStack().count(), 1);
    // The tree names the country in the window's language.
    auto *tree = second->findChild<QTreeView *>(u"forumTree"_qs);
    ASSERT_NE(tree, nullptr);
    EXPECT_EQ(tree->currentIndex().data().toString(), countries->first().namePt);
}

TEST_F(LanguageTest, FollowingTheSystemForgetsTheChoice)
{
    ASSERT_NO_FATAL_FAILURE(choose("languageAction_en"));
    QAction *system = m_host->window()->findChild<QAction *>(u"languageSystemAction"_qs);
    ASSERT_NE(system, nullptr);
    system->trigger();
    EXPECT_FALSE(QSettings().contains(u"interface/language"_qs));
    EXPECT_EQ(UiLanguage::resolved(), UiLanguage::system());
}

TEST(UiLanguageTest, TheEnvironmentOverridesTheSetting)
{
    QSettings().setValue(u"interface/language"_qs, u"pt"_qs);
    qputenv("FOCAL_LANGUAGE", "en");
    EXPECT_EQ(UiLanguage::resolved(), Language::English);
    qunsetenv("FOCAL_LANGUAGE");
    EXPECT_EQ(UiLanguage::resolved(), Language::Portuguese);
    QSettings().clear();
}

} // namespace
} // namespace focal
