// The embedded PROSUR default data: every fact of the Security group's 2019–2020 report is in a
// new database, with stable UUIDs, and a broken data file loads nothing.

#include "data/DefaultData.h"
#include "model/Country.h"
#include "model/Document.h"
#include "model/Forum.h"
#include "model/Institution.h"
#include "model/Meeting.h"
#include "model/Milestone.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "plans/PlanLifecycle.h"
#include "plans/PlanVersions.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace focal;
using focal::test::TestDatabase;

namespace {

QUuid key(const char *table, const char *k)
{
    return DefaultData::keyUuid(table, QString::fromUtf8(k));
}

class DefaultDataTest : public ::testing::Test
{
protected:
    TestDatabase t{TestDatabase::Content::DefaultData};
    Repository repo{t.db()};

    QString countryName(const QUuid &id)
    {
        auto c = repo.get<Country>(id);
        return c ? c->nameEs : QString();
    }
    QStringList countryNames(const QList<QUuid> &ids)
    {
        QStringList names;
        for (const QUuid &id : ids)
            names << countryName(id);
        return names;
    }
    WorkingGroup security()
    {
        auto g = repo.get<WorkingGroup>(key(WorkingGroup::table, "seguridad"));
        EXPECT_TRUE(g.ok());
        return g ? *g : WorkingGroup();
    }
    QList<Meeting> meetingsOfKind(MeetingKind kind)
    {
        auto all = repo.listWhere<Meeting>("kind", enumKey(kind), QStringLiteral("date"));
        EXPECT_TRUE(all.ok());
        return all ? *all : QList<Meeting>();
    }
};

struct PlanRow
{
    int subgroup;
    QString line;
    QString item;
    QString deadline;
};

// Section 7 of the report, row by row, as printed (the line of action repeats for each product).
const QList<PlanRow> &reportPlanRows()
{
    static const QList<PlanRow> rows = {
        {1,
         QStringLiteral("Coordinaciones para establecer estrategias regionales conjuntas para "
                        "combatir las DOT"),
         QStringLiteral("Documento de planificación de acciones a mediano y largo plazo. "
                        "Descripción por etapas."),
         QStringLiteral("Primer bimestre 2021")},
        {1,
         QStringLiteral("Coordinaciones para establecer estrategias regionales conjuntas para "
                        "combatir las DOT"),
         QStringLiteral("Intercambio de información a fin de promover indicadores regionales de "
                        "delitos asociados a la DOT."),
         QStringLiteral("Primer bimestre 2021")},
        {1,
         QStringLiteral("Coordinaciones para establecer estrategias regionales conjuntas para "
                        "combatir las DOT"),
         QStringLiteral("Asistencia técnica en los delitos identificados en el objetivo 1."),
         QStringLiteral("Cuarto bimestre 2020 Primer bimestre 2021")},
        {1,
         QStringLiteral(
             "Analizar la creación de un Centro de Cooperación Regional para el combate de la DOT"),
         QStringLiteral("Compromiso de alto nivel de los países para pertenecer y participar en el "
                        "Centro de Cooperación Regional."),
         QStringLiteral("Cuarto bimestre 2020")},
        {1,
         QStringLiteral(
             "Analizar la creación de un Centro de Cooperación Regional para el combate de la DOT"),
         QStringLiteral(
             "Establecer la composición, objetivos funcionamiento y costos implicados de un Centro "
             "de Cooperación Regional para el Combate de la Delincuencia Organizada."),
         QStringLiteral("Primer bimestre 2021")},
        {2,
         QStringLiteral("Intercambiar información acerca del estado de situación – políticas "
                        "nacionales, aplicación de convenios internacionales, procedimientos, etc. "
                        "de los países miembros del PROSUR en materia de trata de personas."),
         QStringLiteral(
             "Diagnóstico regional en materia de trata de personas que considere entre otros "
             "aspectos la identificación de brechas en los mecanismos especializados de protección "
             "y asistencia en los retornos de las víctimas de trata de personas existentes."),
         QStringLiteral("Segundo semestre 2020")},
        {2,
         QStringLiteral("Fortaleciendo de los mecanismos especializados de protección y asistencia "
                        "en retorno de las víctimas de trata de personas."),
         QStringLiteral("Intercambio de experiencias sobre coordinaciones interinstitucionales "
                        "internas y bilaterales con los países de origen de las víctimas."),
         QStringLiteral("Segundo semestre 2020")},
        {2,
         QStringLiteral("Fortaleciendo de los mecanismos especializados de protección y asistencia "
                        "en retorno de las víctimas de trata de personas."),
         QStringLiteral("Generación de mecanismos de coordinación con consulados o contrapartes "
                        "institucionales en el extranjero para abordar retornos asistidos."),
         QStringLiteral("Segundo semestre 2020")},
        {2,
         QStringLiteral("Elaboración de un procedimiento regional para el retorno asistido y "
                        "protegido a víctimas de trata de personas."),
         QStringLiteral(
             "Borrador de protocolo regional de asistencia a víctimas de DOT trata de personas."),
         QStringLiteral("Segundo semestre 2020")},
        {3,
         QStringLiteral("Diseñar y aplicar el Cuestionario de levantamiento de información para el "
                        "diagnóstico e Informe Regional en materia de prevención del delito y la "
                        "violencia de género."),
         QStringLiteral("Diseñar cuestionarios. Aplicar cuestionarios."),
         QStringLiteral("Oct – dic. 2020")},
        {3,
         QStringLiteral("Elaborar y publicar el Informe Regional en materia de prevención del "
                        "delito y la violencia de género."),
         QStringLiteral("Elaborar y publicar informe."), QStringLiteral("Por definir.")},
        {3,
         QStringLiteral(
             "Desarrollar eventos de discusión y difusión de información y buenas prácticas "
             "relacionadas con la prevención del delito y la violencia de género."),
         QStringLiteral("Evento virtual de presentación del informe regional."),
         QStringLiteral("Oct – dic. 2020")},
        {3,
         QStringLiteral(
             "Realizar eventos de discusión y análisis de experiencias y buenas prácticas para la "
             "reducción de la violencia derivada del uso de armas de fuego."),
         QStringLiteral("Reuniones de trabajo. Revisión de documentos. Asistencia técnica en temas "
                        "relacionados a la violencia derivada del uso de armas de fuego."),
         QStringLiteral("Oct – dic. 2020")},
        {3,
         QStringLiteral("Realizar eventos de intercambio de experiencias e información sobre la "
                        "gestión de policía comunitaria."),
         QStringLiteral("Reuniones de trabajo. Revisión de documentos. Asistencia técnica."),
         QStringLiteral("Oct – dic. 2020")},
    };
    return rows;
}

} // namespace

