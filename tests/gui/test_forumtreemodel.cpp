// ForumTreeModel on the PROSUR default data: the structure of the report, and the model
// contract checked by QAbstractItemModelTester.

#include "ForumTreeModel.h"
#include "ModelTestLog.h"
#include "QtPrinters.h"
#include "support/TestDatabase.h"

#include "model/Country.h"
#include "model/Institution.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "storage/Repository.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace focal {
namespace {

using test::ModelTestLog;

class ForumTreeModelTest : public ::testing::Test
{
protected:
    ForumTreeModelTest() : m_repo(m_db.db()), m_model(m_repo) {}

    void SetUp() override
    {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            &m_model, QAbstractItemModelTester::FailureReportingMode::Warning);
        auto loaded = m_model.reload();
        ASSERT_TRUE(loaded.ok()) << loaded.error().fullText().toStdString();
    }

    void TearDown() override
    {
        m_tester.reset();
        EXPECT_EQ(m_log.messages(), QStringList()) << "QAbstractItemModelTester complained";
    }

    QStringList labels(const QModelIndex &parent) const
    {
        QStringList out;
        for (int row = 0; row < m_model.rowCount(parent); ++row)
            out << m_model.index(row, 0, parent).data().toString();
        return out;
    }

    QModelIndex child(const QModelIndex &parent, const QString &label) const
    {
        for (int row = 0; row < m_model.rowCount(parent); ++row) {
            const QModelIndex index = m_model.index(row, 0, parent);
            if (index.data().toString() == label)
                return index;
        }
        return {};
    }

    QModelIndex forumNode() const { return m_model.index(0, 0); }
    QModelIndex countriesNode() const { return m_model.index(1, 0); }

    QModelIndex securityGroup() const
    {
        const QModelIndex area =
            child(forumNode(), QStringLiteral("Seguridad y Combate al Crimen"));
        return child(area, QStringLiteral("Grupo de Trabajo de Seguridad y Combate al Crimen"));
    }

