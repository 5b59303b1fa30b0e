// DetailsHtml: what the details pane says about each kind of record, and that no stored text
// can put markup into it.

#include "DetailsHtml.h"
#include "QtPrinters.h"
#include "support/TestDatabase.h"

#include "model/Country.h"
#include "model/Forum.h"
#include "model/Institution.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "storage/Repository.h"

#include <gtest/gtest.h>

#include <QTextDocument>

namespace focal {
namespace {

class DetailsHtmlTest : public ::testing::Test
{
protected:
    DetailsHtmlTest() : m_repo(m_db.db()), m_html(m_repo) {}

    // What a person reads: the page rendered by Qt's rich-text engine, as plain text.
    QString text(NodeKind kind, const QUuid &id)
    {
        QTextDocument document;
        document.setHtml(m_html.page(kind, id));
        return document.toPlainText();
    }

    template <typename T> T one(const char *column, const QString &value)
    {
        auto rows = m_repo.listWhere<T>(column, value);
        EXPECT_TRUE(rows.ok());
        EXPECT_EQ(rows.ok() ? rows->size() : 0, 1) << column << " = " << value.toStdString();
        return rows.ok() && !rows->isEmpty() ? rows->first() : T{};
    }

    QUuid countryId(const char *iso2)
    {
        return one<Country>("iso2", QString::fromLatin1(iso2)).meta.id;
    }
    WorkingGroup securityGroup()
    {
        return one<WorkingGroup>("short_name", QStringLiteral("seguridad"));
    }