TEST_F(DefaultDataTest, HasTheEightSignatoriesInThreeLanguages)
{
    auto countries = repo.list<Country>(QStringLiteral("iso2"));
    ASSERT_TRUE(countries.ok());
    QStringList codes, spanish, portuguese, english;
    for (const Country &c : *countries) {
        codes << c.iso2;
        spanish << c.nameEs;
        portuguese << c.namePt;
        english << c.nameEn;
    }
    EXPECT_EQ(codes, (QStringList{QStringLiteral("AR"), QStringLiteral("BR"), QStringLiteral("CL"),
                                  QStringLiteral("CO"), QStringLiteral("EC"), QStringLiteral("GY"),
                                  QStringLiteral("PE"), QStringLiteral("PY")}));
    EXPECT_TRUE(spanish.contains(QStringLiteral("Perú")));
    EXPECT_TRUE(spanish.contains(QStringLiteral("Brasil")));
    EXPECT_TRUE(portuguese.contains(QStringLiteral("Colômbia")));
    EXPECT_TRUE(english.contains(QStringLiteral("Brazil")));
    EXPECT_EQ(test::rowCount(t.db(), "forum_member"), 8);
}

TEST_F(DefaultDataTest, TheForumWasFoundedByTheDeclarationOfSantiago)
{
    auto forums = repo.list<Forum>();
    ASSERT_TRUE(forums.ok());
    ASSERT_EQ(forums->size(), 1);
    const Forum &f = forums->first();
    EXPECT_EQ(f.name, QStringLiteral("PROSUR"));
    EXPECT_EQ(f.fullName, QStringLiteral("Foro para el Progreso e Integración de América del Sur"));
    EXPECT_EQ(f.foundingDate, QDate(2019, 3, 22));
    EXPECT_TRUE(f.foundingDeclaration.startsWith(QStringLiteral("Declaración de Santiago")));
    EXPECT_TRUE(f.website.contains(QStringLiteral("www.foroprosur.org")));

    auto ppt = repo.list<ProTempore>();
    ASSERT_TRUE(ppt.ok());
    ASSERT_EQ(ppt->size(), 1);
    EXPECT_EQ(ppt->first().countryId, key(Country::table, "CL"));
}

TEST_F(DefaultDataTest, MilestonesCarryTheKeyDates)
{
    auto milestones = repo.list<Milestone>(QStringLiteral("date"));
    ASSERT_TRUE(milestones.ok());
    QList<QDate> dates;
    QString ministerial;
    for (const Milestone &m : *milestones) {
        dates << m.date;
        if (m.date == QDate(2019, 9, 25))
            ministerial = m.description;
    }
    EXPECT_TRUE(dates.contains(QDate(2019, 3, 22)));
    EXPECT_TRUE(dates.contains(QDate(2019, 12, 19))); // sectoral plan delivered
    EXPECT_TRUE(dates.contains(QDate(2020, 3, 2)));
    EXPECT_TRUE(dates.contains(QDate(2020, 8, 11)));
    EXPECT_TRUE(ministerial.contains(QStringLiteral("74° Asamblea General de Naciones Unidas")));
    EXPECT_TRUE(
        ministerial.contains(QStringLiteral("Lineamientos para el Funcionamiento del Foro")));
}

