// The annual report and its annexes, built from the default data (the seed report's facts) and
// read back as text, tables and outline.

#include "data/DefaultData.h"
#include "documents/Annex1Report.h"
#include "documents/Annex2Report.h"
#include "documents/AnnualReport.h"
#include "model/WorkingGroup.h"
#include "query/Lookup.h"
#include "reports/ReportTexts.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace focal;
using namespace focal::report;
using focal::test::TestDatabase;

namespace {

// Every table of a document, in order, as rows of cell texts (header row first); a cell merged
// over several rows reads the same on each.
QList<QList<QStringList>> tablesOf(const QTextDocument *doc)
{
    QList<QList<QStringList>> out;
    std::function<void(QTextFrame *)> walk = [&](QTextFrame *frame) {
        for (QTextFrame *child : frame->childFrames()) {
            if (auto *t = qobject_cast<QTextTable *>(child)) {
                QList<QStringList> rows;
                for (int r = 0; r < t->rows(); ++r) {
                    QStringList cells;
                    for (int c = 0; c < t->columns(); ++c) {
                        const QTextTableCell cell = t->cellAt(r, c);
                        QTextCursor cur = cell.firstCursorPosition();
                        cur.setPosition(cell.lastCursorPosition().position(),
                                        QTextCursor::KeepAnchor);
                        cells << cur.selectedText().replace(QChar::LineSeparator,
                                                            QLatin1Char('\n'));
                    }
                    rows << cells;
                }
                out << rows;
            }
            walk(child);
        }
    };
    walk(doc->rootFrame());
    return out;
}

QStringList headings(const ReportContent &c, int level)
{
    QStringList out;
    for (const OutlineEntry &e : c.outline())
        if (e.level == level)
            out << e.title;
    return out;
}

// The seed's work plan tables (tests/data/csv), a blank first cell continuing the line above.
QList<QStringList> seedTable(const char *file)
{
    QFile f(test::dataPath(QStringLiteral("csv/") + QLatin1String(file)));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    QString line;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        QStringList cells = lines.at(i).split(QLatin1Char('\t'));
        if (cells.at(0).isEmpty())
            cells[0] = line;
        line = cells.at(0);
        rows << cells;
    }
    return rows;
}

class AnnualReportTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto g = Lookup::group(t.db(), QStringLiteral("seguridad"));
        ASSERT_TRUE(g.ok());
        group = g->meta.id;
    }
    std::unique_ptr<ReportContent> build(Language lang = Language::Spanish, int first = 2019,
                                         int last = 2020, int plan = 2021)
    {
        AnnualReportOptions o{group, first, last, plan, lang};
        auto r = AnnualReport::build(t.db(), o);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().fullText().toStdString());
        return r.ok() ? std::move(r).value() : nullptr;
    }
    TestDatabase t{TestDatabase::Content::DefaultData};
    QUuid group;
};

} // namespace

