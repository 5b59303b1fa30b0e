#pragma once

// The command-line PDF tools the report tests read generated files with (poppler-utils, qpdf):
// each call gives the tool's output, or nothing when the tool is not installed (the test then
// skips, saying which tool is missing).

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

#include <optional>

// Skips the test, naming the tool, when a tool's call gave nothing.
#define REQUIRE_TOOL(result, tool)                                                                 \
    if (!(result))                                                                                 \
    GTEST_SKIP() << tool " is not installed (Debian: poppler-utils, qpdf)"

namespace focal::test {

struct ToolRun
{
    int exitCode = -1;
    QString out;
};

inline std::optional<ToolRun> runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return ToolRun{};
    return ToolRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAllStandardOutput()) +
                       QString::fromUtf8(process.readAllStandardError())};
}

// The text of each page, as `pdftotext -layout` lays it out.
inline std::optional<QStringList> pdfPages(const QString &pdf)
{
    const auto run =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                              QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!run)
        return std::nullopt;
    QStringList pages = run->out.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// `pdfinfo` as key -> value ("Pages" -> "12", "Page size" -> "595.276 x 841.89 pts (A4)").
inline std::optional<QMap<QString, QString>> pdfInfo(const QString &pdf)
{
    const auto run = runTool(QStringLiteral("pdfinfo"), {pdf});
    if (!run)
        return std::nullopt;
    QMap<QString, QString> info;
    for (const QString &line : run->out.split(QLatin1Char('\n'))) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return info;
}

// The rows of `pdffonts` (after its header lines), each split at white space.
inline std::optional<QList<QStringList>> pdfFonts(const QString &pdf)
{
    const auto run = runTool(QStringLiteral("pdffonts"), {pdf});
    if (!run)
        return std::nullopt;
    QList<QStringList> rows;
    const QStringList lines = run->out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 2; i < lines.size(); ++i)
        rows.append(lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    return rows;
}

// A bookmark as `qpdf --json` reports it: its title, level and the page it opens (from 1).
struct Bookmark
{
    int level = 1;
    QString title;
    int page = 0;
};

inline void collectBookmarks(const QJsonArray &items, int level, QList<Bookmark> &out)
{
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        out.append({level, item.value(QStringLiteral("title")).toString(),
                    item.value(QStringLiteral("destpageposfrom1")).toInt()});
        collectBookmarks(item.value(QStringLiteral("kids")).toArray(), level + 1, out);
    }
}

inline std::optional<QList<Bookmark>> pdfBookmarks(const QString &pdf)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (program.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), pdf});
    process.waitForFinished(120000);
    const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QList<Bookmark> out;
    collectBookmarks(root.value(QStringLiteral("outlines")).toArray(), 1, out);
    return out;
}

// FOCAL_TEST_PDF_DIR=folder keeps a copy of each PDF written, to look at (pdftoppm).
inline void keepForLooking(const QString &path)
{
    const QString folder = qEnvironmentVariable("FOCAL_TEST_PDF_DIR");
    if (folder.isEmpty())
        return;
    const auto *test = ::testing::UnitTest::GetInstance()->current_test_info();
    const QString copy = QDir(folder).filePath(QString::fromUtf8(test->name()) + QLatin1Char('-') +
                                               QFileInfo(path).fileName());
    QFile::remove(copy);
    QFile::copy(path, copy);
}

} // namespace focal::test
