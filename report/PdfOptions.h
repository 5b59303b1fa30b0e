#pragma once

#include "PageOptions.h"
#include "ReportRenderer.h"

namespace focal::report {

// How a report becomes a PDF file.
struct PdfOptions
{
    PageOptions page;
    // PDF/A-1b, for archiving: PDF 1.4, an sRGB output intent, metadata in XMP, no transparency.
    bool pdfA = false;
    // Told of each page painted; returning false cancels the export (no file is written).
    ReportRenderer::Progress progress;
};

} // namespace focal::report
