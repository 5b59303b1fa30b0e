// MainWindow driven as a person would, offscreen: the keyboard moves through the forum tree
// and the details pane follows; the layout survives a restart.

#include "DetailsView.h"
#include "ForumDocument.h"
#include "ForumTreeModel.h"
#include "MainWindow.h"
#include "QtPrinters.h"

#include "model/Country.h"
#include "storage/DatabaseFile.h"
#include "storage/Repository.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace focal {
namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear(); // each test starts from the default layout
        ASSERT_TRUE(m_dir.isValid());
        m_path = QDir(m_dir.path()).filePath(QStringLiteral("focal.db"));
        openWindow();
    }

    void TearDown() override { QSettings().clear(); }

    // Opens the database the way focal's main() does: a new one gets the PROSUR default data.
    void openWindow()
    {
        m_window.reset();
        auto opened = DatabaseFile::open(m_path, Database::Mode::OpenOrCreate);
        ASSERT_TRUE(opened.ok()) << opened.error().fullText().toStdString();
        m_window = std::make_unique<MainWindow>(
            std::make_unique<ForumDocument>(std::move(opened).value()));
        m_tree = m_window->findChild<QTreeView *>(QStringLiteral("forumTree"));
        m_details = m_window->findChild<DetailsView *>(QStringLiteral("detailsView"));
        ASSERT_NE(m_tree, nullptr);
        ASSERT_NE(m_details, nullptr);
    }

    void showWindow()
    {
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QString current() const { return m_tree->currentIndex().data().toString(); }
    QString details() const { return m_details->toPlainText(); }

    // Presses Down until the current row reads `label`; fails after `limit` presses.
    bool arrowDownTo(const QString &label, int limit = 40)
    {
        for (int i = 0; i < limit && current() != label; ++i)
            QTest::keyClick(m_tree, Qt::Key_Down);
        return current() == label;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_tree = nullptr;
    DetailsView *m_details = nullptr;
};

TEST_F(MainWindowTest, ShowsTheForumWithTitlePathAndFocusOnTheTree)
{
    showWindow();
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("Focal — focal.db"));
    auto *pathLabel = m_window->findChild<QLabel *>(QStringLiteral("databasePath"));
    ASSERT_NE(pathLabel, nullptr);
    EXPECT_EQ(pathLabel->text(), QStringLiteral("Database: ") + QDir::toNativeSeparators(m_path));

    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    EXPECT_EQ(QApplication::focusWidget(), m_tree);

    EXPECT_FALSE(m_tree->accessibleName().isEmpty());
    EXPECT_FALSE(m_details->accessibleName().isEmpty());
    EXPECT_TRUE(m_details->isReadOnly());
    // At start the forum itself is current, under the home page; Enter on it describes it.
    EXPECT_EQ(current(), QStringLiteral("PROSUR"));
    EXPECT_TRUE(m_details->showsHome());
    EXPECT_TRUE(details().startsWith(QStringLiteral("Home\n"))) << details().toStdString();
    QTest::keyClick(m_tree, Qt::Key_Return);
    EXPECT_EQ(current(), QStringLiteral("PROSUR"));
    EXPECT_TRUE(details().startsWith(QStringLiteral("PROSUR\n")));
    EXPECT_TRUE(details().contains(QStringLiteral("Foro para el Progreso e Integración")));
}

TEST_F(MainWindowTest, ArrowKeysReachTheSecurityGroupAndItsFirstSubgroup)
{
    showWindow();
    ASSERT_TRUE(arrowDownTo(QStringLiteral("Grupo de Trabajo de Seguridad y Combate al Crimen")))
        << "stopped at " << current().toStdString();
    EXPECT_EQ(ForumTreeModel::kindOf(m_tree->currentIndex()), NodeKind::Group);
    EXPECT_TRUE(details().contains(QStringLiteral("Objetivo General es el trabajo articulado")))
        << details().toStdString();
    EXPECT_TRUE(details().contains(QStringLiteral("Chile — active")));
    EXPECT_FALSE(details().contains(QStringLiteral("Leader country")));

    // Right opens the group, Down enters its sectoral plan, then its first subgroup.
    QTest::keyClick(m_tree, Qt::Key_Right);
    EXPECT_TRUE(m_tree->isExpanded(m_tree->currentIndex()));
    QTest::keyClick(m_tree, Qt::Key_Down);
    EXPECT_EQ(current(), QStringLiteral("Plan sectorial de Seguridad y Combate al Crimen"));
    EXPECT_EQ(ForumTreeModel::kindOf(m_tree->currentIndex()), NodeKind::Plan);
    EXPECT_TRUE(details().contains(QStringLiteral("Status: delivered"))) << details().toStdString();
    QTest::keyClick(m_tree, Qt::Key_Down);
    EXPECT_EQ(current(),
              QStringLiteral("1. Combate a la Delincuencia Organizada Transnacional (DOT)"));
    EXPECT_TRUE(details().contains(QStringLiteral("Leader country: Chile\n")))
        << details().toStdString();
    EXPECT_TRUE(details().contains(
        QStringLiteral("Member countries: Argentina, Ecuador, Paraguay, Perú\n")));

    QTest::keyClick(m_tree, Qt::Key_Down);
    EXPECT_EQ(current(), QStringLiteral("2. Asistencia a las Víctimas de la DOT"));
    EXPECT_TRUE(details().contains(QStringLiteral("Leader country: Paraguay\n")));
    EXPECT_TRUE(details().contains(QStringLiteral("Member countries: Chile, Ecuador, Perú\n")));
}

