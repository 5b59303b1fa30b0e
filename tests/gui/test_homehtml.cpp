// The home page's text, from the report's data as of a chosen day.

#include "HomeHtml.h"
#include "model/Meeting.h"
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
