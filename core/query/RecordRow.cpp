#include "RecordRow.h"

#include "storage/Database.h"
#include "storage/Searchable.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace focal {

Result<RecordRow::Columns> RecordRow::read(Database &db, const QString &table, const QUuid &id)
{
    const Searchable *searchable = Searchable::find(table);
    if (!searchable)
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("focal::RecordRow",
                                                 "Records of this kind cannot be shown here."),
                     table};
    // The table name comes from core's own list, the id is bound.
    auto q = db.exec(
        QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(QLatin1String(searchable->table)),
        {id.toString(QUuid::WithoutBraces)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("focal::RecordRow", "This record no longer exists."),
            table + QLatin1Char(' ') + id.toString(QUuid::WithoutBraces)};
    const QSqlRecord record = q.value().record();
    Columns columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append({record.fieldName(i), record.isNull(i) ? QVariant() : record.value(i)});
    return columns;
}

} // namespace focal