TEST_F(DefaultDataTest, AllSixThematicAreasHaveAWorkingGroup)
{
    auto areas = repo.list<ThematicArea>(QStringLiteral("position"));
    ASSERT_TRUE(areas.ok());
    QStringList names;
    for (const ThematicArea &a : *areas)
        names << a.nameEs;
    EXPECT_EQ(names, (QStringList{QStringLiteral("Infraestructura"), QStringLiteral("Energía"),
                                  QStringLiteral("Salud"), QStringLiteral("Defensa"),
                                  QStringLiteral("Seguridad y Combate al Crimen"),
                                  QStringLiteral("Gestión de Riesgo de Desastres")}));
    EXPECT_EQ(test::rowCount(t.db(), "working_group"), 6);
}

TEST_F(DefaultDataTest, TheSecurityGroupHasItsObjectiveAndContextVerbatim)
{
    const WorkingGroup g = security();
    EXPECT_EQ(g.shortName, QStringLiteral("seguridad"));
    EXPECT_TRUE(g.objective.startsWith(QStringLiteral(
        "Objetivo General es el trabajo articulado y colaborativo en la neutralización")));
    EXPECT_TRUE(g.objective.endsWith(QStringLiteral("en particular en lo que respecta al retorno "
                                                    "asistido de víctimas de trata de personas.")));
    EXPECT_TRUE(g.context.startsWith(QStringLiteral("Los países miembros del POSUR reconocen")));
    EXPECT_TRUE(g.context.contains(QStringLiteral(
        "desde los países vecinos, por la Delincuencia Organizada Transnacional (DOT)")));
}

TEST_F(DefaultDataTest, ParticipatingCountriesHaveTheirStatus)
{
    auto parts = repo.listWhere<GroupCountry>("group_id", column::toVariant(security().meta.id));
    ASSERT_TRUE(parts.ok());
    QMap<QString, ParticipationStatus> status;
    for (const GroupCountry &gc : *parts)
        status.insert(countryName(gc.countryId), gc.status);
    for (const char *active : {"Chile", "Ecuador", "Perú", "Paraguay"})
        EXPECT_EQ(status.value(QString::fromUtf8(active), ParticipationStatus::Withdrawn),
                  ParticipationStatus::Active)
            << active;
    EXPECT_EQ(status.value(QStringLiteral("Colombia")), ParticipationStatus::Initial);
    EXPECT_EQ(status.value(QStringLiteral("Brasil")), ParticipationStatus::Initial);
    EXPECT_FALSE(status.contains(QStringLiteral("Guyana")));
}

TEST_F(DefaultDataTest, TheThreeSubgroupsAsTheReportDefinesThem)
{
    auto subgroups = repo.listWhere<Subgroup>("group_id", column::toVariant(security().meta.id),
                                              QStringLiteral("number"));
    ASSERT_TRUE(subgroups.ok());
    ASSERT_EQ(subgroups->size(), 3);
    struct Expected
    {
        QString name, leader;
        QStringList members;
        QString objectiveStart;
    };
    const QList<Expected> expected = {
        {QStringLiteral("Combate a la Delincuencia Organizada Transnacional (DOT)"),
         QStringLiteral("Chile"),
         {QStringLiteral("Argentina"), QStringLiteral("Ecuador"), QStringLiteral("Paraguay"),
          QStringLiteral("Perú")},
         QStringLiteral("Promover el intercambio de información, buenas prácticas y cooperación")},
        {QStringLiteral("Asistencia a las Víctimas de la DOT"),
         QStringLiteral("Paraguay"),
         {QStringLiteral("Chile"), QStringLiteral("Ecuador"), QStringLiteral("Perú")},
         QStringLiteral("Fortalecer los mecanismos especializados de protección")},
        {QStringLiteral("Prevención de Delitos y Violencia de Género"),
         QStringLiteral("Ecuador"),
         {QStringLiteral("Argentina"), QStringLiteral("Paraguay"), QStringLiteral("Perú")},
         QStringLiteral("Promover intercambio de experiencias")},
    };
    for (int i = 0; i < 3; ++i) {
        const Subgroup &s = subgroups->at(i);
        EXPECT_EQ(s.number, i + 1);
        EXPECT_EQ(s.name, expected[i].name);
        EXPECT_EQ(countryName(s.leaderCountryId), expected[i].leader);
        EXPECT_TRUE(s.objective.startsWith(expected[i].objectiveStart)) << s.number;
        auto members = repo.listWhere<SubgroupMember>("subgroup_id", column::toVariant(s.meta.id),
                                                      QStringLiteral("position"));
        ASSERT_TRUE(members.ok());
        QList<QUuid> ids;
        for (const SubgroupMember &m : *members)
            ids << m.countryId;
        EXPECT_EQ(countryNames(ids), expected[i].members) << s.number;
    }
}

