// The plan editor driven as a person would: the keyboard, the cell editors, the confirmation
// of a removal; every change checked in the database, and undone exactly.

#include "GuiSupport.h"
#include "plans/PlanEditor.h"
#include "plans/PlanItemModel.h"
#include "QtPrinters.h"
#include "ScriptedPrompts.h"
#include "widgets/DeadlineEdit.h"

#include "model/Enums.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QScopeGuard>
#include <QSettings>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace focal {
namespace {

// QTest::keyClicks takes ASCII only: other characters are sent as key events with their text,
// as a keyboard layout that has them would.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QUuid key(const char *k)
{
    return test::defaultKey(PlanItem::table, k);
}

class PlanEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(QStringLiteral("planEditor"));
        ASSERT_TRUE(m_dir.isValid());
        m_doc = test::openDefaultDocument(m_dir);
        ASSERT_NE(m_doc, nullptr);
        m_doc->setErrorHandler([this](const Error &e) { m_errors << e.message; });
        m_editor = std::make_unique<PlanEditor>(*m_doc, m_prompts);
        m_editor->setPlan(test::defaultKey(Plan::table, "seg-sg1-2021"));
        m_editor->resize(1200, 600);
        m_editor->show();
        QApplication::setActiveWindow(m_editor.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_editor.get()));
        m_editor->view()->setFocus();
        m_before = test::dumpTables(m_doc->database());
    }

    QTreeView *view() const { return m_editor->view(); }
    PlanItemModel *model() const { return m_editor->model(); }
    PlanItem item(const QUuid &id) { return m_doc->repository().get<PlanItem>(id).value(); }

    void makeCurrent(const QUuid &id, int column = PlanItemModel::TextColumn)
    {
        const QModelIndex index = model()->indexOf(id, column);
        ASSERT_TRUE(index.isValid());
        view()->setCurrentIndex(index);
    }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
        // Item views commit an editor's data through a queued call.
        QCoreApplication::processEvents();
    }
    // Replaces the text of the focused field by typing.
    void type(const QString &text)
    {
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        ASSERT_NE(line, nullptr) << "no text field has the focus";
        line->selectAll();
        typeText(line, text);
    }
    void undoAll()
    {
        while (m_doc->undoStack().canUndo())
            m_doc->undoStack().undo();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ForumDocument> m_doc;
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<PlanEditor> m_editor;
    QStringList m_before;
    QStringList m_errors;
};

TEST_F(PlanEditorTest, HeaderToolBarAndView)
{
    EXPECT_EQ(m_editor->findChild<QLabel *>(QStringLiteral("planTitle"))->text(),
              QStringLiteral("Plan de Trabajo 2021"));
    const QString details = m_editor->findChild<QLabel *>(QStringLiteral("planDetails"))->text();
    EXPECT_TRUE(details.contains(QStringLiteral("2021"))) << details.toStdString();
    EXPECT_TRUE(details.contains(enumLabel(DocumentStatus::ObservationsReceived)));
    EXPECT_EQ(m_editor->plan(), test::defaultKey(Plan::table, "seg-sg1-2021"));
    EXPECT_GE(m_editor->toolBar()->actions().size(), 8);
    EXPECT_EQ(view()->model(), model());
    EXPECT_TRUE(view()->isExpanded(model()->index(0, 0)));
    EXPECT_FALSE(view()->accessibleName().isEmpty());
}

TEST_F(PlanEditorTest, TypesANewTextAndDeadlineThroughTheCells)
{
    const QUuid id = key("seg-sg1-2021/1/1");
    makeCurrent(id);
    press(Qt::Key_F2);
    type(QStringLiteral("Documento de planificación revisado"));
    press(Qt::Key_Return);
    EXPECT_EQ(item(id).text, QStringLiteral("Documento de planificación revisado"));

    makeCurrent(id, PlanItemModel::DeadlineColumn);
    press(Qt::Key_F2);
    auto *edit = qobject_cast<DeadlineEdit *>(
        view()->indexWidget(model()->indexOf(id, PlanItemModel::DeadlineColumn)));
    ASSERT_NE(edit, nullptr);
    type(QStringLiteral("2do semestre 2020"));
    EXPECT_TRUE(edit->isAcceptable());
    press(Qt::Key_Return);
    EXPECT_EQ(item(id).deadline.toCode(), QStringLiteral("2020-S2"));
    EXPECT_EQ(item(id).deadlineText, QStringLiteral("2do semestre 2020"));
    EXPECT_EQ(model()->indexOf(id, PlanItemModel::DeadlineColumn).data().toString(),
              QStringLiteral("2do semestre 2020"));
    EXPECT_EQ(m_doc->undoStack().count(), 2);

    m_doc->undoStack().undo();
    EXPECT_EQ(item(id).deadlineText, QStringLiteral("Primer bimestre 2021"));
    undoAll();
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
    EXPECT_EQ(m_errors, QStringList());
}

