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

} // namespace focal::report
