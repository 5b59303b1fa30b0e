#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QUuid>
#include <QVariant>

namespace focal {

class Database;

// One stored record read generically, every column in the table's order, for pages that show a
// record of any kind (a search hit, a home-page link). Only tables of core's searchable list
// are read; an unknown table is an Invalid error, a missing record NotFound.
class RecordRow
{
public:
    using Columns = QList<QPair<QString, QVariant>>;
    static Result<Columns> read(Database &db, const QString &table, const QUuid &id);
};

} // namespace focal
