#include "TextBoxCache.h"

namespace focal::report::layout {

std::shared_ptr<const TextBox> TextBoxCache::get(const QList<TextRun> &runs, qreal width,
                                                 Qt::Alignment alignment,
                                                 Qt::LayoutDirection direction)
{
    QString key = QString::number(width, 'f', 2) + QLatin1Char('|') +
                  QString::number(int(alignment)) + QLatin1Char('|') +
                  QString::number(int(direction));
    for (const TextRun &run : runs)
        key += QLatin1Char('|') + QString::number(run.pointSize) +
               QLatin1Char(run.bold ? 'b' : 'r') + QLatin1Char(run.italic ? 'i' : 'n') +
               QString::number(run.text.size()) + QLatin1Char(':') +
               run.text; // the length first: no text can fake a key
    auto found = m_boxes.constFind(key);
    if (found != m_boxes.constEnd())
        return found.value();
    auto box = std::make_shared<const TextBox>(runs, width, alignment, direction);
    m_boxes.insert(key, box);
    return box;
}

} // namespace focal::report::layout
