// Putting PDFs together (the annex bundle): pages copied, bookmarks kept under one per part, and
// a file that is not a PDF refused by name before anything is written.

#include "PdfBundle.h"
#include "PdfExport.h"
#include "PdfTools.h"
#include "SampleReport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace focal;
using namespace focal::report;
using namespace focal::test;

namespace {

class PdfBundleTest : public ::testing::Test
{
protected:
    QString file(const QString &name) const { return dir.filePath(name); }

    QString report(const QString &name, int rows, Language language = Language::Spanish)
    {
        const auto content = sampleReport(rows, language);
        const QString path = file(name);
        const auto written = PdfExport::writePdf(*content, path);
        EXPECT_TRUE(written.ok()) << (written.ok() ? "" : qPrintable(written.error().fullText()));
        return path;
    }

    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(PdfBundleTest, PartsFollowEachOtherWithTheirBookmarks)
{
    const QString first = report(QStringLiteral("informe.pdf"), 200);
    const QString second = report(QStringLiteral("plan.pdf"), 30, Language::English);
    const auto firstInfo = pdfInfo(first);
    const auto secondInfo = pdfInfo(second);
    REQUIRE_TOOL(firstInfo && secondInfo, "pdfinfo");
    const int firstPages = firstInfo->value(QStringLiteral("Pages")).toInt();
    const int secondPages = secondInfo->value(QStringLiteral("Pages")).toInt();
    ASSERT_GT(firstPages, 0);
    ASSERT_GT(secondPages, 0);

    // The generated part in memory, the attached one from its file.
    const QString bundle = file(QStringLiteral("anexos.pdf"));
    ReportMeta meta = sampleMeta();
    meta.title = QStringLiteral("Anexos del informe");
    const auto merged =
        PdfBundle::write({{first, bytes(first), QStringLiteral("Informe de gestión")},
                          {second, QByteArray(), QStringLiteral("Documento adjunto: plan")}},
                         bundle, meta);
    ASSERT_TRUE(merged.ok()) << qPrintable(merged.error().fullText());
    keepForLooking(bundle);

    const auto info = pdfInfo(bundle);
    const auto bookmarks = pdfBookmarks(bundle);
    const auto check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), bundle});
    const auto pages = pdfPages(bundle);
    const auto fonts = pdfFonts(bundle);
    REQUIRE_TOOL(info && bookmarks && check && pages && fonts, "pdfinfo/qpdf/pdftotext/pdffonts");

    EXPECT_EQ(info->value(QStringLiteral("Pages")).toInt(), firstPages + secondPages);
    EXPECT_EQ(info->value(QStringLiteral("Title")), QStringLiteral("Anexos del informe"));
    EXPECT_EQ(info->value(QStringLiteral("Author")), sampleMeta().author);
    EXPECT_EQ(check->exitCode, 0) << qPrintable(check->out);
    for (const QStringList &row : *fonts)
        EXPECT_EQ(row.at(row.size() - 5), QStringLiteral("yes"));
    // The pages are the parts' own, in order, text and all (not pictures of them).
    ASSERT_EQ(pages->size(), firstPages + secondPages);
    EXPECT_TRUE(pages->at(0).contains(QStringLiteral("Página 1 de %1").arg(firstPages)));
    EXPECT_TRUE(pages->at(firstPages).contains(QStringLiteral("Page 1 of %1").arg(secondPages)));
    EXPECT_TRUE(pages->last().contains(QStringLiteral("Page %1 of %1").arg(secondPages)));

    // A bookmark per part, each with the part's own bookmarks under it, on the right pages.
    const auto &headings = sampleHeadings();
    ASSERT_EQ(bookmarks->size(), 2 * (headings.size() + 1));
    const auto firstOwn = pdfBookmarks(first);
    const auto secondOwn = pdfBookmarks(second);
    ASSERT_TRUE(firstOwn && secondOwn);
    EXPECT_EQ(bookmarks->at(0).title, QStringLiteral("Informe de gestión"));
    EXPECT_EQ(bookmarks->at(0).level, 1);
    EXPECT_EQ(bookmarks->at(0).page, 1);
    const int secondStart = int(headings.size()) + 1;
    EXPECT_EQ(bookmarks->at(secondStart).title, QStringLiteral("Documento adjunto: plan"));
    EXPECT_EQ(bookmarks->at(secondStart).level, 1);
    EXPECT_EQ(bookmarks->at(secondStart).page, firstPages + 1);
    for (int i = 0; i < headings.size(); ++i) {
        const Bookmark &a = bookmarks->at(1 + i);
        EXPECT_EQ(a.title, headings.at(i).second);
        EXPECT_EQ(a.level, headings.at(i).first + 1);
        EXPECT_EQ(a.page, firstOwn->at(i).page);
        const Bookmark &b = bookmarks->at(secondStart + 1 + i);
        EXPECT_EQ(b.title, headings.at(i).second);
        EXPECT_EQ(b.page, secondOwn->at(i).page + firstPages);
    }
}

