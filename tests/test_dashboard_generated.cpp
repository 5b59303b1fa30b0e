// The home page's queries against a generated forum large enough to cut every list: totals,
// order and the rules of what counts, checked against the test's own reckoning item by item.

#include "model/Country.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "query/Dashboard.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace focal;
using focal::test::TestDatabase;

namespace {

// One generated product, as the test knows it: what the dashboard must make of it is worked out
// from this, item by item, without SQL.
struct Product
{
    QUuid id;
    QString text;
    Deadline deadline;
    PlanItemStatus status = PlanItemStatus::Proposed;
    int plan = 0;     // 0: subgroup 1's, 1: subgroup 2's, 2: the group's own (no subgroup)
    QList<QUuid> own; // its own responsible countries
};

// A forum of its own: four countries (Alfa leads subgroup 1 with Bravo and Charlie as members,
// Delta leads subgroup 2 alone), three plans, each with a line of action whose past deadline must
// never count, and 300 products over 2020-2021 with every status, deadlines by month, bimester
// and list, one in ten to be defined, and some with responsible countries of their own.
class GeneratedDashboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Repository repo(t.db());
        WriteTransaction tx(t.db());
        ASSERT_TRUE(tx.begun().ok());
        const char *names[] = {"Alfa", "Bravo", "Charlie", "Delta"};
        const char *codes[] = {"AA", "BB", "CC", "DD"};
        for (int i = 0; i < 4; ++i) {
            Country c;
            c.iso2 = QLatin1String(codes[i]);
            c.nameEs = QLatin1String(names[i]);
            ASSERT_TRUE(repo.insert(c).ok());
            country[i] = c.meta.id;
        }
        ThematicArea area;
        area.code = QStringLiteral("T");
        area.nameEs = QStringLiteral("Tema");
        ASSERT_TRUE(repo.insert(area).ok());
        WorkingGroup group;
        group.areaId = area.meta.id;
        group.name = QStringLiteral("Grupo");
        group.shortName = QStringLiteral("grupo");
        ASSERT_TRUE(repo.insert(group).ok());
        groupId = group.meta.id;
        for (int s = 0; s < 2; ++s) {
            Subgroup sg;
            sg.groupId = group.meta.id;
            sg.number = s + 1;
            sg.name = s == 0 ? QStringLiteral("Uno") : QStringLiteral("Dos");
            sg.leaderCountryId = s == 0 ? country[0] : country[3];
            ASSERT_TRUE(repo.insert(sg).ok());
            subgroup[s] = sg.meta.id;
        }
        for (int m : {1, 2}) {
            SubgroupMember member;
            member.subgroupId = subgroup[0];
            member.countryId = country[m];
            ASSERT_TRUE(repo.insert(member).ok());
        }
        QUuid line[3];
        for (int p = 0; p < 3; ++p) {
            Plan plan;
            plan.groupId = group.meta.id;
            plan.subgroupId = p < 2 ? subgroup[p] : QUuid();
            plan.year = 2021;
            plan.title = QStringLiteral("Plan %1").arg(p);
            ASSERT_TRUE(repo.insert(plan).ok());
            PlanItem l;
            l.planId = plan.meta.id;
            l.text = QStringLiteral("Línea %1").arg(p);
            l.deadline = *Deadline::month(2020, 1);
            ASSERT_TRUE(repo.insert(l).ok());
            line[p] = l.meta.id;
            planIds[p] = plan.meta.id;
        }
        for (int i = 0; i < 300; ++i) {
            Product p;
            p.plan = i % 3;
            // Unique texts in an order unrelated to the deadlines, so the tie-break shows.
            p.text = QStringLiteral("Producto %1").arg((i * 37) % 300, 3, 10, QLatin1Char('0'));
            const int m = (i * 7) % 24;
            const int year = 2020 + m / 12, month = m % 12 + 1;
            if (i % 10 == 9)
                p.deadline = Deadline();
            else if (i % 10 == 7)
                p.deadline = *Deadline::bimester(year, (month + 1) / 2);
            else if (i % 10 == 8)
                p.deadline = *Deadline::list(Deadline::month(year, month)->periods() +
                                             Deadline::year(2020)->periods());
            else
                p.deadline = *Deadline::month(year, month);
            const PlanItemStatus statuses[] = {
                PlanItemStatus::Proposed, PlanItemStatus::InProgress, PlanItemStatus::Approved,
                PlanItemStatus::Done,     PlanItemStatus::Cancelled,  PlanItemStatus::Reprogrammed,
                PlanItemStatus::Proposed};
            p.status = statuses[i % 7];
            if (p.plan == 0 && i % 5 == 0)
                p.own = {country[3]};
            else if (p.plan == 2 && i % 4 == 0)
                p.own = {country[1]};
            PlanItem item;
            item.planId = planIds[p.plan];
            item.parentId = line[p.plan];
            item.position = i;
            item.text = p.text;
            item.deadline = p.deadline;
            item.status = p.status;
            ASSERT_TRUE(repo.insert(item).ok());
            p.id = item.meta.id;
            for (const QUuid &c : p.own) {
                PlanItemCountry pic;
                pic.itemId = item.meta.id;
                pic.countryId = c;
                ASSERT_TRUE(repo.insert(pic).ok());
            }
            products.append(p);
        }
        ASSERT_TRUE(tx.commit().ok());
    }

    // The responsible countries and subgroup of a product, by the rule the page follows.
    QList<QUuid> countriesOf(const Product &p) const
    {
        if (!p.own.isEmpty())
            return p.own;
        if (p.plan == 0)
            return {country[0], country[1], country[2]};
        if (p.plan == 1)
            return {country[3]};
        return {};
    }

    // The products overdue (or coming within `days`) on `today` that `belongs` accepts, ordered
    // by end day, then text, then id.
    QList<QUuid> expected(bool late, int days, const std::function<bool(const Product &)> &belongs)
    {
        QList<Product> out;
        for (const Product &p : products) {
            const bool pending = p.status != PlanItemStatus::Done &&
                                 p.status != PlanItemStatus::Cancelled &&
                                 p.status != PlanItemStatus::Reprogrammed;
            const QDate end = p.deadline.end();
            if (!pending || !end.isValid() || !belongs(p))
                continue;
            if (late ? end < today : (end >= today && end <= today.addDays(days)))
                out.append(p);
        }
        std::sort(out.begin(), out.end(), [](const Product &a, const Product &b) {
            const QDate ea = a.deadline.end(), eb = b.deadline.end();
            if (ea != eb)
                return ea < eb;
            if (a.text != b.text)
                return a.text < b.text;
            return a.id.toString() < b.id.toString();
        });
        QList<QUuid> ids;
        for (const Product &p : out)
            ids << p.id;
        return ids;
    }

    static QList<QUuid> ids(const DeadlineList &list)
    {
        QList<QUuid> out;
        for (const DeadlineItem &item : list.items)
            out << item.id;
        return out;
    }

    // A product of subgroup 1 with no countries of its own, pending and overdue on `today`.
    Product overdueOfSubgroupOne() const
    {
        for (const Product &p : products)
            if (p.plan == 0 && p.own.isEmpty() && p.status == PlanItemStatus::Proposed &&
                p.deadline.isOverdue(today))
                return p;
        return {};
    }

    int overdueTotal(const QList<DeadlineGroup> &groups, int index)
    {
        for (const DeadlineGroup &g : groups)
            if (g.id == country[index])
                return g.overdue.total;
        return 0;
    }

    TestDatabase t;
    const QDate today{2021, 1, 15};
    QUuid country[4];
    QUuid subgroup[2];
    QUuid planIds[3];
    QUuid groupId;
    QList<Product> products;
};

} // namespace

