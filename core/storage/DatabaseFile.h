#pragma once

#include "storage/Database.h"

namespace focal {

// Where Focal keeps a user's database, and opening it the way both programs start: a missing
// database is created with the PROSUR default data.
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(focal::DatabaseFile)

public:
    // QStandardPaths::AppDataLocation/focal.db (the folder is not created here).
    static QString defaultPath();

    enum class Content { Empty, DefaultData };

    // Opens `path` (or the default path when empty); a new database gets `content`. When the
    // default data cannot be loaded, the new file is removed again: no half-made database stays.
    static Result<std::unique_ptr<Database>> open(const QString &path, Database::Mode mode,
                                                  Content content = Content::DefaultData);
};

} // namespace focal
