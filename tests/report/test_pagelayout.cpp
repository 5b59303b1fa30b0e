// The layout engine's own rules, read back from the PDF page by page (pdftotext): a merged cell
// that runs over a page break, the rows sharing a merged cell kept on a page or, taller than a
// page, losing no line, a row taller than a page, headings kept with what follows them,
// the contents' page numbers; and the blocks a ReportContent records for the engine.

#include "PdfExport.h"
#include "PdfTools.h"
#include "ReportRenderer.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace focal;
using namespace focal::report;
using namespace focal::test;

namespace {

ReportMeta meta()
{
    ReportMeta m;
    m.title = QStringLiteral("Pruebas de diagramación");
    return m;
}

class PageLayoutTest : public ::testing::Test
{
protected:
    std::optional<QStringList> pagesOf(const ReportContent &content)
    {
        const QString path = dir.filePath(QStringLiteral("layout.pdf"));
        const auto written = PdfExport::writePdf(content, path);
        EXPECT_TRUE(written.ok()) << (written.ok() ? "" : qPrintable(written.error().fullText()));
        keepForLooking(path);
        return pdfPages(path);
    }

    QTemporaryDir dir;
};

// The lines of a page's text area: without the running header (the first line) and the footer.
QStringList bodyLines(const QString &page)
{
    QStringList lines;
    const QStringList all = page.split(QLatin1Char('\n'));
    bool header = true;
    for (const QString &line : all) {
        const QString text = line.trimmed();
        if (text.isEmpty())
            continue;
        if (header) {
            header = false; // the title at the top of every page
            continue;
        }
        if (text.startsWith(QStringLiteral("Página ")))
            continue;
        lines.append(text);
    }
    return lines;
}

// A plan's table: lines of action, each merged over its products.
ReportTable planTable()
{
    ReportTable table;
    table.header = {QStringLiteral("Línea de acción"), QStringLiteral("Producto")};
    table.widthsPercent = {40, 60};
    table.mergeRepeated = {0};
    return table;
}

// `count` texts from `pattern` ("Paso %1 del plan") numbered from 1 with leading zeros to
// `digits`, so that none is part of another and their order is their text's order.
QStringList numbered(const QString &pattern, int count, int digits = 3)
{
    QStringList texts;
    for (int i = 1; i <= count; ++i)
        texts.append(pattern.arg(i, digits, 10, QLatin1Char('0')));
    return texts;
}

// Each of `texts` once in `counted`, and in order in `ordered` after position `at`; returns
// where the last one is.
qsizetype expectEachOnceInOrder(const QString &counted, const QString &ordered,
                                const QStringList &texts, qsizetype at = -1)
{
    for (const QString &text : texts) {
        EXPECT_EQ(counted.count(text), 1) << qPrintable(text);
        const qsizetype found = ordered.indexOf(text);
        EXPECT_GT(found, at) << qPrintable(text) << " out of order";
        at = std::max(at, found);
    }
    return at;
}

} // namespace

TEST_F(PageLayoutTest, AMergedCellOverAPageBreakRepeatsItsTextUnderTheHeader)
{
    ReportContent content(meta());
    content.heading(1, QStringLiteral("1. Plan"));
    ReportTable table = planTable();
    for (int r = 1; r <= 150; ++r)
        table.rows.append({r <= 140 ? QStringLiteral("Línea larga de acción regional")
                                    : QStringLiteral("Segunda línea de acción"),
                           QStringLiteral("Producto %1").arg(r, 3, 10, QLatin1Char('0'))});
    content.table(table);
    const auto pages = pagesOf(content);
    REQUIRE_TOOL(pages, "pdftotext");

    ASSERT_GE(pages->size(), 3);
    int withProducts = 0;
    for (int i = 0; i < pages->size(); ++i) {
        const QString &page = pages->at(i);
        if (!page.contains(QStringLiteral("Producto 0")) &&
            !page.contains(QStringLiteral("Producto 1")))
            continue;
        ++withProducts;
        const qsizetype header = page.indexOf(QStringLiteral("Línea de acción"));
        const qsizetype merged = page.indexOf(QStringLiteral("Línea larga de acción regional"));
        ASSERT_GE(header, 0) << "no header on page " << i + 1;
        // The merged cell's text is on every page its rows are, once, under the header.
        EXPECT_GT(merged, header) << "the merged cell is not on page " << i + 1;
        EXPECT_EQ(page.count(QStringLiteral("Línea larga de acción regional")), 1)
            << "page " << i + 1;
    }
    EXPECT_EQ(withProducts, pages->size());
    EXPECT_EQ(pages->join(QString()).count(QStringLiteral("Segunda línea de acción")), 1);
}