TEST_F(DefaultDataTest, TheFourWorkshopsOfChilesFocalPoints)
{
    const QList<Meeting> workshops = meetingsOfKind(MeetingKind::Workshop);
    QList<QDate> dates;
    for (const Meeting &m : workshops) {
        dates << m.date;
        EXPECT_EQ(m.scope, MeetingScope::National);
        EXPECT_EQ(m.countryId, key(Country::table, "CL"));
        EXPECT_FALSE(m.seriesId.isNull());
    }
    EXPECT_EQ(dates, (QList<QDate>{QDate(2019, 5, 6), QDate(2019, 8, 12), QDate(2019, 9, 12),
                                   QDate(2019, 11, 28)}));
    // BID-INTAL and the Coordinación Nacional de Chile took part in each.
    auto parts = repo.listWhere<MeetingParticipant>("meeting_id",
                                                    column::toVariant(workshops.first().meta.id));
    ASSERT_TRUE(parts.ok());
    QList<QUuid> organisations;
    for (const MeetingParticipant &p : *parts)
        organisations << p.organisationId;
    EXPECT_TRUE(organisations.contains(key(Organisation::table, "bid-intal")));
    auto series = repo.get<MeetingSeries>(workshops.first().seriesId);
    ASSERT_TRUE(series.ok());
    EXPECT_TRUE(series->description.contains(QStringLiteral("seis ministerios de línea de Chile")));
}

TEST_F(DefaultDataTest, TheVideoconferencesWithTheirSummaries)
{
    const QList<Meeting> vcs = meetingsOfKind(MeetingKind::Videoconference);
    QList<QDate> dates;
    for (const Meeting &m : vcs)
        dates << m.date;
    EXPECT_EQ(dates, (QList<QDate>{QDate(2019, 11, 11), QDate(2019, 11, 25), QDate(2019, 12, 16),
                                   QDate(2020, 8, 6), QDate(2020, 9, 24)}));
    EXPECT_EQ(vcs[0].title, QStringLiteral("1ª Videoconferencia"));
    EXPECT_TRUE(
        vcs[0].summary.startsWith(QStringLiteral("BID-INTAL realizó una presentación de PROSUR")));
    EXPECT_TRUE(vcs[1].summary.contains(QStringLiteral("conformar tres Subgrupos de Trabajo")));
    EXPECT_TRUE(vcs[2].summary.contains(QStringLiteral("Se aprobó en general el Plan Sectorial")));
    EXPECT_EQ(vcs[4].scope, MeetingScope::Subgroup);
    EXPECT_EQ(vcs[4].subgroupId, key(Subgroup::table, "seg-sg1"));
}

TEST_F(DefaultDataTest, TheTrainingsOf2020WithAlmostAHundredPeople)
{
    const QList<Meeting> trainings = meetingsOfKind(MeetingKind::Training);
    QList<QDate> dates;
    for (const Meeting &m : trainings)
        dates << m.date;
    EXPECT_EQ(dates, (QList<QDate>{QDate(2020, 6, 17), QDate(2020, 6, 24), QDate(2020, 6, 30),
                                   QDate(2020, 7, 8)}));
    auto series = repo.get<MeetingSeries>(trainings.first().seriesId);
    ASSERT_TRUE(series.ok());
    ASSERT_TRUE(series->participantsCount.has_value());
    EXPECT_EQ(*series->participantsCount, 100);
    EXPECT_TRUE(series->participantsApprox);
}

TEST_F(DefaultDataTest, TheAgreementsAndCommitmentsOfAugust2020)
{
    auto vc = repo.listWhere<Meeting>("date", QStringLiteral("2020-08-06"));
    ASSERT_TRUE(vc.ok());
    ASSERT_EQ(vc->size(), 1);
    auto agreements = repo.listWhere<Agreement>(
        "meeting_id", column::toVariant(vc->first().meta.id), QStringLiteral("position"));
    ASSERT_TRUE(agreements.ok());
    QStringList texts;
    QList<const Agreement *> commitments;
    for (const Agreement &a : *agreements) {
        texts << a.text;
        if (a.isCommitment)
            commitments << &a;
    }
    EXPECT_TRUE(texts.contains(QStringLiteral("Perú comunicó que integrará a los 3 Subgrupos.")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Se convino conformar una mesa que incluya el tema "
                                              "de Ciberseguridad para los 3 Sub Grupos")));
    ASSERT_EQ(commitments.size(), 3);
    const Agreement *cyber = nullptr;
    const Agreement *chile = nullptr;
    for (const Agreement *a : commitments) {
        if (a->action.contains(QStringLiteral("Ciberseguridad")))
            cyber = a;
        if (a->responsibleCountryId == key(Country::table, "CL"))
            chile = a;
    }
    ASSERT_NE(cyber, nullptr);
    EXPECT_EQ(cyber->responsibleCountryId, key(Country::table, "PY"));
    EXPECT_EQ(cyber->status, CommitmentStatus::Open);
    EXPECT_EQ(cyber->documentId, key(Document::table, "anexo-2e"));
    ASSERT_NE(chile, nullptr);
    EXPECT_EQ(chile->status, CommitmentStatus::Done);
}

