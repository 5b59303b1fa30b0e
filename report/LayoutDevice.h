#pragma once

#include <QFont>
#include <QPaintDevice>
#include <QSizeF>

namespace focal::report {

// The device a report is laid out for: a page at a fixed resolution and nothing to paint on. Laying
// out against it (rather than against the PDF writer or the printer) gives the same lines, pages
// and page numbers in the PDF, the print preview and on paper; painting scales to the device.
class LayoutDevice : public QPaintDevice
{
public:
    static constexpr int dpi = 1200; // QPdfWriter's own resolution: fonts measured unhinted

    // The font at its size in this device's pixels: a painter on any device, scaled from these
    // pixels, then draws it at the size the document's text has (a point size would be measured
    // again against the painter's own device).
    static QFont pixelFont(const QFont &font);

    // The resolution of the "pixels" text formats measure margins and paddings in: the screen's
    // logical resolution, as Qt's text layout takes it (96 without a screen).
    static qreal screenPixelDpi();

    explicit LayoutDevice(QSizeF pageSize = {}) : m_pageSize(pageSize) {}
    void setPageSize(QSizeF pageSize) { m_pageSize = pageSize; }
    QPaintEngine *paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSizeF m_pageSize; // in device pixels
};

} // namespace focal::report
