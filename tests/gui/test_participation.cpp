// A working group's participation in its form: the countries with their status (a table with a
// status combo per row, rows added and removed) and the institutions (checked in a list grouped
// by country), written with the group as one step that undo takes back exactly.

#include "EditorFixture.h"

#include "model/Country.h"
#include "model/Institution.h"
#include "model/WorkingGroup.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

namespace focal {
namespace {

using test::defaultKey;
using test::dumpTables;

class ParticipationTest : public test::EditorTest
{
protected:
    int rowOf(QTableWidget *table, const QUuid &country)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->data(Qt::UserRole).toUuid() == country)
                return row;
        return -1;
    }
    QComboBox *statusOf(QTableWidget *table, const QUuid &country)
    {
        const int row = rowOf(table, country);
        return row < 0 ? nullptr : qobject_cast<QComboBox *>(table->cellWidget(row, 1));
    }
    std::optional<ParticipationStatus> storedStatus(const QUuid &country)
    {
        auto rows = repo().listWhere<GroupCountry>("group_id", column::toVariant(m_group));
        EXPECT_TRUE(rows.ok());
        for (const GroupCountry &row : rows ? *rows : QList<GroupCountry>())
            if (row.countryId == country)
                return row.status;
        return std::nullopt;
    }
    QList<QUuid> storedInstitutions()
    {
        auto rows = repo().listWhere<GroupInstitution>("group_id", column::toVariant(m_group));
        QList<QUuid> ids;
        for (const GroupInstitution &row : rows ? *rows : QList<GroupInstitution>())
            ids << row.institutionId;
        return ids;
    }

    const QUuid m_group = defaultKey(WorkingGroup::table, "seguridad");
    const QUuid m_argentina = defaultKey(Country::table, "AR");
    const QUuid m_brazil = defaultKey(Country::table, "BR");
};

TEST_F(ParticipationTest, ArgentinaBecomesActiveAndAnInstitutionJoinsInOneUndoableStep)
{
    // Every institution of the default data takes part already: one that does not.
    Institution newcomer;
    newcomer.countryId = m_argentina;
    newcomer.name = QStringLiteral("Ministerio de Defensa");
    ASSERT_TRUE(repo().insert(newcomer).ok());
    const QStringList before = dumpTables(db());
    ASSERT_EQ(storedStatus(m_argentina), ParticipationStatus::Invited);
    RecordForm *form = open(m_group);
    ASSERT_NE(form, nullptr);
    EXPECT_EQ(form->objectName(), QStringLiteral("workingGroupForm"));
    auto *table = field<QTableWidget>(form, "countriesTable");
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->accessibleName(), QStringLiteral("Participating countries"));
    QComboBox *argentina = statusOf(table, m_argentina);
    ASSERT_NE(argentina, nullptr);
    EXPECT_EQ(argentina->currentText(), enumLabel(ParticipationStatus::Invited));
    EXPECT_FALSE(form->isDirty());

    argentina->setFocus();
    argentina->setCurrentIndex(argentina->findData(enumKey(ParticipationStatus::Active)));
    EXPECT_TRUE(form->isDirty());

    auto *institutions = field<QTreeWidget>(form, "institutionsTree");
    ASSERT_NE(institutions, nullptr);
    const QList<QUuid> held = storedInstitutions();
    QTreeWidgetItem *joining = nullptr;
    for (int c = 0; c < institutions->topLevelItemCount() && !joining; ++c)
        for (int i = 0; i < institutions->topLevelItem(c)->childCount() && !joining; ++i) {
            QTreeWidgetItem *item = institutions->topLevelItem(c)->child(i);
            const bool isHeld = held.contains(item->data(0, Qt::UserRole).toUuid());
            EXPECT_EQ(item->checkState(0) == Qt::Checked, isHeld);
            if (!isHeld)
                joining = item;
        }
    ASSERT_NE(joining, nullptr) << "an institution that does not take part yet";
    const QUuid joiningId = joining->data(0, Qt::UserRole).toUuid();
    EXPECT_EQ(joiningId, newcomer.meta.id);
    EXPECT_EQ(joining->parent()->text(0), QStringLiteral("Argentina")) << "grouped by country";
    joining->setCheckState(0, Qt::Checked);

    field<QPushButton>(form, "applyButton")->click();
    EXPECT_FALSE(form->isDirty());
    EXPECT_EQ(storedStatus(m_argentina), ParticipationStatus::Active);
    EXPECT_EQ(storedInstitutions().size(), held.size() + 1);
    EXPECT_TRUE(storedInstitutions().contains(joiningId));
    EXPECT_EQ(m_doc->undoStack().count(), 1);

    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(dumpTables(db()), before);
    EXPECT_EQ(statusOf(table, m_argentina)->currentText(), enumLabel(ParticipationStatus::Invited))
        << "the form follows the undo";
    pressOnTree(Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(storedStatus(m_argentina), ParticipationStatus::Active);
    EXPECT_TRUE(m_prompts->messages.isEmpty())
        << m_prompts->messages.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ParticipationTest, RowsAreAddedAndRemovedAndUndoRestoresThem)
{
    const QStringList before = dumpTables(db());
    RecordForm *form = open(m_group);
    auto *table = field<QTableWidget>(form, "countriesTable");
    auto *choice = field<QComboBox>(form, "addCountryCombo");
    ASSERT_TRUE(table && choice);
    const int rows = table->rowCount();
    ASSERT_GT(choice->count(), 0) << "some country does not take part yet";
    EXPECT_EQ(rowOf(table, choice->currentData().toUuid()), -1);
    const QUuid added = choice->currentData().toUuid();
    field<QPushButton>(form, "addCountryButton")->click();
    EXPECT_EQ(table->rowCount(), rows + 1);
    EXPECT_EQ(choice->findData(added), -1) << "a country is offered once";

    table->setCurrentCell(rowOf(table, m_brazil), 0);
    field<QPushButton>(form, "removeCountryButton")->click();
    EXPECT_EQ(rowOf(table, m_brazil), -1);
    ASSERT_TRUE(form->apply());
    EXPECT_EQ(storedStatus(added), ParticipationStatus::Active);
    EXPECT_FALSE(storedStatus(m_brazil).has_value());

    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(dumpTables(db()), before);
}

} // namespace
} // namespace focal
