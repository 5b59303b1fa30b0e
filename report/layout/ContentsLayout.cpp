#include "ContentsLayout.h"

#include "Pager.h"
#include "PageWords.h"
#include "Units.h"

#include <QTextLine>

#include <algorithm>
#include <cmath>

namespace focal::report::layout {
namespace {

constexpr qreal titlePointSize = 15;
constexpr qreal entryPointSize = 10; // as the body text
constexpr qreal indentCss = 14;      // per level
constexpr qreal paddingCss = 1.5;
constexpr qreal chapterGapCss = 3; // above a chapter's row
constexpr qreal titleBottomCss = 10;
constexpr qreal titleColumn = 0.9; // of the width; the page numbers take the rest

} // namespace

ContentsLayout::ContentsLayout(const QList<OutlineEntry> &entries, Language language, qreal width,
                               TextBoxCache &cache)
    : m_width(width), m_padding(cssToPixels(paddingCss))
{
    m_title = cache.get({TextRun{PageWords::contents(language), titlePointSize, true, false}},
                        width, Qt::AlignLeft);
    for (const OutlineEntry &entry : entries) {
        Row row;
        row.strong = entry.level == 1;
        row.indent = cssToPixels(indentCss) * (std::clamp(entry.level, 1, 3) - 1);
        QString plain = entry.title;
        plain.replace(QLatin1Char('\n'), QLatin1Char(' '));
        // A right-to-left title still starts on the left, where the leaders expect it.
        row.title = cache.get({TextRun{plain, entryPointSize, row.strong, false}},
                              width * titleColumn - 2 * m_padding - row.indent,
                              Qt::AlignLeft | Qt::AlignAbsolute, Qt::LeftToRight);
        m_rows.append(row);
    }
}

qreal ContentsLayout::leadHeight() const
{
    return m_title->height() + cssToPixels(titleBottomCss);
}

void ContentsLayout::flow(Pager &pager)
{
    if (m_title->height() > pager.room() && !pager.pageIsEmpty())
        pager.newPage();
    pager.addText(m_title, QPointF(0, pager.y()), 0, m_title->lineCount());
    pager.advance(m_title->height() + cssToPixels(titleBottomCss));
    for (Row &row : m_rows) {
        const qreal gap = row.strong ? cssToPixels(chapterGapCss) : 0;
        const qreal height = gap + row.title->height() + 2 * m_padding;
        if (height > pager.room() && !pager.pageIsEmpty())
            pager.newPage();
        row.page = pager.page();
        row.top = pager.y() + gap + m_padding;
        pager.addText(row.title, QPointF(m_padding + row.indent, row.top), 0,
                      row.title->lineCount());
        pager.advance(height);
    }
}

void ContentsLayout::fill(Pager &pager, const QList<int> &pages) const
{
    TextBoxCache numbers; // small: a box per distinct number and leader length
    const TextRun dot{QStringLiteral(". "), entryPointSize, false, false};
    const qreal step =
        TextBox({dot}, m_width, Qt::AlignLeft, Qt::LeftToRight).line(0).naturalTextWidth();
    for (int i = 0; i < m_rows.size() && i < pages.size(); ++i) {
        const Row &row = m_rows.at(i);
        const TextBox &title = *row.title;
        const QTextLine last = title.line(title.lineCount() - 1);
        const qreal baseline = row.top + title.lineTop(title.lineCount() - 1) + last.ascent();

        auto number =
            numbers.get({TextRun{QString::number(pages.at(i)), entryPointSize, row.strong, false}},
                        m_width, Qt::AlignLeft, Qt::LeftToRight);
        const QTextLine line = number->line(0);
        const qreal right = m_width - m_padding;
        const qreal left = right - line.naturalTextWidth();
        PageItem item;
        item.box = number;
        item.lineCount = 1;
        item.at = QPointF(left, baseline - line.ascent());
        pager.addTo(row.page, item);

        // Dots on a grid common to every row, so that they line up down the page.
        const qreal from = m_padding + row.indent + last.x() + last.naturalTextWidth();
        if (step <= 0)
            continue;
        const qreal start = std::ceil((from + step * 0.5) / step) * step;
        const int count = int(std::floor((left - step * 0.5 - start) / step));
        if (count < 2)
            continue;
        auto dots = numbers.get(
            {TextRun{QStringLiteral(". ").repeated(count).trimmed(), entryPointSize, false, false}},
            m_width, Qt::AlignLeft, Qt::LeftToRight);
        item.box = dots;
        item.at = QPointF(start, baseline - dots->line(0).ascent());
        pager.addTo(row.page, item);
    }
}

} // namespace focal::report::layout