    ModelTestLog m_log; // first: it must see the tester's messages from SetUp on
    test::TestDatabase m_db{test::TestDatabase::Content::DefaultData};
    Repository m_repo;
    ForumTreeModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(ForumTreeModelTest, TopLevelIsTheForumThenTheCountries)
{
    ASSERT_EQ(m_model.rowCount(), 4);
    EXPECT_EQ(ForumTreeModel::kindOf(forumNode()), NodeKind::Forum);
    EXPECT_EQ(forumNode().data().toString(), QStringLiteral("PROSUR"));
    EXPECT_FALSE(ForumTreeModel::idOf(forumNode()).isNull());
    EXPECT_EQ(ForumTreeModel::kindOf(countriesNode()), NodeKind::CountriesRoot);
    EXPECT_EQ(countriesNode().data().toString(), QStringLiteral("Countries"));
    EXPECT_TRUE(ForumTreeModel::idOf(countriesNode()).isNull());
    EXPECT_EQ(m_model.columnCount(), 1);
    EXPECT_EQ(ForumTreeModel::kindOf(m_model.index(2, 0)), NodeKind::MeetingsRoot);
    EXPECT_EQ(ForumTreeModel::kindOf(m_model.index(3, 0)), NodeKind::DocumentsRoot);
}

TEST_F(ForumTreeModelTest, MeetingsByYearTheLatestFirst)
{
    const QModelIndex meetings = m_model.index(2, 0);
    EXPECT_EQ(meetings.data().toString(), QStringLiteral("Meetings"));
    EXPECT_EQ(labels(meetings), QStringList({QStringLiteral("2020"), QStringLiteral("2019")}));
    int total = 0;
    for (int row = 0; row < m_model.rowCount(meetings); ++row) {
        const QModelIndex year = m_model.index(row, 0, meetings);
        EXPECT_EQ(ForumTreeModel::kindOf(year), NodeKind::MeetingYear);
        // A year's meetings are read when it is opened.
        EXPECT_TRUE(m_model.hasChildren(year));
        EXPECT_EQ(m_model.rowCount(year), 0);
        m_model.ensureLoaded(year);
        EXPECT_GT(m_model.rowCount(year), 0);
        for (int child = 0; child < m_model.rowCount(year); ++child) {
            const QModelIndex meeting = m_model.index(child, 0, year);
            ASSERT_EQ(ForumTreeModel::kindOf(meeting), NodeKind::Meeting);
            auto record = m_repo.get<Meeting>(ForumTreeModel::idOf(meeting));
            ASSERT_TRUE(record.ok());
            EXPECT_EQ(QString::number(record->date.year()), year.data().toString());
            EXPECT_TRUE(meeting.data().toString().endsWith(record->title));
            ++total;
        }
    }
    EXPECT_EQ(total, test::rowCount(m_repo.database(), "meeting"));
}

TEST_F(ForumTreeModelTest, IndexOfOpensTheYearOfAMeeting)
{
    auto meetings = m_repo.list<Meeting>(QStringLiteral("date"));
    ASSERT_TRUE(meetings.ok());
    ASSERT_FALSE(meetings->isEmpty());
    const Meeting &first = meetings->first();
    const QModelIndex year = m_model.index(1, 0, m_model.index(2, 0)); // 2019, after 2020
    ASSERT_EQ(year.data().toString(), QString::number(first.date.year()));
    EXPECT_EQ(m_model.rowCount(year), 0);
    const QModelIndex found = m_model.indexOf(first.meta.id);
    ASSERT_TRUE(found.isValid());
    EXPECT_EQ(found.parent(), year);
    EXPECT_GT(m_model.rowCount(year), 0);
    EXPECT_TRUE(found.data().toString().endsWith(first.title));
}

TEST_F(ForumTreeModelTest, DocumentsAreListedByAnnex)
{
    const QModelIndex documents = m_model.index(3, 0);
    EXPECT_EQ(documents.data().toString(), QStringLiteral("Documents"));
    ASSERT_EQ(m_model.rowCount(documents), test::rowCount(m_repo.database(), "document"));
    const QModelIndex first = m_model.index(0, 0, documents);
    EXPECT_EQ(ForumTreeModel::kindOf(first), NodeKind::Document);
    EXPECT_EQ(first.data().toString(),
              QStringLiteral("2.a Plan sectorial de Seguridad y Combate del Crimen"));
}

TEST_F(ForumTreeModelTest, AreasFollowTheReportsOrder)
{
    const QStringList expected = {
        QStringLiteral("Infraestructura"),
        QStringLiteral("Energía"),
        QStringLiteral("Salud"),
        QStringLiteral("Defensa"),
        QStringLiteral("Seguridad y Combate al Crimen"),
        QStringLiteral("Gestión de Riesgo de Desastres"),
    };
    EXPECT_EQ(labels(forumNode()), expected);
    for (int row = 0; row < m_model.rowCount(forumNode()); ++row) {
        const QModelIndex area = m_model.index(row, 0, forumNode());
        EXPECT_EQ(ForumTreeModel::kindOf(area), NodeKind::Area);
        // Each area has exactly its one working group.
        ASSERT_EQ(m_model.rowCount(area), 1) << area.data().toString().toStdString();
        EXPECT_EQ(ForumTreeModel::kindOf(m_model.index(0, 0, area)), NodeKind::Group);
    }
}

TEST_F(ForumTreeModelTest, SecurityGroupHasTheReportsThreeSubgroups)
{
    const QModelIndex group = securityGroup();
    ASSERT_TRUE(group.isValid());
    // The group's own sectoral plan first, then its subgroups.
    EXPECT_EQ(labels(group),
              QStringList({QStringLiteral("Plan sectorial de Seguridad y Combate al Crimen"),
                           QStringLiteral("1. Combate a la Delincuencia Organizada Transnacional "
                                          "(DOT)"),
                           QStringLiteral("2. Asistencia a las Víctimas de la DOT"),
                           QStringLiteral("3. Prevención de Delitos y Violencia de Género")}));
    EXPECT_EQ(ForumTreeModel::kindOf(m_model.index(0, 0, group)), NodeKind::Plan);

    // The rows carry the records' own UUIDs, in the order of their numbers.
    for (int row = 1; row < m_model.rowCount(group); ++row) {
        const QModelIndex index = m_model.index(row, 0, group);
        EXPECT_EQ(ForumTreeModel::kindOf(index), NodeKind::Subgroup);
        auto subgroup = m_repo.get<Subgroup>(ForumTreeModel::idOf(index));
        ASSERT_TRUE(subgroup.ok());
        EXPECT_EQ(subgroup->number, row);
        EXPECT_EQ(subgroup->groupId, ForumTreeModel::idOf(group));
        // Each subgroup's work plan of 2021 (section 7 of the report) is under it.
        ASSERT_EQ(m_model.rowCount(index), 1);
        const QModelIndex plan = m_model.index(0, 0, index);
        EXPECT_EQ(ForumTreeModel::kindOf(plan), NodeKind::Plan);
        EXPECT_EQ(plan.data().toString(), QStringLiteral("Plan de Trabajo 2021"));
        auto record = m_repo.get<Plan>(ForumTreeModel::idOf(plan));
        ASSERT_TRUE(record.ok());
        EXPECT_EQ(record->subgroupId, subgroup->meta.id);
        EXPECT_EQ(record->year, 2021);
    }
    // No other group has subgroups in the default data.
    for (int row = 0; row < m_model.rowCount(forumNode()); ++row) {
        const QModelIndex otherGroup = m_model.index(0, 0, m_model.index(row, 0, forumNode()));
        if (otherGroup != group) {
            EXPECT_EQ(m_model.rowCount(otherGroup), 0)
                << otherGroup.data().toString().toStdString();
        }
    }
}

TEST_F(ForumTreeModelTest, CountriesAreTheEightSortedByName)
{
    EXPECT_EQ(labels(countriesNode()),
              QStringList({QStringLiteral("Argentina"), QStringLiteral("Brasil"),
                           QStringLiteral("Chile"), QStringLiteral("Colombia"),
                           QStringLiteral("Ecuador"), QStringLiteral("Guyana"),
                           QStringLiteral("Paraguay"), QStringLiteral("Perú")}));
}

TEST_F(ForumTreeModelTest, ArgentinaHasItsTwoInstitutionsIncludingSedronar)
{
    const QModelIndex argentina = child(countriesNode(), QStringLiteral("Argentina"));
    ASSERT_TRUE(argentina.isValid());
    EXPECT_EQ(ForumTreeModel::kindOf(argentina), NodeKind::Country);
    auto country = m_repo.get<Country>(ForumTreeModel::idOf(argentina));
    ASSERT_TRUE(country.ok());
    EXPECT_EQ(country->iso2, QStringLiteral("AR"));

    EXPECT_EQ(labels(argentina),
              QStringList({QStringLiteral("Ministerio de Seguridad"),
                           QStringLiteral("Secretaría de Políticas Integrales sobre Drogas "
                                          "(SEDRONAR)")}));
    for (int row = 0; row < m_model.rowCount(argentina); ++row) {
        const QModelIndex index = m_model.index(row, 0, argentina);
        EXPECT_EQ(ForumTreeModel::kindOf(index), NodeKind::Institution);
        auto institution = m_repo.get<Institution>(ForumTreeModel::idOf(index));
        ASSERT_TRUE(institution.ok());
        EXPECT_EQ(institution->countryId, country->meta.id);
    }
    // Guyana takes part in no group of the report and has no institution.
    EXPECT_EQ(m_model.rowCount(child(countriesNode(), QStringLiteral("Guyana"))), 0);
}

TEST_F(ForumTreeModelTest, IndexOfFindsARecordWhereverItIs)
{
    auto subgroups = m_repo.listWhere<Subgroup>("number", 2, QStringLiteral("number"));
    ASSERT_TRUE(subgroups.ok());
    ASSERT_EQ(subgroups->size(), 1);
    const QModelIndex found = m_model.indexOf(subgroups->first().meta.id);
    ASSERT_TRUE(found.isValid());
    EXPECT_EQ(found.data().toString(), QStringLiteral("2. Asistencia a las Víctimas de la DOT"));
    EXPECT_EQ(found.parent(), securityGroup());
    EXPECT_FALSE(m_model.indexOf(QUuid::createUuid()).isValid());
    EXPECT_FALSE(m_model.indexOf(QUuid()).isValid());
}

TEST_F(ForumTreeModelTest, ReloadShowsWhatWasAddedSince)
{
    Subgroup fourth;
    fourth.groupId = ForumTreeModel::idOf(securityGroup());
    fourth.number = 4;
    fourth.name = QStringLiteral("Ciberdelito");
    ASSERT_TRUE(m_repo.insert(fourth).ok());

    ASSERT_TRUE(m_model.reload().ok());
    const QModelIndex group = securityGroup();
    ASSERT_EQ(m_model.rowCount(group), 5); // the sectoral plan and four subgroups
    EXPECT_EQ(m_model.index(4, 0, group).data().toString(), QStringLiteral("4. Ciberdelito"));
    EXPECT_EQ(ForumTreeModel::idOf(m_model.index(4, 0, group)), fourth.meta.id);

    // A plan without its year in the title says the year.
    Plan plan;
    plan.groupId = fourth.groupId;
    plan.subgroupId = fourth.meta.id;
    plan.year = 2022;
    plan.title = QStringLiteral("Plan de Trabajo");
    ASSERT_TRUE(m_repo.insert(plan).ok());
    const QModelIndex subgroup = m_model.indexOf(fourth.meta.id);
    ASSERT_EQ(m_model.rowCount(subgroup), 1);
    EXPECT_EQ(m_model.index(0, 0, subgroup).data().toString(),
              QStringLiteral("Plan de Trabajo (2022)"));
}

TEST_F(ForumTreeModelTest, FollowsWritesOfAnotherRepositoryWithoutBeingAsked)
{
    // Another view (or an undo) writes through its own repository on the same database: the
    // notifier tells the model, which rebuilds itself under QAbstractItemModelTester's eyes.
    Repository other(m_db.db());
    QSignalSpy resets(&m_model, &QAbstractItemModel::modelReset);
    Country bolivia;
    bolivia.iso2 = QStringLiteral("BO");
    bolivia.nameEs = QStringLiteral("Bolivia");
    ASSERT_TRUE(other.insert(bolivia).ok());
    EXPECT_EQ(resets.count(), 1);
    const QModelIndex row = m_model.indexOf(bolivia.meta.id);
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(row.data().toString(), QStringLiteral("Bolivia"));
    EXPECT_EQ(row.parent(), countriesNode());

    bolivia.nameEs = QStringLiteral("Estado Plurinacional de Bolivia");
    ASSERT_TRUE(other.update(bolivia).ok());
    EXPECT_EQ(m_model.indexOf(bolivia.meta.id).data().toString(),
              QStringLiteral("Estado Plurinacional de Bolivia"));
    ASSERT_TRUE(other.remove<Country>(bolivia.meta.id).ok());
    EXPECT_FALSE(m_model.indexOf(bolivia.meta.id).isValid());
    EXPECT_EQ(resets.count(), 3);
}

TEST(ForumTreeModelEmpty, AnEmptyDatabaseStillHasItsHeadings)
{
    ModelTestLog log;
    test::TestDatabase db(test::TestDatabase::Content::Empty);
    Repository repo(db.db());
    ForumTreeModel model(repo);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(model.reload().ok());
    ASSERT_EQ(model.rowCount(), 4); // forum, countries, meetings, documents
    EXPECT_EQ(ForumTreeModel::kindOf(model.index(0, 0)), NodeKind::Forum);
    EXPECT_TRUE(ForumTreeModel::idOf(model.index(0, 0)).isNull());
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0);
    EXPECT_EQ(model.rowCount(model.index(1, 0)), 0);
    EXPECT_EQ(model.rowCount(model.index(2, 0)), 0);
    EXPECT_EQ(model.rowCount(model.index(3, 0)), 0);
    EXPECT_EQ(log.messages(), QStringList());
}

} // namespace
} // namespace focal