TEST_F(GeneratedDashboardTest, OverallListsAreCutAtTheLimitWithExactTotalsInEndDayOrder)
{
    const auto all = [](const Product &) { return true; };
    const QList<QUuid> late = expected(true, 60, all);
    ASSERT_GT(late.size(), 25); // the data must overflow the list for the test to mean anything
    auto overdue = Dashboard::overdue(t.db(), today, 25);
    ASSERT_TRUE(overdue.ok());
    EXPECT_EQ(overdue->total, late.size());
    EXPECT_EQ(ids(*overdue), late.mid(0, 25));
    for (int i = 1; i < overdue->items.size(); ++i)
        EXPECT_LE(overdue->items.at(i - 1).deadline.end(), overdue->items.at(i).deadline.end());

    const QList<QUuid> soon = expected(false, 60, all);
    ASSERT_GT(soon.size(), 3);
    auto upcoming = Dashboard::upcoming(t.db(), today, 60, 3);
    ASSERT_TRUE(upcoming.ok());
    EXPECT_EQ(upcoming->total, soon.size());
    EXPECT_EQ(ids(*upcoming), soon.mid(0, 3));
    // What is listed is pending and defined; the lines of action (overdue since January 2020)
    // never appear.
    for (const DeadlineItem &item : overdue->items + upcoming->items) {
        EXPECT_FALSE(item.deadline.isUndefined());
        EXPECT_TRUE(item.status == PlanItemStatus::Proposed ||
                    item.status == PlanItemStatus::Approved ||
                    item.status == PlanItemStatus::InProgress)
            << item.text.toStdString();
        EXPECT_TRUE(item.text.startsWith(QStringLiteral("Producto"))) << item.text.toStdString();
    }
}

