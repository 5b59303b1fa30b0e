// The stored introduction of the annual report, the other documents (a work plan, a meeting's
// minutes, commitments by country, the timeline), hostile user text, and the report's words.

#include "data/DefaultData.h"
#include "documents/AnnualReport.h"
#include "documents/CommitmentsReport.h"
#include "documents/MinutesReport.h"
#include "documents/ReportWords.h"
#include "documents/TimelineReport.h"
#include "documents/WorkPlanReport.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "query/Lookup.h"
#include "reports/ReportTexts.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBlock>
#include <QTextDocument>

using namespace focal;
using namespace focal::report;
using focal::test::TestDatabase;

namespace {

class ReportDocumentsTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto g = Lookup::group(t.db(), QStringLiteral("seguridad"));
        ASSERT_TRUE(g.ok());
        group = g->meta.id;
    }
    QString annualText(Language lang = Language::Spanish)
    {
        auto r = AnnualReport::build(t.db(), {group, 2019, 2020, 2021, lang});
        EXPECT_TRUE(r.ok());
        return r.ok() ? (*r)->document()->toPlainText() : QString();
    }
    QString between(const QString &text, const QString &from, const QString &to)
    {
        const qsizetype a = text.indexOf(from);
        const qsizetype b = text.indexOf(to, a);
        EXPECT_TRUE(a >= 0 && b > a);
        return text.mid(a, b - a);
    }
    static QUuid meetingKey(const char *key)
    {
        return DefaultData::keyUuid("meeting", QLatin1String(key));
    }
    TestDatabase t{TestDatabase::Content::DefaultData};
    QUuid group;
};

const QString seedIntroStart = u"El 22 de marzo de 2019 Argentina, Brasil, Chile"_qs;

} // namespace

TEST_F(ReportDocumentsTest, TheDefaultDataCarriesTheSeedIntroduction)
{
    auto intro = ReportTexts::introduction(t.db(), group);
    ASSERT_TRUE(intro.ok());
    EXPECT_TRUE(intro->startsWith(seedIntroStart));
    EXPECT_TRUE(intro->endsWith(u"en vistas del 2021."_qs));
    EXPECT_EQ(intro->split(u"\n\n"_qs).size(), 5);
    const QString section = between(annualText(), u"1. Introducción"_qs, u"2. Objetivo"_qs);
    EXPECT_TRUE(section.contains(
        u"El 25 de septiembre de 2019, en el marco de la 74° Asamblea General de Naciones Unidas"_qs));
    EXPECT_TRUE(section.contains(u"el sitio web www.foroprosur.org."_qs));
    // Another group has none stored.
    auto other = Lookup::group(t.db(), QStringLiteral("salud"));
    ASSERT_TRUE(other.ok());
    auto none = ReportTexts::introduction(t.db(), other->meta.id);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST(ReportTextsData, AnUnknownKindOfReportTextRefusesTheDefaultData)
{
    QFile f(QString::fromLatin1(DefaultData::resourcePath));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray texts = root.value(u"report_texts"_qs).toArray();
    ASSERT_EQ(texts.size(), 1);
    QJsonObject text = texts.at(0).toObject();
    text.insert(u"kind"_qs, u"annual_preface"_qs);
    texts.replace(0, text);
    root.insert(u"report_texts"_qs, texts);
    TestDatabase empty;
    auto r = DefaultData::load(empty.db(), QJsonDocument(root).toJson());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"annual_preface"_qs));
    EXPECT_EQ(test::rowCount(empty.db(), "country"), 0);
    EXPECT_EQ(test::rowCount(empty.db(), "report_text"), 0);
}

