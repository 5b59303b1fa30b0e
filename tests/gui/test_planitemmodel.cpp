// PlanItemModel: the items of a plan as a tree table, checked by QAbstractItemModelTester
// through a storm of edits, moves, undos and changes made by another program.

#include "GuiSupport.h"
#include "ModelTestLog.h"
#include "plans/PlanItemCommands.h"
#include "plans/PlanItemModel.h"
#include "QtPrinters.h"

#include "model/Enums.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <memory>

namespace focal {
namespace {

using test::ModelTestLog;

QUuid key(const char *k)
{
    return test::defaultKey(PlanItem::table, k);
}

class PlanItemModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_doc = test::openDefaultDocument(m_dir);
        ASSERT_NE(m_doc, nullptr);
        m_model = std::make_unique<PlanItemModel>(*m_doc);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    void TearDown() override
    {
        EXPECT_EQ(m_log.messages(), QStringList()) << "QAbstractItemModelTester complained";
        m_tester.reset();
        m_model.reset();
    }

    QString cell(int line, int product, int column, int role = Qt::DisplayRole) const
    {
        const QModelIndex parent = product < 0 ? QModelIndex() : m_model->index(line, 0);
        const QModelIndex index =
            product < 0 ? m_model->index(line, column) : m_model->index(product, column, parent);
        return index.data(role).toString();
    }

    PlanItem item(const QUuid &id) { return m_doc->repository().get<PlanItem>(id).value(); }

    QUuid sg1() const { return test::defaultKey(Plan::table, "seg-sg1-2021"); }