TEST_F(GeneratedDashboardTest, EachCountryAndSubgroupGetsItsFirstTenAndItsTotals)
{
    auto byCountry = Dashboard::deadlinesPerCountry(t.db(), today, 60, 10);
    ASSERT_TRUE(byCountry.ok());
    auto tallies = Dashboard::deadlinesByCountry(t.db(), today, 60);
    ASSERT_TRUE(tallies.ok());
    // Every country has something; in name order.
    ASSERT_EQ(byCountry->size(), 4);
    ASSERT_EQ(tallies->size(), 4);
    for (int c = 0; c < 4; ++c) {
        const DeadlineGroup &g = byCountry->at(c);
        EXPECT_EQ(g.id, country[c]);
        const auto mine = [&](const Product &p) { return countriesOf(p).contains(country[c]); };
        const QList<QUuid> late = expected(true, 60, mine);
        const QList<QUuid> soon = expected(false, 60, mine);
        EXPECT_EQ(g.overdue.total, late.size()) << c;
        EXPECT_EQ(g.upcoming.total, soon.size()) << c;
        EXPECT_EQ(ids(g.overdue), late.mid(0, 10)) << c;
        EXPECT_EQ(ids(g.upcoming), soon.mid(0, 10)) << c;
        EXPECT_EQ(tallies->at(c).overdue, late.size()) << c;
        EXPECT_EQ(tallies->at(c).upcoming, soon.size()) << c;
    }
    EXPECT_GT(byCountry->at(0).overdue.total, 10); // Alfa's list is cut

    auto bySubgroup = Dashboard::deadlinesPerSubgroup(t.db(), today, 60, 10);
    ASSERT_TRUE(bySubgroup.ok());
    ASSERT_EQ(bySubgroup->size(), 2); // the group's own plan belongs to no subgroup
    for (int s = 0; s < 2; ++s) {
        const auto ofSubgroup = [&](const Product &p) { return p.plan == s; };
        EXPECT_EQ(bySubgroup->at(s).id, subgroup[s]);
        EXPECT_EQ(bySubgroup->at(s).name,
                  s == 0 ? QStringLiteral("1. Uno") : QStringLiteral("2. Dos"));
        EXPECT_EQ(bySubgroup->at(s).overdue.total, expected(true, 60, ofSubgroup).size()) << s;
        EXPECT_EQ(ids(bySubgroup->at(s).overdue), expected(true, 60, ofSubgroup).mid(0, 10)) << s;
        EXPECT_EQ(ids(bySubgroup->at(s).upcoming), expected(false, 60, ofSubgroup).mid(0, 10)) << s;
    }
}

