// The commitments tracker: its filters, its order and the country × status matrix, against
// commitments made here in the health group (which has none in the default data), so that the
// numbers are exact whatever the seed's own commitments become; and the seed's own, as a
// cross-check that the tracker reads what the default data holds.

#include "data/DefaultData.h"
#include "model/Country.h"
#include "model/Meeting.h"
#include "model/WorkingGroup.h"
#include "query/Commitments.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace focal;
using focal::test::TestDatabase;

namespace {

const QDate today(2020, 10, 1);

QUuid country(const char *iso2)
{
    return DefaultData::keyUuid(Country::table, QString::fromLatin1(iso2));
}

CommitmentFilter filter(const QUuid &countryId,
                        std::optional<CommitmentStatus> status = std::nullopt,
                        bool overdueOnly = false)
{
    CommitmentFilter f;
    f.countryId = countryId;
    f.status = status;
    f.overdueOnly = overdueOnly;
    return f;
}

class CommitmentsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        health = DefaultData::keyUuid(WorkingGroup::table, QStringLiteral("salud"));
        Subgroup s;
        s.groupId = health;
        s.number = 1;
        s.name = QStringLiteral("Vigilancia");
        ASSERT_TRUE(repo.insert(s).ok());
        m1 = meeting(QDate(2020, 3, 10), QStringLiteral("Reunión A"), health, {});
        m2 = meeting(QDate(2020, 9, 24), QStringLiteral("Reunión B"), health, {});
        m3 = meeting(QDate(2020, 11, 5), QStringLiteral("Reunión del subgrupo"), {}, s.meta.id);
        // Inserted out of deadline order on purpose.
        c2 = commitment(m1, "BR", "2020-12", CommitmentStatus::Open, "Enviar el catastro");
        c1 = commitment(m1, "AR", "2020-Q2", CommitmentStatus::Open, "Enviar el informe");
        c3 = commitment(m2, "AR", "2020-S2", CommitmentStatus::Done, "Presentar la propuesta");
        c4 = commitment(m2, "CO", "2020-05", CommitmentStatus::Dropped, "Organizar un taller");
        c6 = commitment(m2, nullptr, "2020-07", CommitmentStatus::Open, "Circular el acta");
        c5 = commitment(m3, "BR", "", CommitmentStatus::Open, "Designar un punto focal");
        c7 = commitment(m3, "CO", "2020-Q2", CommitmentStatus::Open, "Revisar los indicadores");
        Agreement plain;
        plain.meetingId = m1;
        plain.text = QStringLiteral("Se aprueba el acta anterior.");
        ASSERT_TRUE(repo.insert(plain).ok());
    }

    QUuid meeting(QDate date, const QString &title, const QUuid &group, const QUuid &subgroup)
    {
        Meeting m;
        m.date = date;
        m.title = title;
        m.groupId = group;
        m.subgroupId = subgroup;
        m.scope = subgroup.isNull() ? MeetingScope::Group : MeetingScope::Subgroup;
        EXPECT_TRUE(repo.insert(m).ok());
        return m.meta.id;
    }

    QUuid commitment(const QUuid &meetingId, const char *iso2, const char *due,
                     CommitmentStatus status, const char *action)
    {
        Agreement a;
        a.meetingId = meetingId;
        a.position = ++position;
        a.isCommitment = true;
        a.text = QStringLiteral("Compromiso %1").arg(position);
        if (iso2)
            a.responsibleCountryId = country(iso2);
        a.action = QString::fromUtf8(action);
        a.due = *Deadline::fromCode(QString::fromLatin1(due));
        a.dueText = a.due.toText();
        a.status = status;
        EXPECT_TRUE(repo.insert(a).ok());
        return a.meta.id;
    }

    QList<QUuid> ids(CommitmentFilter f)
    {
        f.groupId = f.groupId.isNull() ? health : f.groupId;
        auto list = Commitments::list(t.db(), f, today);
        if (!list) {
            ADD_FAILURE() << list.error().message.toStdString();
            return {};
        }
        QList<QUuid> out;
        for (const Commitment &c : *list)
            out << c.id;
        return out;
    }

    TestDatabase t{TestDatabase::Content::DefaultData};
    Repository repo{t.db()};
    QUuid health, m1, m2, m3;
    QUuid c1, c2, c3, c4, c5, c6, c7;
    int position = 0;
};

} // namespace

TEST_F(CommitmentsTest, OrderedByDeadlineThenMeetingDateWithUndefinedLast)
{
    // May; June (the March meeting before the November one); July; the second semester and
    // December both end on 31 December, the semester starting first; to be defined last.
    EXPECT_EQ(ids({}), (QList<QUuid>{c4, c1, c7, c6, c3, c2, c5}));
}

TEST_F(CommitmentsTest, RowsCarryTheirMeetingGroupCountryAndOverdue)
{
    auto list = Commitments::list(t.db(), {QUuid(), std::nullopt, false, health}, today);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 7);
    const Commitment &first = list->at(1); // c1
    EXPECT_EQ(first.id, c1);
    EXPECT_EQ(first.meetingId, m1);
    EXPECT_EQ(first.meetingDate, QDate(2020, 3, 10));
    EXPECT_EQ(first.meetingTitle, QStringLiteral("Reunión A"));
    EXPECT_EQ(first.groupShortName, QStringLiteral("salud"));
    EXPECT_EQ(first.countryIso2, QStringLiteral("AR"));
    EXPECT_EQ(first.countryName, QStringLiteral("Argentina"));
    EXPECT_EQ(first.action, QStringLiteral("Enviar el informe"));
    EXPECT_EQ(first.due.end(), QDate(2020, 6, 30));
    EXPECT_TRUE(first.overdue);
    // A subgroup's meeting belongs to the subgroup's group.
    const Commitment &sub = list->at(2); // c7
    EXPECT_EQ(sub.groupId, health);
    ASSERT_TRUE(sub.subgroupNumber.has_value());
    EXPECT_EQ(*sub.subgroupNumber, 1);
    // Dropped work whose deadline has passed is not overdue; nor is work not yet due.
    EXPECT_FALSE(list->at(0).overdue);
    EXPECT_FALSE(list->at(5).overdue);
    EXPECT_TRUE(list->at(6).due.isUndefined());
    EXPECT_TRUE(list->at(3).countryId.isNull());
}