TEST_F(AnnualReportTest, HoldsTheSeedSectionsInOrder)
{
    auto c = build();
    ASSERT_TRUE(c);
    EXPECT_EQ(headings(*c, 1),
              (QStringList{u"1. Introducción"_qs, u"2. Objetivo general del Grupo de Trabajo"_qs,
                           u"3. Países participantes"_qs, u"4. Subgrupos de Trabajo"_qs,
                           u"5. Actividades 2019"_qs, u"6. Actividades 2020"_qs,
                           u"7. Plan de Trabajo 2021"_qs,
                           u"8. Anexo 1: Instituciones participantes por país"_qs,
                           u"9. Anexo 2: Documentos del Grupo de Trabajo"_qs}));
    EXPECT_EQ(
        headings(*c, 2),
        (QStringList{
            u"I. Combate a la Delincuencia Organizada Transnacional (DOT)"_qs,
            u"II. Asistencia a las Víctimas de la DOT"_qs,
            u"III. Prevención de Delitos y Violencia de Género"_qs,
            u"a. Talleres de puntos focales de Chile"_qs,
            u"b. Videoconferencias del grupo y los subgrupos"_qs,
            u"c. Entrega del plan sectorial"_qs,
            u"a. Impacto de la pandemia en el marco de seguridad"_qs,
            u"b. Capacitación en el uso de las Comunidades Digitales"_qs,
            u"c. Videoconferencias del grupo y los subgrupos"_qs,
            u"Actividades del Subgrupo Combate a la Delincuencia Organizada Transnacional (DOT)"_qs,
            u"Actividades del Subgrupo Asistencia a las Víctimas de la DOT"_qs,
            u"Actividades del Subgrupo Prevención de Delitos y Violencia de Género"_qs,
            u"i. Subgrupo 1: Combate a la Delincuencia Organizada Transnacional (DOT)"_qs,
            u"ii. Subgrupo 2: Asistencia a las Víctimas de la DOT"_qs,
            u"iii. Subgrupo 3: Prevención de Delitos y Violencia de Género"_qs}));
    // The outline points at the headings, in the document's order.
    const QString text = c->document()->toPlainText();
    int last = -1;
    for (const OutlineEntry &e : c->outline()) {
        EXPECT_GT(e.position, last) << e.title.toStdString();
        last = e.position;
        EXPECT_TRUE(c->document()->findBlock(e.position).text() == e.title)
            << e.title.toStdString();
    }
    EXPECT_EQ(c->document()->begin().text(),
              u"Informe de actividades 2019-2020 y Plan de Trabajo 2021"_qs);
    EXPECT_GE(c->tableOfContentsPosition(), 0);
    EXPECT_LT(c->tableOfContentsPosition(), c->outline().first().position);
}

TEST_F(AnnualReportTest, WritesEveryDateOfTheSeedAsPeopleWriteThem)
{
    auto c = build();
    ASSERT_TRUE(c);
    const QString text = c->document()->toPlainText();
    const qsizetype y2019 = text.indexOf(u"5. Actividades 2019"_qs);
    const qsizetype y2020 = text.indexOf(u"6. Actividades 2020"_qs);
    const qsizetype plan = text.indexOf(u"7. Plan de Trabajo 2021"_qs);
    ASSERT_TRUE(y2019 > 0 && y2020 > y2019 && plan > y2020);
    // The introduction's dates, as its text has them.
    for (const QString &d : {u"22 de marzo de 2019"_qs, u"25 de septiembre de 2019"_qs})
        EXPECT_LT(text.indexOf(d), y2019) << d.toStdString();
    // The four workshops, the three videoconferences, the delivery: in 2019 and in that order.
    qsizetype at = y2019;
    for (const QString &d :
         {u"6 de mayo de 2019"_qs, u"12 de agosto de 2019"_qs, u"12 de septiembre de 2019"_qs,
          u"28 de noviembre de 2019"_qs, u"1ª Videoconferencia: 11 de noviembre de 2019"_qs,
          u"2ª Videoconferencia: 25 de noviembre de 2019"_qs,
          u"3ª Videoconferencia: 16 de diciembre de 2019"_qs, u"19 de diciembre de 2019"_qs}) {
        const qsizetype found = text.indexOf(d, at);
        EXPECT_TRUE(found > at && found < y2020) << d.toStdString();
        at = found;
    }
    // The trainings, the group's videoconference, the subgroups' steps: in 2020, in order.
    at = y2020;
    for (
        const QString &d :
        {u"17 de junio de 2020, 24 de junio de 2020, 30 de junio de 2020 y 8 de julio de 2020"_qs,
         u"Videoconferencia del Grupo de Seguridad: 6 de agosto de 2020"_qs,
         u"2 de marzo de 2020: Chile envía propuesta de Plan de trabajo de Subgrupo 1 efectos de recibir comentarios."_qs,
         u"24 de septiembre de 2020: Se realiza VC del Subgrupo y se incorporan nuevas observaciones al Plan. (Ver Anexo 2.b)"_qs,
         u"11 de agosto de 2020: Paraguay envía propuesta de Plan del Sub Grupo Asistencia de las Víctimas de las DOT para que pueda ser analizado por los demás integrantes. (Ver Anexo 2.c)"_qs,
         u"2 de marzo de 2020: Ecuador envía propuesta de Plan anual correspondiente al Subgrupo. No se recibieron respuestas. (Ver Anexo 2.d)"_qs}) {
        const qsizetype found = text.indexOf(d, at);
        EXPECT_TRUE(found > at && found < plan) << d.toStdString();
        at = found;
    }
    EXPECT_FALSE(text.contains(u"11.11.19"_qs)); // dates are written out, never abbreviated
}

