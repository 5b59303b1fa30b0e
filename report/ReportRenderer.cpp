#include "ReportRenderer.h"

#include "ContentsTable.h"
#include "PageWords.h"
#include "ReportFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

#include <cmath>

namespace focal::report {
namespace {

constexpr qreal bodyPointSize = 10;
constexpr qreal marginPointSize = 8; // the running header and the footer
constexpr qreal pointsPerInch = 72.0;

qreal mmToPixels(qreal mm)
{
    return mm / 25.4 * LayoutDevice::dpi;
}

qreal pointsToPixels(qreal points)
{
    return points / pointsPerInch * LayoutDevice::dpi;
}

qreal pixelsToPoints(qreal pixels)
{
    return pixels * pointsPerInch / LayoutDevice::dpi;
}

} // namespace

ReportRenderer::ReportRenderer(const ReportContent &content, const PageOptions &options)
    : m_meta(content.meta()), m_outline(content.outline()), m_paper(options.paper),
      m_device(std::make_unique<LayoutDevice>())
{
    // A copy, as QTextDocument::print makes one: the contents are filled in here and the
    // report can be laid out again on other paper.
    m_document.reset(content.document()->clone());
    // No layout until the page size is set: each change below would otherwise lay the whole
    // copy out again (a document lays out while its page size is not null).
    m_document->setPageSize(QSizeF(0, 0));
    for (const OutlineEntry &entry : std::as_const(m_outline))
        m_headings.append(m_document->findBlock(entry.position));

    setUpDocument(options);
    if (content.tableOfContentsPosition() >= 0)
        m_contents = std::make_unique<ContentsTable>(
            m_document.get(), content.tableOfContentsPosition(), m_outline, m_meta.language);
    scaleHorizontalMargins();
    // Laying out starts here: the page size makes the layout paginated.
    m_document->setPageSize(m_body.size());
    fillContents();
    m_pageCount = m_document->pageCount();
}

ReportRenderer::~ReportRenderer() = default;

void ReportRenderer::setUpDocument(const PageOptions &options)
{
    const QSizeF paper = m_paper.size(QPageSize::Point);
    m_paperRect = QRectF(0, 0, pointsToPixels(paper.width()), pointsToPixels(paper.height()));
    const QMarginsF &m = options.marginsMm;
    m_body = m_paperRect.adjusted(mmToPixels(m.left()), mmToPixels(m.top()), -mmToPixels(m.right()),
                                  -mmToPixels(m.bottom()));
    m_device->setPageSize(m_paperRect.size());

    m_document->documentLayout()->setPaintDevice(m_device.get());
    QFont font(ReportFonts::family());
    font.setPointSizeF(bodyPointSize);
    m_document->setDefaultFont(font);
    // A word longer than the line (a pasted link, 5 000 letters) breaks anywhere instead of
    // running off the paper.
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    // The page is the body: the margins, header and footer are painted around it.
    m_document->setDocumentMargin(0);
}

// Formats measure lengths in pixels of the screen's logical resolution. Qt 6.4's layout scales a
// block's top and bottom margins, a list's indent and a table's padding and border to the layout
// device, but not a block's left and right margins or first-line indent: these are scaled here,
// so that an indented line is indented as much on paper as it is on screen.
void ReportRenderer::scaleHorizontalMargins()
{
    const qreal factor = LayoutDevice::dpi / LayoutDevice::screenPixelDpi();
    if (qFuzzyCompare(factor, 1.0))
        return;
    QTextCursor cursor(m_document.get());
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.leftMargin() == 0 && format.rightMargin() == 0 && format.textIndent() == 0)
            continue;
        format.setLeftMargin(format.leftMargin() * factor);
        format.setRightMargin(format.rightMargin() * factor);
        format.setTextIndent(format.textIndent() * factor);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
}

// The contents give the page of each heading. Their numbers are painted, not written into the
// document: the rows are laid out once, with room for the numbers, and no page moves when they
// are known (writing them in would lay a long report out a second time for nothing).
void ReportRenderer::fillContents()
{
    if (m_contents)
        m_contents->fill(headingPages());
}

qreal ReportRenderer::lineTop(const QTextBlock &block) const
{
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return rect.top();
    // The rect's top is the layout's position; a line moved to the next page is moved within it.
    return rect.top() + layout->lineAt(0).y();
}

