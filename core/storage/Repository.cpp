#include "Repository.h"
#include "model/Timestamp.h"

namespace focal {
namespace {

// Whether the driver stores `v` as NULL: Qt's SQLite driver binds a null string or byte array as
// NULL, though Qt 6 no longer calls such a QVariant null.
bool storedNull(const QVariant &v)
{
    if (v.isNull())
        return true;
    if (v.typeId() == QMetaType::QString)
        return v.toString().isNull();
    if (v.typeId() == QMetaType::QByteArray)
        return v.toByteArray().isNull();
    return false;
}

// Whether a stored value and a value about to be written are the same: the text and integer
// forms of one number are; NULL and the empty text are not.
bool sameStored(const QVariant &stored, const QVariant &written)
{
    const bool storedIsNull = storedNull(stored);
    if (storedIsNull || storedNull(written))
        return storedIsNull == storedNull(written);
    if (stored.typeId() == QMetaType::QByteArray || written.typeId() == QMetaType::QByteArray)
        return stored.toByteArray() == written.toByteArray();
    return stored.toString() == written.toString();
}

} // namespace

QVariant Repository::clocksValue(const FieldClocks &clocks)
{
    return clocks.isEmpty() ? QVariant() : QVariant(clocks.toText());
}

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
    meta.created = parseTimestamp(q.value(1).toString());
    meta.modified = parseTimestamp(q.value(2).toString());
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

Result<void> Repository::updateTracked(const QString &table, const QUuid &id,
                                       const QStringList &columns, const QVariantList &values,
                                       int fields)
{
    const int first = int(metaColumnNames().size());
    const QStringList mapped = columns.mid(first, fields);
    const QVariant key = column::toVariant(id);
    std::optional<FieldClocks> clocks;
    {
        auto q = m_db.exec(QStringLiteral("SELECT %1, clocks FROM %2 WHERE id = ?")
                               .arg(mapped.join(QStringLiteral(", ")), table),
                           {key});
        if (!q)
            return q.error();
        if (!q.value().next())
            return notFound(table, id);
        clocks = FieldClocks::fromText(q.value().value(fields).toString());
        if (!clocks)
            return corrupt(table, id, QStringLiteral("clocks"));
        // Derived columns follow their fields and are never clocked.
        for (int i = 0; i < fields; ++i)
            if (!sameStored(q.value().value(i), values.at(first + i)))
                clocks->bump(mapped.at(i), m_db.context().site, m_db.changeSequence());
    }

    QStringList sets;
    QVariantMap named;
    for (int i = 0; i < columns.size(); ++i) {
        const QString &c = columns.at(i);
        if (c == QLatin1String("id") || c == QLatin1String("created_at"))
            continue;
        sets << c + QStringLiteral(" = :") + c;
        named.insert(c, values.at(i));
    }
    sets << QStringLiteral("clocks = :clocks") << QStringLiteral("change_seq = :change_seq");
    named.insert(QStringLiteral("clocks"), clocksValue(*clocks));
    named.insert(QStringLiteral("change_seq"), m_db.changeSequence());
    named.insert(QStringLiteral("id"), key);
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
                            .arg(table, sets.join(QStringLiteral(", ")));
    auto r = m_db.write(sql, named);
    if (!r)
        return r.error();
    if (r.value() == 0)
        return notFound(table, id);
    return {};
}

Result<void> Repository::reinsert(const QString &table, const QUuid &id, const QStringList &columns,
                                  const QVariantList &values)
{
    QVariant clocks;
    {
        auto q = m_db.exec(QStringLiteral("SELECT clocks FROM tombstone WHERE record_id = ?"),
                           {column::toVariant(id)});
        if (!q)
            return q.error();
        if (q.value().next())
            clocks = q.value().value(0);
    }
    QVariantList all = values;
    all << m_db.changeSequence() << clocks;
    const QStringList names =
        columns + QStringList{QStringLiteral("change_seq"), QStringLiteral("clocks")};
    auto r = m_db.write(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, names.join(QStringLiteral(", ")), valuePlaceholders(int(names.size()))),
        all);
    if (!r)
        return r.error();
    return dropTombstone(id);
}

Result<bool> Repository::replaceRow(const QString &table, const QUuid &id,
                                    const QStringList &columns, const QVariantList &values,
                                    const FieldClocks &clocks)
{
    const QStringList names =
        columns + QStringList{QStringLiteral("change_seq"), QStringLiteral("clocks")};
    QVariantList all = values;
    all << m_db.changeSequence() << clocksValue(clocks);
    QStringList sets;
    for (int i = 0; i < names.size(); ++i)
        if (names.at(i) != QLatin1String("id"))
            sets << names.at(i) + QStringLiteral(" = :p") + QString::number(i);
    const int idIndex = int(names.indexOf(QStringLiteral("id")));
    auto updated = m_db.write(QStringLiteral("UPDATE %1 SET %2 WHERE id = :p%3")
                                  .arg(table, sets.join(QStringLiteral(", ")))
                                  .arg(idIndex),
                              all);
    if (!updated)
        return updated.error();
    if (updated.value() == 0) {
        auto inserted = m_db.write(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, names.join(QStringLiteral(", ")), valuePlaceholders(int(names.size()))),
            all);
        if (!inserted)
            return inserted.error();
    }
    if (auto r = dropTombstone(id); !r)
        return r.error();
    return updated.value() > 0;
}

Result<void> Repository::dropTombstone(const QUuid &id)
{
    auto r = m_db.write(QStringLiteral("DELETE FROM tombstone WHERE record_id = :p0"),
                        {column::toVariant(id)});
    if (!r)
        return r.error();
    return {};
}

Result<FieldClocks> Repository::clocksOf(const QString &table, const QUuid &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT clocks FROM %1 WHERE id = ?").arg(table),
                       {column::toVariant(id)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(table, id);
    auto clocks = FieldClocks::fromText(q.value().value(0).toString());
    if (!clocks)
        return corrupt(table, id, QStringLiteral("clocks"));
    return *clocks;
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