TEST_F(AnnualReportTest, HoldsCountriesSubgroupsAgreementsAndTrainings)
{
    auto c = build();
    ASSERT_TRUE(c);
    const QString text = c->document()->toPlainText();
    const qsizetype countries = text.indexOf(u"3. Países participantes"_qs);
    const qsizetype subgroups = text.indexOf(u"4. Subgrupos de Trabajo"_qs);
    for (const QString &s :
         {u"Chile: participa en forma activa"_qs, u"Ecuador: participa en forma activa"_qs,
          u"Paraguay: participa en forma activa"_qs, u"Perú: participa en forma activa"_qs,
          u"Brasil: participó inicialmente"_qs, u"Colombia: participó inicialmente"_qs}) {
        const qsizetype at = text.indexOf(s);
        EXPECT_TRUE(at > countries && at < subgroups) << s.toStdString();
    }
    EXPECT_TRUE(text.contains(u"Colombia y Brasil participaron inicialmente."_qs));

    const QString sg = u"I. Combate a la Delincuencia Organizada Transnacional (DOT)\n"
                       "Objetivo: Promover el intercambio de información, buenas prácticas y "
                       "cooperación acerca de los delitos descritos en el objetivo 1 y analizar la "
                       "creación de un Centro de Cooperación Regional por el cual se pueda "
                       "coordinar acciones conjuntas para el combate de las DOT\n"
                       "País Líder: Chile\n"
                       "Países Integrantes: Argentina, Ecuador, Paraguay y Perú\n"
                       "II. Asistencia a las Víctimas de la DOT\n"_qs;
    EXPECT_TRUE(text.contains(sg));
    EXPECT_TRUE(
        text.contains(u"País Líder: Paraguay\nPaíses Integrantes: Chile, Ecuador y Perú\n"_qs));
    EXPECT_TRUE(
        text.contains(u"País Líder: Ecuador\nPaíses Integrantes: Argentina, Paraguay y Perú\n"_qs));
    // Every subgroup has three countries or more: no warning.
    EXPECT_FALSE(text.contains(u"menos de tres países"_qs));

    // The agreements and commitments of the videoconferences.
    for (
        const QString &s :
        {u"Acuerdos:\nse acordó conformar tres Subgrupos de Trabajo\n"_qs,
         u"Se aprobó en general el Plan Sectorial\nse invitó a Brasil y Colombia a comunicar su interés por integrar alguno\n"_qs,
         u"Perú comunicó que integrará a los 3 Subgrupos."_qs,
         u"Ecuador informó que envió su Plan de Subgrupo Prevención de Delitos y Violencia de Género en el mes de marzo."_qs,
         u"Se convino conformar una mesa que incluya el tema de Ciberseguridad para los 3 Sub Grupos"_qs,
         u"Paraguay se comprometió a: Enviar una propuesta sobre Ciberseguridad para ser analizada por los demás participantes (plazo: Por definir; estado: pendiente) (Ver Anexo 2.e)"_qs,
         u"Chile se comprometió a: Reenviar la propuesta de Plan de Trabajo Anual del Subgrupo Combate a la Delincuencia Organizada Transnacional (DOT) para los comentarios de los demás integrantes (plazo: Por definir; estado: cumplido) (Ver Anexo 2.b)"_qs})
        EXPECT_TRUE(text.contains(s)) << s.toStdString();
    // The trainings: their dates and almost 100 participants; the workshops' participants.
    EXPECT_TRUE(text.contains(u"Participantes: casi 100 personas"_qs));
    EXPECT_TRUE(
        text.contains(u"Con la participación de: BID-INTAL y Coordinación Nacional de Chile"_qs));
    EXPECT_TRUE(text.contains(
        u"El 19 de diciembre de 2019, se hizo entrega formal del plan sectorial del grupo de Seguridad y Combate al Crimen a la Presidencia Pro Tempore de Chile (Ver Anexo 2.a)."_qs));
}