TEST_F(ReportDocumentsTest, AnEditedIntroductionIsStoredAndPrinted)
{
    ASSERT_EQ(test::rowCount(t.db(), "report_text"), 1);
    auto before = ReportTexts::find(t.db(), group, QLatin1String(ReportTexts::annualIntroduction));
    ASSERT_TRUE(before.ok() && before->has_value());
    const QString mine = u"Primer párrafo propio.\n\nSegundo párrafo, con <b>marcas</b>."_qs;
    ASSERT_TRUE(ReportTexts::setIntroduction(t.db(), group, mine).ok());
    auto after = ReportTexts::find(t.db(), group, QLatin1String(ReportTexts::annualIntroduction));
    ASSERT_TRUE(after.ok() && after->has_value());
    EXPECT_EQ((*after)->body, mine);
    EXPECT_EQ((*after)->meta.id, (*before)->meta.id); // the same record, updated
    EXPECT_EQ(test::rowCount(t.db(), "report_text"), 1);
    const QString section = between(annualText(), u"1. Introducción"_qs, u"2. Objetivo"_qs);
    EXPECT_EQ(section,
              u"1. Introducción\nPrimer párrafo propio.\nSegundo párrafo, con <b>marcas</b>.\n"_qs);
}

TEST_F(ReportDocumentsTest, WithoutAStoredIntroductionTheReportWritesOneFromTheData)
{
    ASSERT_TRUE(ReportTexts::setIntroduction(t.db(), group, u"  \n "_qs).ok());
    EXPECT_EQ(test::rowCount(t.db(), "report_text"), 0);
    const QString section = between(annualText(), u"1. Introducción"_qs, u"2. Objetivo"_qs);
    EXPECT_FALSE(section.contains(seedIntroStart));
    EXPECT_EQ(section,
              u"1. Introducción\nEste informe presenta las actividades realizadas por el Grupo de "
              "Trabajo de Seguridad y Combate al Crimen del Foro PROSUR en 2019 y 2020 y su Plan "
              "de Trabajo 2021.\nParticipan en el grupo: Chile, Ecuador, Paraguay y Perú. El grupo "
              "trabaja en 3 subgrupos.\n"_qs);
    const QString pt =
        between(annualText(Language::Portuguese), u"1. Introdução"_qs, u"2. Objetivo"_qs);
    EXPECT_TRUE(pt.contains(u"Participam do grupo: Chile, Equador, Paraguai e Peru."_qs));
    // Writing it again inserts a new record.
    ASSERT_TRUE(ReportTexts::setIntroduction(t.db(), group, u"Nueva."_qs).ok());
    EXPECT_EQ(test::rowCount(t.db(), "report_text"), 1);
}

TEST_F(ReportDocumentsTest, AnIntroductionForNoGroupIsRefusedAndChangesNothing)
{
    const QStringList before = test::dumpTables(t.db());
    auto r = ReportTexts::setIntroduction(t.db(), QUuid::createUuid(), u"Texto."_qs);
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(ReportTexts::setIntroduction(t.db(), QUuid(), u"Texto."_qs).ok());
    EXPECT_EQ(test::dumpTables(t.db()), before);
}

TEST_F(ReportDocumentsTest, HostileTextInAMeetingStaysLiteralText)
{
    Repository repo(t.db());
    auto m = repo.get<Meeting>(meetingKey("seg-vc-2020-08-06"));
    ASSERT_TRUE(m.ok());
    Meeting meeting = *m;
    const QString hostile =
        u"<b>x</b> <img src=\"http://x/y.png\"> <a href=\"http://evil/\">y</a> &amp;"_qs;
    meeting.title = hostile;
    meeting.summary = hostile;
    ASSERT_TRUE(repo.update(meeting).ok());

    auto annual = AnnualReport::build(t.db(), {group, 2019, 2020, 2021, Language::Spanish});
    auto minutes = MinutesReport::build(t.db(), {meeting.meta.id, Language::Spanish});
    ASSERT_TRUE(annual.ok() && minutes.ok());
    for (const ReportContent *c : {annual.value().get(), minutes.value().get()}) {
        const QTextDocument *doc = c->document();
        EXPECT_TRUE(doc->toPlainText().contains(hostile));
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                EXPECT_FALSE(it.fragment().charFormat().isImageFormat());
                EXPECT_FALSE(it.fragment().charFormat().isAnchor());
            }
        // The whole HTML, head included: QTextDocument::toHtml() writes a title metadata
        // unescaped, so the report keeps its title out of the document (ReportMeta has it).
        const QString html = doc->toHtml();
        EXPECT_FALSE(html.contains(u"<img"_qs));
        EXPECT_FALSE(html.contains(u"<a "_qs));
        EXPECT_FALSE(html.contains(u"<b>"_qs));
        EXPECT_TRUE(html.contains(u"&lt;img src=&quot;http://x/y.png&quot;&gt;"_qs));
        EXPECT_FALSE(
            doc->resource(QTextDocument::ImageResource, QUrl(u"http://x/y.png"_qs)).isValid());
    }
}