// A merged cell's lines over the pages of its span, by the rule of TableLayout: they are
// printed once, in order, each page going on where the one before stopped; once all of them are
// out, a later page of the span either repeats all of them (when they fit its part) or none.
// Returns how many pages repeated the text.
static int expectMergedTextOnce(const QStringList &pages, const QStringList &lines)
{
    int next = 0;
    int repeats = 0;
    for (int i = 0; i < pages.size(); ++i) {
        const QString &page = pages.at(i);
        QList<int> present;
        qsizetype at = -1;
        for (int l = 0; l < lines.size(); ++l) {
            const qsizetype found = page.indexOf(lines.at(l));
            if (found < 0)
                continue;
            EXPECT_EQ(page.count(lines.at(l)), 1)
                << "page " << i + 1 << ": " << qPrintable(lines.at(l));
            EXPECT_GT(found, at) << "page " << i + 1 << ": " << qPrintable(lines.at(l))
                                 << " out of order";
            at = found;
            present.append(l);
        }
        if (present.isEmpty())
            continue;
        if (next < lines.size()) {
            // Going on from where the page before stopped, without a gap or a repetition.
            for (int k = 0; k < present.size(); ++k)
                EXPECT_EQ(present.at(k), next + k) << "page " << i + 1;
            next += int(present.size());
        } else {
            EXPECT_EQ(present.size(), lines.size())
                << "page " << i + 1 << " repeats part of the merged text";
            ++repeats;
        }
    }
    EXPECT_EQ(next, lines.size()) << "lines of the merged cell are missing";
    return repeats;
}

TEST_F(PageLayoutTest, AMergedSpanThatFitsOnAPageIsNeverSplit)
{
    // Forty lines of action of eight lines over two one-line products, after 0 to 3 single
    // rows: on some pages a group falls at the page break and has to go over whole.
    ReportContent content(meta());
    content.heading(1, QStringLiteral("1. Plan"));
    ReportTable table = planTable();
    QList<QStringList> groups;
    for (int g = 1; g <= 40; ++g) {
        for (int k = 0; k < g % 4; ++k)
            table.rows.append({QStringLiteral("Suelta %1.%2").arg(g).arg(k),
                               QStringLiteral("Producto suelto %1.%2").arg(g).arg(k)});
        const QStringList lines =
            numbered(QStringLiteral("Acción %1 renglón %2").arg(g, 2, 10, QLatin1Char('0')), 8, 1);
        groups.append(lines);
        for (const QChar part : {QLatin1Char('a'), QLatin1Char('b')})
            table.rows.append(
                {lines.join(QLatin1Char('\n')),
                 QStringLiteral("Producto %1%2").arg(g, 2, 10, QLatin1Char('0')).arg(part)});
    }
    content.table(table);
    const auto pages = pagesOf(content);
    REQUIRE_TOOL(pages, "pdftotext");
    ASSERT_GE(pages->size(), 4);

    const QString all = pages->join(QLatin1Char('\n'));
    for (int g = 0; g < groups.size(); ++g) {
        const QStringList &lines = groups.at(g);
        int page = -1;
        for (int i = 0; i < pages->size(); ++i) {
            if (pages->at(i).contains(lines.first()))
                page = i;
        }
        ASSERT_GE(page, 0) << qPrintable(lines.first());
        const QString &text = pages->at(page);
        // Every line once in the whole table, on the group's page, in order.
        expectEachOnceInOrder(all, text, lines);
        for (const char *part : {"a", "b"}) {
            const QString product = QStringLiteral("Producto %1%2")
                                        .arg(g + 1, 2, 10, QLatin1Char('0'))
                                        .arg(QLatin1String(part));
            EXPECT_EQ(all.count(product), 1) << qPrintable(product);
            EXPECT_TRUE(text.contains(product))
                << qPrintable(product) << " is not on the page of its line of action";
        }
    }
}

