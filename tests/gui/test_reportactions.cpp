// Reports in the window: File > Export PDF… (Ctrl+E) driven through its dialog writes the file
// chosen; cancelling in the progress dialog leaves no file and an existing one untouched; the
// print preview paints the renderer's pages; the annual report's introduction edited from the
// dialog is stored and undone exactly.

#include "EditorFixture.h"
#include "report/ExportPdfDialog.h"
#include "report/IntroductionDialog.h"
#include "report/PdfTools.h"
#include "report/ReportPrinting.h"

#include "model/WorkingGroup.h"
#include "ReportRenderer.h"
#include "reports/ReportTexts.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>

namespace focal {
namespace {

class ReportActionsTest : public test::EditorTest
{
protected:
    QUuid security() { return test::defaultKey(WorkingGroup::table, "seguridad"); }

    QAction *action(const char *name)
    {
        auto *a = m_window->findChild<QAction *>(QLatin1String(name));
        EXPECT_NE(a, nullptr) << name;
        return a;
    }

    // Opens the dialog of `actionName` with the working group current, chooses the document.
    ExportPdfDialog *openDialog(const char *actionName, const char *kind)
    {
        EXPECT_TRUE(m_window->selectRecord(security()));
        action(actionName)->trigger();
        auto *dialog = m_window->findChild<ExportPdfDialog *>();
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return nullptr;
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        auto *documents = dialog->findChild<QComboBox *>(QStringLiteral("documentCombo"));
        documents->setFocus();
        // Chosen from the keyboard: Home, then Down until the kind is current.
        QTest::keyClick(documents, Qt::Key_Home);
        for (int i = 0;
             i < documents->count() && documents->currentData().toString() != QLatin1String(kind);
             ++i)
            QTest::keyClick(documents, Qt::Key_Down);
        EXPECT_EQ(documents->currentData().toString(), QLatin1String(kind));
        return dialog;
    }

    void clickOk(QDialog *dialog)
    {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        ASSERT_NE(box, nullptr);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot);
    }

    QTemporaryDir m_out;
};

TEST_F(ReportActionsTest, TheFileMenuOffersTheReportsBeforeQuit)
{
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    const QList<QAction *> actions = file->actions();
    const qsizetype exportAt = actions.indexOf(action("exportPdfAction"));
    ASSERT_GE(exportAt, 0);
    EXPECT_EQ(actions.value(exportAt + 1), action("printPreviewAction"));
    EXPECT_EQ(actions.value(exportAt + 2), action("printAction"));
    EXPECT_EQ(actions.value(exportAt + 3), action("pageSetupAction"));
    EXPECT_LT(exportAt, actions.indexOf(action("quitAction")));
    EXPECT_EQ(action("exportPdfAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
}

TEST_F(ReportActionsTest, ExportingAnnex1WritesTheFileChosen)
{
    const QString path = m_out.filePath(QStringLiteral("anexo1.pdf"));
    m_prompts->fileNames << path;
    ASSERT_TRUE(m_window->selectRecord(security()));
    // Ctrl+E from the window opens the dialog, the group of the current row chosen.
    m_tree->setFocus();
    QTest::keyClick(m_tree, Qt::Key_E, Qt::ControlModifier);
    auto *dialog = m_window->findChild<ExportPdfDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->request().groupId, security());
    const QPointer<ExportPdfDialog> first = dialog;
    dialog->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return first.isNull(); }, 2000));

    dialog = openDialog("exportPdfAction", "annex1");
    ASSERT_NE(dialog, nullptr);
    clickOk(dialog);
    // The export runs once the dialog has gone.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_window->statusBar()->currentMessage().contains(u"anexo1.pdf"_qs); }, 20000));
    EXPECT_TRUE(m_prompts->messages.isEmpty()) << m_prompts->messages.join(u'\n').toStdString();
    ASSERT_EQ(m_prompts->fileDialogs.size(), 1);
    ASSERT_TRUE(QFileInfo::exists(path));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5) == "%PDF-");
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"anexo1.pdf"_qs));
    EXPECT_EQ(filesIn(m_out.path()), QStringList{QStringLiteral("anexo1.pdf")});
    const auto pages = test::pdfPages(path);
    if (!pages)
        GTEST_SKIP() << "pdftotext is not installed";
    EXPECT_TRUE(pages->join(u'\n').contains(u"Anexo 1: Instituciones participantes por país"_qs));
    EXPECT_TRUE(pages->join(u'\n').contains(u"Ministerio del Interior y Seguridad Pública"_qs));
}

TEST_F(ReportActionsTest, CancellingTheProgressLeavesNoFileAndTheOldOneUntouched)
{
    const QString fresh = m_out.filePath(QStringLiteral("informe.pdf"));
    const QString existing = m_out.filePath(QStringLiteral("informe-2019.pdf"));
    {
        QFile f(existing);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("last year's report");
    }
    for (const QString &path : {fresh, existing}) {
        SCOPED_TRACE(path.toStdString());
        m_prompts->fileNames << path;
        m_prompts->answers << true; // replace the existing file
        int cancelled = 0;
        // Cancel is pressed as soon as the progress dialog is there (between pages).
        QTimer poll;
        poll.setInterval(0);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (auto *progress =
                    m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress"))) {
                QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
                ++cancelled;
                poll.stop();
            }
        });
        poll.start();
        auto *dialog = openDialog("exportPdfAction", "annual");
        ASSERT_NE(dialog, nullptr);
        m_window->statusBar()->clearMessage();
        clickOk(dialog);
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return m_window->statusBar()->currentMessage().contains(u"cancelled"_qs); },
            20000))
            << m_window->statusBar()->currentMessage().toStdString();
        poll.stop();
        EXPECT_EQ(cancelled, 1);
    }
    EXPECT_FALSE(QFileInfo::exists(fresh));
    QFile f(existing);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("last year's report"));
    EXPECT_EQ(filesIn(m_out.path()), QStringList{QStringLiteral("informe-2019.pdf")});
}