    test::TestDatabase m_db{test::TestDatabase::Content::DefaultData};
    Repository m_repo;
    DetailsHtml m_html;
};

TEST_F(DetailsHtmlTest, GroupShowsObjectiveCountriesWithStatusAndAnnexOne)
{
    const QString page = text(NodeKind::Group, securityGroup().meta.id);
    EXPECT_TRUE(
        page.startsWith(QStringLiteral("Grupo de Trabajo de Seguridad y Combate al Crimen")))
        << page.toStdString();
    EXPECT_TRUE(page.contains(QStringLiteral("Thematic area: Seguridad y Combate al Crimen")));
    EXPECT_TRUE(page.contains(QStringLiteral(
        "Objetivo General es el trabajo articulado y colaborativo en la neutralización")));
    EXPECT_TRUE(page.contains(QStringLiteral("Los países miembros del POSUR reconocen")));
    // Status labels from the report's section 3.
    EXPECT_TRUE(page.contains(QStringLiteral("Chile — active")));
    EXPECT_TRUE(page.contains(QStringLiteral("Paraguay — active")));
    EXPECT_TRUE(page.contains(QStringLiteral("Colombia — took part initially")));
    EXPECT_TRUE(page.contains(QStringLiteral("Brasil — took part initially")));
    EXPECT_TRUE(page.contains(QStringLiteral("Argentina — invited")));
    EXPECT_FALSE(page.contains(QStringLiteral("Guyana")));
    // Anexo 1: Argentina's two institutions right under its name.
    EXPECT_TRUE(page.contains(QStringLiteral(
        "Argentina\nMinisterio de Seguridad\nSecretaría de Políticas Integrales sobre Drogas "
        "(SEDRONAR)\n")))
        << page.toStdString();
    EXPECT_TRUE(page.contains(QStringLiteral("Perú\nMinisterio del Interior")));
    EXPECT_TRUE(page.contains(QStringLiteral(
        "1. Combate a la Delincuencia Organizada Transnacional (DOT) — led by Chile")));
    EXPECT_TRUE(page.contains(
        QStringLiteral("3. Prevención de Delitos y Violencia de Género — led by Ecuador")));
}

TEST_F(DetailsHtmlTest, SubgroupShowsLeaderMembersAndNoWarningWhenLargeEnough)
{
    const Subgroup first = one<Subgroup>(
        "name", QStringLiteral("Combate a la Delincuencia Organizada Transnacional (DOT)"));
    const QString page = text(NodeKind::Subgroup, first.meta.id);
    EXPECT_TRUE(page.contains(QStringLiteral("Subgroup 1: Combate a la Delincuencia Organizada")));
    EXPECT_TRUE(page.contains(QStringLiteral("Number: 1\n")));
    EXPECT_TRUE(page.contains(QStringLiteral("Leader country: Chile\n"))) << page.toStdString();
    EXPECT_TRUE(
        page.contains(QStringLiteral("Member countries: Argentina, Ecuador, Paraguay, Perú\n")));
    EXPECT_TRUE(page.contains(QStringLiteral("Centro de Cooperación Regional")));
    EXPECT_FALSE(page.contains(QStringLiteral("Warning")));
}

TEST_F(DetailsHtmlTest, SubgroupWithFewerThanThreeCountriesInAllIsFlagged)
{
    // Chile leads and is also listed as a member: it counts once, so two countries in all.
    Subgroup small;
    small.groupId = securityGroup().meta.id;
    small.number = 4;
    small.name = QStringLiteral("Ciberdelito");
    small.leaderCountryId = countryId("CL");
    ASSERT_TRUE(m_repo.insert(small).ok());
    for (const char *iso : {"CL", "PE"}) {
        SubgroupMember member;
        member.subgroupId = small.meta.id;
        member.countryId = countryId(iso);
        ASSERT_TRUE(m_repo.insert(member).ok());
    }
    const QString page = text(NodeKind::Subgroup, small.meta.id);
    EXPECT_TRUE(page.contains(QStringLiteral(
        "Warning: the forum asks for at least 3 countries in a subgroup, leader included; this "
        "one has 2.")))
        << page.toStdString();

    // A third country makes it a valid subgroup: exactly the minimum is enough.
    SubgroupMember third;
    third.subgroupId = small.meta.id;
    third.countryId = countryId("EC");
    ASSERT_TRUE(m_repo.insert(third).ok());
    EXPECT_FALSE(text(NodeKind::Subgroup, small.meta.id).contains(QStringLiteral("Warning")));
}

TEST_F(DetailsHtmlTest, CountryShowsItsNamesCodesInstitutionsAndGroups)
{
    const QString page = text(NodeKind::Country, countryId("BR"));
    for (const char *line :
         {"Spanish: Brasil\n", "Portuguese: Brasil\n", "English: Brazil\n", "Alpha-2: BR\n",
          "Alpha-3: BRA\n", "Numeric: 076\n", "Ministerio de Relaciones Exteriores — ministry",
          "Grupo de Trabajo de Seguridad y Combate al Crimen — took part "
          "initially"})
        EXPECT_TRUE(page.contains(QString::fromUtf8(line))) << line << "\n" << page.toStdString();
}

TEST_F(DetailsHtmlTest, AreaShowsItsNamesInTheThreeLanguages)
{
    const ThematicArea area = one<ThematicArea>("code", QStringLiteral("seguridad"));
    const QString page = text(NodeKind::Area, area.meta.id);
    EXPECT_TRUE(page.contains(QStringLiteral("Spanish: Seguridad y Combate al Crimen\n")));
    EXPECT_TRUE(page.contains(QStringLiteral("Portuguese: Segurança e Combate ao Crime\n")));
    EXPECT_TRUE(page.contains(QStringLiteral("English: Security and Combating Crime\n")));
    EXPECT_TRUE(page.contains(QStringLiteral("Grupo de Trabajo de Seguridad y Combate al Crimen")));
}

TEST_F(DetailsHtmlTest, InstitutionShowsCountryKindAndGroups)
{
    const Institution sedronar = one<Institution>("acronym", QStringLiteral("SEDRONAR"));
    const QString page = text(NodeKind::Institution, sedronar.meta.id);
    EXPECT_TRUE(page.contains(QStringLiteral("Acronym: SEDRONAR\n")));
    EXPECT_TRUE(page.contains(QStringLiteral("Kind: secretariat\n")));
    EXPECT_TRUE(page.contains(QStringLiteral("Country: Argentina\n")));
    EXPECT_TRUE(page.contains(QStringLiteral("Grupo de Trabajo de Seguridad y Combate al Crimen")));
}

TEST_F(DetailsHtmlTest, ForumShowsMembersAndPresidency)
{
    auto forums = m_repo.list<Forum>();
    ASSERT_TRUE(forums.ok());
    ASSERT_EQ(forums->size(), 1);
    const QString html = m_html.page(NodeKind::Forum, forums->first().meta.id);
    EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"http://www.foroprosur.org\">")));
    const QString page = text(NodeKind::Forum, forums->first().meta.id);
    EXPECT_TRUE(page.contains(
        QStringLiteral("Full name: Foro para el Progreso e Integración de América del Sur")));
    EXPECT_TRUE(page.contains(QStringLiteral("Guyana")));
    EXPECT_TRUE(page.contains(QStringLiteral("Chile, since ")));
}

