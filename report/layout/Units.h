#pragma once

#include "LayoutDevice.h"

#include <QtGlobal>

// Lengths of the layout engine: everything is laid out in pixels of LayoutDevice (1200 dpi).
namespace focal::report::layout {

inline qreal pointsToPixels(qreal points)
{
    return points / 72.0 * LayoutDevice::dpi;
}

inline qreal pixelsToPoints(qreal pixels)
{
    return pixels * 72.0 / LayoutDevice::dpi;
}

inline qreal mmToPixels(qreal mm)
{
    return mm / 25.4 * LayoutDevice::dpi;
}

// Spacing is given, as in the report's rich text, in pixels of the screen's logical resolution
// (Qt's text formats measure margins and paddings so): scaled here to the layout device.
inline qreal cssToPixels(qreal css)
{
    return css * LayoutDevice::dpi / LayoutDevice::screenPixelDpi();
}

} // namespace focal::report::layout
