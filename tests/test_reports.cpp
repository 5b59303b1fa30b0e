#include "documents/AnnualReport.h"
#include "query/Lookup.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>
#include <QTextDocument>

#include <cstdio>

using namespace focal;
using namespace focal::report;
using focal::test::TestDatabase;

TEST(AnnualReport, Dump)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    auto g = Lookup::group(t.db(), QStringLiteral("seguridad"));
    ASSERT_TRUE(g.ok());
    AnnualReportOptions o;
    o.groupId = g->meta.id;
    o.firstYear = 2019;
    o.lastYear = 2020;
    o.planYear = 2021;
    o.language = qEnvironmentVariable("LANGX") == QLatin1String("pt") ? Language::Portuguese
                                                                      : Language::Spanish;
    auto r = AnnualReport::build(t.db(), o);
    ASSERT_TRUE(r.ok()) << r.error().fullText().toStdString();
    std::printf("%s\n", r.value()->document()->toPlainText().toUtf8().constData());
    for (const auto &e : r.value()->outline())
        std::printf("OUT %d %s\n", e.level, e.title.toUtf8().constData());
}
