// The Plans menu in the window: a plan opens in its editor; rows pasted from a spreadsheet and
// CSV files go into the plan as one undo step, and a bad file changes nothing; export writes a
// file Excel opens; reprogramming; the timeline leads to the plan item.

#include "EditorFixture.h"
#include "plans/PlanEditor.h"
#include "plans/PlanItemModel.h"
#include "plans/PlanPropertiesDialog.h"
#include "plans/TimelineView.h"

#include "model/Plan.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace focal {
namespace {

class PlanActionsTest : public test::EditorTest
{
protected:
    QAction *action(const char *name)
    {
        auto *a = m_window->findChild<QAction *>(QLatin1String(name));
        EXPECT_NE(a, nullptr) << name;
        return a;
    }
    PlanEditor *editor() { return m_window->findChild<PlanEditor *>(QStringLiteral("planEditor")); }
    QUuid sg1Plan() { return test::defaultKey(Plan::table, "seg-sg1-2021"); }
    QList<PlanItem> items(const QUuid &plan)
    {
        auto all = repo().listWhere<PlanItem>("plan_id", column::toVariant(plan),
                                              QStringLiteral("position"));
        EXPECT_TRUE(all.ok());
        return all.ok() ? *all : QList<PlanItem>();
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
};

TEST_F(PlanActionsTest, APlanOpensInItsEditorAndEnablesThePlansMenu)
{
    open(test::defaultKey(Subgroup::table, "seg-sg1"));
    EXPECT_FALSE(editor()->isVisible());
    EXPECT_FALSE(action("recordPlanStepAction")->isEnabled());
    EXPECT_TRUE(action("planTimelineAction")->isEnabled());

    ASSERT_TRUE(m_window->selectRecord(sg1Plan()));
    EXPECT_TRUE(editor()->isVisible());
    EXPECT_EQ(editor()->plan(), sg1Plan());
    EXPECT_EQ(editor()->model()->rowCount(), 2); // the report's two lines of action
    for (const char *name : {"recordPlanStepAction", "planVersionsAction", "reprogramPlanAction",
                             "pastePlanRowsAction", "importPlanCsvAction", "exportPlanCsvAction"})
        EXPECT_TRUE(action(name)->isEnabled()) << name;
}

TEST_F(PlanActionsTest, PropertiesAreCheckedAndChangedAsOneUndoStep)
{
    ASSERT_TRUE(m_window->selectRecord(sg1Plan()));
    const auto before = test::dumpTables(db());
    action("planPropertiesAction")->trigger();
    auto *dialog = m_window->findChild<PlanPropertiesDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
    auto *year = dialog->findChild<QSpinBox *>(QStringLiteral("year"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(title && year && problem && ok);
    EXPECT_EQ(title->text(), QStringLiteral("Plan de Trabajo 2021"));

    title->clear();
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_EQ(problem->text(), QStringLiteral("Give the plan a title."));
    QTest::keyClicks(title, QStringLiteral("Plan de Trabajo 2021 (revisado)"));
    year->setValue(year->minimum()); // "none": an annual plan needs its year
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_EQ(problem->text(), QStringLiteral("An annual work plan needs its year."));
    EXPECT_EQ(test::dumpTables(db()), before);
    year->setValue(2021);
    ASSERT_TRUE(ok->isEnabled());
    ok->click();

    auto plan = repo().get<Plan>(sg1Plan());
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->title, QStringLiteral("Plan de Trabajo 2021 (revisado)"));
    EXPECT_EQ(plan->year, 2021);
    action("undoAction")->trigger();
    EXPECT_EQ(test::dumpTables(db()), before);
}

TEST_F(PlanActionsTest, PastedRowsAreAddedAsOneUndoStep)
{
    ASSERT_TRUE(m_window->selectRecord(sg1Plan()));
    const auto before = test::dumpTables(db());
    QGuiApplication::clipboard()->setText(
        QStringLiteral("Ciberseguridad regional\tMesa de trabajo sobre ciberdelitos\t"
                       "Segundo semestre 2021\tPY; CL\tproposed\t\n"
                       "\tDiagnóstico de capacidades\tPor definir\tPY\t\t\n"));
    m_prompts->choices << 0; // add after the existing lines
    action("pastePlanRowsAction")->trigger();
    EXPECT_TRUE(m_prompts->messages.isEmpty()) << m_prompts->messages.join(u'\n').toStdString();

    const QList<PlanItem> all = items(sg1Plan());
    ASSERT_EQ(all.size(), 5 + 2 + 3); // two lines and five products, plus the pasted three
    PlanItem line, product;
    for (const PlanItem &i : all) {
        if (i.text == QStringLiteral("Ciberseguridad regional"))
            line = i;
        if (i.text == QStringLiteral("Mesa de trabajo sobre ciberdelitos"))
            product = i;
    }
    EXPECT_TRUE(line.parentId.isNull());
    EXPECT_EQ(line.position, 3);
    EXPECT_EQ(product.parentId, line.meta.id);
    EXPECT_EQ(product.deadline, *Deadline::semester(2021, 2));
    EXPECT_EQ(product.deadlineText, QStringLiteral("Segundo semestre 2021"));
    auto owners = repo().listWhere<PlanItemCountry>("item_id", column::toVariant(product.meta.id));
    ASSERT_TRUE(owners.ok());
    EXPECT_EQ(owners->size(), 2);
    EXPECT_EQ(editor()->model()->rowCount(), 3);

    const auto after = test::dumpTables(db());
    action("undoAction")->trigger();
    EXPECT_EQ(test::dumpTables(db()), before);
    action("redoAction")->trigger();
    EXPECT_EQ(test::dumpTables(db()), after);
}

TEST_F(PlanActionsTest, ACsvFileReplacesThePlanAndUndoPutsItBack)
{
    ASSERT_TRUE(m_window->selectRecord(sg1Plan()));
    const auto before = test::dumpTables(db());
    m_prompts->fileNames << writeFile(
        QStringLiteral("plan.csv"),
        "\xEF\xBB\xBFLine of action,Product or activity,Deadline,Responsible countries,Status,"
        "Notes\r\n"
        "\"Coordinación \"\"regional\"\", DOT\",\"Informe, con salto\nde línea\","
        "Primer trimestre 2022,CL,in_progress,\"Notas: ñ, ç, ã\"\r\n");
    m_prompts->choices << 1; // replace
    action("importPlanCsvAction")->trigger();
    EXPECT_TRUE(m_prompts->messages.isEmpty()) << m_prompts->messages.join(u'\n').toStdString();
    const QList<PlanItem> all = items(sg1Plan());
    ASSERT_EQ(all.size(), 2);
    const PlanItem &line = all.at(0).parentId.isNull() ? all.at(0) : all.at(1);
    const PlanItem &product = all.at(0).parentId.isNull() ? all.at(1) : all.at(0);
    EXPECT_EQ(line.text, QStringLiteral("Coordinación \"regional\", DOT"));
    EXPECT_EQ(product.text, QStringLiteral("Informe, con salto\nde línea"));
    EXPECT_EQ(product.deadline, *Deadline::quarter(2022, 1));
    EXPECT_EQ(product.status, PlanItemStatus::InProgress);
    EXPECT_EQ(product.notes, QStringLiteral("Notas: ñ, ç, ã"));

    action("undoAction")->trigger();
    EXPECT_EQ(test::dumpTables(db()), before);
}

TEST_F(PlanActionsTest, AMalformedCsvIsRefusedWithItsLineAndChangesNothing)
{
    ASSERT_TRUE(m_window->selectRecord(sg1Plan()));
    const auto before = test::dumpTables(db());
    m_prompts->fileNames << writeFile(QStringLiteral("bad.csv"),
                                      "Line of action,Product or activity,Deadline\r\n"
                                      "Línea,Producto,Primer bimestre 2021\r\n"
                                      "Línea,Otro producto,Primer bimestre 20211\r\n");
    action("importPlanCsvAction")->trigger();
    ASSERT_EQ(m_prompts->messages.size(), 1);
    EXPECT_TRUE(m_prompts->messages.first().contains(QStringLiteral("Line 3")))
        << m_prompts->messages.first().toStdString();
    EXPECT_TRUE(m_prompts->messages.first().startsWith(QStringLiteral("Nothing was added")));
    EXPECT_EQ(test::dumpTables(db()), before);
    EXPECT_FALSE(action("undoAction")->isEnabled());
}

TEST_F(PlanActionsTest, ExportWritesACsvThatSpreadsheetsOpen)
{
    ASSERT_TRUE(m_window->selectRecord(sg1Plan()));
    const QString path = m_dir.filePath(QStringLiteral("sg1.csv"));
    m_prompts->fileNames << path;
    action("exportPlanCsvAction")->trigger();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBFLine of action,")); // UTF-8 with its BOM
    EXPECT_TRUE(bytes.contains("\r\n"));
    EXPECT_EQ(QString::fromUtf8(bytes).count(QStringLiteral("Primer bimestre 2021")), 4);
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("Centro de Cooperación")));

