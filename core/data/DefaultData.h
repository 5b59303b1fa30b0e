#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUuid>

namespace focal {

class Database;

// Loads the PROSUR default data (resources/defaultdata/prosur.json, see
// docs/default-data-format.md) into a database, all of it in one transaction or nothing.
// Records get UUIDs derived from their keys, the same at every installation.
class DefaultData
{
    Q_DECLARE_TR_FUNCTIONS(focal::DefaultData)

public:
    static constexpr const char *resourcePath = ":/focal/defaultdata/prosur.json";

    static Result<void> loadEmbedded(Database &db);
    static Result<void> load(Database &db, const QByteArray &json);

    // The stable UUID of a default record: UUID v5 of "<table>:<key>" in Focal's namespace.
    static QUuid keyUuid(const char *table, const QString &key);
};

} // namespace focal
