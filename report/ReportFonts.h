#pragma once

#include <QString>

namespace focal::report {

// The typeface of every report: DejaVu Sans, shipped in the program (resources/fonts) so that a
// PDF looks the same on Windows and Linux and always embeds a font whose licence allows it.
class ReportFonts
{
public:
    // The family to set on a report's document; registers the shipped fonts on first use.
    // Needs a QGuiApplication.
    static QString family();
};

} // namespace focal::report
