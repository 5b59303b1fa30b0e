#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace focal::cli {
namespace {

constexpr int maxCell = 60;

QString cell(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("-");
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    QString s = v.toString().simplified();
    if (s.size() > maxCell)
        s = s.left(maxCell - 1) + QChar(0x2026);
    return s;
}

} // namespace

void printTable(QTextStream &out, const Table &table)
{
    const int columns = int(table.headers.size());
    QList<int> widths(columns, 0);
    QList<QStringList> cells;
    for (const QVariantList &row : table.rows) {
        QStringList line;
        for (int i = 0; i < columns; ++i)
            line << cell(row.value(i));
        cells << line;
    }
    for (int i = 0; i < columns; ++i) {
        widths[i] = int(table.headers.at(i).size());
        for (const QStringList &line : cells)
            widths[i] = std::max(widths[i], int(line.at(i).size()));
    }
    auto printLine = [&](const QStringList &line) {
        QString text;
        for (int i = 0; i < columns; ++i)
            text += (i ? QStringLiteral("  ") : QString()) +
                    (i + 1 < columns ? line.at(i).leftJustified(widths[i]) : line.at(i));
        out << text << '\n';
    };
    printLine(table.headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    printLine(rule);
    for (const QStringList &line : cells)
        printLine(line);
}

void printJson(QTextStream &out, const Table &table)
{
    QJsonArray rows;
    for (const QVariantList &row : table.rows) {
        QJsonObject o;
        for (int i = 0; i < table.keys.size(); ++i)
            o.insert(table.keys.at(i), QJsonValue::fromVariant(row.value(i)));
        rows.append(o);
    }
    out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
}

} // namespace focal::cli