QList<int> ReportRenderer::headingPages() const
{
    QList<int> pages;
    const qreal pageHeight = m_body.height();
    for (const QTextBlock &block : m_headings) {
        // A line never straddles a page break: its top is on its page (a hair of slack for
        // rounding at the break itself).
        pages.append(int(std::floor((lineTop(block) + 0.5) / pageHeight)) + 1);
    }
    return pages;
}

QList<PdfBookmark> ReportRenderer::bookmarks() const
{
    QList<PdfBookmark> marks;
    const qreal pageHeight = m_body.height();
    for (int i = 0; i < m_outline.size(); ++i) {
        const qreal top = lineTop(m_headings.at(i));
        const int page = int(std::floor((top + 0.5) / pageHeight));
        PdfBookmark mark;
        mark.level = m_outline.at(i).level;
        mark.title = m_outline.at(i).title;
        mark.page = page;
        mark.top = pixelsToPoints(m_body.top() + top - page * pageHeight);
        marks.append(mark);
    }
    return marks;
}

QSizeF ReportRenderer::paperSizePoints() const
{
    return m_paper.size(QPageSize::Point);
}

ReportRenderer::Outcome ReportRenderer::paint(QPagedPaintDevice *device,
                                              const Progress &progress) const
{
    // Full page: the painter's origin is the paper's corner; the report draws its own margins.
    QPageLayout layout(m_paper, QPageLayout::Portrait, QMarginsF(), QPageLayout::Point);
    layout.setMode(QPageLayout::FullPageMode);
    device->setPageLayout(layout);

    QPainter painter;
    if (!painter.begin(device))
        return Outcome::Failed;
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(device->logicalDpiX() / qreal(LayoutDevice::dpi),
                  device->logicalDpiY() / qreal(LayoutDevice::dpi));
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return Outcome::Failed;
        }
        paintPage(painter, page);
        if (progress && !progress(page + 1, m_pageCount)) {
            painter.end();
            return Outcome::Cancelled;
        }
    }
    return painter.end() ? Outcome::Done : Outcome::Failed;
}

void ReportRenderer::paintPage(QPainter &painter, int page) const
{
    painter.save();
    paintHeaderAndFooter(painter, page);

    const qreal pageHeight = m_body.height();
    painter.translate(m_body.left(), m_body.top() - page * pageHeight);
    const QRectF view(0, page * pageHeight, m_body.width(), pageHeight);
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    // The layout draws every line that touches the clip, and a line moved to the next page
    // starts exactly at this page's bottom edge: drawn here, it would be hidden by the clip but
    // still be text in the PDF (found by search, copied, read aloud) on the wrong page.
    context.clip = view.adjusted(0, 1, 0, -1);
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document->documentLayout()->draw(&painter, context);
    if (m_contents)
        m_contents->paint(&painter, view);
    painter.restore();
}

void ReportRenderer::paintHeaderAndFooter(QPainter &painter, int page) const
{
    QFont font(ReportFonts::family());
    font.setPointSizeF(marginPointSize);
    font = LayoutDevice::pixelFont(font);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(QColor(0x44, 0x44, 0x44));

    // The header: the title on one line, cut short with "…" when it is longer than the body.
    const qreal gap = pointsToPixels(6);
    const qreal headerBaseline = m_body.top() - gap - metrics.descent();
    const QString title =
        metrics.elidedText(m_meta.title.simplified(), Qt::ElideRight, m_body.width());
    painter.drawText(QPointF(m_body.left(), headerBaseline), title);
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), pointsToPixels(0.5)));
    const qreal ruleY = m_body.top() - gap * 0.6;
    painter.drawLine(QPointF(m_body.left(), ruleY), QPointF(m_body.right(), ruleY));

    // The footer, centred under the body.
    painter.setPen(QColor(0x44, 0x44, 0x44));
    const QString footer = PageWords::pageOf(m_meta.language, page + 1, m_pageCount);
    const qreal footerBaseline = m_body.bottom() + gap + metrics.ascent();
    const qreal width = metrics.horizontalAdvance(footer);
    painter.drawText(QPointF(m_body.center().x() - width / 2, footerBaseline), footer);
}

} // namespace focal::report
