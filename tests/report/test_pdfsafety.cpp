// What a PDF export must survive: text that looks like markup or is hostile to the layout, a
// cancelled export, a folder that cannot be written.

#include "PdfExport.h"
#include "PdfTools.h"
#include "ReportRenderer.h"
#include "SampleReport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace focal;
using namespace focal::report;
using namespace focal::test;

namespace {

const QString longWord = QString(5000, QChar(0x0436)); // "жжж…": no other text has this letter

std::unique_ptr<ReportContent> hostileReport()
{
    ReportMeta meta = sampleMeta();
    meta.title = QStringLiteral("<script>alert(1)</script> Informe <b>hostil</b>");
    auto content = std::make_unique<ReportContent>(meta);
    ReportContent &c = *content;
    c.tableOfContents();
    c.heading(1, QStringLiteral("1. <i>Marcado</i> & entidades &amp;"));
    c.paragraph(
        QStringLiteral("Texto con <b>negrita</b> y <img src=\"http://example.invalid/x.png\">."));
    c.paragraph(longWord);
    c.heading(2, QStringLiteral("1.1 Escrituras de derecha a izquierda"));
    c.paragraph(QStringLiteral("Árabe: مرحبا بالعالم. Hebreo: שלום עולם. Fin."));
    c.paragraph(QStringLiteral("Emoji: 😀🎉 y símbolos ☺ ✓."));
    ReportTable table;
    table.header = {QStringLiteral("<th>Columna</th>"), QStringLiteral("Valor")};
    table.rows = {
        {QStringLiteral("<a href=\"http://example.invalid\">enlace</a>"), longWord.left(800)}};
    c.table(table);
    return content;
}

class PdfSafetyTest : public ::testing::Test
{
protected:
    QString file(const QString &name) const { return dir.filePath(name); }
    QTemporaryDir dir;
};

} // namespace

TEST_F(PdfSafetyTest, MarkupIsPrintedAsTextAndNothingIsLoaded)
{
    const auto content = hostileReport();
    const QString path = file(QStringLiteral("hostil.pdf"));
    const auto written = PdfExport::writePdf(*content, path);
    ASSERT_TRUE(written.ok()) << qPrintable(written.error().fullText());
    keepForLooking(path);
    const auto pages = pdfPages(path);
    const auto images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    const auto check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    const auto fonts = pdfFonts(path);
    REQUIRE_TOOL(pages && images && check && fonts, "pdftotext/pdfimages/qpdf/pdffonts");
    // Whatever font the right-to-left words and symbols came from is embedded too.
    ASSERT_FALSE(fonts->isEmpty());
    for (const QStringList &row : *fonts)
        EXPECT_EQ(row.value(row.size() - 5), QStringLiteral("yes")) << qPrintable(row.join(u' '));

    // Arabic comes out in its presentation forms: compatibility normalisation gives the letters.
    const QString text = pages->join(QLatin1Char('\n')).normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(text.contains(QStringLiteral("<b>negrita</b>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<img src=\"http://example.invalid/x.png\">")));
    EXPECT_TRUE(text.contains(QStringLiteral("1. <i>Marcado</i> & entidades &amp;")));
    EXPECT_TRUE(text.contains(QStringLiteral("<script>alert(1)</script> Informe <b>hostil</b>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<a href=\"http://example.invalid\">enlace</a>")));
    // Right-to-left words keep their letters (pdftotext gives them in reading order).
    EXPECT_TRUE(text.contains(QStringLiteral("שלום")) || text.contains(QStringLiteral("םולש")));
    EXPECT_TRUE(text.contains(QStringLiteral("مرحبا")) || text.contains(QStringLiteral("ابحرم")));
    // Every letter of the long word is printed, once.
    EXPECT_EQ(text.count(QChar(0x0436)), 5000 + 800);
    // The contents come before the first heading, as the report put them.
    EXPECT_LT(text.indexOf(QStringLiteral("Índice")),
              text.indexOf(QStringLiteral("1. <i>Marcado</i>")));
    // No image at all: the <img> above was never read as one.
    EXPECT_EQ(images->out.trimmed().split(QLatin1Char('\n')).size(), 2) << qPrintable(images->out);
    EXPECT_EQ(check->exitCode, 0) << qPrintable(check->out);
}

TEST_F(PdfSafetyTest, ALongWordBreaksInsideTheTextArea)
{
    const auto content = hostileReport();
    const QString path = file(QStringLiteral("hostil.pdf"));
    ASSERT_TRUE(PdfExport::writePdf(*content, path).ok());
    const auto box =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    REQUIRE_TOOL(box, "pdftotext");

    // A4 is 595 points wide; the body ends 20 mm (56.7 points) before the right edge.
    const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" "
                                                 "xMax=\"([0-9.]+)\""));
    int words = 0;
    qreal rightmost = 0;
    for (auto it = word.globalMatch(box->out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rightmost = std::max(rightmost, m.captured(2).toDouble());
        EXPECT_GE(m.captured(1).toDouble(), 56.0);
        ++words;
    }
    EXPECT_GT(words, 20);
    EXPECT_LE(rightmost, 595.0 - 56.7 + 0.5);
    // 5 800 letters at about 6 points each are some 60 lines: two or three pages, not hundreds.
    const auto info = pdfInfo(path);
    ASSERT_TRUE(info);
    EXPECT_LE(info->value(QStringLiteral("Pages")).toInt(), 4);
}

