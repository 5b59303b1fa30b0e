#include "ReportWords.h"

#include "DeadlineWords.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace focal::report {
namespace {

struct Entry
{
    const char *key;
    const char16_t *es;
    const char16_t *pt;
    const char16_t *en;
};

// Section titles follow the seed report's wording in Spanish.
const Entry entries[] = {
    // Titles and sections of the annual report.
    {"annual.title", u"Informe de actividades %1 y Plan de Trabajo %2",
     u"Relatório de atividades %1 e Plano de Trabalho %2", u"Activity report %1 and Work Plan %2"},
    {"annual.subject", u"Informe anual del Grupo de Trabajo",
     u"Relatório anual do Grupo de Trabalho", u"Annual report of the Working Group"},
    {"sec.introduction", u"Introducción", u"Introdução", u"Introduction"},
    {"sec.objective", u"Objetivo general del Grupo de Trabajo",
     u"Objetivo geral do Grupo de Trabalho", u"General objective of the Working Group"},
    {"sec.countries", u"Países participantes", u"Países participantes", u"Participating countries"},
    {"sec.subgroups", u"Subgrupos de Trabajo", u"Subgrupos de Trabalho", u"Working subgroups"},
    {"sec.activities", u"Actividades %1", u"Atividades %1", u"Activities %1"},
    {"sec.plan", u"Plan de Trabajo %1", u"Plano de Trabalho %1", u"Work Plan %1"},
    {"sec.annex1", u"Anexo 1: Instituciones participantes por país",
     u"Anexo 1: Instituições participantes por país",
     u"Annex 1: Participating institutions by country"},
    {"sec.annex2", u"Anexo 2: Documentos del Grupo de Trabajo",
     u"Anexo 2: Documentos do Grupo de Trabalho", u"Annex 2: Documents of the Working Group"},
    {"intro.generated",
     u"Este informe presenta las actividades realizadas por el %1 del Foro %2 en %3 y su Plan de "
     u"Trabajo %4.",
     u"Este relatório apresenta as atividades realizadas pelo %1 do Foro %2 em %3 e o seu Plano de "
     u"Trabalho %4.",
     u"This report presents the activities of the %1 of the %2 forum in %3 and its Work Plan %4."},
    {"intro.generatedNoForum",
     u"Este informe presenta las actividades realizadas por el %1 en %2 y su Plan de Trabajo %3.",
     u"Este relatório apresenta as atividades realizadas pelo %1 em %2 e o seu Plano de Trabalho "
     u"%3.",
     u"This report presents the activities of the %1 in %2 and its Work Plan %3."},
    {"intro.countries", u"Participan en el grupo: %1.", u"Participam do grupo: %1.",
     u"Taking part in the group: %1."},
    {"intro.subgroups", u"El grupo trabaja en %1 subgrupos.", u"O grupo trabalha em %1 subgrupos.",
     u"The group works in %1 subgroups."},
    {"countries.none", u"No hay países registrados en el grupo.",
     u"Não há países registrados no grupo.", u"No countries are recorded in the group."},
    {"subgroups.none", u"El grupo no tiene subgrupos.", u"O grupo não tem subgrupos.",
     u"The group has no subgroups."},
    {"subgroup.few",
     u"Este subgrupo tiene menos de tres países; la metodología del Foro pide tres o más.",
     u"Este subgrupo tem menos de três países; a metodologia do Foro pede três ou mais.",
     u"This subgroup has fewer than three countries; the forum's methodology asks for three or "
     u"more."},
    {"subgroup.name", u"Subgrupo %1: %2", u"Subgrupo %1: %2", u"Subgroup %1: %2"},
    {"subgroup.activities", u"Actividades del Subgrupo %1", u"Atividades do Subgrupo %1",
     u"Activities of the Subgroup %1"},
    {"group.plan", u"Plan del Grupo de Trabajo", u"Plano do Grupo de Trabalho",
     u"Plan of the Working Group"},
    {"label.objective", u"Objetivo", u"Objetivo", u"Objective"},
    {"label.leader", u"País Líder", u"País líder", u"Leading country"},
    {"label.members", u"Países Integrantes", u"Países integrantes", u"Member countries"},
    // Activities of a year.
    {"act.meetings", u"Videoconferencias del grupo y los subgrupos",
     u"Videoconferências do grupo e dos subgrupos",
     u"Videoconferences of the group and the subgroups"},
    {"act.none", u"No se registraron actividades del grupo en %1.",
     u"Nenhuma atividade do grupo foi registrada em %1.",
     u"No activities of the group were recorded in %1."},
    {"act.dates", u"Fechas", u"Datas", u"Dates"},
    {"act.participants", u"Participantes", u"Participantes", u"Participants"},
    {"act.people", u"%1 personas", u"%1 pessoas", u"%1 people"},
    {"act.aboutPeople", u"casi %1 personas", u"quase %1 pessoas", u"almost %1 people"},
    {"act.with", u"Con la participación de", u"Com a participação de",
     u"With the participation of"},
    {"act.agreements", u"Acuerdos", u"Acordos", u"Agreements"},
    {"act.commitment", u"%1 se comprometió a: %2 (plazo: %3; estado: %4)",
     u"%1 comprometeu-se a: %2 (prazo: %3; situação: %4)",
     u"%1 committed to: %2 (deadline: %3; status: %4)"},
    {"act.planStep", u"Plan de Trabajo %1 del subgrupo: %2",
     u"Plano de Trabalho %1 do subgrupo: %2", u"Work Plan %1 of the subgroup: %2"},
    {"seeAnnex", u"(Ver Anexo %1)", u"(Ver Anexo %1)", u"(See Annex %1)"},
    // Plans.
    {"plan.none", u"No hay planes de trabajo para %1.", u"Não há planos de trabalho para %1.",
     u"There are no work plans for %1."},
    {"plan.status", u"Estado del plan: %1", u"Situação do plano: %1", u"Status of the plan: %1"},
    {"plan.empty", u"El plan aún no tiene líneas de acción.",
     u"O plano ainda não tem linhas de ação.", u"The plan has no lines of action yet."},
    {"plan.content", u"Líneas de acción, productos y plazos", u"Linhas de ação, produtos e prazos",
     u"Lines of action, products and deadlines"},
    {"plan.notes", u"Notas de avance", u"Notas de andamento", u"Progress notes"},
    {"plan.steps", u"Etapas del plan", u"Etapas do plano", u"Steps of the plan"},
    {"plan.noSteps", u"No se registraron etapas del plan.",
     u"Nenhuma etapa do plano foi registrada.", u"No steps of the plan were recorded."},
    {"col.lines", u"Líneas de Acción", u"Linhas de Ação", u"Lines of action"},
    {"col.deadline", u"Plazo", u"Prazo", u"Deadline"},
    {"col.countries", u"Países responsables", u"Países responsáveis", u"Responsible countries"},
    {"col.status", u"Estado", u"Situação", u"Status"},
    {"col.country", u"País", u"País", u"Country"},
    {"col.institutions", u"Instituciones", u"Instituições", u"Institutions"},
    {"col.annex", u"Anexo", u"Anexo", u"Annex"},
    {"col.title", u"Título", u"Título", u"Title"},
    {"col.date", u"Fecha", u"Data", u"Date"},
    {"col.sender", u"Remitente", u"Remetente", u"Sender"},
    {"col.recipient", u"Destinatario", u"Destinatário", u"Recipient"},
    {"col.note", u"Nota", u"Nota", u"Note"},
    {"col.step", u"Etapa", u"Etapa", u"Step"},
    {"col.item", u"Producto o actividad", u"Produto ou atividade", u"Product or activity"},
    {"col.plan", u"Plan", u"Plano", u"Plan"},
    {"col.meeting", u"Reunión", u"Reunião", u"Meeting"},
    {"col.commitment", u"Compromiso", u"Compromisso", u"Commitment"},
    {"annex1.none", u"No hay instituciones registradas en el grupo.",
     u"Não há instituições registradas no grupo.", u"No institutions are recorded in the group."},
    {"annex2.none", u"No hay documentos registrados en el grupo.",
     u"Não há documentos registrados no grupo.", u"No documents are recorded in the group."},
    // Meetings and their minutes.
    {"minutes.title", u"Acta de reunión", u"Ata de reunião", u"Minutes of meeting"},
    {"label.date", u"Fecha", u"Data", u"Date"},
    {"label.time", u"Hora", u"Hora", u"Time"},
    {"label.kind", u"Tipo", u"Tipo", u"Kind"},
    {"label.scope", u"Ámbito", u"Âmbito", u"Scope"},
    {"label.group", u"Grupo de Trabajo", u"Grupo de Trabalho", u"Working group"},
    {"label.subgroup", u"Subgrupo", u"Subgrupo", u"Subgroup"},
    {"label.organiser", u"Organizador", u"Organizador", u"Organiser"},
    {"label.location", u"Lugar o enlace", u"Local ou link", u"Place or link"},
    {"label.minutesStatus", u"Estado del acta", u"Situação da ata", u"Status of the minutes"},
    {"label.countries", u"Países", u"Países", u"Countries"},
    {"label.invited", u"Países invitados", u"Países convidados", u"Invited countries"},
    {"label.institutions", u"Instituciones y organismos", u"Instituições e organismos",
     u"Institutions and organisations"},
    {"label.people", u"Personas", u"Pessoas", u"People"},
    {"label.count", u"Número de participantes", u"Número de participantes",
     u"Number of participants"},
    {"label.due", u"Plazo", u"Prazo", u"Deadline"},
    {"label.responsible", u"Responsable", u"Responsável", u"Responsible"},
    {"sec.attendance", u"Asistencia", u"Presença", u"Attendance"},
    {"sec.agenda", u"Orden del día", u"Pauta", u"Agenda"},
    {"sec.summary", u"Resumen", u"Resumo", u"Summary"},
    {"sec.minutes", u"Acta", u"Ata", u"Minutes"},
    {"sec.agreements", u"Acuerdos", u"Acordos", u"Agreements"},
    {"sec.commitments", u"Compromisos", u"Compromissos", u"Commitments"},
    {"agenda.presenter", u"presenta %1", u"apresenta %1", u"presented by %1"},
    {"agenda.minutes", u"%1 min", u"%1 min", u"%1 min"},
    {"none", u"Ninguno registrado.", u"Nenhum registrado.", u"None recorded."},
    {"undated", u"sin fecha", u"sem data", u"undated"},
    // Commitments and the timeline.
    {"commitments.title", u"Compromisos por país", u"Compromissos por país",
     u"Commitments by country"},
    {"commitments.asOf", u"Situación al %1", u"Situação em %1", u"As of %1"},
    {"commitments.allGroups", u"Todos los grupos de trabajo", u"Todos os grupos de trabalho",
     u"All working groups"},
    {"commitments.counts", u"pendientes: %1 (vencidos: %2); cumplidos: %3; desistidos: %4",
     u"pendentes: %1 (vencidos: %2); cumpridos: %3; abandonados: %4",
     u"open: %1 (overdue: %2); done: %3; dropped: %4"},
    {"commitments.none", u"No hay compromisos registrados.", u"Não há compromissos registrados.",
     u"No commitments are recorded."},
    {"commitments.overdue", u"pendiente, vencido", u"pendente, vencido", u"open, overdue"},
    {"commitments.noCountry", u"Sin país responsable", u"Sem país responsável",
     u"No responsible country"},
    {"timeline.title", u"Cronograma de los planes de trabajo", u"Cronograma dos planos de trabalho",
     u"Timeline of the work plans"},
    {"timeline.scheduled", u"Productos y actividades por plazo", u"Produtos e atividades por prazo",
     u"Products and activities by deadline"},
    {"timeline.undefined", u"Plazo por definir", u"Prazo a definir", u"Deadline to be defined"},
    {"timeline.none", u"No hay productos ni actividades en los planes.",
     u"Não há produtos nem atividades nos planos.", u"The plans have no products or activities."},
    {"timeline.overdue", u"%1, vencido", u"%1, vencido", u"%1, overdue"},
    // Labels of the closed vocabularies.
    {"participation.active", u"participa en forma activa", u"participa ativamente",
     u"takes part actively"},
    {"participation.initial", u"participó inicialmente", u"participou inicialmente",
     u"took part initially"},
    {"participation.invited", u"invitado", u"convidado", u"invited"},
    {"participation.withdrawn", u"se retiró", u"retirou-se", u"withdrew"},
    {"meetingKind.videoconference", u"videoconferencia", u"videoconferência", u"videoconference"},
    {"meetingKind.workshop", u"taller presencial", u"oficina presencial", u"in-person workshop"},
    {"meetingKind.training", u"capacitación", u"capacitação", u"training"},
    {"meetingKind.email_exchange", u"intercambio de correo", u"troca de e-mails",
     u"exchange by e-mail"},
    {"scope.forum", u"Foro", u"Foro", u"forum"},
    {"scope.group", u"grupo de trabajo", u"grupo de trabalho", u"working group"},
    {"scope.subgroup", u"subgrupo", u"subgrupo", u"subgroup"},
    {"scope.national", u"nacional", u"nacional", u"national"},
    {"role.invited", u"invitado", u"convidado", u"invited"},
    {"role.attended", u"asistió", u"compareceu", u"attended"},
    {"role.organiser", u"organizador", u"organizador", u"organiser"},
    {"commitment.open", u"pendiente", u"pendente", u"open"},
    {"commitment.done", u"cumplido", u"cumprido", u"done"},
    {"commitment.dropped", u"desistido", u"abandonado", u"dropped"},
    {"minutes.draft", u"borrador", u"rascunho", u"draft"},
    {"minutes.circulated", u"circulada para comentarios", u"circulada para comentários",
     u"circulated for comments"},
    {"minutes.approved", u"aprobada", u"aprovada", u"approved"},
    {"minutes.locked", u"cerrada", u"fechada", u"locked"},
    {"documentKind.sectoral_plan", u"plan sectorial", u"plano setorial", u"sectoral plan"},
    {"documentKind.work_plan_proposal", u"propuesta de plan de trabajo",
     u"proposta de plano de trabalho", u"work plan proposal"},
    {"documentKind.proposal", u"propuesta", u"proposta", u"proposal"},
    {"documentKind.minutes", u"acta", u"ata", u"minutes"},
    {"documentKind.other", u"otro", u"outro", u"other"},
    {"documentStatus.draft", u"borrador", u"rascunho", u"draft"},
    {"documentStatus.sent_for_comments", u"enviado para comentarios", u"enviado para comentários",
     u"sent for comments"},
    {"documentStatus.observations_received", u"observaciones recibidas", u"observações recebidas",
     u"observations received"},
    {"documentStatus.approved", u"aprobado", u"aprovado", u"approved"},
    {"documentStatus.delivered", u"entregado", u"entregue", u"delivered"},
    {"itemStatus.proposed", u"propuesto", u"proposto", u"proposed"},
    {"itemStatus.approved", u"aprobado", u"aprovado", u"approved"},
    {"itemStatus.in_progress", u"en curso", u"em andamento", u"in progress"},
    {"itemStatus.done", u"realizado", u"realizado", u"done"},
    {"itemStatus.reprogrammed", u"reprogramado", u"reprogramado", u"reprogrammed"},
    {"itemStatus.cancelled", u"cancelado", u"cancelado", u"cancelled"},
    {"itemLabel.products", u"Productos", u"Produtos", u"Products"},
    {"itemLabel.activities", u"Actividades", u"Atividades", u"Activities"},
};

const QHash<QString, const Entry *> &table()
{
    static const QHash<QString, const Entry *> byKey = [] {
        QHash<QString, const Entry *> h;
        for (const Entry &e : entries)
            h.insert(QLatin1String(e.key), &e);
        return h;
    }();
    return byKey;
}

QLocale localeOf(Language lang)
{
    switch (lang) {
    case Language::Portuguese:
        return QLocale(QLocale::Portuguese, QLocale::Brazil);
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Language::Spanish:
        break;
    }
    return QLocale(QLocale::Spanish, QLocale::Spain);
}

// Words of a phrase, folded so that accents and case do not count.
} // namespace