    ModelTestLog m_log;
    QTemporaryDir m_dir;
    std::unique_ptr<ForumDocument> m_doc;
    std::unique_ptr<PlanItemModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(PlanItemModelTest, EveryDefaultPlanShowsItsLinesAndProducts)
{
    auto plans = m_doc->repository().list<Plan>();
    ASSERT_TRUE(plans.ok());
    ASSERT_GE(plans->size(), 3);
    for (const Plan &plan : *plans) {
        m_model->setPlan(plan.meta.id);
        auto items =
            m_doc->repository().listWhere<PlanItem>("plan_id", column::toVariant(plan.meta.id));
        ASSERT_TRUE(items.ok());
        int lines = 0, shown = 0;
        for (const PlanItem &i : *items)
            lines += i.parentId.isNull() ? 1 : 0;
        EXPECT_EQ(m_model->rowCount(), lines) << plan.title.toStdString();
        for (int row = 0; row < m_model->rowCount(); ++row)
            shown += 1 + m_model->rowCount(m_model->index(row, 0));
        EXPECT_EQ(shown, items->size()) << plan.title.toStdString();
    }
}

TEST_F(PlanItemModelTest, SubgroupOnePlanRowsAndColumns)
{
    m_model->setPlan(sg1());
    ASSERT_EQ(m_model->columnCount(), 6);
    EXPECT_EQ(m_model->headerData(PlanItemModel::DeadlineColumn, Qt::Horizontal).toString(),
              QStringLiteral("Deadline"));
    ASSERT_EQ(m_model->rowCount(), 2);
    EXPECT_EQ(cell(0, -1, 0),
              QStringLiteral("Coordinaciones para establecer estrategias regionales "
                             "conjuntas para combatir las DOT"));
    EXPECT_EQ(cell(1, -1, 0), QStringLiteral("Analizar la creación de un Centro de Cooperación "
                                             "Regional para el combate de la DOT"));
    EXPECT_TRUE(m_model->index(0, 0).data(PlanItemModel::IsLineRole).toBool());
    ASSERT_EQ(m_model->rowCount(m_model->index(0, 0)), 3);
    ASSERT_EQ(m_model->rowCount(m_model->index(1, 0)), 2);
    EXPECT_EQ(m_model->rowCount(m_model->index(0, 1)), 0); // only column 0 has children
    EXPECT_EQ(cell(0, 0, 0), QStringLiteral("Documento de planificación de acciones a mediano y "
                                            "largo plazo. Descripción por etapas."));
    EXPECT_EQ(cell(0, 0, PlanItemModel::DeadlineColumn), QStringLiteral("Primer bimestre 2021"));
    EXPECT_EQ(cell(0, 0, PlanItemModel::DeadlineColumn, PlanItemModel::DeadlineCodeRole),
              QStringLiteral("2021-B1"));
    EXPECT_EQ(cell(0, 2, PlanItemModel::DeadlineColumn),
              QStringLiteral("Cuarto bimestre 2020 Primer bimestre 2021"));
    EXPECT_EQ(cell(0, 2, PlanItemModel::DeadlineColumn, PlanItemModel::DeadlineCodeRole),
              QStringLiteral("2020-B4;2021-B1"));
    EXPECT_TRUE(cell(0, 2, PlanItemModel::DeadlineColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("2020")));
    EXPECT_EQ(cell(1, 0, PlanItemModel::DeadlineColumn), QStringLiteral("Cuarto bimestre 2020"));
    EXPECT_EQ(cell(1, 1, 0).left(24), QStringLiteral("Establecer la composició"));
    EXPECT_EQ(cell(0, 0, PlanItemModel::StatusColumn), QStringLiteral("proposed"));
    EXPECT_EQ(cell(0, 0, PlanItemModel::StatusColumn, Qt::EditRole), QStringLiteral("proposed"));
    EXPECT_EQ(cell(0, 0, PlanItemModel::CountriesColumn), QString());
    EXPECT_EQ(cell(0, 0, PlanItemModel::NotesColumn), QString());
    EXPECT_EQ(cell(0, 0, PlanItemModel::OriginalDeadlineColumn), QString());
    EXPECT_EQ(m_model->indexOf(key("seg-sg1-2021/2/2")),
              m_model->index(1, 0, m_model->index(1, 0)));
    EXPECT_FALSE(m_model->flags(m_model->index(0, 0, m_model->index(0, 0))) &
                 Qt::ItemIsDropEnabled); // no third level
    EXPECT_TRUE(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsDropEnabled);
    EXPECT_FALSE(m_model->flags(m_model->index(0, PlanItemModel::OriginalDeadlineColumn)) &
                 Qt::ItemIsEditable);
}

TEST_F(PlanItemModelTest, CountriesAndOriginalDeadlineAreShown)
{
    m_model->setPlan(sg1());
    const QUuid id = key("seg-sg1-2021/1/1");
    const QUuid chile = test::defaultKey(Country::table, "CL");
    const QUuid peru = test::defaultKey(Country::table, "PE");
    ASSERT_TRUE(commands::setPlanItemCountries(*m_doc, id, {peru, chile}).ok());
    // In the order of the country list (by Spanish name): Chile before Perú.
    EXPECT_EQ(cell(0, 0, PlanItemModel::CountriesColumn), QStringLiteral("CL, PE"));
    EXPECT_EQ(cell(0, 0, PlanItemModel::CountriesColumn, Qt::ToolTipRole),
              QStringLiteral("Chile, Perú"));

    PlanItem reprogrammed = item(id);
    reprogrammed.originalDeadline = reprogrammed.deadline;
    reprogrammed.originalDeadlineText = reprogrammed.deadlineText;
    ASSERT_TRUE(m_doc->repository().restore(reprogrammed).ok());
    EXPECT_EQ(cell(0, 0, PlanItemModel::OriginalDeadlineColumn), QString()); // the same: hidden
    reprogrammed.deadline = *Deadline::semester(2021, 2);
    reprogrammed.deadlineText = QStringLiteral("2do semestre 2021");
    ASSERT_TRUE(m_doc->repository().restore(reprogrammed).ok());
    EXPECT_EQ(cell(0, 0, PlanItemModel::OriginalDeadlineColumn),
              QStringLiteral("Primer bimestre 2021"));
    EXPECT_EQ(cell(0, 0, PlanItemModel::DeadlineColumn), QStringLiteral("2do semestre 2021"));
}

TEST_F(PlanItemModelTest, SetDataPushesCommandsAndRefusesWhatIsNotADeadline)
{
    m_model->setPlan(sg1());
    const QStringList before = test::dumpTables(m_doc->database());
    const QModelIndex deadline =
        m_model->index(0, PlanItemModel::DeadlineColumn, m_model->index(0, 0));
    EXPECT_FALSE(m_model->setData(deadline, QStringLiteral("el año que viene")));
    EXPECT_FALSE(m_model->setData(m_model->index(0, 0), QStringLiteral("   ")));
    EXPECT_EQ(m_doc->undoStack().count(), 0);
    EXPECT_EQ(test::dumpTables(m_doc->database()), before);

    EXPECT_TRUE(m_model->setData(deadline, QStringLiteral("oct - dic 2020")));
    EXPECT_EQ(item(key("seg-sg1-2021/1/1")).deadline.toCode(), QStringLiteral("2020-10..2020-12"));
    EXPECT_EQ(item(key("seg-sg1-2021/1/1")).deadlineText, QStringLiteral("oct - dic 2020"));
    EXPECT_EQ(deadline.data().toString(), QStringLiteral("oct - dic 2020"));

    // Successive text edits of one item are one step.
    const QModelIndex text = m_model->index(0, 0, m_model->index(0, 0));
    EXPECT_TRUE(m_model->setData(text, QStringLiteral("Documento")));
    EXPECT_TRUE(m_model->setData(text, QStringLiteral("Documento de planificación")));
    EXPECT_EQ(m_doc->undoStack().count(), 2);
    EXPECT_TRUE(m_model->setData(m_model->index(0, PlanItemModel::StatusColumn, text.parent()),
                                 QStringLiteral("in_progress")));
    EXPECT_EQ(item(key("seg-sg1-2021/1/1")).status, PlanItemStatus::InProgress);
    EXPECT_EQ(m_doc->undoStack().count(), 3);
    while (m_doc->undoStack().canUndo())
        m_doc->undoStack().undo();
    EXPECT_EQ(test::dumpTables(m_doc->database()), before);
    EXPECT_EQ(cell(0, 0, 0).left(9), QStringLiteral("Documento"));
    EXPECT_EQ(cell(0, 0, PlanItemModel::DeadlineColumn), QStringLiteral("Primer bimestre 2021"));
}

TEST_F(PlanItemModelTest, RefreshesAfterAnotherProgramChangedThePlan)
{
    m_model->setPlan(sg1());
    const QPersistentModelIndex second = m_model->index(1, 0);
    auto other = Database::open(m_doc->path(), Database::Mode::OpenExisting);
    ASSERT_TRUE(other.ok());
    Repository theirs(**other);
    PlanItem changed = theirs.get<PlanItem>(key("seg-sg1-2021/2/1")).value();
    changed.text = QStringLiteral("Cambiado por otro programa");
    ASSERT_TRUE(theirs.update(changed).ok());
    PlanItem added;
    added.planId = sg1();
    added.parentId = key("seg-sg1-2021/2");
    added.position = 3;
    added.text = QStringLiteral("Nuevo producto");
    ASSERT_TRUE(theirs.insert(added).ok());

    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    EXPECT_TRUE(m_doc->database().pollExternalChanges());
    EXPECT_EQ(cell(1, 0, 0), QStringLiteral("Cambiado por otro programa"));
    EXPECT_EQ(cell(1, 2, 0), QStringLiteral("Nuevo producto"));
    EXPECT_EQ(changes.count(), 1);
    EXPECT_EQ(inserts.count(), 1);
    EXPECT_EQ(resets.count(), 0); // views keep their expansion and selection
    EXPECT_TRUE(second.isValid());
    EXPECT_EQ(second.row(), 1);
}

TEST_F(PlanItemModelTest, DragAndDropMovesAProductToAnotherLine)
{
    m_model->setPlan(sg1());
    const QStringList before = test::dumpTables(m_doc->database());
    const QModelIndex product = m_model->index(2, 0, m_model->index(0, 0));
    std::unique_ptr<QMimeData> data(m_model->mimeData({product}));
    ASSERT_TRUE(data->hasFormat(PlanItemModel::mimeType()));
    // Not under a product, and a line with products does not become one.
    EXPECT_FALSE(m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0,
                                          m_model->index(0, 0, m_model->index(1, 0))));
    std::unique_ptr<QMimeData> line(m_model->mimeData({m_model->index(0, 0)}));
    EXPECT_FALSE(m_model->canDropMimeData(line.get(), Qt::MoveAction, 0, 0, m_model->index(1, 0)));