TEST_F(ReportActionsTest, ThePrintPreviewPaintsTheRenderersPages)
{
    auto *dialog = openDialog("printPreviewAction", "annual");
    ASSERT_NE(dialog, nullptr);
    const report::ReportRequest request = dialog->request();
    clickOk(dialog);
    QPrintPreviewDialog *preview = nullptr;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            preview = m_window->findChild<QPrintPreviewDialog *>(QStringLiteral("reportPreview"));
            return preview != nullptr;
        },
        20000));
    ASSERT_NE(preview, nullptr);
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    ASSERT_NE(pages, nullptr);
    auto content = report::ReportJob::build(db(), request);
    ASSERT_TRUE(content.ok());
    const int expected =
        report::ReportRenderer(*content.value(), ReportPrinting::pageOptions()).pageCount();
    EXPECT_GT(expected, 3);
    EXPECT_TRUE(QTest::qWaitFor([&] { return pages->pageCount() == expected; }, 10000))
        << pages->pageCount() << " pages, expected " << expected;
    preview->close();
}

TEST_F(ReportActionsTest, TheIntroductionEditIsStoredAndUndoable)
{
    auto stored = ReportTexts::introduction(db(), security());
    ASSERT_TRUE(stored.ok());
    const QString before = *stored;
    const QStringList tablesBefore = test::dumpTables(db());

    auto *dialog = openDialog("exportPdfAction", "annual");
    ASSERT_NE(dialog, nullptr);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("editIntroductionButton"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *editor = dialog->findChild<IntroductionDialog *>();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->editor()->toPlainText(), before);
    editor->editor()->setFocus();
    editor->editor()->selectAll();
    QTest::keyClick(editor->editor(), Qt::Key_Delete);
    QTest::keyClicks(editor->editor(), QStringLiteral("El Grupo trabajo en 2019 y 2020."));
    auto *box = editor->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_TRUE(m_prompts->messages.isEmpty()) << m_prompts->messages.join(u'\n').toStdString();

    stored = ReportTexts::introduction(db(), security());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(*stored, QStringLiteral("El Grupo trabajo en 2019 y 2020."));
    // The annual report now opens with it.
    auto content = report::ReportJob::build(db(), dialog->request());
    ASSERT_TRUE(content.ok());
    EXPECT_TRUE(content.value()->document()->toPlainText().contains(
        QStringLiteral("El Grupo trabajo en 2019 y 2020.")));
    dialog->reject();

    action("undoAction")->trigger();
    EXPECT_EQ(*ReportTexts::introduction(db(), security()), before);
    EXPECT_EQ(test::dumpTables(db()), tablesBefore);
    action("redoAction")->trigger();
    EXPECT_EQ(*ReportTexts::introduction(db(), security()),
              QStringLiteral("El Grupo trabajo en 2019 y 2020."));
}

TEST_F(ReportActionsTest, TabFollowsTheDialogsFieldsAndEveryFieldIsNamed)
{
    auto *dialog = openDialog("exportPdfAction", "annual");
    ASSERT_NE(dialog, nullptr);
    QApplication::setActiveWindow(dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    auto *documents = dialog->findChild<QComboBox *>(QStringLiteral("documentCombo"));
    documents->setFocus();
    QStringList visited;
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        // A spin box's line edit has the focus on its behalf.
        QWidget *named =
            qobject_cast<QSpinBox *>(focus->parentWidget()) ? focus->parentWidget() : focus;
        visited << named->objectName();
        if (!qobject_cast<QPushButton *>(named) && !qobject_cast<QCheckBox *>(named)) {
            EXPECT_FALSE(named->accessibleName().isEmpty()) << named->objectName().toStdString();
        }
    }
    EXPECT_EQ(visited,
              (QStringList{u"groupCombo"_qs, u"firstYearSpin"_qs, u"lastYearSpin"_qs,
                           u"planYearSpin"_qs, u"languageCombo"_qs, u"paperCombo"_qs,
                           u"pdfaCheck"_qs, u"editIntroductionButton"_qs, visited.value(8)}));
    // The plan and meeting rows are hidden for the annual report: Tab skips them.
    EXPECT_FALSE(visited.contains(u"planCombo"_qs));
    dialog->reject();
}

TEST_F(ReportActionsTest, TheEditMenuEditsTheCurrentGroupsIntroduction)
{
    // A country has no annual report: the action says what to select.
    ASSERT_TRUE(m_window->selectRecord(test::defaultKey("country", "CL")));
    action("editIntroductionAction")->trigger();
    ASSERT_EQ(m_prompts->messages.size(), 1);
    EXPECT_EQ(m_window->findChild<IntroductionDialog *>(), nullptr);

    ASSERT_TRUE(m_window->selectRecord(security()));
    action("editIntroductionAction")->trigger();
    auto *editor = m_window->findChild<IntroductionDialog *>();
    ASSERT_NE(editor, nullptr);
    editor->editor()->selectAll();
    QTest::keyClick(editor->editor(), Qt::Key_Delete); // empty: the report writes its own
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    auto stored =
        ReportTexts::find(db(), security(), QLatin1String(ReportTexts::annualIntroduction));
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(stored->has_value());
    action("undoAction")->trigger();
    stored = ReportTexts::find(db(), security(), QLatin1String(ReportTexts::annualIntroduction));
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->has_value());
}

} // namespace
} // namespace focal