TEST_F(MainWindowTest, ArrowKeysReachACountryAndItsInstitutions)
{
    showWindow();
    ASSERT_TRUE(arrowDownTo(QStringLiteral("Argentina"), 60))
        << "stopped at " << current().toStdString();
    EXPECT_TRUE(details().contains(QStringLiteral("Alpha-3: ARG\n")));
    QTest::keyClick(m_tree, Qt::Key_Right);
    QTest::keyClick(m_tree, Qt::Key_Down);
    QTest::keyClick(m_tree, Qt::Key_Down);
    EXPECT_EQ(current(),
              QStringLiteral("Secretaría de Políticas Integrales sobre Drogas (SEDRONAR)"));
    EXPECT_TRUE(details().contains(QStringLiteral("Kind: secretariat\n")));
}

TEST_F(MainWindowTest, QuitIsCtrlQAndClosesTheWindow)
{
    showWindow();
    auto *quit = m_window->findChild<QAction *>(QStringLiteral("quitAction"));
    ASSERT_NE(quit, nullptr);
    EXPECT_EQ(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    EXPECT_NE(m_window->findChild<QAction *>(QStringLiteral("aboutAction")), nullptr);
    quit->trigger();
    EXPECT_FALSE(m_window->isVisible());
}

TEST_F(MainWindowTest, SizeAndSplitterAreRestoredAtTheNextStart)
{
    showWindow();
    m_window->resize(900, 640);
    QCoreApplication::processEvents(); // let the splitter take the new width first
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    ASSERT_NE(splitter, nullptr);
    const QList<int> defaults = splitter->sizes();
    splitter->setSizes({200, 600});
    const QList<int> sizes = splitter->sizes();
    ASSERT_NE(sizes, defaults);
    ASSERT_LT(sizes.first(), sizes.last() / 2); // tree now well under half the details' width
    m_window->close();                          // saves the layout

    openWindow();
    showWindow();
    splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    EXPECT_EQ(m_window->size(), QSize(900, 640));
    EXPECT_EQ(splitter->sizes(), sizes);
}

TEST_F(MainWindowTest, RightPaneAndDocksAreRestoredAtTheNextStart)
{
    showWindow();
    m_window->resize(1000, 700);
    QCoreApplication::processEvents();
    auto *rightPane = m_window->findChild<QSplitter *>(QStringLiteral("rightPane"));
    ASSERT_NE(rightPane, nullptr);
    rightPane->setSizes({150, 450});
    const QList<int> sizes = rightPane->sizes();
    auto *history = m_window->findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"));
    ASSERT_NE(history, nullptr);
    ASSERT_FALSE(history->isVisible());
    history->show();
    m_window->close();

    openWindow();
    showWindow();
    rightPane = m_window->findChild<QSplitter *>(QStringLiteral("rightPane"));
    history = m_window->findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"));
    EXPECT_EQ(rightPane->sizes(), sizes);
    EXPECT_TRUE(history->isVisible());
}

} // namespace
TEST_F(MainWindowTest, ShowsWhatAnotherProgramWroteWhenItLooks)
{
    showWindow();
    auto other = Database::open(m_path, Database::Mode::OpenExisting);
    ASSERT_TRUE(other.ok());
    Repository repo(*other.value());
    Country uruguay;
    uruguay.iso2 = QStringLiteral("UY");
    uruguay.nameEs = QStringLiteral("Uruguay");
    ASSERT_TRUE(repo.insert(uruguay).ok());

    const auto *model = static_cast<ForumTreeModel *>(m_tree->model());
    EXPECT_FALSE(model->indexOf(uruguay.meta.id).isValid()); // not seen until the window looks
    m_window->checkForOutsideChanges();
    EXPECT_TRUE(model->indexOf(uruguay.meta.id).isValid());
}

} // namespace focal