TEST_F(PdfBundleTest, AFileThatIsNotAPdfIsRefusedByNameAndNothingIsWritten)
{
    const QString first = report(QStringLiteral("informe.pdf"), 10);
    const QString notPdf = file(QStringLiteral("acta escaneada.pdf"));
    {
        QFile f(notPdf);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Acta de la reunión: este archivo es texto, no un PDF.\n");
    }
    const QString bundle = file(QStringLiteral("anexos.pdf"));
    const QByteArray before("%PDF-1.4 the bundle of last week\n");
    {
        QFile f(bundle);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(before);
    }
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    const auto merged = PdfBundle::write({{first, QByteArray(), QStringLiteral("Informe")},
                                          {notPdf, QByteArray(), QStringLiteral("Acta")}},
                                         bundle, sampleMeta());
    ASSERT_FALSE(merged.ok());
    EXPECT_EQ(merged.error().code, Error::Code::Invalid);
    EXPECT_TRUE(merged.error().message.contains(QDir::toNativeSeparators(notPdf)))
        << qPrintable(merged.error().message);
    EXPECT_TRUE(merged.error().message.contains(QStringLiteral("not a PDF")));
    EXPECT_EQ(bytes(bundle), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
}

TEST_F(PdfBundleTest, ABrokenPdfIsRefusedByName)
{
    const QString first = report(QStringLiteral("informe.pdf"), 10);
    // A PDF header and then nothing a reader could repair: no objects, no pages.
    const QString broken = file(QStringLiteral("roto.pdf"));
    {
        QFile f(broken);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7\n%\xe2\xe3\xcf\xd3\nthis is where the objects would be\n%%EOF\n");
    }
    const QString bundle = file(QStringLiteral("anexos.pdf"));
    const auto merged = PdfBundle::write(
        {{first, QByteArray(), QString()}, {broken, QByteArray(), QStringLiteral("Roto")}}, bundle,
        sampleMeta());
    ASSERT_FALSE(merged.ok());
    EXPECT_TRUE(merged.error().message.contains(QDir::toNativeSeparators(broken)))
        << qPrintable(merged.error().message);
    EXPECT_FALSE(QFile::exists(bundle));
}

TEST_F(PdfBundleTest, AMissingFileIsNamed)
{
    const QString missing = file(QStringLiteral("no-existe.pdf"));
    const auto merged = PdfBundle::write({{missing, QByteArray(), QStringLiteral("Falta")}},
                                         file(QStringLiteral("anexos.pdf")), sampleMeta());
    ASSERT_FALSE(merged.ok());
    EXPECT_EQ(merged.error().code, Error::Code::NotFound);
    EXPECT_TRUE(merged.error().message.contains(QDir::toNativeSeparators(missing)));
}
