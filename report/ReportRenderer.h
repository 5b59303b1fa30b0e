#pragma once

#include "LayoutDevice.h"
#include "PageOptions.h"
#include "PdfBookmark.h"
#include "ReportContent.h"

#include <QList>
#include <QPageSize>
#include <QRectF>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace focal::report {

namespace layout {
class PageLayout;
}

// Lays a report out on pages and paints them: the one path from a ReportContent to the PDF, the
// print preview and paper. The report's blocks are laid out once by Focal's layout engine
// (layout::PageLayout, QTextLayout per paragraph and table cell) for a fixed resolution
// (LayoutDevice), on pages of the chosen paper and margins; its table of contents gets the page
// of every heading; each page then gets a running header with the report's title, a footer
// "Página X de Y" in the report's language and its items.
class ReportRenderer
{
public:
    // Called after each page is painted; returning false stops the painting.
    using Progress = std::function<bool(int page, int pageCount)>;
    enum class Outcome { Done, Cancelled, Failed };

    // Lays the content out (needs a QGuiApplication for the fonts). The content itself is not
    // changed and may be rendered again with other options.
    explicit ReportRenderer(const ReportContent &content, const PageOptions &options = {});
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    const ReportMeta &meta() const { return m_meta; }
    int pageCount() const { return m_pageCount; }
    // The paper in points (A4: 595 x 842).
    QSizeF paperSizePoints() const;
    // The page (1-based) each heading of the outline starts on, in the outline's order.
    QList<int> headingPages() const;
    // The outline as PDF bookmarks: each heading with its page and height on it.
    QList<PdfBookmark> bookmarks() const;

    // Sets the device's page layout to the paper and paints every page, starting a new page for
    // each after the first. Failed: the painter could not start on the device.
    Outcome paint(QPagedPaintDevice *device, const Progress &progress = {}) const;
    // Paints one page (0-based) with the painter's origin at the paper's top-left corner and its
    // units the layout device's pixels (scale a painter by deviceDpi / LayoutDevice::dpi).
    void paintPage(QPainter &painter, int page) const;

private:
    void paintHeaderAndFooter(QPainter &painter, int page) const;

    ReportMeta m_meta;
    QList<OutlineEntry> m_outline;
    QPageSize m_paper;
    std::unique_ptr<layout::PageLayout> m_layout;
    QRectF m_paperRect; // the paper, in layout pixels
    QRectF m_body;      // the text area, in layout pixels
    int m_pageCount = 0;
};

} // namespace focal::report
