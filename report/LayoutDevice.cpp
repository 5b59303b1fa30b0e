#include "LayoutDevice.h"

#include <cmath>

// The resolution Qt's text layout scales format lengths from (exported by Qt Gui, declared in a
// private header; QGIS and Calligra use it the same way). Asking Qt, rather than repeating its
// rule, keeps the scaling of margins here equal to Qt's own.
Q_GUI_EXPORT extern int qt_defaultDpiY();

namespace focal::report {

QFont LayoutDevice::pixelFont(const QFont &font)
{
    QFont pixels = font;
    if (font.pointSizeF() > 0)
        pixels.setPixelSize(int(std::lround(font.pointSizeF() * dpi / 72.0)));
    return pixels;
}

qreal LayoutDevice::screenPixelDpi()
{
    return qt_defaultDpiY();
}

int LayoutDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return int(std::lround(m_pageSize.width()));
    case PdmHeight:
        return int(std::lround(m_pageSize.height()));
    case PdmWidthMM:
        return int(std::lround(m_pageSize.width() * 25.4 / dpi));
    case PdmHeightMM:
        return int(std::lround(m_pageSize.height() * 25.4 / dpi));
    case PdmNumColors:
        return 1 << 24;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace focal::report
