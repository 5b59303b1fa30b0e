// The report engine end to end: a report laid out, painted and written as PDF, then read back
// with the PDF tools people have (pdftotext, pdfinfo, pdffonts, qpdf).

#include "PdfExport.h"
#include "PdfTools.h"
#include "ReportFonts.h"
#include "SampleReport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QTemporaryDir>

using namespace focal;
using namespace focal::report;
using namespace focal::test;

namespace {

class PdfTest : public ::testing::Test
{
protected:
    QString file(const QString &name) const { return dir.filePath(name); }

    QString write(const ReportContent &content, const PdfOptions &options = {},
                  const QString &name = QStringLiteral("report.pdf"))
    {
        const QString path = file(name);
        const Result<PdfExport::Status> written = PdfExport::writePdf(content, path, options);
        EXPECT_TRUE(written.ok()) << (written.ok() ? "" : qPrintable(written.error().fullText()));
        EXPECT_TRUE(written.ok() && written.value() == PdfExport::Status::Written);
        keepForLooking(path);
        return path;
    }

    QTemporaryDir dir;
};

// The page (from 1) the contents give each heading, read from the contents' lines.
QList<int> contentsPages(const QString &contentsPage)
{
    QList<int> pages;
    for (const auto &heading : sampleHeadings()) {
        const QRegularExpression line(QStringLiteral("^\\s*%1[ .]*\\s(\\d+)\\s*$")
                                          .arg(QRegularExpression::escape(heading.second)),
                                      QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(contentsPage);
        pages.append(match.hasMatch() ? match.captured(1).toInt() : -1);
    }
    return pages;
}

// The first page (from 1) after `after` on which a line is exactly the heading.
int pageOfHeading(const QStringList &pages, const QString &heading, int after)
{
    const QRegularExpression line(
        QStringLiteral("^\\s*%1\\s*$").arg(QRegularExpression::escape(heading)),
        QRegularExpression::MultilineOption);
    for (int i = after; i < pages.size(); ++i) {
        if (line.match(pages.at(i)).hasMatch())
            return i + 1;
    }
    return -1;
}

int contentsPageIndex(const QStringList &pages, const QString &title)
{
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i).contains(title))
            return i;
    }
    return -1;
}

} // namespace

TEST_F(PdfTest, PagesCarryTextFootersAndTheContentsGiveTheRightPages)
{
    const auto content = sampleReport(200);
    const QString path = write(*content);
    const auto pages = pdfPages(path);
    const auto info = pdfInfo(path);
    REQUIRE_TOOL(pages && info, "pdftotext/pdfinfo");

    const int pageCount = info->value(QStringLiteral("Pages")).toInt();
    ASSERT_EQ(pages->size(), pageCount);
    ASSERT_GE(pageCount, 7); // cover, contents, text, a table of 200 rows over several pages
    for (int i = 0; i < pageCount; ++i)
        EXPECT_TRUE(
            pages->at(i).contains(QStringLiteral("Página %1 de %2").arg(i + 1).arg(pageCount)))
            << "page " << i + 1;
    // The running header: the title on every page.
    for (int i = 0; i < pageCount; ++i)
        EXPECT_TRUE(
            pages->at(i).contains(QStringLiteral("Informe de Gestión del Grupo de Trabajo")))
            << "page " << i + 1;

    // The contents (page 2, after the cover) give each heading the page it is printed on.
    const int contentsIndex = contentsPageIndex(*pages, QStringLiteral("Índice"));
    ASSERT_EQ(contentsIndex, 1);
    const QList<int> listed = contentsPages(pages->at(contentsIndex));
    int previous = 0;
    for (int i = 0; i < sampleHeadings().size(); ++i) {
        const QString &title = sampleHeadings().at(i).second;
        const int found = pageOfHeading(*pages, title, contentsIndex + 1);
        EXPECT_EQ(listed.at(i), found) << qPrintable(title);
        EXPECT_GE(found, previous) << "headings out of order at " << qPrintable(title);
        previous = found;
    }
    // The annex starts on a page of its own, after the table.
    EXPECT_GT(listed.last(), listed.at(5) + 3);

    // Every row of the table, in order, once.
    const QString body = pages->mid(contentsIndex + 1).join(QLatin1Char('\n'));
    qsizetype at = 0;
    for (int r = 1; r <= 200; ++r) {
        const qsizetype next = body.indexOf(sampleRow(r) + QLatin1Char(' '), at);
        ASSERT_GT(next, at) << qPrintable(sampleRow(r));
        EXPECT_EQ(body.count(sampleRow(r) + QLatin1Char(' ')), 1) << qPrintable(sampleRow(r));
        at = next;
    }
}