TEST_F(AnnualReportTest, HoldsEveryRowOfTheThreeWorkPlanTables)
{
    auto c = build();
    ASSERT_TRUE(c);
    const auto tables = tablesOf(c->document());
    ASSERT_EQ(tables.size(), 5); // three plans, two annexes
    const char *files[] = {"seed-subgroup1.tsv", "seed-subgroup2.tsv", "seed-subgroup3.tsv"};
    const QString middle[] = {u"Productos"_qs, u"Productos"_qs, u"Actividades"_qs};
    for (int i = 0; i < 3; ++i) {
        const QList<QStringList> &table = tables.at(i);
        EXPECT_EQ(table.first(), (QStringList{u"Líneas de Acción"_qs, middle[i], u"Plazo"_qs}));
        EXPECT_EQ(table.mid(1), seedTable(files[i])) << files[i];
    }
    // The line of action is one cell beside its products.
    const QString text = c->document()->toPlainText();
    EXPECT_EQ(
        text.count(
            u"Coordinaciones para establecer estrategias regionales conjuntas para combatir las DOT"_qs),
        1);
}

TEST_F(AnnualReportTest, HoldsBothAnnexes)
{
    auto c = build();
    ASSERT_TRUE(c);
    const auto tables = tablesOf(c->document());
    ASSERT_EQ(tables.size(), 5);
    EXPECT_EQ(
        tables.at(3),
        (QList<QStringList>{
            {u"País"_qs, u"Instituciones"_qs},
            {u"Argentina"_qs,
             u"Ministerio de Seguridad, Secretaría de Políticas Integrales sobre Drogas (SEDRONAR)"_qs},
            {u"Brasil"_qs, u"Ministerio de Relaciones Exteriores"_qs},
            {u"Chile"_qs, u"Ministerio del Interior y Seguridad Pública"_qs},
            {u"Colombia"_qs, u"Ministerio Relaciones Exteriores"_qs},
            {u"Ecuador"_qs, u"Ministerio de Gobierno"_qs},
            {u"Paraguay"_qs, u"Ministerio del Interior"_qs},
            {u"Perú"_qs, u"Ministerio del Interior"_qs}}));
    EXPECT_EQ(
        tables.at(4),
        (QList<QStringList>{
            {u"Anexo"_qs, u"Título"_qs, u"Fecha"_qs, u"Remitente"_qs, u"Estado"_qs},
            {u"2.a"_qs, u"Plan sectorial de Seguridad y Combate del Crimen"_qs,
             u"19 de diciembre de 2019"_qs, QString(), u"entregado"_qs},
            {u"2.b"_qs,
             u"Propuesta de Plan de Trabajo Anual del Subgrupo Combate a la Delincuencia Organizada Transnacional (DOT)"_qs,
             u"24 de septiembre de 2020"_qs, u"Chile"_qs, u"observaciones recibidas"_qs},
            {u"2.c"_qs, u"Propuesta de Plan del Sub Grupo Asistencia de las Víctimas de las DOT"_qs,
             u"11 de agosto de 2020"_qs, u"Paraguay"_qs, u"enviado para comentarios"_qs},
            {u"2.d"_qs,
             u"Propuesta de Plan anual del Subgrupo Prevención de Delitos y Violencia de Género"_qs,
             u"2 de marzo de 2020"_qs, u"Ecuador"_qs, u"enviado para comentarios"_qs},
            {u"2.e"_qs, u"Propuesta sobre Ciberseguridad"_qs, u"sin fecha"_qs, u"Paraguay"_qs,
             u"borrador"_qs}}));

    // Each annex alone: the same table under its own title.
    AnnexReportOptions o{group, Language::Spanish};
    auto a1 = Annex1Report::build(t.db(), o);
    auto a2 = Annex2Report::build(t.db(), o);
    ASSERT_TRUE(a1.ok() && a2.ok());
    EXPECT_EQ(headings(**a1, 1), QStringList{u"Anexo 1: Instituciones participantes por país"_qs});
    EXPECT_EQ(tablesOf((*a1)->document()), QList<QList<QStringList>>{tables.at(3)});
    EXPECT_EQ(headings(**a2, 1), QStringList{u"Anexo 2: Documentos del Grupo de Trabajo"_qs});
    EXPECT_EQ(tablesOf((*a2)->document()), QList<QList<QStringList>>{tables.at(4)});
}

