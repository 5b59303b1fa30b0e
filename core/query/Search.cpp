#include "Search.h"

#include "storage/Database.h"

#include <QSet>

namespace focal {

namespace {

// Adds the rows of one pass that are not in the list yet, until the list holds `wanted` hits.
Result<void> collect(Database &db, const QString &sql, const QString &query, int rows, int wanted,
                     QList<SearchHit> &hits, QSet<QUuid> &seen)
{
    QVariantMap values;
    values.insert(QStringLiteral("query"), query);
    values.insert(QStringLiteral("limit"), rows);
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    while (hits.size() < wanted && q.value().next()) {
        SearchHit hit{q.value().value(0).toString(),
                      QUuid::fromString(q.value().value(1).toString()),
                      q.value().value(2).toString()};
        if (!seen.contains(hit.id)) {
            seen.insert(hit.id);
            hits.append(hit);
        }
    }
    return {};
}

} // namespace

Result<QList<SearchHit>> Search::run(Database &db, const QString &text, int limit)
{
    const SqlDialect &dialect = db.dialect();
    const QString titles = dialect.searchQueryFromText(text, true);
    if (titles.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    QList<SearchHit> hits;
    QSet<QUuid> seen;
    if (auto r = collect(db, dialect.rankedSearchSql(), titles, limit, limit, hits, seen); !r)
        return r.error();
    if (hits.size() < limit) {
        // Title hits come again among all matches: ask for enough to fill the list after them.
        if (auto r =
                collect(db, dialect.recentSearchSql(), dialect.searchQueryFromText(text, false),
                        limit + int(hits.size()), limit, hits, seen);
            !r)
            return r.error();
    }
    return hits;
}

} // namespace focal