TEST_F(PlanEditorTest, AnInvalidDeadlineIsRefusedAndNothingIsSaved)
{
    const QUuid id = key("seg-sg1-2021/1/2");
    makeCurrent(id, PlanItemModel::DeadlineColumn);
    press(Qt::Key_F2);
    const QModelIndex cell = model()->indexOf(id, PlanItemModel::DeadlineColumn);
    auto *edit = qobject_cast<DeadlineEdit *>(view()->indexWidget(cell));
    ASSERT_NE(edit, nullptr);
    type(QStringLiteral("cuando se pueda"));
    press(Qt::Key_Return);
    // Still open, saying why.
    EXPECT_EQ(view()->indexWidget(cell), edit);
    EXPECT_TRUE(edit->feedback().contains(QStringLiteral("✗"))) << edit->feedback().toStdString();
    EXPECT_TRUE(edit->feedbackLabel()->isVisible());
    press(Qt::Key_Tab);
    EXPECT_EQ(view()->indexWidget(cell), edit);
    EXPECT_EQ(m_doc->undoStack().count(), 0);
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
    press(Qt::Key_Escape);
    EXPECT_EQ(view()->indexWidget(cell), nullptr);
    EXPECT_EQ(item(id).deadlineText, QStringLiteral("Primer bimestre 2021"));
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
}

TEST_F(PlanEditorTest, StatusAndCountriesThroughTheirEditors)
{
    const QUuid id = key("seg-sg1-2021/2/1");
    ASSERT_EQ(test::rowCount(m_doc->database(), "plan_item_country"), 0);
    makeCurrent(id, PlanItemModel::StatusColumn);
    press(Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(combo->findData(QStringLiteral("approved")));
    press(Qt::Key_Return);
    EXPECT_EQ(item(id).status, PlanItemStatus::Approved);

    makeCurrent(id, PlanItemModel::CountriesColumn);
    press(Qt::Key_F2);
    auto *list = qobject_cast<QListWidget *>(QApplication::focusWidget());
    ASSERT_NE(list, nullptr);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().endsWith(QStringLiteral("(CL)")) ||
            list->item(i)->text().endsWith(QStringLiteral("(PE)")))
            list->item(i)->setCheckState(Qt::Checked);
    press(Qt::Key_Return);
    EXPECT_EQ(model()->indexOf(id, PlanItemModel::CountriesColumn).data().toString(),
              QStringLiteral("CL, PE"));
    EXPECT_EQ(test::rowCount(m_doc->database(), "plan_item_country"), 2);
    EXPECT_EQ(m_doc->undoStack().count(), 2);
    undoAll();
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
}

