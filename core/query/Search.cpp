#include "Search.h"

#include "storage/Database.h"

namespace focal {

Result<QList<SearchHit>> Search::run(Database &db, const QString &text, int limit)
{
    const QString query = db.dialect().searchQueryFromText(text);
    if (query.isEmpty())
        return QList<SearchHit>();
    QVariantMap values;
    values.insert(QStringLiteral("query"), query);
    values.insert(QStringLiteral("limit"), limit);
    auto q = db.exec(db.dialect().searchSql(), values);
    if (!q)
        return q.error();
    QList<SearchHit> hits;
    while (q.value().next())
        hits.append({q.value().value(0).toString(),
                     QUuid::fromString(q.value().value(1).toString()),
                     q.value().value(2).toString()});
    return hits;
}

} // namespace focal
