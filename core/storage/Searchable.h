#pragma once

#include <QString>

namespace focal {

// The text each kind of record contributes to full-text search, as portable SQL expressions over
// one row ({r} stands for the row: NEW, OLD or a table alias). The same expression feeds the
// insertion and the deletion of an index entry, which a contentless index needs to stay exact.
struct Searchable
{
    const char *table;
    const char *title;
    const char *body;

    static const Searchable *find(const QString &table);
    static const Searchable *begin();
    static const Searchable *end();

    // The title or body expression for the row called `row`.
    static QString expression(const char *pattern, const QString &row)
    {
        return QString::fromLatin1(pattern).replace(QLatin1String("{r}"), row);
    }
};

} // namespace focal
