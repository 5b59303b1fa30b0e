#pragma once

// A report made for the tests: a cover, a table of contents, headings of three levels, long text
// and a table of many rows, with words the tests look for.

#include "ReportContent.h"

#include <QDateTime>

#include <memory>

namespace focal::test {

// The headings of the sample report, in order, with their levels.
inline const QList<QPair<int, QString>> &sampleHeadings()
{
    static const QList<QPair<int, QString>> headings = {
        {1, QStringLiteral("1. Introducción")},
        {2, QStringLiteral("1.1 Antecedentes del Grupo")},
        {2, QStringLiteral("1.2 Objetivo general")},
        {1, QStringLiteral("2. Plan de trabajo")},
        {2, QStringLiteral("2.1 Líneas de acción")},
        {3, QStringLiteral("2.1.1 Detalle de productos")},
        {1, QStringLiteral("3. Conclusiones")},
        {1, QStringLiteral("Anexo 1. Instituciones")},
    };
    return headings;
}

inline QString sampleParagraph(int n)
{
    return QStringLiteral(
               "Párrafo %1. Los puntos focales del Grupo de Trabajo de Seguridad coordinaron "
               "videoconferencias, talleres y capacitaciones durante el período, con la "
               "participación de los países miembros y de sus instituciones, y acordaron el "
               "seguimiento de los compromisos asumidos en cada reunión.")
        .arg(n);
}

inline QString sampleRow(int n)
{
    return QStringLiteral("Fila %1").arg(n, 3, 10, QLatin1Char('0'));
}

inline report::ReportMeta sampleMeta(Language language = Language::Spanish)
{
    report::ReportMeta meta;
    meta.title = QStringLiteral("Informe de Gestión del Grupo de Trabajo de Seguridad 2019-2020");
    meta.subject = QStringLiteral("Informe anual de actividades");
    meta.author = QStringLiteral("Punto focal de Paraguay");
    meta.keywords = QStringLiteral("PROSUR, seguridad, informe");
    meta.created = QDateTime(QDate(2021, 3, 1), QTime(10, 30), Qt::UTC);
    meta.language = language;
    return meta;
}

// rows: the number of rows of the table in section 2.1.1.
inline std::unique_ptr<report::ReportContent> sampleReport(int rows = 200,
                                                           Language language = Language::Spanish)
{
    auto content = std::make_unique<report::ReportContent>(sampleMeta(language));
    report::ReportContent &c = *content;
    c.cover(QStringLiteral("Informe de Gestión"),
            {QStringLiteral("Grupo de Trabajo de Seguridad"), QStringLiteral("2019-2020")});
    c.pageBreak();
    c.tableOfContents();
    c.pageBreak();
    const auto &h = sampleHeadings();
    int paragraph = 0;
    auto text = [&](int count) {
        for (int i = 0; i < count; ++i)
            c.paragraph(sampleParagraph(++paragraph));
    };
    c.heading(h[0].first, h[0].second);
    text(3);
    c.heading(h[1].first, h[1].second);
    text(12);
    c.heading(h[2].first, h[2].second);
    text(10);
    c.heading(h[3].first, h[3].second);
    text(2);
    c.heading(h[4].first, h[4].second);
    c.bullets({QStringLiteral("Prevención del delito"), QStringLiteral("Crimen organizado")});
    c.heading(h[5].first, h[5].second);
    report::ReportTable table;
    table.header = {QStringLiteral("N.º"), QStringLiteral("Actividad prevista"),
                    QStringLiteral("Responsable")};
    table.widthsPercent = {15, 60, 25};
    for (int r = 1; r <= rows; ++r)
        table.rows.append({sampleRow(r), QStringLiteral("Taller regional número %1").arg(r),
                           r % 2 ? QStringLiteral("Paraguay") : QStringLiteral("Chile")});
    c.table(table);
    c.heading(h[6].first, h[6].second);
    text(6);
    c.pageBreak();
    c.heading(h[7].first, h[7].second);
    c.labelled(QStringLiteral("Chile"), QStringLiteral("Subsecretaría de Prevención del Delito"));
    c.note(QStringLiteral("Fuente: informe del Grupo."));
    return content;
}

} // namespace focal::test