TEST_F(PdfTest, ATableOverSeveralPagesRepeatsItsHeaderRow)
{
    const auto content = sampleReport(200);
    const auto pages = pdfPages(write(*content));
    REQUIRE_TOOL(pages, "pdftotext");

    QList<int> tablePages;
    for (int i = 0; i < pages->size(); ++i) {
        if (pages->at(i).contains(QStringLiteral("Fila ")))
            tablePages.append(i);
    }
    ASSERT_GE(tablePages.size(), 3);
    for (int i : tablePages) {
        const QString &page = pages->at(i);
        const qsizetype header = page.indexOf(QStringLiteral("Actividad prevista"));
        ASSERT_GE(header, 0) << "no header row on page " << i + 1;
        EXPECT_LT(header, page.indexOf(QStringLiteral("Fila "))) << "page " << i + 1;
    }
}

TEST_F(PdfTest, FontsAreEmbeddedTheFileChecksAndItDescribesItself)
{
    const auto content = sampleReport(60);
    const QString path = write(*content);
    const auto fonts = pdfFonts(path);
    const auto check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    const auto info = pdfInfo(path);
    REQUIRE_TOOL(fonts && check && info, "pdffonts/qpdf/pdfinfo");

    ASSERT_FALSE(fonts->isEmpty());
    bool dejaVu = false;
    for (const QStringList &row : *fonts) {
        ASSERT_GE(row.size(), 6) << qPrintable(row.join(QLatin1Char(' ')));
        EXPECT_EQ(row.at(row.size() - 5), QStringLiteral("yes"))
            << "not embedded: " << qPrintable(row.join(QLatin1Char(' ')));
        dejaVu = dejaVu || row.first().contains(QStringLiteral("DejaVuSans"));
    }
    EXPECT_TRUE(dejaVu);

    EXPECT_EQ(check->exitCode, 0) << qPrintable(check->out);
    EXPECT_TRUE(check->out.contains(QStringLiteral("No syntax or stream encoding errors")));

    EXPECT_EQ(info->value(QStringLiteral("Title")), sampleMeta().title);
    EXPECT_EQ(info->value(QStringLiteral("Author")), sampleMeta().author);
    EXPECT_EQ(info->value(QStringLiteral("Subject")), sampleMeta().subject);
    EXPECT_EQ(info->value(QStringLiteral("Keywords")), sampleMeta().keywords);
    EXPECT_EQ(info->value(QStringLiteral("Creator")), QStringLiteral("Focal"));
    EXPECT_TRUE(info->value(QStringLiteral("CreationDate")).contains(QStringLiteral("2021")))
        << qPrintable(info->value(QStringLiteral("CreationDate")));
    EXPECT_TRUE(
        info->value(QStringLiteral("Page size")).startsWith(QStringLiteral("595 x 842 pts")))
        << qPrintable(info->value(QStringLiteral("Page size")));
}

