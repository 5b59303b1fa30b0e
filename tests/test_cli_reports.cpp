// focal-cli report end to end: the real binary writes each document of the default data as a
// PDF, read back with poppler's pdftotext and pdfinfo and with qpdf (the tests skip without
// them); the annex bundle with attached PDFs merged page for page; the errors, each one line on
// standard error with its exit code, leaving no file (and an existing one untouched).

#include "CliFixture.h"
#include "report/PdfTools.h"

#include "model/Document.h"
#include "model/Meeting.h"
#include "model/WorkingGroup.h"
#include "storage/DatabaseFile.h"
#include "storage/Repository.h"

namespace {

using namespace focal;
using focal::test::pdfBookmarks;
using focal::test::pdfInfo;
using focal::test::pdfPages;
using focal::test::runTool;

QUuid key(const char *table, const char *k)
{
    return DefaultData::keyUuid(table, QString::fromUtf8(k));
}

class CliReportsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        init();
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
            GTEST_SKIP() << "needs pdftotext, pdfinfo (poppler-utils) and qpdf";
    }

    CliRun report(QStringList arguments)
    {
        return cliDb(QStringList{QStringLiteral("report")} + arguments);
    }

    CliRun annual(const QString &file, const QStringList &more = {})
    {
        return report(QStringList{QStringLiteral("annual"), QStringLiteral("--group"),
                                  QStringLiteral("seguridad"), QStringLiteral("--years"),
                                  QStringLiteral("2019-2020"), QStringLiteral("--plan-year"),
                                  QStringLiteral("2021"), QStringLiteral("-o"), file} +
                      more);
    }

    int pageCount(const QString &pdf)
    {
        const auto info = pdfInfo(pdf);
        return info ? info->value(QStringLiteral("Pages")).toInt() : -1;
    }

    bool qpdfChecks(const QString &pdf)
    {
        const auto run = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        return run && run->exitCode == 0;
    }

    // Stores `bytes` as the file attached to a document of the default data.
    void attach(const char *documentKey, const QString &fileName, const QByteArray &bytes)
    {
        auto opened = DatabaseFile::open(dbPath(), Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.ok());
        Repository repo(*opened.value());
        auto doc = repo.get<Document>(key(Document::table, documentKey));
        ASSERT_TRUE(doc.ok());
        Document d = *doc;
        d.fileName = fileName;
        d.fileData = bytes;
        ASSERT_TRUE(repo.update(d).ok());
    }

    // The files in the test's folder: nothing may be left behind by a failed export.
    QStringList files() const
    {
        return QDir(tmp.path()).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    }
};

TEST_F(CliReportsTest, AnnualReportOfTheDefaultDataEndToEnd)
{
    const QString pdf = path(QStringLiteral("informe.pdf"));
    const CliRun r = annual(pdf);
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.err.isEmpty()) << r.describe();
    const int pages = pageCount(pdf);
    ASSERT_GT(pages, 3);
    // Success names the file and its pages.
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("Wrote %1 (%2 page(s)).").arg(pdf).arg(pages));
    EXPECT_TRUE(qpdfChecks(pdf));

    const auto text = pdfPages(pdf);
    ASSERT_TRUE(text);
    ASSERT_EQ(text->size(), pages);
    EXPECT_TRUE(text->first().contains(u"Informe de actividades 2019-2020 y"_qs));
    EXPECT_TRUE(text->first().contains(u"Grupo de Trabajo de Seguridad y Combate al Crimen"_qs));
    EXPECT_TRUE(text->first().contains(QStringLiteral("Página 1 de %1").arg(pages)));
    EXPECT_TRUE(text->last().contains(QStringLiteral("Página %1 de %1").arg(pages)));
    // The body (after the contents on the first page): the seed's sections in order.
    const QString body = text->mid(1).join(QLatin1Char('\n'));
    qsizetype at = 0;
    for (const QString &heading :
         {u"1. Introducción"_qs, u"2. Objetivo general del Grupo de Trabajo"_qs,
          u"3. Países participantes"_qs, u"4. Subgrupos de Trabajo"_qs, u"5. Actividades 2019"_qs,
          u"6. Actividades 2020"_qs, u"7. Plan de Trabajo 2021"_qs,
          u"8. Anexo 1: Instituciones participantes por país"_qs,
          u"9. Anexo 2: Documentos del Grupo de Trabajo"_qs}) {
        const qsizetype found = body.indexOf(heading, at);
        EXPECT_GT(found, at - 1) << heading.toStdString() << " missing or out of order";
        if (found >= 0)
            at = found;
    }
    // A row of the 2021 plan of subgroup 1, after the plan's heading: line of action, product
    // and deadline side by side.
    const qsizetype plan = body.indexOf(u"7. Plan de Trabajo 2021"_qs);
    const qsizetype row = body.indexOf(u"Coordinaciones para establecer"_qs, plan);
    ASSERT_GT(row, plan);
    const QString rowLine = body.mid(row, body.indexOf(QLatin1Char('\n'), row) - row);
    EXPECT_TRUE(rowLine.contains(u"Primer"_qs)) << rowLine.toStdString();
    EXPECT_TRUE(body.contains(u"Intercambio de información a"_qs));
    EXPECT_TRUE(body.contains(u"22 de marzo de 2019"_qs));
}