QString ReportWords::text(Language lang, const QString &key)
{
    const Entry *e = table().value(key);
    if (!e)
        return key;
    switch (lang) {
    case Language::Portuguese:
        return QString::fromUtf16(e->pt);
    case Language::English:
        return QString::fromUtf16(e->en);
    case Language::Spanish:
        break;
    }
    return QString::fromUtf16(e->es);
}

QString ReportWords::text(Language lang, const char *key)
{
    return text(lang, QString::fromLatin1(key));
}

QString ReportWords::date(QDate day, Language lang)
{
    if (!day.isValid())
        return text(lang, "undated");
    // Long dates without the weekday, as reports and letters write them.
    const QString format = lang == Language::English ? QStringLiteral("d MMMM yyyy")
                                                     : QStringLiteral("d 'de' MMMM 'de' yyyy");
    return localeOf(lang).toString(day, format);
}

QString ReportWords::time(QTime at, const QString &timeZone)
{
    if (!at.isValid())
        return {};
    const QString t = at.toString(QStringLiteral("HH:mm"));
    return timeZone.isEmpty() ? t : t + QStringLiteral(" (") + timeZone + QLatin1Char(')');
}

QString ReportWords::joinList(const QStringList &items, Language lang)
{
    if (items.size() < 2)
        return items.join(QString());
    const QString last = lang == Language::English      ? QStringLiteral(" and ")
                         : lang == Language::Portuguese ? QStringLiteral(" e ")
                                                        : QStringLiteral(" y ");
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + last + items.last();
}

QString ReportWords::years(int first, int last, Language lang)
{
    QStringList list;
    for (int y = first; y <= last; ++y)
        list << QString::number(y);
    return joinList(list, lang);
}

QString ReportWords::roman(int n, bool upper)
{
    static const char *const tens[] = {"", "x", "xx", "xxx"};
    static const char *const units[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    if (n < 1 || n > 39)
        return QString::number(n);
    const QString r = QLatin1String(tens[n / 10]) + QLatin1String(units[n % 10]);
    return upper ? r.toUpper() : r;
}

QString ReportWords::letter(int n)
{
    if (n < 1 || n > 26)
        return QString::number(n);
    return QString(QChar(u'a' + n - 1));
}

Language ReportWords::deadlineLanguage(const Deadline &deadline, const QString &written)
{
    return focal::deadlineLanguage(deadline, written);
}

QString ReportWords::deadline(const Deadline &deadline, const QString &written, Language lang)
{
    return deadlineWords(deadline, written, lang);
}

} // namespace focal::report
