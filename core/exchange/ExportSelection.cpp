#include "exchange/Exchange.h"

#include "storage/Database.h"

namespace focal {

QString ExportSelection::describe(Database &db) const
{
    const QString id = this->id.toString(QUuid::WithoutBraces);
    switch (kind) {
    case Kind::Everything:
        return QStringLiteral("all");
    case Kind::Group:
        return QStringLiteral("group:") + id;
    case Kind::Plan:
        return QStringLiteral("plan:") + id;
    case Kind::Meeting:
        return QStringLiteral("meeting:") + id;
    case Kind::ChangedSince:
        break;
    }
    QString iso2;
    auto q = db.exec(QStringLiteral("SELECT iso2 FROM country WHERE id = ?"),
                     {recipient.toString(QUuid::WithoutBraces)});
    if (q && q.value().next())
        iso2 = q.value().value(0).toString();
    return QStringLiteral("changes-for:") + iso2;
}

} // namespace focal