    ASSERT_TRUE(m_model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, m_model->index(1, 0)));
    EXPECT_EQ(m_model->rowCount(m_model->index(0, 0)), 2);
    ASSERT_EQ(m_model->rowCount(m_model->index(1, 0)), 3);
    EXPECT_EQ(cell(1, 1, 0).left(19), QStringLiteral("Asistencia técnica "));
    const PlanItem moved = item(key("seg-sg1-2021/1/3"));
    EXPECT_EQ(moved.parentId, key("seg-sg1-2021/2"));
    EXPECT_EQ(moved.position, 2);
    EXPECT_EQ(item(key("seg-sg1-2021/2/2")).position, 3);

    // Reordering lines: the second line dropped before the first.
    std::unique_ptr<QMimeData> second(m_model->mimeData({m_model->index(1, 0)}));
    ASSERT_TRUE(m_model->dropMimeData(second.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    EXPECT_EQ(cell(0, -1, 0).left(8), QStringLiteral("Analizar"));
    EXPECT_EQ(m_doc->undoStack().count(), 2);
    m_doc->undoStack().undo();
    m_doc->undoStack().undo();
    EXPECT_EQ(test::dumpTables(m_doc->database()), before);
    EXPECT_EQ(m_model->rowCount(m_model->index(0, 0)), 3);
}

// Edits, moves, adds, removals, undo, redo and another program's changes in a row, with the
// tester watching every signal; at the end, undoing everything gives back the database.
TEST_F(PlanItemModelTest, ChangeStorm)
{
    m_model->setPlan(sg1());
    ForumDocument &doc = *m_doc;
    const QStringList before = test::dumpTables(doc.database());
    const QUuid l1 = key("seg-sg1-2021/1"), l2 = key("seg-sg1-2021/2");
    const QUuid p11 = key("seg-sg1-2021/1/1"), p13 = key("seg-sg1-2021/1/3");
    const QUuid p21 = key("seg-sg1-2021/2/1");
    ASSERT_TRUE(m_model->setData(m_model->indexOf(p11, PlanItemModel::NotesColumn),
                                 QStringLiteral("avance")));
    ASSERT_TRUE(commands::movePlanItemBy(doc, p13, -2).ok());
    EXPECT_EQ(m_model->indexOf(p13).row(), 0);
    ASSERT_TRUE(commands::outdentPlanItem(doc, p21).ok());
    ASSERT_EQ(m_model->rowCount(), 3);
    EXPECT_EQ(m_model->indexOf(p21).row(), 2);
    auto added = commands::addPlanItem(doc, sg1(), QUuid(), 0, QStringLiteral("Línea nueva"));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(m_model->indexOf(*added).row(), 0);
    ASSERT_TRUE(commands::indentPlanItem(doc, p21).ok()); // under l2 again, at its end
    ASSERT_TRUE(commands::movePlanItem(doc, l2, QUuid(), 0).ok());
    EXPECT_EQ(m_model->indexOf(l2).row(), 0);
    ASSERT_TRUE(
        commands::setPlanItemCountries(doc, p21, {test::defaultKey(Country::table, "AR")}).ok());
    ASSERT_TRUE(commands::removePlanItem(doc, l1).ok());
    EXPECT_FALSE(m_model->indexOf(p11).isValid());
    // A failing command changes nothing.
    EXPECT_FALSE(commands::indentPlanItem(doc, l2).ok());
    const int steps = doc.undoStack().count();
    while (doc.undoStack().canUndo())
        doc.undoStack().undo();
    EXPECT_EQ(test::dumpTables(doc.database()), before);
    while (doc.undoStack().canRedo())
        doc.undoStack().redo();
    EXPECT_EQ(doc.undoStack().count(), steps);
    EXPECT_FALSE(m_model->indexOf(l1).isValid());
    EXPECT_EQ(
        m_model->index(0, PlanItemModel::CountriesColumn, m_model->index(0, 0)).data().toString(),
        QString()); // l2's first product is p22 now; p21 went to the end
    EXPECT_EQ(m_model->indexOf(p21, PlanItemModel::CountriesColumn).data().toString(),
              QStringLiteral("AR"));
    // Another program empties the plan.
    {
        auto other = Database::open(doc.path(), Database::Mode::OpenExisting);
        ASSERT_TRUE(other.ok());
        Repository theirs(**other);
        ASSERT_TRUE(theirs.remove<PlanItem>(l2).ok());
    }
    doc.database().pollExternalChanges();
    EXPECT_FALSE(m_model->indexOf(l2).isValid());
    m_model->setPlan(QUuid());
    EXPECT_EQ(m_model->rowCount(), 0);
}

} // namespace
} // namespace focal