TEST_F(PageLayoutTest, AMergedSpanTallerThanAPageLosesNoLine)
{
    // The table starts low on the first page; 200 products share one line of action of 40
    // lines, then two more share another.
    ReportContent content(meta());
    for (int p = 0; p < 40; ++p)
        content.paragraph(QStringLiteral("Párrafo %1 antes de la tabla.").arg(p + 1));
    ReportTable table = planTable();
    const QStringList lines = numbered(QStringLiteral("Meta %1 del plan"), 40, 2);
    const QStringList products = numbered(QStringLiteral("Fila %1"), 202);
    for (int r = 1; r <= 202; ++r)
        table.rows.append({r <= 200 ? lines.join(QLatin1Char('\n')) : QStringLiteral("Otra línea"),
                           products.at(r - 1)});
    content.table(table);
    content.paragraph(QStringLiteral("Después de la tabla."));
    const auto pages = pagesOf(content);
    REQUIRE_TOOL(pages, "pdftotext");
    ASSERT_GE(pages->size(), 4);

    const QString all = pages->join(QLatin1Char('\n'));
    const qsizetype at = expectEachOnceInOrder(all, all, products);
    EXPECT_EQ(all.count(QStringLiteral("Otra línea")), 1);
    EXPECT_GT(all.indexOf(QStringLiteral("Después de la tabla.")), at);
    // The span's later full pages say again which line of action their products belong to.
    EXPECT_GE(expectMergedTextOnce(*pages, lines), 1);
}

TEST_F(PageLayoutTest, AMergedCellLongerThanAPageOverTwoRowsGrowsThem)
{
    // 150 lines of a merged cell over two one-line products: the rows grow over pages and
    // every line is printed.
    ReportContent content(meta());
    content.paragraph(QStringLiteral("Antes de la tabla."));
    ReportTable table = planTable();
    const QStringList lines = numbered(QStringLiteral("Paso %1 del plan"), 150);
    table.rows = {{lines.join(QLatin1Char('\n')), QStringLiteral("Producto uno")},
                  {lines.join(QLatin1Char('\n')), QStringLiteral("Producto dos")},
                  {QStringLiteral("Cierre"), QStringLiteral("Producto tres")}};
    content.table(table);
    const auto pages = pagesOf(content);
    REQUIRE_TOOL(pages, "pdftotext");
    ASSERT_GE(pages->size(), 3) << "150 lines are more than two pages";

    const QString all = pages->join(QLatin1Char('\n'));
    EXPECT_EQ(expectMergedTextOnce(*pages, lines), 0);
    for (const char *product : {"Producto uno", "Producto dos", "Producto tres"})
        EXPECT_EQ(all.count(QLatin1String(product)), 1) << product;
    EXPECT_GT(all.indexOf(QStringLiteral("Producto dos")),
              all.indexOf(QStringLiteral("Producto uno")));
    EXPECT_GT(all.indexOf(QStringLiteral("Cierre")), all.indexOf(lines.last()));
}

TEST_F(PageLayoutTest, ARowTallerThanAPageIsSplitAndAllOfItIsPrinted)
{
    ReportContent content(meta());
    content.paragraph(QStringLiteral("Antes de la tabla."));
    ReportTable table;
    table.header = {QStringLiteral("Tema"), QStringLiteral("Detalle")};
    table.widthsPercent = {25, 75};
    const QStringList lines = numbered(QStringLiteral("Renglón %1"), 160);
    table.rows = {{QStringLiteral("Corto"), QStringLiteral("Primer tema")},
                  {QStringLiteral("Extenso"), lines.join(QLatin1Char('\n'))},
                  {QStringLiteral("Final"), QStringLiteral("Último tema")}};
    content.table(table);
    // (No "fi" in these words: pdftotext gives the font's ligature as one letter.)
    content.paragraph(QStringLiteral("Después de la tabla."));
    const auto pages = pagesOf(content);
    REQUIRE_TOOL(pages, "pdftotext");

    ASSERT_GE(pages->size(), 3) << "160 lines are more than two pages";
    const QString all = pages->join(QLatin1Char('\n'));
    const qsizetype first = all.indexOf(QStringLiteral("Primer tema"));
    ASSERT_GE(first, 0);
    const qsizetype at = expectEachOnceInOrder(all, all, lines, first);
    EXPECT_GT(all.indexOf(QStringLiteral("Último tema")), at);
    EXPECT_GT(all.indexOf(QStringLiteral("Después de la tabla.")), at);
    // Every page the row runs over starts with the header row.
    for (int i = 0; i < pages->size(); ++i) {
        const QStringList body = bodyLines(pages->at(i));
        if (!pages->at(i).contains(QStringLiteral("Renglón")))
            continue;
        ASSERT_FALSE(body.isEmpty());
        const int first = i == 0 ? 1 : 0; // the paragraph before the table on the first page
        EXPECT_TRUE(body.value(first).startsWith(QStringLiteral("Tema")))
            << "page " << i + 1 << ": " << qPrintable(body.value(first));
    }
}

