#pragma once

#include <QMarginsF>
#include <QPageSize>

namespace focal::report {

// The paper a report is laid out on: its size and the margins from the paper's edges to the body
// text. The running header and the footer sit inside the top and bottom margins.
struct PageOptions
{
    QPageSize::PageSizeId paper = QPageSize::A4; // A4 or Letter (any QPageSize works)
    QMarginsF marginsMm{20, 22, 20, 22};         // left, top, right, bottom
};

} // namespace focal::report