TEST_F(AnnualReportTest, InPortugueseFocalsWordsChangeAndWhatPeopleWroteStays)
{
    auto c = build(Language::Portuguese);
    ASSERT_TRUE(c);
    EXPECT_EQ(headings(*c, 1),
              (QStringList{u"1. Introdução"_qs, u"2. Objetivo geral do Grupo de Trabalho"_qs,
                           u"3. Países participantes"_qs, u"4. Subgrupos de Trabalho"_qs,
                           u"5. Atividades 2019"_qs, u"6. Atividades 2020"_qs,
                           u"7. Plano de Trabalho 2021"_qs,
                           u"8. Anexo 1: Instituições participantes por país"_qs,
                           u"9. Anexo 2: Documentos do Grupo de Trabalho"_qs}));
    const QString text = c->document()->toPlainText();
    for (const QString &s :
         {u"19 de dezembro de 2019"_qs, u"6 de maio de 2019"_qs, u"2 de março de 2020"_qs,
          u"Equador: participa ativamente"_qs, u"Colômbia: participou inicialmente"_qs,
          u"País líder: Paraguai"_qs, u"Países integrantes: Chile, Equador e Peru"_qs,
          u"Participantes: quase 100 pessoas"_qs})
        EXPECT_TRUE(text.contains(s)) << s.toStdString();
    // Focal's dates are Portuguese; the Spanish ones left are in what people wrote.
    EXPECT_TRUE(text.contains(u"3ª Videoconferencia: 16 de dezembro de 2019"_qs));
    EXPECT_FALSE(text.contains(u"6 de mayo de 2019"_qs));
    EXPECT_FALSE(text.contains(u"16 de diciembre de 2019"_qs));
    // What people wrote, unchanged: the introduction, the objective, a summary, plan rows.
    for (
        const QString &s :
        {u"El 22 de marzo de 2019 Argentina, Brasil, Chile, Colombia, Ecuador, Guyana, Paraguay y Perú, suscribieron"_qs,
         u"Los países miembros del POSUR reconocen"_qs,
         u"Se comentaron las apreciaciones e ideas para el Plan Sectorial y se acordó conformar tres Subgrupos de Trabajo."_qs,
         u"Diseñar cuestionarios. Aplicar cuestionarios."_qs})
        EXPECT_TRUE(text.contains(s)) << s.toStdString();
    // Deadlines written in Spanish read in Portuguese in a Portuguese report.
    const auto tables = tablesOf(c->document());
    ASSERT_EQ(tables.size(), 5);
    EXPECT_EQ(tables.at(0).first(),
              (QStringList{u"Linhas de Ação"_qs, u"Produtos"_qs, u"Prazo"_qs}));
    EXPECT_EQ(tables.at(0).at(1).at(2), u"Primeiro bimestre de 2021"_qs);
    EXPECT_EQ(tables.at(1).at(1).at(2), u"Segundo semestre de 2020"_qs);
}

