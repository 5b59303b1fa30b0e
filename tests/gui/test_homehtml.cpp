// The home page's text, from the report's data as of a chosen day.

#include "data/DefaultData.h"
#include "HomeHtml.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace focal;
using focal::test::TestDatabase;

TEST(HomeHtml, ListsWhatIsOverdueAndComingUpOnTheFirstOfNovember2020)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    auto html = HomeHtml(t.db()).page(QDate(2020, 11, 1), 60);
    ASSERT_TRUE(html.ok()) << html.error().fullText().toStdString();
    EXPECT_TRUE(html->contains(QStringLiteral("Overdue plan deadlines (1)")));
    EXPECT_TRUE(html->contains(QStringLiteral("Compromiso de alto nivel de los países")));
    EXPECT_TRUE(html->contains(QStringLiteral("Deadlines in the next 60 days (8)")));
    EXPECT_TRUE(html->contains(QStringLiteral("Oct – dic. 2020")));
    EXPECT_TRUE(html->contains(QStringLiteral("Paraguay")));
    // Nothing was planned after that day; the subgroup's videoconference of 24 September is the
    // latest meeting, as a link.
    const qsizetype next = html->indexOf(QStringLiteral("Next meetings"));
    const qsizetype recent = html->indexOf(QStringLiteral("Recent meetings"));
    ASSERT_GT(next, 0);
    ASSERT_GT(recent, next);
    EXPECT_TRUE(html->mid(next, recent - next).contains(QStringLiteral("No meeting is planned.")));
    const QString recentPart = html->mid(recent);
    EXPECT_TRUE(recentPart.contains(QStringLiteral("focal:record?table=meeting")));
    EXPECT_LT(recentPart.indexOf(QStringLiteral("Videoconferencia")),
              recentPart.indexOf(QStringLiteral("Capacitación")));
}

TEST(HomeHtml, LinksNameTheirRecord)
{
    const QUuid id = QUuid::createUuid();
    QString table;
    QUuid parsed;
    ASSERT_TRUE(
        HomeHtml::parseLink(HomeHtml::linkTo(QStringLiteral("plan_item"), id), &table, &parsed));
    EXPECT_EQ(table, QStringLiteral("plan_item"));
    EXPECT_EQ(parsed, id);
    EXPECT_FALSE(HomeHtml::parseLink(
        QUrl(QStringLiteral("https://example.org/record?table=x&id=y")), &table, &parsed));
}

TEST(HomeHtml, StoredTextCannotInjectMarkup)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    Repository repo(t.db());
    Meeting m;
    m.kind = MeetingKind::Videoconference;
    m.scope = MeetingScope::Forum;
    m.date = QDate(2020, 12, 1);
    m.title = QStringLiteral("<script>alert(1)</script><img src=\"http://x/y.png\">");
    ASSERT_TRUE(repo.insert(m).ok());
    auto html = HomeHtml(t.db()).page(QDate(2020, 11, 1), 60);
    ASSERT_TRUE(html.ok());
    EXPECT_FALSE(html->contains(QStringLiteral("<script>")));
    EXPECT_FALSE(html->contains(QStringLiteral("<img")));
    EXPECT_TRUE(html->contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
}

namespace {

// The part of `html` from `from` up to `to` (or the end when `to` is empty or absent).
QString part(const QString &html, const QString &from, const QString &to)
{
    const qsizetype start = html.indexOf(from);
    if (start < 0)
        return {};
    const qsizetype end = to.isEmpty() ? -1 : html.indexOf(to, start);
    return end < 0 ? html.mid(start) : html.mid(start, end - start);
}

QString hrefOf(const char *table, const char *key)
{
    return HomeHtml::linkTo(QString::fromUtf8(table),
                            DefaultData::keyUuid(table, QString::fromUtf8(key)))
        .toString(QUrl::FullyEncoded)
        .toHtmlEscaped();
}

} // namespace

TEST(HomeHtml, OnTheFifteenthOfMarch2021EachCountryAndSubgroupListsItsOverdueWork)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    auto html = HomeHtml(t.db()).page(QDate(2021, 3, 15), 60);
    ASSERT_TRUE(html.ok()) << html.error().fullText().toStdString();
    EXPECT_TRUE(html->contains(QStringLiteral("Overdue plan deadlines (13)")));
    EXPECT_TRUE(html->contains(QStringLiteral("Deadlines in the next 60 days (0)")));

    const QString byCountry = part(*html, QStringLiteral("Deadlines by country"),
                                   QStringLiteral("Deadlines by subgroup"));
    const QString bySubgroup = part(*html, QStringLiteral("Deadlines by subgroup"),
                                    QStringLiteral("Open commitments by country"));
    ASSERT_FALSE(byCountry.isEmpty());
    ASSERT_FALSE(bySubgroup.isEmpty());
    const QString itemLink = QStringLiteral("focal:record?table=plan_item&amp;id=");
    // Argentina 9, Chile 9, Ecuador, Paraguay and Peru 13 each, of which a country's list shows
    // ten and says how many more; subgroups 5 + 4 + 4.
    EXPECT_EQ(byCountry.count(itemLink), 9 + 9 + 3 * 10);
    EXPECT_EQ(byCountry.count(QStringLiteral("… and 3 more (see the plan timeline)")), 3);
    EXPECT_EQ(bySubgroup.count(itemLink), 13);
    EXPECT_EQ(byCountry.count(QStringLiteral("<h3>")), 5);
    EXPECT_EQ(bySubgroup.count(QStringLiteral("<h3>")), 3);

    // Chile's heading links to Chile, with its counts in words; its list links to each item.
    const QString chile = part(byCountry, hrefOf("country", "CL"), QStringLiteral("<h3>"));
    ASSERT_FALSE(chile.isEmpty()) << byCountry.toStdString();
    EXPECT_TRUE(chile.contains(QStringLiteral("9 overdue, 0 in the next 60 days")));
    EXPECT_TRUE(chile.contains(QStringLiteral("Overdue (9)")));
    EXPECT_FALSE(chile.contains(QStringLiteral("Coming up")));
    EXPECT_TRUE(chile.contains(hrefOf("plan_item", "seg-sg2-2021/1/1")));  // subgroup 2's diagnosis
    EXPECT_FALSE(chile.contains(hrefOf("plan_item", "seg-sg3-2021/1/1"))); // not in subgroup 3
    EXPECT_FALSE(byCountry.contains(hrefOf("country", "BR")));

    const QString first = part(bySubgroup, hrefOf("subgroup", "seg-sg1"), QStringLiteral("<h3>"));
    EXPECT_TRUE(first.contains(QStringLiteral("1. Combate a la Delincuencia")));
    EXPECT_TRUE(first.contains(QStringLiteral("5 overdue, 0 in the next 60 days")));
    EXPECT_EQ(first.count(itemLink), 5);
}

