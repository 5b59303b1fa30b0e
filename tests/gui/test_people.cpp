// People (focal points) in the editor: the tree shows them under their institution, New Person
// adds one where the person is, the person form validates the e-mail and the dates, stores the
// roles with the person as one step, and undo takes everything back exactly.

#include "EditorFixture.h"

#include "model/Country.h"
#include "model/Institution.h"
#include "model/WorkingGroup.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QTest>

namespace focal {
namespace {

using test::defaultKey;
using test::dumpTables;

class PeopleTest : public test::EditorTest
{
protected:
    // An institution of Chile, added outside the undo history when the default data has none.
    QUuid chileanInstitution()
    {
        auto found = repo().listWhere<Institution>("country_id", column::toVariant(m_chile));
        EXPECT_TRUE(found.ok());
        if (found && !found->isEmpty())
            return found->first().meta.id;
        Institution inst;
        inst.countryId = m_chile;
        inst.name = QStringLiteral("Ministerio del Interior");
        EXPECT_TRUE(repo().insert(inst).ok());
        return inst.meta.id;
    }
    QAction *newPerson()
    {
        return m_window->findChild<QAction *>(QStringLiteral("newPersonAction"));
    }
    QListWidgetItem *roleItem(QListWidget *roles, PersonRoleKind kind)
    {
        const auto items = roles->findItems(enumLabel(kind), Qt::MatchExactly);
        return items.isEmpty() ? nullptr : items.first();
    }

    const QUuid m_chile = defaultKey(Country::table, "CL");
};

TEST_F(PeopleTest, APersonTypedUnderAnInstitutionIsStoredWithRolesAndUndoneExactly)
{
    const QUuid institution = chileanInstitution();
    const QStringList before = dumpTables(db());
    open(institution);
    ASSERT_NE(newPerson(), nullptr);
    EXPECT_TRUE(newPerson()->isEnabled());
    newPerson()->trigger();

    RecordForm *form = m_window->currentForm();
    ASSERT_NE(form, nullptr);
    EXPECT_EQ(form->objectName(), QStringLiteral("personForm"));
    EXPECT_EQ(ForumTreeModel::idOf(m_tree->currentIndex().parent()), institution)
        << "the new person is shown under the institution";
    auto *name = field<QLineEdit>(form, "nameEdit");
    EXPECT_EQ(QApplication::focusWidget(), name);
    QTest::keyClicks(name, QStringLiteral("Maria Lopez"));
    auto *email = field<QLineEdit>(form, "emailEdit");
    retype(email, QStringLiteral("maria.lopez@"));
    EXPECT_EQ(message(form, "emailEdit"),
              QStringLiteral("This is not an e-mail address, like name@example.org."));
    EXPECT_EQ(email->accessibleName(), QStringLiteral("E-mail address"));
    EXPECT_FALSE(form->apply()) << "an invalid e-mail is refused";
    retype(email, QStringLiteral("maria.lopez@interior.gob.cl"));
    EXPECT_TRUE(message(form, "emailEdit").isEmpty());
    retype(field<QLineEdit>(form, "phoneEdit"), QStringLiteral("+56 2 2345 6789"));

    auto *from = field<QDateEdit>(form, "activeFromEdit");
    auto *to = field<QDateEdit>(form, "activeToEdit");
    EXPECT_EQ(from->text(), QStringLiteral("unknown"));
    from->setDate(QDate(2022, 3, 1));
    to->setDate(QDate(2021, 1, 1));
    EXPECT_EQ(message(form, "activeToEdit"), QStringLiteral("The end is before the start."));
    EXPECT_FALSE(form->apply());
    to->setDate(QDate(2024, 12, 31));
    EXPECT_TRUE(message(form, "activeToEdit").isEmpty());

    auto *roles = field<QListWidget>(form, "rolesList");
    QListWidgetItem *focal = roleItem(roles, PersonRoleKind::FocalPoint);
    QListWidgetItem *leader = roleItem(roles, PersonRoleKind::SubgroupLeader);
    ASSERT_TRUE(focal && leader);
    roles->setFocus();
    for (QListWidgetItem *item : {focal, leader}) {
        roles->setCurrentItem(item);
        QTest::keyClick(roles, Qt::Key_Space);
        ASSERT_EQ(item->checkState(), Qt::Checked);
    }
    auto *group = field<QComboBox>(form, "roleGroupCombo");
    const QUuid seguridad = repo().get<Subgroup>(defaultKey(Subgroup::table, "seg-sg1"))->groupId;
    group->setCurrentIndex(group->findData(seguridad));
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(form->isDirty());

    auto people = repo().listWhere<Person>("name", QStringLiteral("Maria Lopez"));
    ASSERT_TRUE(people.ok());
    ASSERT_EQ(people->size(), 1);
    const Person maria = people->first();
    EXPECT_EQ(maria.countryId, m_chile);
    EXPECT_EQ(maria.institutionId, institution);
    EXPECT_EQ(maria.email, QStringLiteral("maria.lopez@interior.gob.cl"));
    EXPECT_EQ(maria.phone, QStringLiteral("+56 2 2345 6789"));
    EXPECT_EQ(maria.activeFrom, QDate(2022, 3, 1));
    EXPECT_EQ(maria.activeTo, QDate(2024, 12, 31));
    auto stored = repo().listWhere<PersonRole>("person_id", column::toVariant(maria.meta.id));
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 2);
    QList<PersonRoleKind> kinds;
    for (const PersonRole &r : *stored) {
        kinds << r.role;
        EXPECT_EQ(r.groupId, seguridad);
    }
    EXPECT_TRUE(kinds.contains(PersonRoleKind::FocalPoint));
    EXPECT_TRUE(kinds.contains(PersonRoleKind::SubgroupLeader));
    EXPECT_EQ(m_tree->currentIndex().data().toString(), QStringLiteral("Maria Lopez"));
    EXPECT_EQ(m_doc->undoStack().count(), 2) << "added, then person and roles in one step";

    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    auto afterUndo = repo().listWhere<PersonRole>("person_id", column::toVariant(maria.meta.id));
    ASSERT_TRUE(afterUndo.ok());
    EXPECT_TRUE(afterUndo->isEmpty()) << "one undo takes the roles and the edit back";
    pressOnTree(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(dumpTables(db()), before);
    EXPECT_TRUE(m_prompts->messages.isEmpty())
        << m_prompts->messages.join(QLatin1Char('\n')).toStdString();
}

TEST_F(PeopleTest, APersonWithoutInstitutionIsShownUnderTheCountry)
{
    open(m_chile);
    newPerson()->trigger();
    EXPECT_EQ(ForumTreeModel::kindOf(m_tree->currentIndex()), NodeKind::Person);
    EXPECT_EQ(ForumTreeModel::idOf(m_tree->currentIndex().parent()), m_chile);
    RecordForm *form = m_window->currentForm();
    auto *institution = field<QComboBox>(form, "institutionCombo");
    ASSERT_NE(institution, nullptr);
    EXPECT_EQ(institution->currentIndex(), 0) << "(none)";
    // Only Chile's institutions are offered.
    auto chilean = repo().listWhere<Institution>("country_id", column::toVariant(m_chile));
    ASSERT_TRUE(chilean.ok());
    EXPECT_EQ(institution->count(), chilean->size() + 1);
}

TEST_F(PeopleTest, NewPersonIsOnlyOfferedWithinACountry)
{
    open(defaultKey(Subgroup::table, "seg-sg1"));
    EXPECT_FALSE(newPerson()->isEnabled());
    open(m_chile);
    EXPECT_TRUE(newPerson()->isEnabled());
}

} // namespace
} // namespace focal