TEST_F(ReportDocumentsTest, AMeetingsMinutes)
{
    Repository repo(t.db());
    auto m = repo.get<Meeting>(meetingKey("seg-vc-2020-08-06"));
    ASSERT_TRUE(m.ok());
    Meeting meeting = *m;
    meeting.startTime = QTime(10, 0);
    meeting.timeZone = u"America/Santiago"_qs;
    meeting.minutes =
        u"# Apertura\n\nSe abrió la sesión con **cuatro** países.\n\n- primer punto\n- "
        "segundo punto\n\n![logo](logo.png)\n"_qs;
    ASSERT_TRUE(repo.update(meeting).ok());

    auto r = MinutesReport::build(t.db(), {meeting.meta.id, Language::Spanish});
    ASSERT_TRUE(r.ok());
    const QString text = (*r)->document()->toPlainText();
    const QStringList order{
        u"Fecha: 6 de agosto de 2020"_qs,
        u"Hora: 10:00 (America/Santiago)"_qs,
        u"Tipo: videoconferencia"_qs,
        u"Ámbito: grupo de trabajo"_qs,
        u"Estado del acta: borrador"_qs,
        u"1. Asistencia\nPaíses: Chile, Perú, Paraguay y Ecuador\n"_qs,
        u"2. Orden del día\n1. Resumen general y actualización de las actividades del Grupo de "
        "Seguridad\n2. Propuesta de Plan de Trabajo Anual del Subgrupo Combate a la Delincuencia "
        "Organizada Transnacional (DOT) (presenta Chile)\n3. Propuesta de trabajo anual del "
        "Subgrupo de Asistencia a las Víctimas de las DOT; integración del tema de Ciberseguridad "
        "al Grupo (presenta Paraguay)\n"_qs,
        u"3. Resumen\n"_qs,
        u"4. Acta\nApertura\nSe abrió la sesión con cuatro países.\nprimer punto\nsegundo punto\n"_qs,
        u"5. Acuerdos\nChile presentó propuesta de Plan de Trabajo Anual"_qs,
        u"Perú comunicó que integrará a los 3 Subgrupos."_qs,
        u"6. Compromisos"_qs};
    qsizetype at = -1;
    for (const QString &s : order) {
        const qsizetype found = text.indexOf(s, at + 1);
        EXPECT_GT(found, at) << s.toStdString();
        at = std::max(at, found);
    }
    EXPECT_FALSE(text.contains(u"**"_qs));
    EXPECT_FALSE(text.contains(QChar::ObjectReplacementCharacter));
    // The commitments: who, what, by when, where it stands, in the meeting's order.
    const QString commitments = text.mid(text.indexOf(u"6. Compromisos"_qs));
    EXPECT_TRUE(
        commitments.contains(u"Paraguay\nEnviar una propuesta sobre Ciberseguridad para ser "
                             "analizada por los demás participantes\nPor definir\npendiente"_qs));
    EXPECT_LT(commitments.indexOf(u"Chile\nReenviar la propuesta"_qs),
              commitments.indexOf(u"Paraguay\nEnviar la propuesta de trabajo anual"_qs));
    QStringList outline;
    for (const OutlineEntry &e : (*r)->outline())
        outline << e.title;
    EXPECT_EQ(outline, (QStringList{u"1. Asistencia"_qs, u"2. Orden del día"_qs, u"3. Resumen"_qs,
                                    u"4. Acta"_qs, u"5. Acuerdos"_qs, u"6. Compromisos"_qs}));
}

