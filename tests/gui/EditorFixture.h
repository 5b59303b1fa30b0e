#pragma once

// The fixture of the editor's tests: a window on a fresh copy of the default data, answered by
// ScriptedPrompts, with helpers to open a record's form, find its fields and type into them.

#include "forms/RecordForm.h"
#include "ForumTreeModel.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "QtPrinters.h"
#include "ScriptedPrompts.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTreeView>

namespace focal::test {

// The window and its document, shown and active, with the prompts scripted.

class EditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        auto document = openDefaultDocument(m_dir);
        ASSERT_NE(document, nullptr);
        m_doc = document.get();
        m_window = std::make_unique<MainWindow>(std::move(document));
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        m_window->setPrompts(std::move(prompts));
        m_tree = m_window->findChild<QTreeView *>(QStringLiteral("forumTree"));
        ASSERT_NE(m_tree, nullptr);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    void TearDown() override { QSettings().clear(); }

    Database &db() { return m_doc->database(); }
    Repository &repo() { return m_doc->repository(); }

    // Makes the record current in the tree and returns its form.
    RecordForm *open(const QUuid &id)
    {
        EXPECT_TRUE(m_window->selectRecord(id));
        return m_window->currentForm();
    }

    template <typename W> W *field(RecordForm *form, const char *name)
    {
        W *w = form ? form->findChild<W *>(QLatin1String(name)) : nullptr;
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    // Replaces a line edit's text by typing, as a person does (ASCII only: QTest types keys).
    void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    void pressOnTree(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        m_tree->setFocus();
        QTest::keyClick(m_tree, Qt::Key(key), modifiers);
    }

    QString message(RecordForm *form, const char *fieldName)
    {
        auto *label =
            form->findChild<QLabel *>(QLatin1String(fieldName) + QStringLiteral("Message"));
        return label && label->isVisible() ? label->text() : QString();
    }

    QTemporaryDir m_dir;
    ForumDocument *m_doc = nullptr; // owned by the window
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompts *m_prompts = nullptr; // owned by the window
    QTreeView *m_tree = nullptr;
};

} // namespace focal::test