TEST_F(AnnualReportTest, InEnglishDatesReadAsTheyDoInEnglish)
{
    auto c = build(Language::English);
    ASSERT_TRUE(c);
    const QString text = c->document()->toPlainText();
    EXPECT_TRUE(text.contains(u"19 December 2019"_qs));
    EXPECT_TRUE(text.contains(u"1ª Videoconferencia: 11 November 2019"_qs));
    EXPECT_EQ(headings(*c, 1).at(6), u"7. Work Plan 2021"_qs);
}

TEST_F(AnnualReportTest, SectionNumbersFollowTheChosenYears)
{
    auto one = build(Language::Spanish, 2019, 2019, 2020);
    ASSERT_TRUE(one);
    EXPECT_EQ(headings(*one, 1).mid(4),
              (QStringList{u"5. Actividades 2019"_qs, u"6. Plan de Trabajo 2020"_qs,
                           u"7. Anexo 1: Instituciones participantes por país"_qs,
                           u"8. Anexo 2: Documentos del Grupo de Trabajo"_qs}));
    EXPECT_TRUE(one->document()->toPlainText().contains(u"No hay planes de trabajo para 2020."_qs));
    EXPECT_FALSE(one->document()->toPlainText().contains(u"Capacitación en el uso"_qs));

    auto three = build(Language::Spanish, 2019, 2021, 2022);
    ASSERT_TRUE(three);
    EXPECT_EQ(headings(*three, 1).mid(4, 4),
              (QStringList{u"5. Actividades 2019"_qs, u"6. Actividades 2020"_qs,
                           u"7. Actividades 2021"_qs, u"8. Plan de Trabajo 2022"_qs}));
    EXPECT_TRUE(three->document()->toPlainText().contains(
        u"7. Actividades 2021\nNo se registraron actividades del grupo en 2021.\n"_qs));
}

TEST_F(AnnualReportTest, RefusesYearsThatMakeNoReportAndUnknownGroups)
{
    AnnualReportOptions backwards{group, 2020, 2019, 2021, Language::Spanish};
    auto r = AnnualReport::build(t.db(), backwards);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Invalid);
    AnnualReportOptions tooMany{group, 1990, 2020, 2021, Language::Spanish};
    EXPECT_FALSE(AnnualReport::build(t.db(), tooMany).ok());
    AnnualReportOptions unknown{QUuid::createUuid(), 2019, 2020, 2021, Language::Spanish};
    auto u = AnnualReport::build(t.db(), unknown);
    ASSERT_FALSE(u.ok());
    EXPECT_EQ(u.error().code, Error::Code::NotFound);
}

TEST_F(AnnualReportTest, FlagsASubgroupOfFewerThanThreeCountries)
{
    Repository repo(t.db());
    Subgroup s;
    s.groupId = group;
    s.number = 4;
    s.name = u"Ciberseguridad"_qs;
    s.objective = u"Intercambiar experiencias."_qs;
    s.leaderCountryId = DefaultData::keyUuid("country", u"PY"_qs);
    ASSERT_TRUE(repo.insert(s).ok());
    SubgroupMember m;
    m.subgroupId = s.meta.id;
    m.countryId = DefaultData::keyUuid("country", u"PE"_qs);
    m.position = 1;
    ASSERT_TRUE(repo.insert(m).ok());
    auto c = build();
    ASSERT_TRUE(c);
    const QString text = c->document()->toPlainText();
    // Only the new subgroup, of two countries, carries the warning.
    EXPECT_EQ(text.count(u"Este subgrupo tiene menos de tres países"_qs), 1);
    EXPECT_TRUE(
        text.contains(u"IV. Ciberseguridad\nObjetivo: Intercambiar experiencias.\nPaís Líder: "
                      "Paraguay\nPaíses Integrantes: Perú\nEste subgrupo tiene menos de tres "
                      "países; la metodología del Foro pide tres o más.\n"_qs));
}