TEST_F(PageLayoutTest, TheContentsGiveEachHeadingThePageItIsPrintedOn)
{
    ReportContent content(meta());
    content.tableOfContents();
    content.pageBreak();
    const QString sentence = QStringLiteral("El grupo acordó el seguimiento de los compromisos. ");
    QStringList headings;
    // Sections of every length, so that headings fall at every height of the pages.
    for (int s = 1; s <= 60; ++s) {
        const QString title = QStringLiteral("Sección %1 del informe").arg(s);
        headings.append(title);
        content.heading(s % 5 == 1 ? 1 : 2, title);
        for (int p = 0; p < 1 + s % 4; ++p)
            content.paragraph(sentence.repeated(1 + (s * 7 + p * 3) % 11));
        if (s % 9 == 0) {
            const QString sub = QStringLiteral("Subsección %1 con tabla").arg(s);
            headings.append(sub);
            content.heading(3, sub);
            ReportTable table;
            table.header = {QStringLiteral("Columna A"), QStringLiteral("Columna B")};
            for (int r = 0; r < 3 + s % 5; ++r)
                table.rows.append({QStringLiteral("a%1").arg(r), QStringLiteral("b%1").arg(r)});
            content.table(table);
        }
    }
    const ReportRenderer renderer(content);
    const auto pages = pagesOf(content);
    REQUIRE_TOOL(pages, "pdftotext");
    ASSERT_EQ(pages->size(), renderer.pageCount());
    ASSERT_GE(pages->size(), 8);

    // The contents: one line per heading ending in its page number (over the first pages; a
    // heading in the body has no number after it).
    QList<int> listed;
    const QString all = pages->join(QLatin1Char('\n'));
    for (const QString &title : std::as_const(headings)) {
        const QRegularExpression line(
            QStringLiteral("^\\s*%1[ .]*\\s(\\d+)\\s*$").arg(QRegularExpression::escape(title)),
            QRegularExpression::MultilineOption);
        const auto match = line.match(all);
        listed.append(match.hasMatch() ? match.captured(1).toInt() : -1);
    }
    EXPECT_EQ(listed, renderer.headingPages());
    ASSERT_GE(listed.first(), 2);

    int checkedEnds = 0;
    for (int i = listed.first() - 1; i < pages->size(); ++i) {
        const QStringList body = bodyLines(pages->at(i));
        ASSERT_FALSE(body.isEmpty()) << "page " << i + 1;
        // Each heading is on the page the contents give it.
        for (int h = 0; h < headings.size(); ++h) {
            if (body.contains(headings.at(h))) {
                EXPECT_EQ(listed.at(h), i + 1) << qPrintable(headings.at(h));
            }
        }
        if (i + 1 < pages->size()) {
            EXPECT_FALSE(headings.contains(body.last()))
                << "page " << i + 1 << " ends with the heading " << qPrintable(body.last());
            ++checkedEnds;
        }
    }
    EXPECT_GE(checkedEnds, 7);
    // Every heading was found on a page of its own number.
    for (int h = 0; h < headings.size(); ++h) {
        ASSERT_GE(listed.at(h), 2) << qPrintable(headings.at(h));
        EXPECT_TRUE(bodyLines(pages->at(listed.at(h) - 1)).contains(headings.at(h)))
            << qPrintable(headings.at(h));
    }
}