TEST_F(CliReportsTest, PortugueseHeadings)
{
    const QString pdf = path(QStringLiteral("relatorio.pdf"));
    const CliRun r = annual(pdf, {QStringLiteral("--lang"), QStringLiteral("pt")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const auto text = pdfPages(pdf);
    ASSERT_TRUE(text);
    const QString all = text->join(QLatin1Char('\n'));
    for (const QString &heading :
         {u"1. Introdução"_qs, u"2. Objetivo geral do Grupo de Trabalho"_qs,
          u"4. Subgrupos de Trabalho"_qs, u"5. Atividades 2019"_qs, u"7. Plano de Trabalho 2021"_qs,
          u"8. Anexo 1: Instituições participantes por país"_qs})
        EXPECT_TRUE(all.contains(heading)) << heading.toStdString();
    EXPECT_FALSE(all.contains(u"1. Introducción"_qs));
    EXPECT_FALSE(all.contains(u"Plan de Trabajo 2021"_qs));
}

TEST_F(CliReportsTest, EveryDocumentKindWritesAValidPdf)
{
    QUuid meeting;
    {
        auto opened = DatabaseFile::open(dbPath(), Database::Mode::OpenExisting);
        ASSERT_TRUE(opened.ok());
        auto meetings =
            Repository(*opened.value())
                .listWhere<Meeting>("group_id",
                                    column::toVariant(key(WorkingGroup::table, "seguridad")),
                                    QStringLiteral("date"));
        ASSERT_TRUE(meetings.ok());
        ASSERT_FALSE(meetings->isEmpty());
        meeting = meetings->first().meta.id;
    }
    const QStringList group{QStringLiteral("--group"), QStringLiteral("seguridad")};
    const QList<QStringList> runs = {
        QStringList{QStringLiteral("annex1")} + group,
        QStringList{QStringLiteral("annex2")} + group,
        {QStringLiteral("plan"), QStringLiteral("--plan"), QStringLiteral("seguridad/1/2021")},
        {QStringLiteral("minutes"), QStringLiteral("--meeting"),
         meeting.toString(QUuid::WithoutBraces)},
        {QStringLiteral("commitments"), QStringLiteral("--today"), QStringLiteral("2021-03-01")},
        QStringList{QStringLiteral("timeline"), QStringLiteral("--today"),
                    QStringLiteral("2021-03-01")} +
            group,
        QStringList{QStringLiteral("bundle")} + group,
        QStringList{QStringLiteral("annex1"), QStringLiteral("--paper"), QStringLiteral("letter"),
                    QStringLiteral("--pdfa")} +
            group,
    };
    for (const QStringList &run : runs) {
        SCOPED_TRACE(run.join(QLatin1Char(' ')).toStdString());
        const QString pdf = path(run.first() + QStringLiteral("-%1.pdf").arg(run.size()));
        const CliRun r = report(run + QStringList{QStringLiteral("-o"), pdf});
        ASSERT_EQ(r.exitCode, 0) << r.describe();
        EXPECT_TRUE(qpdfChecks(pdf));
        const int pages = pageCount(pdf);
        EXPECT_GE(pages, 1);
        EXPECT_TRUE(r.out.contains(QStringLiteral("(%1 page").arg(pages))) << r.describe();
        const auto info = pdfInfo(pdf);
        ASSERT_TRUE(info);
        EXPECT_TRUE(
            info->value(QStringLiteral("Page size"))
                .contains(run.contains(QStringLiteral("letter")) ? u"(letter)"_qs : u"(A4)"_qs))
            << info->value(QStringLiteral("Page size")).toStdString();
    }
    // The plan and the minutes are of what was asked for.
    const auto plan = pdfPages(path(QStringLiteral("plan-3.pdf")));
    ASSERT_TRUE(plan);
    EXPECT_TRUE(plan->join(QLatin1Char('\n')).contains(u"Coordinaciones para establecer"_qs));
}

TEST_F(CliReportsTest, BundleAppendsAttachedPdfsWithBookmarks)
{
    // Attachments: the annual report (a PDF of several pages) to 2.b, Anexo 1 (one page) to
    // 2.d, and a text file to 2.c, which is listed and left out.
    const QString annualPdf = path(QStringLiteral("annual.pdf"));
    ASSERT_EQ(annual(annualPdf).exitCode, 0);
    const QString annexPdf = path(QStringLiteral("annex1.pdf"));
    ASSERT_EQ(report({QStringLiteral("annex1"), QStringLiteral("--group"),
                      QStringLiteral("seguridad"), QStringLiteral("-o"), annexPdf})
                  .exitCode,
              0);
    const int annualPages = pageCount(annualPdf);
    const int annexPages = pageCount(annexPdf);
    ASSERT_GT(annualPages, 1);
    attach("anexo-2b", QStringLiteral("plan-sg1.pdf"), readBytes(annualPdf));
    attach("anexo-2d", QStringLiteral("plan-sg3.pdf"), readBytes(annexPdf));
    attach("anexo-2c", QStringLiteral("plan-sg2.docx"), QByteArray("PK\x03\x04 not a pdf"));

    const QString bundle = path(QStringLiteral("anexos.pdf"));
    const CliRun r = report({QStringLiteral("bundle"), QStringLiteral("--group"),
                             QStringLiteral("seguridad"), QStringLiteral("-o"), bundle});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    // The non-PDF is a note on standard error, not an error.
    ASSERT_EQ(r.errLines().size(), 1) << r.describe();
    EXPECT_TRUE(r.errLines().first().contains(u"2.c"_qs)) << r.describe();
    EXPECT_TRUE(r.errLines().first().contains(u"plan-sg2.docx"_qs)) << r.describe();
    EXPECT_TRUE(qpdfChecks(bundle));

    const auto marks = pdfBookmarks(bundle);
    ASSERT_TRUE(marks);
    int sg1 = 0, sg3 = 0;
    QStringList titles;
    for (const auto &b : *marks) {
        titles << b.title;
        if (b.level == 1 && b.title.startsWith(u"2.b "_qs))
            sg1 = b.page;
        if (b.level == 1 && b.title.startsWith(u"2.d "_qs))
            sg3 = b.page;
    }
    EXPECT_TRUE(titles.contains(u"1. Anexo 1: Instituciones participantes por país"_qs))
        << titles.join(QStringLiteral(" | ")).toStdString();
    EXPECT_FALSE(titles.join(QLatin1Char(' ')).contains(u"2.c "_qs));
    // The parts in annex-code order, each whole: generated pages, then 2.b's, then 2.d's.
    const int generated = sg1 - 1;
    ASSERT_GE(generated, 2) << titles.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(sg3, sg1 + annualPages);
    EXPECT_EQ(pageCount(bundle), generated + annualPages + annexPages);
    EXPECT_TRUE(r.out.contains(QStringLiteral("(%1 page").arg(pageCount(bundle))));
    // The attached report's own bookmarks hang under its part's.
    bool nested = false;
    for (const auto &b : *marks)
        nested = nested || (b.level == 2 && b.title == u"1. Introducción"_qs && b.page > sg1);
    EXPECT_TRUE(nested);

    const auto text = pdfPages(bundle);
    ASSERT_TRUE(text);
    EXPECT_TRUE(text->at(sg1 - 1).contains(u"Informe de actividades 2019-2020 y"_qs));
    EXPECT_TRUE(text->at(sg3 - 1).contains(u"Anexo 1"_qs));
    // The generated part lists what is attached and what was left out.
    const QString front = text->mid(0, generated).join(QLatin1Char('\n'));
    EXPECT_TRUE(front.contains(u"3. Documentos adjuntos"_qs));
    EXPECT_TRUE(front.contains(u"plan-sg2.docx"_qs));
}

TEST_F(CliReportsTest, ErrorsAreOneLineAndLeaveNoFile)
{
    const QStringList before = files();
    struct Case
    {
        QStringList args;
        int exit;
        QString says;
    };
    const QString out = path(QStringLiteral("x.pdf"));
    const QList<Case> cases = {
        {{QStringLiteral("annual"), QStringLiteral("--group"), QStringLiteral("nada"),
          QStringLiteral("--years"), QStringLiteral("2019-2020"), QStringLiteral("-o"), out},
         1,
         u"nada"_qs},
        {{QStringLiteral("annual"), QStringLiteral("--group"), QStringLiteral("seguridad"),
          QStringLiteral("--years"), QStringLiteral("2020-2019"), QStringLiteral("-o"), out},
         2,
         u"2020-2019"_qs},
        {{QStringLiteral("annual"), QStringLiteral("--group"), QStringLiteral("seguridad"),
          QStringLiteral("--years"), QStringLiteral("2019-2020")},
         2,
         u"-o FILE.pdf"_qs},
        {{QStringLiteral("yearbook"), QStringLiteral("--group"), QStringLiteral("seguridad"),
          QStringLiteral("-o"), out},
         2,
         u"yearbook"_qs},
        {{QStringLiteral("plan"), QStringLiteral("--plan"), QStringLiteral("seguridad/9/2021"),
          QStringLiteral("-o"), out},
         1,
         u"subgroup 9"_qs},
        {{QStringLiteral("annex1"), QStringLiteral("--group"), QStringLiteral("seguridad"),
          QStringLiteral("-o"), path(QStringLiteral("missing/x.pdf"))},
         1,
         u"x.pdf"_qs},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.args.join(QLatin1Char(' ')).toStdString());
        const CliRun r = report(c.args);
        EXPECT_EQ(r.exitCode, c.exit) << r.describe();
        EXPECT_TRUE(r.out.isEmpty()) << r.describe();
        ASSERT_FALSE(r.errLines().isEmpty()) << r.describe();
        EXPECT_TRUE(r.errLines().first().startsWith(u"focal-cli: "_qs)) << r.describe();
        EXPECT_TRUE(r.errLines().first().contains(c.says)) << r.describe();
        // One line; usage errors add the pointer to --help.
        EXPECT_EQ(r.errLines().size(), c.exit == 2 ? 2 : 1) << r.describe();
    }
    EXPECT_EQ(files(), before);
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("missing"))));
}

