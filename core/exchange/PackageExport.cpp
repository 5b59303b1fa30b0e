#include "exchange/Exchange.h"

#include "exchange/RecordStore.h"
#include "model/RecordTypes.h"
#include "model/Timestamp.h"
#include "storage/Database.h"

#include <algorithm>

namespace focal {
namespace {

QString rootTable(ExportSelection::Kind kind)
{
    switch (kind) {
    case ExportSelection::Kind::Group:
        return QStringLiteral("working_group");
    case ExportSelection::Kind::Plan:
        return QStringLiteral("plan");
    case ExportSelection::Kind::Meeting:
        return QStringLiteral("meeting");
    case ExportSelection::Kind::Everything:
    case ExportSelection::Kind::ChangedSince:
        break;
    }
    return {};
}

Result<QString> countryCode(Database &db, const QUuid &country)
{
    if (country.isNull())
        return QString();
    auto q = db.exec(QStringLiteral("SELECT iso2 FROM country WHERE id = ?"),
                     {country.toString(QUuid::WithoutBraces)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{Error::Code::NotFound,
                     PackageExport::tr("The recipient country is not in this database."),
                     country.toString(QUuid::WithoutBraces)};
    return q.value().value(0).toString();
}

// The change sequence recorded when the last package for `country` was written; 0 for none.
Result<qint64> lastSent(Database &db, const QUuid &country)
{
    auto q = db.exec(QStringLiteral("SELECT max(change_seq) FROM package_log WHERE direction = "
                                    "'sent' AND country_id = ?"),
                     {country.toString(QUuid::WithoutBraces)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

// The records under a root (its children through the schema's foreign keys, recursively), then
// every parent they refer to (recursively), by table.
Result<QHash<QString, QHash<QUuid, package::Record>>> closure(Database &db, const QString &table,
                                                              const QUuid &root)
{
    auto keys = RecordStore::foreignKeys(db);
    if (!keys)
        return keys.error();
    QHash<QString, QSet<QUuid>> chosen;
    chosen[table].insert(root);
    QList<QPair<QString, QList<QUuid>>> frontier{{table, {root}}};
    while (!frontier.isEmpty()) {
        const auto [parent, ids] = frontier.takeFirst();
        for (const RecordStore::ForeignKey &k : keys.value()) {
            if (k.parent != parent)
                continue;
            auto children = RecordStore::idsWhere(db, k.table, k.column, ids);
            if (!children)
                return children.error();
            QList<QUuid> added;
            for (const QUuid &id : children.value())
                if (!chosen[k.table].contains(id)) {
                    chosen[k.table].insert(id);
                    added.append(id);
                }
            if (!added.isEmpty())
                frontier.append({k.table, added});
        }
    }

    QHash<QString, QHash<QUuid, package::Record>> records;
    QList<QPair<QString, QList<QUuid>>> toRead;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        toRead.append({it.key(), it.value().values()});
    while (!toRead.isEmpty()) {
        const auto [t, ids] = toRead.takeFirst();
        auto rows = RecordStore::read(db, t, ids);
        if (!rows)
            return rows.error();
        QHash<QString, QList<QUuid>> parents;
        for (const package::Record &r : rows.value()) {
            records[t].insert(r.meta.id, r);
            for (const RecordStore::ForeignKey &k : keys.value()) {
                if (k.table != t)
                    continue;
                const QVariant v = r.values.value(k.column);
                const QUuid id = v.isNull() ? QUuid() : QUuid::fromString(v.toString());
                if (!id.isNull() && !chosen[k.parent].contains(id)) {
                    chosen[k.parent].insert(id);
                    parents[k.parent].append(id);
                }
            }
        }
        for (auto it = parents.cbegin(); it != parents.cend(); ++it)
            toRead.append({it.key(), it.value()});
    }
    return records;
}

} // namespace

Result<package::Package> PackageExport::collect(Database &db, const ExportSelection &selection)
{
    package::Package out;
    package::Manifest &m = out.manifest;
    m.packageId = QUuid::createUuid();
    m.created = db.context().now().toUTC();
    const SiteIdentity identity = SiteIdentity::load(db);
    m.sender.site = identity.site;
    m.sender.author = identity.focalPoint.isEmpty() ? db.context().author : identity.focalPoint;
    // A site whose country was deleted since still sends, without a country.
    if (auto own = countryCode(db, identity.countryId))
        m.sender.country = own.value();
    auto recipient = countryCode(db, selection.recipient);
    if (!recipient)
        return recipient.error();
    m.recipientCountry = recipient.value();
    m.selection = selection.describe(db);

    const QStringList &tables = RecordStore::tables();
    if (selection.kind == ExportSelection::Kind::Everything ||
        selection.kind == ExportSelection::Kind::ChangedSince) {
        qint64 since = -1;
        if (selection.kind == ExportSelection::Kind::ChangedSince) {
            if (selection.recipient.isNull())
                return Error{
                    Error::Code::Invalid, tr("Choose the country the changes are for."), {}};
            auto last = lastSent(db, selection.recipient);
            if (!last)
                return last.error();
            since = last.value();
        }
        for (const QString &table : tables) {
            auto rows = RecordStore::readAll(db, table, since);
            if (!rows)
                return rows.error();
            out.records.append(rows.value());
        }
        auto deletions = RecordStore::allTombstones(db, since);
        if (!deletions)
            return deletions.error();
        out.deletions = deletions.value();
        return out;
    }

    const QString root = rootTable(selection.kind);
    auto exists = RecordStore::existing(db, root, {selection.id});
    if (!exists)
        return exists.error();
    if (exists->isEmpty())
        return Error{Error::Code::NotFound,
                     tr("What was chosen for export no longer exists; it may have been deleted."),
                     root + QLatin1Char(' ') + selection.id.toString(QUuid::WithoutBraces)};
    auto records = closure(db, root, selection.id);
    if (!records)
        return records.error();
    for (const QString &table : tables) {
        QList<package::Record> rows = records->value(table).values();
        // A stable order: the same selection gives the same package.
        std::sort(rows.begin(), rows.end(), [](const package::Record &a, const package::Record &b) {
            return a.meta.id.toString() < b.meta.id.toString();
        });
        out.records.append(rows);
    }
    return out;
}

Result<package::Manifest> PackageExport::write(Database &db, const ExportSelection &selection,
                                               const QString &path)
{
    // One transaction: the records collected and the change sequence recorded for the next
    // ChangedSince come from the same snapshot. Rows this export saw carry lower sequences than
    // this transaction's; every later change gets a higher one.
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto package = collect(db, selection);
    if (!package)
        return package.error();
    if (auto r = package::PackageFile::write(path, package.value()); !r)
        return r.error();
    const package::Manifest manifest = package->manifest;
    if (selection.recipient.isNull())
        return manifest; // nothing to remember; the transaction wrote nothing
    auto r = db.write(
        QStringLiteral("INSERT INTO package_log (id, direction, country_id, site_id, created_at, "
                       "change_seq, sha256, summary) VALUES (:p0, 'sent', :p1, :p2, :p3, :p4, "
                       ":p5, :p6)"),
        {manifest.packageId.toString(QUuid::WithoutBraces),
         selection.recipient.toString(QUuid::WithoutBraces),
         column::toVariant(manifest.sender.site), isoTimestamp(manifest.created),
         db.changeSequence(),
         column::toVariant(QString::fromLatin1(manifest.payloadSha256.toHex())),
         column::toVariant(manifest.selection)});
    if (!r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return manifest;
}

} // namespace focal