// Every commitment the report states, as the report states it: who, what, by when (the report
// gives no date: "Por definir"), and whether it was kept. Paraguay sent its annual proposal on
// 11.08.2020 (Anexo 2.c) and Chile's plan went again to the subgroup (24.09.2020, Anexo 2.b);
// the cybersecurity proposal is still owed.
TEST_F(DefaultDataTest, TheSeedsCommitmentsExactly)
{
    auto all = repo.listWhere<Agreement>("is_commitment", 1, QStringLiteral("position"));
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    const QUuid august = key(Meeting::table, "seg-vc-2020-08-06");
    struct Expected
    {
        const char *country;
        const char *action;
        CommitmentStatus status;
        const char *document;
    };
    const Expected expected[] = {
        {"CL",
         "Reenviar la propuesta de Plan de Trabajo Anual del Subgrupo Combate a la Delincuencia "
         "Organizada Transnacional (DOT) para los comentarios de los demás integrantes",
         CommitmentStatus::Done, "anexo-2b"},
        {"PY",
         "Enviar la propuesta de trabajo anual del Subgrupo de Asistencia a las Víctimas de la "
         "DOT para conocimiento y comentarios",
         CommitmentStatus::Done, "anexo-2c"},
        {"PY",
         "Enviar una propuesta sobre Ciberseguridad para ser analizada por los demás "
         "participantes",
         CommitmentStatus::Open, "anexo-2e"},
    };
    for (int i = 0; i < 3; ++i) {
        const Agreement &a = all->at(i);
        SCOPED_TRACE(i);
        EXPECT_EQ(a.meetingId, august);
        EXPECT_EQ(a.responsibleCountryId, key(Country::table, expected[i].country));
        EXPECT_EQ(a.action, QString::fromUtf8(expected[i].action));
        EXPECT_EQ(a.status, expected[i].status);
        EXPECT_EQ(a.dueText, QStringLiteral("Por definir"));
        EXPECT_EQ(a.documentId, key(Document::table, expected[i].document));
    }
}

TEST_F(DefaultDataTest, TheAugust2020AgendaAndDraftMinutes)
{
    const QUuid august = key(Meeting::table, "seg-vc-2020-08-06");
    auto agenda = repo.listWhere<AgendaItem>("meeting_id", column::toVariant(august),
                                             QStringLiteral("position"));
    ASSERT_TRUE(agenda.ok());
    ASSERT_EQ(agenda->size(), 3);
    EXPECT_EQ(agenda->at(0).title, QStringLiteral("Resumen general y actualización de las "
                                                  "actividades del Grupo de Seguridad"));
    EXPECT_TRUE(agenda->at(0).presenterCountryId.isNull());
    EXPECT_EQ(agenda->at(1).presenterCountryId, key(Country::table, "CL"));
    EXPECT_EQ(agenda->at(2).presenterCountryId, key(Country::table, "PY"));
    EXPECT_EQ(agenda->at(2).position, 2);
    EXPECT_EQ(test::rowCount(t.db(), "agenda_item"), 3);
    // The report mentions no minutes being circulated or approved: all are drafts.
    auto meetings = repo.list<Meeting>();
    ASSERT_TRUE(meetings.ok());
    for (const Meeting &m : *meetings)
        EXPECT_EQ(m.minutesStatus, MinutesStatus::Draft) << m.title.toStdString();
    EXPECT_EQ(test::rowCount(t.db(), "minutes_event"), 0);
}

TEST_F(DefaultDataTest, AnnexTwoHoldsTheGroupsFiveDocuments)
{
    auto docs = repo.list<Document>(QStringLiteral("annex_code"));
    ASSERT_TRUE(docs.ok());
    QStringList codes;
    for (const Document &d : *docs)
        codes << d.annexCode;
    EXPECT_EQ(codes,
              (QStringList{QStringLiteral("2.a"), QStringLiteral("2.b"), QStringLiteral("2.c"),
                           QStringLiteral("2.d"), QStringLiteral("2.e")}));
    const Document &sectoral = docs->first();
    EXPECT_EQ(sectoral.title, QStringLiteral("Plan sectorial de Seguridad y Combate del Crimen"));
    EXPECT_EQ(sectoral.date, QDate(2019, 12, 19));
    EXPECT_EQ(sectoral.status, DocumentStatus::Delivered);
    EXPECT_EQ(sectoral.recipient, QStringLiteral("Presidencia Pro Tempore de Chile"));
    EXPECT_EQ(docs->at(2).senderCountryId, key(Country::table, "PY"));
    EXPECT_EQ(docs->at(2).date, QDate(2020, 8, 11));
}

