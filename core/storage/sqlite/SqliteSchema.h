#pragma once

#include "storage/SqlDialect.h"

namespace focal {

// The SQLite schema as ordered, cumulative steps. Version 1 is the first released schema.
QList<MigrationStep> sqliteMigrations();

} // namespace focal