TEST_F(GeneratedDashboardTest, OwnCountriesReplaceTheSubgroupsAndFinishedOrUndefinedWorkLeaves)
{
    Repository repo(t.db());
    const Product chosen = overdueOfSubgroupOne();
    ASSERT_FALSE(chosen.id.isNull());
    auto before = Dashboard::deadlinesPerCountry(t.db(), today, 60, 10);
    ASSERT_TRUE(before.ok());

    // Charlie alone answers for it now: Alfa (leader) and Bravo (member) no longer count it.
    PlanItemCountry own;
    own.itemId = chosen.id;
    own.countryId = country[2];
    ASSERT_TRUE(repo.insert(own).ok());
    auto after = Dashboard::deadlinesPerCountry(t.db(), today, 60, 10);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(overdueTotal(*after, 0), overdueTotal(*before, 0) - 1);
    EXPECT_EQ(overdueTotal(*after, 1), overdueTotal(*before, 1) - 1);
    EXPECT_EQ(overdueTotal(*after, 2), overdueTotal(*before, 2));
    EXPECT_EQ(overdueTotal(*after, 3), overdueTotal(*before, 3));

    auto overall = Dashboard::overdue(t.db(), today, 25);
    ASSERT_TRUE(overall.ok());
    const int total = overall->total;
    auto read = repo.get<PlanItem>(chosen.id);
    ASSERT_TRUE(read.ok());
    PlanItem *item = &read.value();
    for (PlanItemStatus finished :
         {PlanItemStatus::Done, PlanItemStatus::Cancelled, PlanItemStatus::Reprogrammed}) {
        item->status = finished;
        ASSERT_TRUE(repo.update(*item).ok());
        auto now = Dashboard::overdue(t.db(), today, 25);
        ASSERT_TRUE(now.ok());
        EXPECT_EQ(now->total, total - 1) << enumKey(finished).toStdString();
    }
    item->status = PlanItemStatus::InProgress;
    ASSERT_TRUE(repo.update(*item).ok());
    auto back = Dashboard::overdue(t.db(), today, 25);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->total, total);
    item->deadline = Deadline(); // to be defined: never overdue, never coming
    ASSERT_TRUE(repo.update(*item).ok());
    auto undefined = Dashboard::overdue(t.db(), today, 25);
    ASSERT_TRUE(undefined.ok());
    EXPECT_EQ(undefined->total, total - 1);
    auto subgroups = Dashboard::deadlinesBySubgroup(t.db(), today, 60);
    ASSERT_TRUE(subgroups.ok());
    EXPECT_EQ(subgroups->at(0).overdue + subgroups->at(1).overdue,
              total - 1 -
                  int(expected(true, 60, [](const Product &p) { return p.plan == 2; }).size()));
}

TEST_F(GeneratedDashboardTest, OverdueCommitmentsAreCountedByTheirDueEndDay)
{
    Repository repo(t.db());
    Meeting meeting;
    meeting.title = QStringLiteral("Reunión");
    meeting.groupId = groupId;
    ASSERT_TRUE(repo.insert(meeting).ok());
    struct Row
    {
        int country;
        bool commitment;
        CommitmentStatus status;
        std::optional<Deadline> due;
    };
    const Row rows[] = {
        {0, true, CommitmentStatus::Open, Deadline::month(2020, 6)},  // overdue
        {0, true, CommitmentStatus::Open, Deadline::month(2021, 1)},  // ends 31 January: not yet
        {0, true, CommitmentStatus::Open, Deadline()},                // to be defined
        {0, true, CommitmentStatus::Done, Deadline::month(2020, 6)},  // done: not open
        {0, false, CommitmentStatus::Open, Deadline::month(2020, 6)}, // an agreement, no commitment
        {1, true, CommitmentStatus::Open, Deadline::bimester(2020, 6)}, // overdue
        {3, true, CommitmentStatus::Dropped, Deadline::month(2020, 1)},
    };
    for (const Row &row : rows) {
        Agreement a;
        a.meetingId = meeting.meta.id;
        a.text = QStringLiteral("Acuerdo");
        a.isCommitment = row.commitment;
        a.responsibleCountryId = country[row.country];
        if (row.commitment)
            a.status = row.status;
        a.due = *row.due;
        ASSERT_TRUE(repo.insert(a).ok());
    }
    auto open = Dashboard::openCommitmentsByCountry(t.db(), today);
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 2);
    EXPECT_EQ(open->at(0).name, QStringLiteral("Alfa"));
    EXPECT_EQ(open->at(0).open, 3);
    EXPECT_EQ(open->at(0).overdue, 1);
    EXPECT_EQ(open->at(1).name, QStringLiteral("Bravo"));
    EXPECT_EQ(open->at(1).open, 1);
    EXPECT_EQ(open->at(1).overdue, 1);
    // On 1 February, Alfa's January commitment is overdue too.
    auto february = Dashboard::openCommitmentsByCountry(t.db(), QDate(2021, 2, 1));
    ASSERT_TRUE(february.ok());
    EXPECT_EQ(february->at(0).overdue, 2);
}