TEST_F(DefaultDataTest, AnnexOneListsTheInstitutionsByCountry)
{
    auto links = repo.listWhere<GroupInstitution>("group_id", column::toVariant(security().meta.id),
                                                  QStringLiteral("position"));
    ASSERT_TRUE(links.ok());
    QStringList lines;
    for (const GroupInstitution &gi : *links) {
        auto i = repo.get<Institution>(gi.institutionId);
        ASSERT_TRUE(i.ok());
        lines << countryName(i->countryId) + QStringLiteral(": ") + i->name +
                     (i->acronym.isEmpty() ? QString()
                                           : QStringLiteral(" (") + i->acronym + QLatin1Char(')'));
    }
    EXPECT_EQ(
        lines,
        (QStringList{
            QStringLiteral("Argentina: Ministerio de Seguridad"),
            QStringLiteral("Argentina: Secretaría de Políticas Integrales sobre Drogas (SEDRONAR)"),
            QStringLiteral("Brasil: Ministerio de Relaciones Exteriores"),
            QStringLiteral("Chile: Ministerio del Interior y Seguridad Pública"),
            QStringLiteral("Colombia: Ministerio Relaciones Exteriores"),
            QStringLiteral("Ecuador: Ministerio de Gobierno"),
            QStringLiteral("Paraguay: Ministerio del Interior"),
            QStringLiteral("Perú: Ministerio del Interior")}));
}

TEST_F(DefaultDataTest, TheThree2021WorkPlansHaveEveryRowOfTheReport)
{
    auto plans = repo.listWhere<Plan>("year", 2021);
    ASSERT_TRUE(plans.ok());
    ASSERT_EQ(plans->size(), 3);
    QList<PlanRow> rows;
    for (int number = 1; number <= 3; ++number) {
        const QUuid subgroup =
            key(Subgroup::table, QStringLiteral("seg-sg%1").arg(number).toUtf8().constData());
        const Plan *plan = nullptr;
        for (const Plan &p : *plans)
            if (p.subgroupId == subgroup)
                plan = &p;
        ASSERT_NE(plan, nullptr) << number;
        EXPECT_EQ(plan->title, QStringLiteral("Plan de Trabajo 2021"));
        EXPECT_EQ(plan->itemLabel,
                  number == 3 ? PlanItemLabel::Activities : PlanItemLabel::Products);
        auto lines =
            repo.select<PlanItem>(QStringLiteral("plan_id = ? AND parent_id IS NULL"),
                                  {column::toVariant(plan->meta.id)}, QStringLiteral("position"));
        ASSERT_TRUE(lines.ok());
        for (const PlanItem &line : *lines) {
            auto items = repo.listWhere<PlanItem>("parent_id", column::toVariant(line.meta.id),
                                                  QStringLiteral("position"));
            ASSERT_TRUE(items.ok());
            for (const PlanItem &item : *items)
                rows << PlanRow{number, line.text, item.text, item.deadlineText};
        }
    }
    const QList<PlanRow> &expected = reportPlanRows();
    ASSERT_EQ(rows.size(), expected.size());
    for (int i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].subgroup, expected[i].subgroup) << "row " << i;
        EXPECT_EQ(rows[i].line, expected[i].line) << "row " << i;
        EXPECT_EQ(rows[i].item, expected[i].item) << "row " << i;
        EXPECT_EQ(rows[i].deadline, expected[i].deadline) << "row " << i;
    }
}

TEST_F(DefaultDataTest, PlanDeadlinesAreUnderstoodNotJustStored)
{
    auto items =
        repo.select<PlanItem>(QStringLiteral("parent_id IS NOT NULL"), {}, QStringLiteral("rowid"));
    ASSERT_TRUE(items.ok());
    int lists = 0, undefined = 0;
    for (const PlanItem &i : *items) {
        if (i.deadline.kind() == Deadline::Kind::List) {
            ++lists;
            EXPECT_EQ(i.deadline.start(), QDate(2020, 7, 1));
            EXPECT_EQ(i.deadline.end(), QDate(2021, 2, 28));
        }
        if (i.deadline.isUndefined())
            ++undefined;
        if (i.deadlineText == QStringLiteral("Oct – dic. 2020")) {
            EXPECT_EQ(i.deadline.start(), QDate(2020, 10, 1));
            EXPECT_EQ(i.deadline.end(), QDate(2020, 12, 31));
        }
    }
    EXPECT_EQ(lists, 1);     // "Cuarto bimestre 2020 Primer bimestre 2021"
    EXPECT_EQ(undefined, 1); // "Por definir."
}