TEST_F(CliReportsTest, FailedExportLeavesTheExistingFileUntouched)
{
    const QString target = path(QStringLiteral("anexos.pdf"));
    const QByteArray old("the report sent last year");
    ASSERT_TRUE(writeBytes(target, old));
    // Unknown group: refused before anything is written.
    CliRun r = report({QStringLiteral("bundle"), QStringLiteral("--group"), QStringLiteral("nada"),
                       QStringLiteral("-o"), target});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_EQ(readBytes(target), old);
    // A broken attached PDF: the bundle fails while merging, after the annexes were made.
    attach("anexo-2a", QStringLiteral("plan-sectorial.pdf"), QByteArray("%PDF-1.4\nbroken"));
    const QStringList before = files();
    r = report({QStringLiteral("bundle"), QStringLiteral("--group"), QStringLiteral("seguridad"),
                QStringLiteral("-o"), target});
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    ASSERT_EQ(r.errLines().size(), 1) << r.describe();
    EXPECT_TRUE(r.errLines().first().contains(u"plan-sectorial.pdf"_qs)) << r.describe();
    EXPECT_EQ(readBytes(target), old);
    EXPECT_EQ(files(), before);
}

TEST_F(CliReportsTest, HelpListsTheReportCommand)
{
    const CliRun r = cli({QStringLiteral("--help")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(u"report KIND"_qs));
    EXPECT_TRUE(
        r.out.contains(u"annual|annex1|annex2|plan|minutes|commitments|timeline|bundle"_qs));
    EXPECT_TRUE(r.out.contains(u"--years"_qs));
}

} // namespace
