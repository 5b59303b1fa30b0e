// The words the synthetic database is written with: Spanish, with accents, each working group's
// own topics (see SyntheticData).

#include "SyntheticWords.h"

#include <QHash>

namespace focal::bench {

// What each working group talks about, keyed by its short name in the default data. Accents are
// deliberate: the search benchmark looks for them without accents.
const QStringList &topicsFor(const QString &shortName)
{
    static const QHash<QString, QStringList> byGroup = {
        {QStringLiteral("infraestructura"),
         {QStringLiteral("los corredores bioceánicos"),
          QStringLiteral("la integración física regional"),
          QStringLiteral("la conectividad ferroviaria"),
          QStringLiteral("la hidrovía Paraguay-Paraná"), QStringLiteral("los pasos de frontera"),
          QStringLiteral("la infraestructura de telecomunicaciones"),
          QStringLiteral("la facilitación del transporte de carga"),
          QStringLiteral("la cartera de proyectos de inversión")}},
        {QStringLiteral("energia"),
         {QStringLiteral("la integración energética"), QStringLiteral("la interconexión eléctrica"),
          QStringLiteral("las energías renovables no convencionales"),
          QStringLiteral("la eficiencia energética"), QStringLiteral("el hidrógeno verde"),
          QStringLiteral("la transición energética"),
          QStringLiteral("la seguridad del suministro eléctrico"),
          QStringLiteral("la electromovilidad")}},
        {QStringLiteral("salud"),
         {QStringLiteral("la vigilancia epidemiológica"), QStringLiteral("la pandemia de COVID-19"),
          QStringLiteral("la compra conjunta de medicamentos"),
          QStringLiteral("la atención primaria de salud"), QStringLiteral("la vacunación"),
          QStringLiteral("la salud digital"), QStringLiteral("la resistencia antimicrobiana"),
          QStringLiteral("la regulación sanitaria")}},
        {QStringLiteral("defensa"),
         {QStringLiteral("la cooperación en defensa"), QStringLiteral("las operaciones de paz"),
          QStringLiteral("la ciberdefensa"), QStringLiteral("la industria de defensa"),
          QStringLiteral("la educación militar"),
          QStringLiteral("el apoyo de las Fuerzas Armadas en emergencias"),
          QStringLiteral("la vigilancia de los espacios marítimos"),
          QStringLiteral("la cartografía militar")}},
        {QStringLiteral("seguridad"),
         {QStringLiteral("la delincuencia organizada transnacional"),
          QStringLiteral("la trata de personas"), QStringLiteral("el tráfico ilícito de migrantes"),
          QStringLiteral("el lavado de activos"),
          QStringLiteral("el intercambio de información criminal"),
          QStringLiteral("la asistencia a las víctimas"), QStringLiteral("la ciberseguridad"),
          QStringLiteral("la cooperación policial"), QStringLiteral("la seguridad fronteriza"),
          QStringLiteral("el tráfico ilícito de armas")}},
        {QStringLiteral("gestion-riesgo"),
         {QStringLiteral("la gestión del riesgo de desastres"),
          QStringLiteral("los sistemas de alerta temprana"),
          QStringLiteral("la asistencia humanitaria"),
          QStringLiteral("la reducción del riesgo de desastres"),
          QStringLiteral("los incendios forestales"),
          QStringLiteral("la respuesta ante inundaciones"),
          QStringLiteral("la logística humanitaria"),
          QStringLiteral("la recuperación posdesastre")}},
    };
    static const QStringList general = {QStringLiteral("la cooperación técnica regional"),
                                        QStringLiteral("la planificación estratégica del Foro"),
                                        QStringLiteral("la comunicación institucional"),
                                        QStringLiteral("la agenda de la Presidencia Pro Tempore"),
                                        QStringLiteral("la sistematización de buenas prácticas")};
    const auto it = byGroup.constFind(shortName);
    return it == byGroup.constEnd() ? general : *it;
}

const std::vector<Noun> &nouns()
{
    static const std::vector<Noun> list = {
        {QStringLiteral("un"), QStringLiteral("diagnóstico regional")},
        {QStringLiteral("una"), QStringLiteral("hoja de ruta")},
        {QStringLiteral("un"), QStringLiteral("protocolo de actuación conjunta")},
        {QStringLiteral("una"), QStringLiteral("guía de buenas prácticas")},
        {QStringLiteral("un"), QStringLiteral("informe técnico")},
        {QStringLiteral("un"), QStringLiteral("mapa de capacidades nacionales")},
        {QStringLiteral("un"), QStringLiteral("catálogo de indicadores")},
        {QStringLiteral("un"), QStringLiteral("seminario virtual")},
        {QStringLiteral("un"), QStringLiteral("curso de capacitación")},
        {QStringLiteral("una"), QStringLiteral("base de datos común")},
        {QStringLiteral("un"), QStringLiteral("memorando de entendimiento")},
        {QStringLiteral("una"), QStringLiteral("propuesta de reglamento")},
        {QStringLiteral("un"), QStringLiteral("plan de contingencia")},
        {QStringLiteral("un"), QStringLiteral("directorio de puntos focales")},
        {QStringLiteral("un"), QStringLiteral("estudio comparado de legislación")},
        {QStringLiteral("una"), QStringLiteral("estrategia de comunicación")},
    };
    return list;
}

const std::vector<Verb> &verbs()
{
    static const std::vector<Verb> list = {
        {QStringLiteral("elaborar"), QStringLiteral("elaborará")},
        {QStringLiteral("presentar"), QStringLiteral("presentará")},
        {QStringLiteral("revisar"), QStringLiteral("revisará")},
        {QStringLiteral("difundir"), QStringLiteral("difundirá")},
        {QStringLiteral("validar"), QStringLiteral("validará")},
        {QStringLiteral("coordinar"), QStringLiteral("coordinará")},
        {QStringLiteral("actualizar"), QStringLiteral("actualizará")},
        {QStringLiteral("sistematizar"), QStringLiteral("sistematizará")},
        {QStringLiteral("organizar"), QStringLiteral("organizará")},
        {QStringLiteral("remitir"), QStringLiteral("remitirá")},
    };
    return list;
}

const QStringList &lineOpenings()
{
    static const QStringList list = {QStringLiteral("Fortalecer"),
                                     QStringLiteral("Promover"),
                                     QStringLiteral("Consolidar"),
                                     QStringLiteral("Impulsar"),
                                     QStringLiteral("Mejorar la coordinación regional sobre"),
                                     QStringLiteral("Desarrollar capacidades en")};
    return list;
}

const QStringList &decisions()
{
    static const QStringList list = {
        QStringLiteral("Se acordó conformar un equipo técnico sobre"),
        QStringLiteral("Se acordó incorporar al plan de trabajo"),
        QStringLiteral("Se acordó solicitar a BID-INTAL apoyo técnico en"),
        QStringLiteral("Se acordó postergar para la próxima reunión el tratamiento de"),
        QStringLiteral("Se aprobó el acta de la reunión anterior sobre"),
        QStringLiteral("Se decidió crear un grupo de correo para")};
    return list;
}

const QStringList &notes()
{
    static const QStringList list = {
        QStringLiteral("Reprogramado por la pandemia de COVID-19."),
        QStringLiteral("Sujeto a financiamiento de BID-INTAL."),
        QStringLiteral("Pendiente de la validación de las autoridades nacionales."),
        QStringLiteral("Se informará el avance en la próxima videoconferencia.")};
    return list;
}

Place placeOf(const QString &iso2)
{
    static const QHash<QString, Place> places = {
        {QStringLiteral("AR"),
         {QStringLiteral("Buenos Aires"), QStringLiteral("America/Argentina/Buenos_Aires")}},
        {QStringLiteral("BR"), {QStringLiteral("Brasilia"), QStringLiteral("America/Sao_Paulo")}},
        {QStringLiteral("CL"), {QStringLiteral("Santiago"), QStringLiteral("America/Santiago")}},
        {QStringLiteral("CO"), {QStringLiteral("Bogotá"), QStringLiteral("America/Bogota")}},
        {QStringLiteral("EC"), {QStringLiteral("Quito"), QStringLiteral("America/Guayaquil")}},
        {QStringLiteral("GY"), {QStringLiteral("Georgetown"), QStringLiteral("America/Guyana")}},
        {QStringLiteral("PY"), {QStringLiteral("Asunción"), QStringLiteral("America/Asuncion")}},
        {QStringLiteral("PE"), {QStringLiteral("Lima"), QStringLiteral("America/Lima")}},
    };
    return places.value(iso2, {QStringLiteral("Santiago"), QStringLiteral("America/Santiago")});
}

} // namespace focal::bench