TEST_F(PlanEditorTest, KeyboardAddsRemovesIndentsOutdentsAndMoves)
{
    const QUuid l1 = key("seg-sg1-2021/1"), l2 = key("seg-sg1-2021/2");
    const QUuid p11 = key("seg-sg1-2021/1/1"), p12 = key("seg-sg1-2021/1/2");
    const QUuid p21 = key("seg-sg1-2021/2/1");

    // Ctrl+Shift+N: a new line after the current one, its text open for typing.
    makeCurrent(l1);
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(model()->rowCount(), 3);
    const QUuid newLine = model()->itemId(model()->index(1, 0));
    type(QStringLiteral("Línea tres"));
    press(Qt::Key_Return);
    EXPECT_EQ(item(newLine).text, QStringLiteral("Línea tres"));
    EXPECT_EQ(item(newLine).position, 2);
    EXPECT_EQ(item(l2).position, 3);

    // Ctrl+N and Insert: products of the current line.
    makeCurrent(newLine);
    press(Qt::Key_N, Qt::ControlModifier);
    press(Qt::Key_Escape);
    press(Qt::Key_Insert);
    press(Qt::Key_Escape);
    ASSERT_EQ(model()->rowCount(model()->indexOf(newLine)), 2);
    const QUuid second = model()->itemId(model()->index(1, 0, model()->indexOf(newLine)));
    EXPECT_EQ(item(second).parentId, newLine);
    EXPECT_EQ(item(second).position, 2);

    // Alt+Up / Alt+Down among siblings.
    makeCurrent(p12);
    press(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(item(p12).position, 1);
    EXPECT_EQ(item(p11).position, 2);
    EXPECT_EQ(model()->itemId(view()->currentIndex()), p12); // the moved item stays current
    press(Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(item(p12).position, 2);

    // Alt+Shift+Left: a product becomes a line after its own; Alt+Shift+Right takes it back.
    makeCurrent(p21);
    press(Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
    EXPECT_TRUE(item(p21).parentId.isNull());
    EXPECT_EQ(item(p21).position, 4);
    EXPECT_EQ(item(key("seg-sg1-2021/2/2")).position, 1);
    press(Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
    EXPECT_EQ(item(p21).parentId, l2);
    EXPECT_EQ(item(p21).position, 2);

    // Delete asks; "no" keeps the item, "yes" removes the line with its products.
    makeCurrent(newLine);
    m_prompts.answers = {false, true};
    press(Qt::Key_Delete);
    EXPECT_TRUE(m_doc->repository().get<PlanItem>(newLine).ok());
    press(Qt::Key_Delete);
    ASSERT_EQ(m_prompts.questions.size(), 2);
    EXPECT_TRUE(m_prompts.questions[1].contains(QStringLiteral("its 2 product")))
        << m_prompts.questions[1].toStdString();
    EXPECT_FALSE(m_doc->repository().get<PlanItem>(newLine).ok());
    EXPECT_FALSE(m_doc->repository().get<PlanItem>(second).ok());
    EXPECT_EQ(item(l2).position, 2);
    EXPECT_EQ(model()->rowCount(), 2);

    EXPECT_EQ(m_errors, QStringList());
    undoAll();
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
    EXPECT_EQ(model()->rowCount(), 2);
    EXPECT_EQ(model()->rowCount(model()->index(0, 0)), 3);
}

// In the main window, File > New is Ctrl+N for the whole window: while the plan's tree has the
// focus, Ctrl+N still adds a product, and the window's action does not run.
TEST_F(PlanEditorTest, ItsKeysWinOverTheWindowsWhileTheTreeHasTheFocus)
{
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    m_editor->setParent(&host);
    // Given back before the host goes, whatever happens: the fixture owns the editor.
    const auto giveBack = qScopeGuard([this] { m_editor->setParent(nullptr); });
    layout->addWidget(m_editor.get());
    QAction windowNew(&host);
    windowNew.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    host.addAction(&windowNew);
    int windowNews = 0;
    QObject::connect(&windowNew, &QAction::triggered, [&] { ++windowNews; });
    host.show();
    QApplication::setActiveWindow(&host);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&host));
    makeCurrent(key("seg-sg1-2021/2"));
    view()->setFocus();
    press(Qt::Key_N, Qt::ControlModifier);
    press(Qt::Key_Escape);
    EXPECT_EQ(windowNews, 0);
    EXPECT_EQ(model()->rowCount(model()->index(1, 0)), 3);
    EXPECT_EQ(m_doc->undoStack().count(), 1);
}

// Moving a line keeps it expanded and current: the model moves rows rather than resetting.
TEST_F(PlanEditorTest, MovingALineKeepsItsExpansionAndSelection)
{
    const QUuid l2 = key("seg-sg1-2021/2");
    view()->collapse(model()->indexOf(key("seg-sg1-2021/1")));
    makeCurrent(l2);
    press(Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(item(l2).position, 1);
    EXPECT_EQ(model()->indexOf(l2).row(), 0);
    EXPECT_EQ(view()->currentIndex(), model()->indexOf(l2));
    EXPECT_TRUE(view()->isExpanded(model()->indexOf(l2)));
    EXPECT_FALSE(view()->isExpanded(model()->indexOf(key("seg-sg1-2021/1"))));
    // Undo puts it back, still expanded.
    m_doc->undoStack().undo();
    EXPECT_EQ(model()->indexOf(l2).row(), 1);
    EXPECT_TRUE(view()->isExpanded(model()->indexOf(l2)));
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
}

TEST_F(PlanEditorTest, ColumnWidthsAreRemembered)
{
    view()->setColumnWidth(PlanItemModel::NotesColumn, 333);
    PlanEditor another(*m_doc, m_prompts);
    EXPECT_EQ(another.view()->columnWidth(PlanItemModel::NotesColumn), 333);
    EXPECT_EQ(another.view()->columnWidth(PlanItemModel::TextColumn),
              view()->columnWidth(PlanItemModel::TextColumn));
}

TEST_F(PlanEditorTest, DragAndDropThroughTheModelIsOneUndoableStep)
{
    const QUuid p11 = key("seg-sg1-2021/1/1");
    std::unique_ptr<QMimeData> data(model()->mimeData({model()->indexOf(p11)}));
    // Dropped at the end of the second line.
    ASSERT_TRUE(model()->dropMimeData(data.get(), Qt::MoveAction, -1, 0, model()->index(1, 0)));
    EXPECT_EQ(item(p11).parentId, key("seg-sg1-2021/2"));
    EXPECT_EQ(item(p11).position, 3);
    EXPECT_EQ(item(key("seg-sg1-2021/1/2")).position, 1);
    EXPECT_EQ(m_doc->undoStack().count(), 1);
    m_doc->undoStack().undo();
    EXPECT_EQ(test::dumpTables(m_doc->database()), m_before);
    m_doc->undoStack().redo();
    EXPECT_EQ(item(p11).parentId, key("seg-sg1-2021/2"));
}

} // namespace
} // namespace focal