TEST_F(DetailsHtmlTest, PlanShowsItsTableAsTheReportDoes)
{
    const Subgroup dot = one<Subgroup>("name", QStringLiteral("Combate a la Delincuencia "
                                                              "Organizada Transnacional (DOT)"));
    auto plans = m_repo.listWhere<Plan>("subgroup_id", column::toVariant(dot.meta.id));
    ASSERT_TRUE(plans.ok());
    ASSERT_EQ(plans->size(), 1);
    const QString page = text(NodeKind::Plan, plans->first().meta.id);
    EXPECT_TRUE(page.startsWith(QStringLiteral("Plan de Trabajo 2021\n"))) << page.toStdString();
    EXPECT_TRUE(page.contains(QStringLiteral("Year: 2021"))) << page.toStdString();
    EXPECT_TRUE(page.contains(QStringLiteral("Subgroup 1: Combate a la Delincuencia Organizada "
                                             "Transnacional (DOT)")));
    // Two lines of action, five products, each deadline in the report's own words.
    EXPECT_EQ(page.count(QStringLiteral("Primer bimestre 2021")), 4) << page.toStdString();
    EXPECT_EQ(page.count(QStringLiteral("Cuarto bimestre 2020")), 2);
    EXPECT_TRUE(page.contains(QStringLiteral("Analizar la creación de un Centro de Cooperación "
                                             "Regional para el combate de la DOT")));

    // A reprogrammed product shows its first deadline beside the current one.
    auto items = m_repo.listWhere<PlanItem>("plan_id", column::toVariant(plans->first().meta.id),
                                            QStringLiteral("position"));
    ASSERT_TRUE(items.ok());
    PlanItem product;
    for (const PlanItem &i : *items)
        if (i.text.startsWith(QStringLiteral("Compromiso de alto nivel")))
            product = i;
    ASSERT_FALSE(product.meta.id.isNull());
    product.originalDeadline = *Deadline::bimester(2020, 2);
    product.originalDeadlineText = QStringLiteral("Segundo bimestre 2020 <b>");
    ASSERT_TRUE(m_repo.update(product).ok());
    const QString after = text(NodeKind::Plan, plans->first().meta.id);
    EXPECT_TRUE(after.contains(QStringLiteral("first: Segundo bimestre 2020 <b>")))
        << after.toStdString();
}

TEST_F(DetailsHtmlTest, StoredTextNeverBecomesMarkup)
{
    Country evil;
    evil.iso2 = QStringLiteral("XX");
    evil.nameEs = QStringLiteral("<img src=x>Evil & Co");
    ASSERT_TRUE(m_repo.insert(evil).ok());
    Institution inst;
    inst.countryId = evil.meta.id;
    inst.name = QStringLiteral("<a href='file:///etc/passwd'>click</a>");
    ASSERT_TRUE(m_repo.insert(inst).ok());
    WorkingGroup group = securityGroup();
    group.objective = QStringLiteral("<script>alert(1)</script>\n\n<b>bold</b>");
    ASSERT_TRUE(m_repo.update(group).ok());
    GroupCountry gc;
    gc.groupId = group.meta.id;
    gc.countryId = evil.meta.id;
    ASSERT_TRUE(m_repo.insert(gc).ok());
    GroupInstitution gi;
    gi.groupId = group.meta.id;
    gi.institutionId = inst.meta.id;
    gi.position = 99;
    ASSERT_TRUE(m_repo.insert(gi).ok());

    for (const auto &[kind, id] :
         {std::pair{NodeKind::Group, group.meta.id}, std::pair{NodeKind::Country, evil.meta.id},
          std::pair{NodeKind::Institution, inst.meta.id}}) {
        const QString html = m_html.page(kind, id);
        for (const char *markup : {"<img", "<script", "<a href='file", "<b>bold"})
            EXPECT_FALSE(html.contains(QLatin1String(markup)))
                << markup << " in " << html.toStdString();
    }
    // Escaped, the text still reads as typed.
    const QString page = text(NodeKind::Group, group.meta.id);
    EXPECT_TRUE(page.contains(QStringLiteral("<script>alert(1)</script>\n<b>bold</b>")));
    EXPECT_TRUE(page.contains(QStringLiteral("<img src=x>Evil & Co — active")));
    EXPECT_TRUE(page.contains(QStringLiteral("<a href='file:///etc/passwd'>click</a>")));
}

TEST_F(DetailsHtmlTest, OnlyWebAddressesBecomeLinks)
{
    auto forums = m_repo.list<Forum>();
    ASSERT_TRUE(forums.ok());
    Forum forum = forums->first();
    forum.website = QStringLiteral("javascript:alert(1)");
    ASSERT_TRUE(m_repo.update(forum).ok());
    const QString html = m_html.page(NodeKind::Forum, forum.meta.id);
    EXPECT_FALSE(html.contains(QStringLiteral("href")));
    EXPECT_TRUE(text(NodeKind::Forum, forum.meta.id)
                    .contains(QStringLiteral("Website: javascript:alert(1)")));
}

TEST_F(DetailsHtmlTest, AMissingRecordSaysSoInsteadOfShowingNothing)
{
    const QString page = text(NodeKind::Group, QUuid::createUuid());
    EXPECT_TRUE(page.startsWith(QStringLiteral("This record could not be read.")))
        << page.toStdString();
    EXPECT_EQ(text(NodeKind::Country, QUuid()), QStringLiteral("There is no record to show."));
}

} // namespace
} // namespace focal
