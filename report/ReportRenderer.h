#pragma once

#include "LayoutDevice.h"
#include "PageOptions.h"
#include "PdfBookmark.h"
#include "ReportContent.h"

#include <QList>
#include <QRectF>
#include <QTextBlock>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace focal::report {

class ContentsTable;

// Lays a report out on pages and paints them: the one path from a ReportContent to the PDF, the
// print preview and paper. The report's document is copied and laid out once, for a fixed
// resolution (LayoutDevice), on pages of the chosen paper and margins; its table of contents gets
// the page of every heading; each page then gets a running header with the report's title, a
// footer "Página X de Y" in the report's language and its slice of the body, clipped to the text
// area. Tables that run over a page repeat their header row (QTextDocument's paginated layout
// does this for a table with a header row count).
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
    // The laid-out document (the copy, with its contents filled in), to read its text.
    const QTextDocument *document() const { return m_document.get(); }

    // Sets the device's page layout to the paper and paints every page, starting a new page for
    // each after the first. Failed: the painter could not start on the device.
    Outcome paint(QPagedPaintDevice *device, const Progress &progress = {}) const;
    // Paints one page (0-based) with the painter's origin at the paper's top-left corner and its
    // units the layout device's pixels (scale a painter by deviceDpi / LayoutDevice::dpi).
    void paintPage(QPainter &painter, int page) const;

private:
    void setUpDocument(const PageOptions &options);
    void scaleHorizontalMargins();
    void fillContents();
    qreal lineTop(const QTextBlock &block) const;
    void paintHeaderAndFooter(QPainter &painter, int page) const;

    ReportMeta m_meta;
    QList<OutlineEntry> m_outline;
    QPageSize m_paper;
    std::unique_ptr<LayoutDevice> m_device;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<ContentsTable> m_contents;
    QList<QTextBlock> m_headings; // the outline's blocks in the copy
    QRectF m_paperRect;           // the paper, in layout pixels
    QRectF m_body;                // the text area, in layout pixels
    int m_pageCount = 0;
};

} // namespace focal::report