TEST_F(PageLayoutTest, AHeadingIsNeverTheLastLineOfAPage)
{
    // Page after page, a heading one line lower than on the page before: on some page it fits
    // at the bottom while the line after it does not, and it has to go over with that line.
    ReportContent content(meta());
    QStringList headings;
    for (int k = 30; k <= 62; ++k) {
        for (int j = 1; j <= k; ++j)
            content.paragraph(QStringLiteral("Renglón %1.%2").arg(k).arg(j));
        headings.append(QStringLiteral("Título %1").arg(k));
        content.heading(2, headings.last());
        content.paragraph(QStringLiteral("Texto después del título %1.").arg(k));
        content.pageBreak();
    }
    const auto pages = pagesOf(content);
    REQUIRE_TOOL(pages, "pdftotext");
    ASSERT_GE(pages->size(), 33);

    int moved = 0;
    for (int i = 0; i < pages->size(); ++i) {
        const QStringList body = bodyLines(pages->at(i));
        ASSERT_FALSE(body.isEmpty()) << "page " << i + 1;
        EXPECT_FALSE(headings.contains(body.last()))
            << "page " << i + 1 << " ends with the heading " << qPrintable(body.last());
        // A heading at the top of a page went over: its line after it is right under it.
        if (headings.contains(body.first())) {
            ++moved;
            EXPECT_TRUE(body.value(1).startsWith(QStringLiteral("Texto después del")))
                << qPrintable(body.value(1));
        }
    }
    EXPECT_GE(moved, 1) << "no heading needed to go over: the test tested nothing";
}

TEST(ReportBlocks, TheContentRecordsWhatTheBuildersWrote)
{
    ReportContent c(meta());
    c.cover(QStringLiteral("Informe"), {QStringLiteral("2019-2020")});
    c.pageBreak();
    c.tableOfContents();
    c.pageBreak();
    c.heading(2, QStringLiteral("1.1 <b>Sección</b>"));
    c.paragraphs(QStringLiteral("Uno.\n\nDos\ny tres."));
    c.labelled(QStringLiteral("País"), QStringLiteral("Chile"));
    c.bullets({QStringLiteral("a"), QStringLiteral("b")});
    c.note(QStringLiteral("Fuente."));
    c.pageBreak();
    ReportTable table;
    table.header = {QStringLiteral("X"), QStringLiteral("Y")};
    table.rows = {{QStringLiteral("1"), QStringLiteral("2")}};
    table.widthsPercent = {30, 70};
    table.mergeRepeated = {0};
    c.table(table);

    using Kind = ContentBlock::Kind;
    const QList<ContentBlock> &b = c.blocks();
    ASSERT_EQ(b.size(), 11);
    const QList<Kind> kinds = {Kind::CoverTitle, Kind::CoverLine, Kind::Contents, Kind::Heading,
                               Kind::Paragraph,  Kind::Paragraph, Kind::Labelled, Kind::Bullet,
                               Kind::Bullet,     Kind::Note,      Kind::Table};
    for (int i = 0; i < b.size(); ++i)
        EXPECT_EQ(b.at(i).kind, kinds.at(i)) << "block " << i;
    // A page break goes to the block after it, and only to it.
    for (int i = 0; i < b.size(); ++i)
        EXPECT_EQ(b.at(i).pageBreakBefore, i == 2 || i == 3 || i == 10) << "block " << i;

    EXPECT_EQ(b.at(0).runs.first().pointSize, 22);
    EXPECT_TRUE(b.at(0).runs.first().bold);
    EXPECT_EQ(b.at(3).level, 2);
    EXPECT_EQ(b.at(3).outlineIndex, 0);
    EXPECT_EQ(b.at(3).text(), QStringLiteral("1.1 <b>Sección</b>"));
    EXPECT_EQ(c.outline().first().title, b.at(3).text());
    EXPECT_EQ(b.at(5).text(),
              QStringLiteral("Dos") + QChar(QChar::LineSeparator) + QStringLiteral("y tres."));
    ASSERT_EQ(b.at(6).runs.size(), 2);
    EXPECT_EQ(b.at(6).runs.at(0).text, QStringLiteral("País: "));
    EXPECT_TRUE(b.at(6).runs.at(0).bold);
    EXPECT_FALSE(b.at(6).runs.at(1).bold);
    EXPECT_TRUE(b.at(9).runs.first().italic);
    EXPECT_EQ(b.at(9).runs.first().pointSize, 9);
    EXPECT_EQ(b.at(10).table.rows, table.rows);
    EXPECT_EQ(b.at(10).table.widthsPercent, table.widthsPercent);
    EXPECT_EQ(b.at(10).table.mergeRepeated, table.mergeRepeated);
}