TEST_F(PdfTest, BookmarksFollowTheHeadingsToTheirPages)
{
    const auto content = sampleReport(200);
    const QString path = write(*content);
    const auto bookmarks = pdfBookmarks(path);
    const auto pages = pdfPages(path);
    REQUIRE_TOOL(bookmarks && pages, "qpdf/pdftotext");

    const auto &headings = sampleHeadings();
    ASSERT_EQ(bookmarks->size(), headings.size());
    const QList<int> listed = contentsPages(pages->at(1));
    for (int i = 0; i < headings.size(); ++i) {
        EXPECT_EQ(bookmarks->at(i).title, headings.at(i).second);
        EXPECT_EQ(bookmarks->at(i).level, headings.at(i).first)
            << qPrintable(headings.at(i).second);
        EXPECT_EQ(bookmarks->at(i).page, listed.at(i)) << qPrintable(headings.at(i).second);
    }
}

TEST_F(PdfTest, LetterPaperAndEnglishWords)
{
    const auto content = sampleReport(40, Language::English);
    PdfOptions options;
    options.page.paper = QPageSize::Letter;
    const QString path = write(*content, options);
    const auto info = pdfInfo(path);
    const auto pages = pdfPages(path);
    REQUIRE_TOOL(info && pages, "pdfinfo/pdftotext");

    EXPECT_TRUE(
        info->value(QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792 pts")))
        << qPrintable(info->value(QStringLiteral("Page size")));
    const int pageCount = info->value(QStringLiteral("Pages")).toInt();
    ASSERT_EQ(pages->size(), pageCount);
    EXPECT_TRUE(pages->first().contains(QStringLiteral("Page 1 of %1").arg(pageCount)));
    EXPECT_TRUE(pages->last().contains(QStringLiteral("Page %1 of %1").arg(pageCount)));
    EXPECT_FALSE(pages->first().contains(QStringLiteral("Página")));
    EXPECT_TRUE(pages->at(1).contains(QStringLiteral("Contents")));
}

TEST_F(PdfTest, PdfA1bDeclaresItselfInXmpAndStillChecks)
{
    const auto content = sampleReport(30);
    PdfOptions options;
    options.pdfA = true;
    const QString path = write(*content, options);
    const auto info = pdfInfo(path);
    const auto meta = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    const auto check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    const auto fonts = pdfFonts(path);
    REQUIRE_TOOL(info && meta && check && fonts, "pdfinfo/qpdf/pdffonts");

    EXPECT_EQ(info->value(QStringLiteral("PDF version")), QStringLiteral("1.4"));
    EXPECT_TRUE(meta->out.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    EXPECT_TRUE(meta->out.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    EXPECT_TRUE(meta->out.contains(QStringLiteral("<rdf:li>Punto focal de Paraguay</rdf:li>")));
    EXPECT_TRUE(meta->out.contains(QStringLiteral("<xmp:CreateDate>2021-03-01T10:30:00Z")));
    EXPECT_EQ(info->value(QStringLiteral("Author")), sampleMeta().author);
    EXPECT_EQ(check->exitCode, 0) << qPrintable(check->out);
    for (const QStringList &row : *fonts)
        EXPECT_EQ(row.at(row.size() - 5), QStringLiteral("yes"));
    // The output intent PDF/A needs, from QPdfWriter, survives the post-processing.
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.readAll().contains("/GTS_PDFA1"));
}

TEST(ReportFontsTest, TheShippedFontsAreCompiledInAndRegistered)
{
    EXPECT_EQ(ReportFonts::family(), QStringLiteral("DejaVu Sans"));
    for (const char *name : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                             "DejaVuSans-BoldOblique.ttf"}) {
        QFile font(QStringLiteral(":/focal/fonts/") + QLatin1String(name));
        ASSERT_TRUE(font.open(QIODevice::ReadOnly)) << name;
        EXPECT_GT(font.size(), 500000) << name;
        // The data is a font Qt reads: registered from memory, it names its family.
        EXPECT_FALSE(QFontDatabase::applicationFontFamilies(
                         QFontDatabase::addApplicationFontFromData(font.readAll()))
                         .isEmpty())
            << name;
    }
}
