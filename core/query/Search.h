#pragma once

#include "Result.h"

#include <QList>
#include <QUuid>

namespace focal {

class Database;

struct SearchHit
{
    QString kind; // the table of the record: "country", "meeting", "plan_item", ...
    QUuid id;
    QString title;
};

// Full-text search over names, objectives, minutes, agreements and plan texts. Case and
// accents do not matter ("peru" finds "Perú"); every word must match, the last one as the start
// of a word ("coop" finds "cooperación"). Records whose title matches come first, best first;
// then the other matches, newest first.
class Search
{
public:
    static constexpr int defaultLimit = 50;
    static Result<QList<SearchHit>> run(Database &db, const QString &text,
                                        int limit = defaultLimit);
};

} // namespace focal