TEST_F(DefaultDataTest, ReportNarrativeParagraphsAreKept)
{
    auto texts = repo.listWhere<GroupText>("group_id", column::toVariant(security().meta.id),
                                           QStringLiteral("section, year, position"));
    ASSERT_TRUE(texts.ok());
    QString all;
    for (const GroupText &t : *texts)
        all += t.body + QLatin1Char('\n');
    EXPECT_TRUE(all.contains(QStringLiteral("El 22 de marzo de 2019 Argentina, Brasil, Chile")));
    EXPECT_TRUE(
        all.contains(QStringLiteral("Durante 2020 en el marco de la pandemia por coronavirus")));
    EXPECT_TRUE(all.contains(QStringLiteral("fueron reprogramadas para el año 2021")));
}

TEST(DefaultData, EveryInstallationGivesTheSameRecordsTheSameUuids)
{
    TestDatabase a(TestDatabase::Content::DefaultData);
    TestDatabase b(TestDatabase::Content::DefaultData);
    auto ids = [](Database &db) {
        QStringList out;
        auto q =
            db.exec(QStringLiteral("SELECT id FROM plan_item UNION ALL SELECT id FROM agreement "
                                   "UNION ALL SELECT id FROM country ORDER BY 1"));
        while (q && q.value().next())
            out << q.value().value(0).toString();
        return out;
    };
    EXPECT_EQ(ids(a.db()), ids(b.db()));
    EXPECT_EQ(ids(a.db()).size(), 24 + 10 + 8);
    EXPECT_NE(a->context().site, b->context().site); // but each site is its own
}

TEST(DefaultData, LoadingTwiceIsRefusedAndChangesNothing)
{
    TestDatabase t(TestDatabase::Content::DefaultData);
    const int items = test::rowCount(t.db(), "plan_item");
    auto again = DefaultData::loadEmbedded(t.db());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(test::rowCount(t.db(), "plan_item"), items);
    EXPECT_EQ(test::rowCount(t.db(), "country"), 8);
}

namespace {

QByteArray embeddedJson()
{
    QFile f(QString::fromLatin1(DefaultData::resourcePath));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Loads a damaged copy of the default data into an empty database: refused, nothing written.
void expectRefused(const QByteArray &json, const QString &expectedInMessage)
{
    TestDatabase t;
    auto r = DefaultData::load(t.db(), json);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Invalid);
    EXPECT_TRUE(r.error().message.contains(expectedInMessage)) << r.error().message.toStdString();
    EXPECT_EQ(test::rowCount(t.db(), "country"), 0);
    EXPECT_EQ(test::rowCount(t.db(), "meeting"), 0);
}

} // namespace

TEST(DefaultData, ABrokenReferenceRefusesTheWholeFile)
{
    QByteArray json = embeddedJson();
    json.replace("\"leader\": \"EC\"", "\"leader\": \"XX\"");
    expectRefused(json, QStringLiteral("subgroups/seg-sg3"));
}

TEST(DefaultData, AnUnknownStatusRefusesTheWholeFile)
{
    QByteArray json = embeddedJson();
    json.replace("\"status\": \"initial\"", "\"status\": \"maybe\"");
    expectRefused(json, QStringLiteral("\"maybe\" is not one of"));
}

TEST(DefaultData, AnUnknownMinutesStatusOrAnEmptyAgendaTitleRefusesTheWholeFile)
{
    QByteArray json = embeddedJson();
    json.replace("\"minutes_status\": \"draft\"", "\"minutes_status\": \"signed\"");
    expectRefused(json, QStringLiteral("\"signed\" is not one of"));
    json = embeddedJson();
    json.replace("\"title\": \"Resumen general y actualización de las actividades del Grupo de "
                 "Seguridad\"",
                 "\"title\": \"\"");
    expectRefused(json, QStringLiteral("meetings/seg-vc-2020-08-06"));
}

TEST(DefaultData, AnUnreadableDeadlineRefusesTheWholeFile)
{
    QByteArray json = embeddedJson();
    json.replace("\"deadline\": \"Segundo semestre 2020\"",
                 "\"deadline\": \"Tercer semestre 2020\"");
    expectRefused(json, QStringLiteral("Tercer semestre 2020"));
}

TEST(DefaultData, InvalidUtf8AndTruncatedFilesAreRefused)
{
    QByteArray json = embeddedJson();
    QByteArray bad = json;
    bad.replace("Perú", "Per\xfa");
    expectRefused(bad, QStringLiteral("cannot be read"));
    expectRefused(json.left(json.size() / 2), QStringLiteral("cannot be read"));
}