    // An existing file is replaced only when the person says so.
    m_prompts->fileNames << path;
    m_prompts->answers << false;
    QFile::resize(path, 0);
    action("exportPlanCsvAction")->trigger();
    EXPECT_EQ(QFileInfo(path).size(), 0);
}

TEST_F(PlanActionsTest, ReprogrammingCarriesTheItemsIntoTheNextYearAsOneStep)
{
    ASSERT_TRUE(m_window->selectRecord(sg1Plan()));
    const auto before = test::dumpTables(db());
    m_prompts->answers << true;
    action("reprogramPlanAction")->trigger();
    ASSERT_EQ(m_prompts->questions.size(), 1);
    EXPECT_TRUE(m_prompts->questions.first().contains(QStringLiteral("5 unfinished")))
        << m_prompts->questions.first().toStdString();
    auto plans = repo().listWhere<Plan>(
        "subgroup_id", column::toVariant(test::defaultKey(Subgroup::table, "seg-sg1")),
        QStringLiteral("year"));
    ASSERT_TRUE(plans.ok());
    ASSERT_EQ(plans->size(), 2);
    EXPECT_EQ(plans->last().year, 2022);
    const QList<PlanItem> carried = items(plans->last().meta.id);
    EXPECT_EQ(carried.size(), 7);
    for (const PlanItem &i : items(sg1Plan())) {
        if (!i.parentId.isNull()) {
            EXPECT_EQ(i.status, PlanItemStatus::Reprogrammed) << i.text.toStdString();
        }
    }

    action("undoAction")->trigger();
    EXPECT_EQ(test::dumpTables(db()), before);
}

TEST_F(PlanActionsTest, TheTimelineLeadsToThePlanItem)
{
    open(test::defaultKey(Country::table, "CL"));
    m_tree->setFocus();
    QTest::keyClick(m_tree, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->isVisible());
    auto *timeline = dock->findChild<TimelineView *>();
    ASSERT_NE(timeline, nullptr);

    const QList<PlanItem> all = items(sg1Plan());
    const PlanItem product = all.last().parentId.isNull() ? all.first() : all.last();
    ASSERT_FALSE(product.parentId.isNull());
    emit timeline->itemActivated(product.meta.id);
    EXPECT_EQ(ForumTreeModel::idOf(m_tree->currentIndex()), sg1Plan());
    EXPECT_EQ(editor()->view()->currentIndex().data(PlanItemModel::ItemIdRole).toUuid(),
              product.meta.id);
}

} // namespace
} // namespace focal