TEST_F(PdfSafetyTest, ALongHeadingWrapsInsideTheTextArea)
{
    ReportMeta meta;
    meta.title = QStringLiteral("Encabezados");
    ReportContent content(meta);
    const QString heading = QStringLiteral("Actividades del Subgrupo Combate a la Delincuencia "
                                           "Organizada Transnacional y Prevención de Delitos y "
                                           "Violencia de Género en la Región Sudamericana");
    content.heading(1, heading);
    content.paragraph(QStringLiteral("Texto."));
    const QString path = file(QStringLiteral("encabezado.pdf"));
    ASSERT_TRUE(PdfExport::writePdf(content, path).ok());
    const auto text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE_TOOL(text, "pdftotext");
    // Every word of the heading is printed (none cut off at the margin): the last ones too.
    const QString flat = text->out.simplified();
    EXPECT_TRUE(flat.contains(QStringLiteral("Región Sudamericana"))) << qPrintable(flat);
    EXPECT_TRUE(flat.contains(QStringLiteral("Transnacional"))) << qPrintable(flat);

    const auto box =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    ASSERT_TRUE(box);
    const QRegularExpression word(QStringLiteral("xMax=\"([0-9.]+)\""));
    for (auto it = word.globalMatch(box->out); it.hasNext();)
        EXPECT_LE(it.next().captured(1).toDouble(), 595.0 - 56.7 + 0.5);
}

TEST_F(PdfSafetyTest, TheRendererReadsNoMarkup)
{
    const auto content = hostileReport();
    const ReportRenderer renderer(*content);
    EXPECT_GE(renderer.pageCount(), 2);
    // The document holds the strings as text: no image, no anchor, no bold from "<b>".
    const QString html = content->document()->toHtml();
    EXPECT_FALSE(html.contains(QStringLiteral("<img")));
    EXPECT_FALSE(html.contains(QStringLiteral("<a href")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;img src=")));
    EXPECT_TRUE(content->document()->toPlainText().contains(QStringLiteral("<b>negrita</b>")));
    // The blocks the layout engine sets hold them as text too, in the face of their kind.
    bool found = false;
    for (const ContentBlock &block : content->blocks()) {
        if (!block.text().contains(QStringLiteral("<b>negrita</b>")))
            continue;
        found = true;
        ASSERT_EQ(block.runs.size(), 1);
        EXPECT_FALSE(block.runs.first().bold);
    }
    EXPECT_TRUE(found);
}

TEST_F(PdfSafetyTest, CancellingLeavesAnExistingFileAsItWasAndNoOtherFile)
{
    const QString path = file(QStringLiteral("informe.pdf"));
    const QByteArray before("%PDF-1.4 the report of last week\n");
    {
        QFile existing(path);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write(before);
    }
    const auto content = sampleReport(200);
    QList<int> told;
    PdfOptions options;
    options.progress = [&told](int page, int pageCount) {
        told.append(page);
        EXPECT_GE(pageCount, 7);
        return page < 2;
    };
    const auto result = PdfExport::writePdf(*content, path, options);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error().fullText());
    EXPECT_EQ(result.value(), PdfExport::Status::Cancelled);
    EXPECT_EQ(told, QList<int>({1, 2}));

    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList({QStringLiteral("informe.pdf")}));
}

TEST_F(PdfSafetyTest, CancellingANewExportLeavesNoFile)
{
    const QString path = file(QStringLiteral("nuevo.pdf"));
    const auto content = sampleReport(200);
    PdfOptions options;
    options.progress = [](int page, int) { return page < 2; };
    const auto result = PdfExport::writePdf(*content, path, options);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value(), PdfExport::Status::Cancelled);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(PdfSafetyTest, AFolderThatCannotBeWrittenIsAClearError)
{
    const QString path = file(QStringLiteral("no-existe/informe.pdf"));
    const auto content = sampleReport(5);
    int pagesPainted = 0;
    PdfOptions options;
    options.progress = [&pagesPainted](int, int) {
        ++pagesPainted;
        return true;
    };
    const auto result = PdfExport::writePdf(*content, path, options);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::Io);
    EXPECT_TRUE(result.error().message.contains(QDir::toNativeSeparators(path)))
        << qPrintable(result.error().message);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("folder")));
    EXPECT_EQ(pagesPainted, 0); // said before laying out and painting anything
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(PdfSafetyTest, APathThatIsAFolderIsRefusedAndKept)
{
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("carpeta.pdf")));
    const QString path = file(QStringLiteral("carpeta.pdf"));
    const auto content = sampleReport(5);
    const auto result = PdfExport::writePdf(*content, path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::Io);
    EXPECT_TRUE(QFileInfo(path).isDir());
}
