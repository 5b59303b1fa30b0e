#pragma once

#include <QFont>

namespace focal::report {

// The resolution a report is laid out at, whatever it is painted on. Laying out for it (rather
// than for the PDF writer or the printer) gives the same lines, pages and page numbers in the PDF,
// the print preview and on paper; painting scales to the device.
class LayoutDevice
{
public:
    static constexpr int dpi = 1200; // QPdfWriter's own resolution: fonts measured unhinted

    // The font at its size in this resolution's pixels: a painter on any device, scaled from
    // these pixels, then draws it at the size the document's text has (a point size would be
    // measured again against the painter's own device).
    static QFont pixelFont(const QFont &font);

    // The resolution of the "pixels" the report's spacing is given in (as Qt's rich-text formats
    // measure margins and paddings): the screen's logical resolution, 96 without a screen.
    static qreal screenPixelDpi();
};

} // namespace focal::report
