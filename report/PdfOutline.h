#pragma once

#include <QList>
#include <QString>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <limits>

namespace focal::report {

// Writes the outline (the bookmarks panel) of a PDF open in qpdf: items nested by level, each
// opening its page at its place, and asks viewers to show the panel. Replaces any outline the
// file had. Shared by the PDF export (a report's headings) and the bundle (one item per part).
class PdfOutline
{
public:
    struct Item
    {
        int level = 1; // deeper levels nest under the nearest item before them with a lower level
        QString title;
        QPDFObjectHandle page; // a page object of the file written to
        // The height to open at, in the page's own coordinates (from its bottom); NaN: the whole
        // page.
        double top = std::numeric_limits<double>::quiet_NaN();
    };

    static void write(QPDF &pdf, const QList<Item> &items);
    // The items of the file's current outline, in order, their levels shifted by levelOffset and
    // their pages the file's own (map them before writing them to another file).
    static QList<Item> read(QPDF &pdf, int levelOffset = 0);
};

} // namespace focal::report