TEST_F(ReportDocumentsTest, TheMinutesOfANationalMeetingOfNoGroup)
{
    auto r = MinutesReport::build(t.db(), {meetingKey("taller-cl-2019-05-06"), Language::Spanish});
    ASSERT_TRUE(r.ok());
    const QString text = (*r)->document()->toPlainText();
    EXPECT_TRUE(
        text.startsWith(u"Taller de puntos focales de Chile\n6 de mayo de 2019\nFecha: 6 de "
                        "mayo de 2019\nTipo: taller presencial\nÁmbito: nacional\nPaís: "
                        "Chile\n"_qs));
    EXPECT_FALSE(text.contains(u"Grupo de Trabajo:"_qs));
    EXPECT_TRUE(text.contains(u"1. Asistencia\nPaíses: Chile\nInstituciones y organismos: Banco "
                              "Interamericano de Desarrollo - INTAL (BID-INTAL), Coordinación "
                              "Nacional de Chile\n"_qs));
    EXPECT_TRUE(
        text.contains(u"3. Acuerdos\nNinguno registrado.\n4. Compromisos\nNinguno registrado."_qs));
}

TEST_F(ReportDocumentsTest, CommitmentsByCountryMarkWhatIsOverdue)
{
    // A commitment of Peru, due in the first semester of 2020 and still open.
    Repository repo(t.db());
    Agreement a;
    a.meetingId = meetingKey("seg-vc-2020-08-06");
    a.position = 99;
    a.text = u"Perú enviará su diagnóstico"_qs;
    a.isCommitment = true;
    a.responsibleCountryId = DefaultData::keyUuid("country", u"PE"_qs);
    a.action = u"Enviar el diagnóstico nacional"_qs;
    a.dueText = u"Primer semestre 2020"_qs;
    a.due = *Deadline::parse(a.dueText);
    a.status = CommitmentStatus::Open;
    ASSERT_TRUE(repo.insert(a).ok());

    auto r = CommitmentsReport::build(t.db(), {group, QDate(2021, 3, 1), Language::Spanish});
    ASSERT_TRUE(r.ok());
    const QString text = (*r)->document()->toPlainText();
    EXPECT_TRUE(text.contains(u"Situación al 1 de marzo de 2021"_qs));
    EXPECT_TRUE(
        text.contains(u"Chile: pendientes: 0 (vencidos: 0); cumplidos: 1; desistidos: 0\n"
                      "Paraguay: pendientes: 1 (vencidos: 0); cumplidos: 1; desistidos: 0\n"
                      "Perú: pendientes: 1 (vencidos: 1); cumplidos: 0; desistidos: 0\n"_qs));
    EXPECT_TRUE(text.contains(u"Enviar el diagnóstico nacional\nVideoconferencia del Grupo de "
                              "Seguridad, 6 de agosto de 2020\nPrimer semestre 2020\npendiente, "
                              "vencido"_qs));
    // Paraguay's open commitment before its done one.
    const qsizetype py = text.indexOf(u"1.2. Paraguay"_qs);
    ASSERT_GT(py, 0);
    EXPECT_LT(text.indexOf(u"Enviar una propuesta sobre Ciberseguridad"_qs, py),
              text.indexOf(u"Enviar la propuesta de trabajo anual"_qs, py));
    QStringList countries;
    for (const OutlineEntry &e : (*r)->outline())
        if (e.level == 2)
            countries << e.title;
    EXPECT_EQ(countries, (QStringList{u"1.1. Chile"_qs, u"1.2. Paraguay"_qs, u"1.3. Perú"_qs}));
    // Before the deadline ends, nothing is overdue.
    auto early = CommitmentsReport::build(t.db(), {group, QDate(2020, 6, 1), Language::English});
    ASSERT_TRUE(early.ok());
    const QString en = (*early)->document()->toPlainText();
    EXPECT_FALSE(en.contains(u"open, overdue"_qs));
    EXPECT_TRUE(en.contains(u"Peru: open: 1 (overdue: 0); done: 0; dropped: 0"_qs));
    // Every group's commitments name their group.
    auto all = CommitmentsReport::build(t.db(), {QUuid(), QDate(2021, 3, 1), Language::Spanish});
    ASSERT_TRUE(all.ok());
    const QString everyGroup = (*all)->document()->toPlainText();
    EXPECT_TRUE(everyGroup.startsWith(u"Compromisos por país\nTodos los grupos de trabajo\n"_qs));
    EXPECT_TRUE(everyGroup.contains(u"Videoconferencia del Grupo de Seguridad, 6 de agosto de 2020 "
                                    "(Grupo de Trabajo de Seguridad y Combate al Crimen)"_qs));
}

