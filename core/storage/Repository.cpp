#include "Repository.h"

namespace focal {

const QStringList &Repository::metaColumnNames()
{
    static const QStringList names = {QStringLiteral("id"), QStringLiteral("created_at"),
                                      QStringLiteral("modified_at"), QStringLiteral("modified_by"),
                                      QStringLiteral("site_id")};
    return names;
}

void Repository::appendMetaValues(const RecordMeta &meta, QVariantList &values)
{
    const QString modified = isoTimestamp(meta.modified);
    values << column::toVariant(meta.id)
           << (meta.created == meta.modified ? modified : isoTimestamp(meta.created)) << modified
           << column::toVariant(meta.modifiedBy) << column::toVariant(meta.site);
}

QString Repository::insertSql(const QString &table, const QStringList &columns, int rows)
{
    const QStringList all = metaColumnNames() + columns;
    const int width = int(all.size());
    QString tuples;
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            tuples += QStringLiteral(", ");
        tuples += QLatin1Char('(') + valuePlaceholders(width, QStringLiteral(", "), r * width) +
                  QLatin1Char(')');
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, all.join(QStringLiteral(", ")), tuples);
}

bool Repository::readMeta(const QSqlQuery &q, RecordMeta &meta)
{
    meta.id = QUuid::fromString(q.value(0).toString());
    meta.created = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    meta.modified = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    meta.modifiedBy = q.value(3).toString();
    meta.site = QUuid::fromString(q.value(4).toString());
    return !meta.id.isNull();
}

void Repository::stamp(RecordMeta &meta, bool created)
{
    const QDateTime now = m_db.context().now().toUTC();
    if (created || !meta.created.isValid())
        meta.created = now;
    meta.modified = now;
    meta.modifiedBy = m_db.context().author;
    meta.site = m_db.context().site;
}

Result<void> Repository::insertRow(const QString &sql, const QVariantList &values)
{
    if (auto r = m_db.write(sql, values); !r)
        return r.error();
    return {};
}

Result<void> Repository::updateRow(const QString &table, const QUuid &id,
                                   const QStringList &columns, const QVariantList &values)
{
    QStringList sets;
    for (const QString &c : columns)
        if (c != QLatin1String("id") && c != QLatin1String("created_at"))
            sets << c + QStringLiteral(" = :") + c;
    QVariantMap named;
    for (int i = 0; i < columns.size(); ++i)
        named.insert(columns.at(i), values.at(i));
    named.insert(QStringLiteral("id"), column::toVariant(id));
    named.remove(QStringLiteral("created_at"));
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
                            .arg(table, sets.join(QStringLiteral(", ")));
    auto r = m_db.write(sql, named);
    if (!r)
        return r.error();
    if (r.value() == 0)
        return notFound(table, id);
    return {};
}

Result<void> Repository::removeRow(const QString &table, const QUuid &id)
{
    auto r = m_db.write(QStringLiteral("DELETE FROM %1 WHERE id = :p0").arg(table),
                        {column::toVariant(id)});
    if (!r)
        return r.error();
    if (r.value() == 0)
        return notFound(table, id);
    return {};
}

Result<int> Repository::countRows(const QString &table)
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Error Repository::notFound(const QString &table, const QUuid &id)
{
    return Error{Error::Code::NotFound,
                 tr("The record no longer exists; it may have been deleted."),
                 table + QLatin1Char(' ') + id.toString(QUuid::WithoutBraces)};
}

Error Repository::corrupt(const QString &table, const QUuid &id, const QString &column)
{
    return Error{Error::Code::Corrupt,
                 tr("A stored value cannot be read; run \"focal-cli check\" on this database."),
                 QStringLiteral("%1 %2: %3").arg(table, id.toString(QUuid::WithoutBraces), column)};
}

} // namespace focal