TEST(HomeHtml, OnTheTenthOfJanuary2021ASubgroupHasBothOverdueAndComingWork)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    auto html = HomeHtml(t.db()).page(QDate(2021, 1, 10), 60);
    ASSERT_TRUE(html.ok()) << html.error().fullText().toStdString();
    const QString bySubgroup = part(*html, QStringLiteral("Deadlines by subgroup"),
                                    QStringLiteral("Open commitments by country"));
    const QString first = part(bySubgroup, hrefOf("subgroup", "seg-sg1"), QStringLiteral("<h3>"));
    EXPECT_TRUE(first.contains(QStringLiteral("1 overdue, 4 in the next 60 days")));
    const QString overdue = part(first, QStringLiteral("Overdue (1)"), QStringLiteral("Coming up"));
    EXPECT_TRUE(overdue.contains(hrefOf("plan_item", "seg-sg1-2021/2/1")));
    EXPECT_EQ(overdue.count(QStringLiteral("table=plan_item")), 1);
    const QString coming = part(first, QStringLiteral("Coming up (4)"), {});
    EXPECT_EQ(coming.count(QStringLiteral("table=plan_item")), 4);
    EXPECT_TRUE(coming.contains(hrefOf("plan_item", "seg-sg1-2021/1/3"))); // the two-period item
}

TEST(HomeHtml, LongListsShowTheirFirstItemsAndTheTrueTotals)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    Repository repo(t.db());
    // Forty more overdue products in subgroup 1's plan (led by Chile): 53 overdue in all.
    const QUuid plan = DefaultData::keyUuid("plan", QStringLiteral("seg-sg1-2021"));
    auto items = repo.listWhere<PlanItem>("plan_id", plan.toString(QUuid::WithoutBraces));
    ASSERT_TRUE(items.ok());
    QUuid line;
    for (const PlanItem &i : *items)
        if (i.parentId.isNull())
            line = i.meta.id;
    ASSERT_FALSE(line.isNull());
    for (int i = 0; i < 40; ++i) {
        PlanItem item;
        item.planId = plan;
        item.parentId = line;
        item.position = 100 + i;
        item.text = QStringLiteral("Producto adicional %1").arg(i, 2, 10, QLatin1Char('0'));
        item.deadline = *Deadline::month(2020, 1 + i % 12);
        ASSERT_TRUE(repo.insert(item).ok());
    }
    auto html = HomeHtml(t.db()).page(QDate(2021, 3, 15), 60);
    ASSERT_TRUE(html.ok()) << html.error().fullText().toStdString();
    const QString itemLink = QStringLiteral("focal:record?table=plan_item&amp;id=");
    const QString overall =
        part(*html, QStringLiteral("Overdue plan deadlines"), QStringLiteral("Deadlines in the"));
    EXPECT_TRUE(overall.startsWith(QStringLiteral("Overdue plan deadlines (53)")))
        << overall.left(60).toStdString();
    EXPECT_EQ(overall.count(itemLink), 25);
    EXPECT_TRUE(overall.contains(QStringLiteral("… and 28 more (see the plan timeline)")));
    // January 2020 ends first: the page lists by end day.
    EXPECT_LT(overall.indexOf(QStringLiteral("Producto adicional 00")),
              overall.indexOf(QStringLiteral("Producto adicional 01")));

    const QString byCountry = part(*html, QStringLiteral("Deadlines by country"),
                                   QStringLiteral("Deadlines by subgroup"));
    const QString chile = part(byCountry, hrefOf("country", "CL"), QStringLiteral("<h3>"));
    EXPECT_TRUE(chile.contains(QStringLiteral("49 overdue, 0 in the next 60 days")))
        << chile.left(400).toStdString();
    EXPECT_TRUE(chile.contains(QStringLiteral("Overdue (49)")));
    EXPECT_EQ(chile.count(itemLink), 10);
    EXPECT_TRUE(chile.contains(QStringLiteral("… and 39 more (see the plan timeline)")));
    const QString bySubgroup = part(*html, QStringLiteral("Deadlines by subgroup"),
                                    QStringLiteral("Open commitments by country"));
    const QString first = part(bySubgroup, hrefOf("subgroup", "seg-sg1"), QStringLiteral("<h3>"));
    EXPECT_TRUE(first.contains(QStringLiteral("45 overdue, 0 in the next 60 days")));
    EXPECT_TRUE(first.contains(QStringLiteral("… and 35 more (see the plan timeline)")));
}
