#include "RecordRemoval.h"

#include "storage/Database.h"
#include "storage/Searchable.h"
#include "storage/SqlDialect.h"

#include <QSet>
#include <QSqlRecord>

namespace focal {
namespace {

struct ForeignKey
{
    QString table;
    QString column;
    QString parent;
    QString onDelete;
};

Result<QList<ForeignKey>> foreignKeys(Database &db)
{
    auto q = db.exec(db.dialect().foreignKeysSql());
    if (!q)
        return q.error();
    QList<ForeignKey> keys;
    while (q.value().next())
        keys.append({q.value().value(0).toString(), q.value().value(1).toString(),
                     q.value().value(2).toString(), q.value().value(3).toString().toUpper()});
    return keys;
}

// Every row of `table` whose `column` equals `value`, with all its columns. The table and column
// names come from the schema itself, never from input.
Result<QList<QVariantMap>> rowsWhere(Database &db, const QString &table, const QString &column,
                                     const QVariant &value)
{
    auto q = db.exec(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, column), {value});
    if (!q)
        return q.error();
    QList<QVariantMap> rows;
    while (q.value().next()) {
        const QSqlRecord r = q.value().record();
        QVariantMap row;
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), r.value(i));
        rows.append(row);
    }
    return rows;
}

// Puts a deleted row back as it was, clocks included, as a change of this transaction (its
// change sequence), and drops the tombstone its deletion left.
Result<void> insertRow(Database &db, const RecordRemoval::Row &row)
{
    const QStringList columns = row.values.keys();
    QVariantList values;
    for (const QString &c : columns)
        values << (c == QLatin1String("change_seq") ? QVariant(db.changeSequence())
                                                    : row.values.value(c));
    auto r = db.write(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(row.table, columns.join(QStringLiteral(", ")),
                               valuePlaceholders(int(columns.size()))),
                      values);
    if (!r)
        return r.error();
    const QVariant id = row.values.value(QStringLiteral("id"));
    if (auto dropped =
            db.write(QStringLiteral("DELETE FROM tombstone WHERE record_id = :p0"), {id});
        !dropped)
        return dropped.error();
    db.indexLater(Searchable::find(row.table), QUuid::fromString(id.toString()));
    db.touch(row.table);
    return {};
}

} // namespace

QList<QPair<QString, int>> RecordRemoval::Plan::cascadeCounts() const
{
    QList<QPair<QString, int>> counts;
    for (qsizetype i = 1; i < deleted.size(); ++i) {
        const QString &t = deleted.at(i).table;
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&](const QPair<QString, int> &c) { return c.first == t; });
        if (it == counts.end())
            counts.append({t, 1});
        else
            ++it->second;
    }
    return counts;
}

Result<RecordRemoval::Plan> RecordRemoval::plan(Database &db, const QString &table, const QUuid &id)
{
    auto keys = foreignKeys(db);
    if (!keys)
        return keys.error();
    const QString idText = id.toString(QUuid::WithoutBraces);
    auto root = rowsWhere(db, table, QStringLiteral("id"), idText);
    if (!root)
        return root.error();
    if (root->isEmpty())
        return Error{Error::Code::NotFound,
                     tr("The record no longer exists; it may have been deleted."),
                     table + QLatin1Char(' ') + idText};

    Plan plan;
    plan.deleted.append({table, root->first()});
    QSet<QString> doomed{idText};
    QHash<QPair<QString, QString>, QStringList> restricting; // (table, column) -> row ids
    // Breadth first: each row is found after the row it cascades from, which is the order in
    // which an undo must put them back.
    for (qsizetype i = 0; i < plan.deleted.size(); ++i) {
        const Row parent = plan.deleted.at(i);
        const QVariant parentId = parent.values.value(QStringLiteral("id"));
        for (const ForeignKey &fk : *keys) {
            if (fk.parent != parent.table)
                continue;
            auto children = rowsWhere(db, fk.table, fk.column, parentId);
            if (!children)
                return children.error();
            for (const QVariantMap &child : *children) {
                const QString childId = child.value(QStringLiteral("id")).toString();
                if (fk.onDelete == QLatin1String("CASCADE")) {
                    if (!doomed.contains(childId)) {
                        doomed.insert(childId);
                        plan.deleted.append({fk.table, child});
                    }
                } else if (fk.onDelete == QLatin1String("SET NULL")) {
                    plan.cleared.append({fk.table, child});
                    plan.clearedColumns.append({fk.table, fk.column});
                } else {
                    restricting[{fk.table, fk.column}].append(childId);
                }
            }
        }
    }
    // A reference from a row that goes too forbids nothing.
    for (auto it = restricting.begin(); it != restricting.end(); ++it) {
        const auto count =
            std::count_if(it.value().begin(), it.value().end(),
                          [&](const QString &rowId) { return !doomed.contains(rowId); });
        if (count > 0)
            plan.blockers.append({it.key().first, it.key().second, int(count)});
    }
    // A cleared row that is itself deleted needs no restoring of its link.
    for (qsizetype i = plan.cleared.size() - 1; i >= 0; --i) {
        if (doomed.contains(plan.cleared.at(i).values.value(QStringLiteral("id")).toString())) {
            plan.cleared.removeAt(i);
            plan.clearedColumns.removeAt(i);
        }
    }
    return plan;
}

Result<void> RecordRemoval::execute(Database &db, const Plan &plan)
{
    if (plan.deleted.isEmpty())
        return Error{Error::Code::Invalid, tr("Nothing to delete."), {}};
    if (!plan.allowed())
        return Error{Error::Code::Constraint,
                     tr("This record cannot be deleted: other records refer to it."),
                     {}};
    const Row &root = plan.deleted.first();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto r = db.write(QStringLiteral("DELETE FROM %1 WHERE id = :p0").arg(root.table),
                      {root.values.value(QStringLiteral("id"))});
    if (!r)
        return r.error();
    if (r.value() == 0)
        return Error{Error::Code::NotFound,
                     tr("The record no longer exists; it may have been deleted."), root.table};
    for (const Row &row : plan.deleted)
        db.touch(row.table);
    for (const Row &row : plan.cleared)
        db.touch(row.table);
    return tx.commit();
}

Result<void> RecordRemoval::undo(Database &db, const Plan &plan)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const Row &row : plan.deleted)
        if (auto r = insertRow(db, row); !r)
            return r;
    for (qsizetype i = 0; i < plan.cleared.size(); ++i) {
        const Row &row = plan.cleared.at(i);
        const QString column = plan.clearedColumns.at(i).second;
        // The link comes back as a change of this transaction, as the row's other writes are.
        auto r = db.write(QStringLiteral("UPDATE %1 SET %2 = :p0, change_seq = :p2 WHERE id = :p1")
                              .arg(row.table, column),
                          {row.values.value(column), row.values.value(QStringLiteral("id")),
                           db.changeSequence()});
        if (!r)
            return r.error();
        db.touch(row.table);
    }
    return tx.commit();
}

} // namespace focal