TEST_F(CommitmentsTest, FiltersByCountryStatusOverdueAndGroup)
{
    EXPECT_EQ(ids(filter(country("BR"))), (QList<QUuid>{c2, c5}));
    EXPECT_EQ(ids(filter({}, CommitmentStatus::Done)), (QList<QUuid>{c3}));
    EXPECT_EQ(ids(filter({}, CommitmentStatus::Dropped)), (QList<QUuid>{c4}));
    EXPECT_EQ(ids(filter({}, std::nullopt, true)), (QList<QUuid>{c1, c7, c6}));
    EXPECT_EQ(ids(filter(country("AR"), std::nullopt, true)), (QList<QUuid>{c1}));
    EXPECT_EQ(ids(filter(country("AR"), CommitmentStatus::Dropped)), QList<QUuid>{});
    // Later, nothing open is left undue but what has no deadline.
    auto later =
        Commitments::list(t.db(), {QUuid(), std::nullopt, true, health}, QDate(2021, 1, 1));
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later->size(), 4);
}

TEST_F(CommitmentsTest, WithoutAGroupEveryCommitmentComes)
{
    auto q = t->exec(QStringLiteral("SELECT count(*) FROM agreement WHERE is_commitment = 1"));
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q.value().next());
    const int stored = q.value().value(0).toInt();
    auto all = Commitments::list(t.db(), {}, today);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), stored);
    EXPECT_GT(stored, 7); // ours and the seed's
}

TEST_F(CommitmentsTest, MatrixCountsEachCountryByStatusWithTotals)
{
    auto list = Commitments::list(t.db(), {QUuid(), std::nullopt, false, health}, today);
    ASSERT_TRUE(list.ok());
    const CommitmentMatrix m = Commitments::matrix(*list);
    ASSERT_EQ(m.rows.size(), 4);
    EXPECT_EQ(m.rows[0], (CommitmentCount{country("AR"), QStringLiteral("Argentina"), 1, 1, 0, 1}));
    EXPECT_EQ(m.rows[1], (CommitmentCount{country("BR"), QStringLiteral("Brasil"), 2, 0, 0, 0}));
    EXPECT_EQ(m.rows[2], (CommitmentCount{country("CO"), QStringLiteral("Colombia"), 1, 0, 1, 1}));
    EXPECT_EQ(m.rows[3], (CommitmentCount{QUuid(), Commitments::noCountry(), 1, 0, 0, 1}));
    EXPECT_EQ(m.totals, (CommitmentCount{QUuid(), QStringLiteral("Total"), 5, 1, 1, 3}));
    EXPECT_EQ(m.totals.total(), 7);
    EXPECT_EQ(m.rows[1].total(), 2);
}

TEST_F(CommitmentsTest, TheSeedsCommitmentsAreTracked)
{
    // The report's meeting of 6 August 2020: Chile's and Paraguay's, none with a deadline.
    // These counts grow as more of the seed's commitments are added to the default data.
    const QUuid security = DefaultData::keyUuid(WorkingGroup::table, QStringLiteral("seguridad"));
    auto list = Commitments::list(t.db(), {QUuid(), std::nullopt, false, security}, today);
    ASSERT_TRUE(list.ok());
    ASSERT_GE(list->size(), 3);
    const CommitmentMatrix m = Commitments::matrix(*list);
    int paraguayOpen = -1;
    for (const CommitmentCount &row : m.rows)
        if (row.countryId == country("PY"))
            paraguayOpen = row.open;
    EXPECT_GE(paraguayOpen, 1);
    EXPECT_EQ(m.totals.total(), list->size());
    EXPECT_EQ(m.totals.overdue, 0); // none has a deadline, so none can be overdue
}

TEST_F(CommitmentsTest, TableForTheCommandLine)
{
    auto list = Commitments::list(t.db(), {country("AR"), std::nullopt, false, health}, today);
    ASSERT_TRUE(list.ok());
    const Table table = Commitments::table(*list);
    ASSERT_EQ(table.rows.size(), 2);
    ASSERT_EQ(table.keys.size(), table.headers.size());
    const QVariantList &row = table.rows.first();
    auto at = [&](const char *key) { return row.at(table.keys.indexOf(QLatin1String(key))); };
    EXPECT_EQ(at("due").toString(), QStringLiteral("Segundo trimestre 2020"));
    EXPECT_EQ(at("due_code").toString(), QStringLiteral("2020-Q2"));
    EXPECT_EQ(at("country").toString(), QStringLiteral("AR"));
    EXPECT_EQ(at("status").toString(), QStringLiteral("open"));
    EXPECT_EQ(at("overdue").toBool(), true);
    EXPECT_EQ(at("meeting_date").toString(), QStringLiteral("2020-03-10"));
    EXPECT_EQ(at("group").toString(), QStringLiteral("salud"));
    EXPECT_TRUE(at("subgroup").isNull());
    EXPECT_EQ(at("id").toString(), c1.toString(QUuid::WithoutBraces));
}
