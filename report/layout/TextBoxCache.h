#pragma once

#include "TextBox.h"

#include <QHash>

#include <memory>

namespace focal::report::layout {

// A laid-out text per distinct (text, faces, width, alignment): a table repeats the same cell
// text ("Primer semestre 2021", a country) on many rows, and each is shaped once.
class TextBoxCache
{
public:
    std::shared_ptr<const TextBox> get(const QList<TextRun> &runs, qreal width,
                                       Qt::Alignment alignment,
                                       Qt::LayoutDirection direction = Qt::LayoutDirectionAuto);

private:
    QHash<QString, std::shared_ptr<const TextBox>> m_boxes;
};

} // namespace focal::report::layout
