#pragma once

#include "storage/SqlDialect.h"

namespace focal {

// The SQLite schema as ordered, cumulative steps. Version 1 is the first released schema.
QList<MigrationStep> sqliteMigrations();

// The trigger that leaves a tombstone for every row deleted from the record table `table` (a
// name from code). A later version that adds a record table adds its trigger with it.
QString tombstoneTrigger(const QString &table);

} // namespace focal