TEST_F(ReportDocumentsTest, TheTimelineReadsByEndDate)
{
    auto r = TimelineReport::build(t.db(), {group, QDate(2021, 1, 15), Language::Spanish});
    ASSERT_TRUE(r.ok());
    const QString text = (*r)->document()->toPlainText();
    // End of August 2020, end of 2020, end of February 2021 (a list), to be defined last.
    const QStringList order{
        u"Cuarto bimestre 2020\nCompromiso de alto nivel de los países"_qs,
        u"Segundo semestre 2020\nDiagnóstico regional en materia de trata de personas"_qs,
        u"Oct – dic. 2020\nDiseñar cuestionarios. Aplicar cuestionarios."_qs,
        u"Cuarto bimestre 2020 Primer bimestre 2021\nAsistencia técnica en los delitos"_qs,
        u"Primer bimestre 2021\nDocumento de planificación"_qs,
        u"2. Plazo por definir"_qs,
        u"Por definir.\nElaborar y publicar informe."_qs};
    qsizetype at = -1;
    for (const QString &s : order) {
        const qsizetype found = text.indexOf(s);
        EXPECT_GT(found, at) << s.toStdString();
        at = std::max(at, found);
    }
    // As of 15 January 2021, the work due in 2020 is overdue, that due in 2021 is not.
    EXPECT_TRUE(
        text.contains(u"Oct – dic. 2020\nDiseñar cuestionarios. Aplicar cuestionarios.\n"
                      "Plan de Trabajo 2021, Subgrupo 3: Prevención de Delitos y Violencia "
                      "de Género\npropuesto, vencido\nArgentina, Ecuador, Paraguay, Perú"_qs));
    EXPECT_TRUE(
        text.contains(u"Primer bimestre 2021\nDocumento de planificación de acciones a "
                      "mediano y largo plazo. Descripción por etapas.\nPlan de Trabajo "
                      "2021, Subgrupo 1: Combate a la Delincuencia Organizada Transnacional "
                      "(DOT)\npropuesto\n"_qs));
}

TEST_F(ReportDocumentsTest, AWorkPlanWithStatusesAndSteps)
{
    auto plan = Lookup::plan(t.db(), u"seguridad/1/2021"_qs);
    ASSERT_TRUE(plan.ok());
    // A responsible country and a progress note on the first product.
    Repository repo(t.db());
    const QUuid item = DefaultData::keyUuid("plan_item", u"seg-sg1-2021/1/1"_qs);
    auto first = repo.get<PlanItem>(item);
    ASSERT_TRUE(first.ok());
    PlanItem changed = *first;
    changed.status = PlanItemStatus::InProgress;
    changed.notes = u"Borrador circulado."_qs;
    ASSERT_TRUE(repo.update(changed).ok());
    PlanItemCountry pc;
    pc.itemId = item;
    pc.countryId = DefaultData::keyUuid("country", u"CL"_qs);
    ASSERT_TRUE(repo.insert(pc).ok());

    auto r = WorkPlanReport::build(t.db(), {plan->meta.id, Language::Spanish});
    ASSERT_TRUE(r.ok());
    const QString text = (*r)->document()->toPlainText();
    EXPECT_TRUE(text.startsWith(u"Plan de Trabajo 2021\nSubgrupo 1: Combate a la Delincuencia "
                                "Organizada Transnacional (DOT)\nGrupo de Trabajo de Seguridad y "
                                "Combate al Crimen\nEstado: observaciones recibidas\n"_qs));
    EXPECT_TRUE(
        text.contains(u"Líneas de Acción\nProductos\nPlazo\nPaíses responsables\nEstado\n"
                      "Coordinaciones para establecer estrategias regionales conjuntas para "
                      "combatir las DOT\nDocumento de planificación de acciones a mediano y "
                      "largo plazo. Descripción por etapas.\nPrimer bimestre 2021\nChile\n"
                      "en curso\n"_qs));
    EXPECT_TRUE(
        text.contains(u"Notas de avance\nDocumento de planificación de acciones a mediano y "
                      "largo plazo. Descripción por etapas.: Borrador circulado.\n"_qs));
    const qsizetype steps = text.indexOf(u"2. Etapas del plan"_qs);
    ASSERT_GT(steps, 0);
    const qsizetype sent =
        text.indexOf(u"2 de marzo de 2020\nenviado para comentarios\nChile\n"_qs, steps);
    const qsizetype observed =
        text.indexOf(u"24 de septiembre de 2020\nobservaciones recibidas"_qs, steps);
    EXPECT_GT(sent, steps);
    EXPECT_GT(observed, sent);
}

