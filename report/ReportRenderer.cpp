#include "ReportRenderer.h"

#include "layout/PageLayout.h"
#include "layout/Units.h"
#include "PageWords.h"
#include "ReportFonts.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace focal::report {
namespace {

constexpr qreal marginPointSize = 8; // the running header and the footer

using layout::mmToPixels;
using layout::pixelsToPoints;
using layout::pointsToPixels;

} // namespace

ReportRenderer::ReportRenderer(const ReportContent &content, const PageOptions &options)
    : m_meta(content.meta()), m_outline(content.outline()), m_paper(options.paper)
{
    const QSizeF paper = m_paper.size(QPageSize::Point);
    m_paperRect = QRectF(0, 0, pointsToPixels(paper.width()), pointsToPixels(paper.height()));
    const QMarginsF &m = options.marginsMm;
    m_body = m_paperRect.adjusted(mmToPixels(m.left()), mmToPixels(m.top()), -mmToPixels(m.right()),
                                  -mmToPixels(m.bottom()));
    m_layout = std::make_unique<layout::PageLayout>(content, m_body.size());
    m_pageCount = int(m_layout->pages().size());
}

ReportRenderer::~ReportRenderer() = default;

QList<int> ReportRenderer::headingPages() const
{
    QList<int> pages;
    for (const layout::PageLayout::Place &place : m_layout->headings())
        pages.append(place.page + 1);
    return pages;
}

QList<PdfBookmark> ReportRenderer::bookmarks() const
{
    QList<PdfBookmark> marks;
    const auto &places = m_layout->headings();
    for (int i = 0; i < m_outline.size() && i < places.size(); ++i) {
        PdfBookmark mark;
        mark.level = m_outline.at(i).level;
        mark.title = m_outline.at(i).title;
        mark.page = places.at(i).page;
        mark.top = pixelsToPoints(m_body.top() + places.at(i).top);
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
    if (page < 0 || page >= m_pageCount)
        return;
    painter.save();
    paintHeaderAndFooter(painter, page);
    painter.translate(m_body.topLeft());
    m_layout->pages().at(page).paint(painter);
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
