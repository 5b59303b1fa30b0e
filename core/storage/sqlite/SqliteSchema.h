#pragma once

#include "storage/SqlDialect.h"

namespace focal {

// The SQLite schema as ordered, cumulative steps. Version 1 is the first released schema.
QList<MigrationStep> sqliteMigrations();

// The trigger that leaves a tombstone for every row deleted from the record table `table` (a
// name from code). A later version that adds a record table adds its trigger with it.
QString tombstoneTrigger(const QString &table);

// The trigger that keeps the search entry of a record of `table` (one of Searchable's) exact
// when the record is updated, as of version 6. A later version that adds a searchable table
// adds its trigger with it.
QString searchUpdateTrigger(const QString &table);

} // namespace focal