// The seed's story of the subgroup plans (report, section 6.c): who sent which proposal when,
// to whom, and the videoconference where observations came in.
TEST_F(DefaultDataTest, PlanEventsTellTheSeedsStory)
{
    auto sg1 = PlanLifecycle::history(t.db(), key(Plan::table, "seg-sg1-2021"));
    ASSERT_TRUE(sg1.ok());
    ASSERT_EQ(sg1->size(), 2);
    EXPECT_EQ(sg1->at(0).state, DocumentStatus::SentForComments);
    EXPECT_EQ(sg1->at(0).date, QDate(2020, 3, 2));
    EXPECT_EQ(countryName(sg1->at(0).countryId), QStringLiteral("Chile"));
    EXPECT_EQ(sg1->at(0).recipient, QStringLiteral("Integrantes del Subgrupo Combate a la "
                                                   "Delincuencia Organizada Transnacional (DOT)"));
    EXPECT_EQ(sg1->at(0).note, QStringLiteral("Chile envía propuesta de Plan de trabajo de "
                                              "Subgrupo 1 efectos de recibir comentarios."));
    EXPECT_EQ(sg1->at(0).meta.id,
              DefaultData::keyUuid(PlanEvent::table, QStringLiteral("seg-sg1-2021/1")));
    EXPECT_EQ(sg1->at(1).state, DocumentStatus::ObservationsReceived);
    EXPECT_EQ(sg1->at(1).date, QDate(2020, 9, 24));
    EXPECT_EQ(sg1->at(1).meetingId, key(Meeting::table, "seg-sg1-vc-2020-09-24"));
    EXPECT_TRUE(sg1->at(1).countryId.isNull());

    auto sg2 = PlanLifecycle::history(t.db(), key(Plan::table, "seg-sg2-2021"));
    ASSERT_TRUE(sg2.ok());
    ASSERT_EQ(sg2->size(), 1);
    EXPECT_EQ(sg2->at(0).date, QDate(2020, 8, 11));
    EXPECT_EQ(countryName(sg2->at(0).countryId), QStringLiteral("Paraguay"));

    auto sg3 = PlanLifecycle::history(t.db(), key(Plan::table, "seg-sg3-2021"));
    ASSERT_TRUE(sg3.ok());
    ASSERT_EQ(sg3->size(), 1);
    EXPECT_EQ(sg3->at(0).date, QDate(2020, 3, 2));
    EXPECT_EQ(countryName(sg3->at(0).countryId), QStringLiteral("Ecuador"));
    EXPECT_TRUE(sg3->at(0).note.endsWith(QStringLiteral("No se recibieron respuestas.")));

    EXPECT_EQ(test::rowCount(t.db(), "plan_event"), 4);
    // Each plan's status is the state of its last event.
    for (const char *k : {"seg-sg1-2021", "seg-sg2-2021", "seg-sg3-2021"}) {
        auto plan = repo.get<Plan>(key(Plan::table, k));
        ASSERT_TRUE(plan.ok());
        auto events = PlanLifecycle::history(t.db(), plan->meta.id);
        ASSERT_TRUE(events.ok());
        EXPECT_EQ(plan->status, events->last().state) << k;
    }
}

TEST_F(DefaultDataTest, EachSendingKeepsAVersionOfThePlanAsLoaded)
{
    const QUuid sg1 = key(Plan::table, "seg-sg1-2021");
    auto versions = PlanVersions::list(t.db(), sg1);
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 1); // sent; observations received keeps none
    EXPECT_EQ(versions->at(0).number, 1);
    EXPECT_EQ(versions->at(0).state, DocumentStatus::SentForComments);
    EXPECT_EQ(versions->at(0).date, QDate(2020, 3, 2));
    EXPECT_EQ(versions->at(0).eventId,
              DefaultData::keyUuid(PlanEvent::table, QStringLiteral("seg-sg1-2021/1")));
    EXPECT_EQ(versions->at(0).meta.id,
              DefaultData::keyUuid(PlanVersion::table, QStringLiteral("seg-sg1-2021/1")));
    auto kept = PlanVersions::parse(versions->at(0).snapshot);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->size(), 2 + 5); // 2 lines of action, 5 products
    auto diff = PlanVersions::diffWithCurrent(t.db(), versions->at(0));
    ASSERT_TRUE(diff.ok());
    EXPECT_TRUE(diff->isEmpty());
    EXPECT_EQ(test::rowCount(t.db(), "plan_version"), 3);
}

TEST(DefaultData, AStatusThatContradictsTheEventsRefusesTheWholeFile)
{
    QByteArray json = embeddedJson();
    json.replace("\"status\": \"observations_received\",\n      \"item_label\"",
                 "\"status\": \"approved\",\n      \"item_label\"");
    expectRefused(json, QStringLiteral("last event makes it observations_received"));
}

TEST(DefaultData, AnEventThatMayNotFollowRefusesTheWholeFile)
{
    QByteArray json = embeddedJson();
    json.replace("\"state\": \"observations_received\"", "\"state\": \"delivered\"");
    expectRefused(json, QStringLiteral("plans/seg-sg1-2021/events/2"));
}

TEST(DefaultData, ASendingWithoutRecipientRefusesTheWholeFile)
{
    QByteArray json = embeddedJson();
    json.replace("\"recipient\": \"Integrantes del Sub Grupo Asistencia de las Víctimas de las "
                 "DOT\",\n          \"note\"",
                 "\"note\"");
    expectRefused(json, QStringLiteral("plans/seg-sg2-2021/events/1"));
}