TEST(ReportWords, DatesAsPeopleWriteThem)
{
    const QDate d(2019, 12, 19);
    EXPECT_EQ(ReportWords::date(d, Language::Spanish), u"19 de diciembre de 2019"_qs);
    EXPECT_EQ(ReportWords::date(d, Language::Portuguese), u"19 de dezembro de 2019"_qs);
    EXPECT_EQ(ReportWords::date(d, Language::English), u"19 December 2019"_qs);
    EXPECT_EQ(ReportWords::date(QDate(2020, 3, 2), Language::Spanish), u"2 de marzo de 2020"_qs);
    EXPECT_EQ(ReportWords::date(QDate(), Language::Portuguese), u"sem data"_qs);
    EXPECT_EQ(ReportWords::joinList({u"A"_qs, u"B"_qs, u"C"_qs}, Language::Portuguese),
              u"A, B e C"_qs);
    EXPECT_EQ(ReportWords::joinList({u"A"_qs}, Language::English), u"A"_qs);
    EXPECT_EQ(ReportWords::roman(3, true), u"III"_qs);
    EXPECT_EQ(ReportWords::roman(14, false), u"xiv"_qs);
    EXPECT_EQ(ReportWords::label(ParticipationStatus::Initial, Language::Spanish),
              u"participó inicialmente"_qs);
    EXPECT_EQ(ReportWords::label(CommitmentStatus::Done, Language::Portuguese), u"cumprido"_qs);
}

// A deadline reads as written in the language it was written in, and in Focal's words in others.
TEST(ReportWords, DeadlinesAsWrittenInTheirOwnLanguage)
{
    struct Case
    {
        QString written;
        Language lang;
    };
    const Case cases[] = {{u"Primer bimestre 2021"_qs, Language::Spanish},
                          {u"Oct – dic. 2020"_qs, Language::Spanish},
                          {u"Por definir."_qs, Language::Spanish},
                          {u"Segundo semestre 2020"_qs, Language::Spanish},
                          {u"Primeiro bimestre de 2021"_qs, Language::Portuguese},
                          {u"out - dez 2020"_qs, Language::Portuguese},
                          {u"First bimester 2021"_qs, Language::English},
                          {u"To be defined"_qs, Language::English}};
    for (const Case &c : cases) {
        const auto d = Deadline::parse(c.written);
        ASSERT_TRUE(d.has_value()) << c.written.toStdString();
        EXPECT_EQ(ReportWords::deadlineLanguage(*d, c.written), c.lang) << c.written.toStdString();
        EXPECT_EQ(ReportWords::deadline(*d, c.written, c.lang), c.written.trimmed());
        for (Language other : {Language::Spanish, Language::Portuguese, Language::English}) {
            if (other != c.lang) {
                EXPECT_EQ(ReportWords::deadline(*d, c.written, other), d->toText(other));
            }
        }
    }
    // Nothing written: Focal's words.
    const auto q = Deadline::quarter(2021, 2);
    EXPECT_EQ(ReportWords::deadline(*q, QString(), Language::Spanish),
              q->toText(Language::Spanish));
}
