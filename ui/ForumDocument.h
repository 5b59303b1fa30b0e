#pragma once

#include "storage/Database.h"
#include "storage/Repository.h"

#include <memory>

namespace focal {

// The open database as the main window's document: it owns the connection and the repository
// that every view reads through, in the order they must be destroyed. The editor hangs its undo
// stack here, so that each window edits exactly one database.
class ForumDocument
{
public:
    explicit ForumDocument(std::unique_ptr<Database> database);
    ForumDocument(const ForumDocument &) = delete;
    ForumDocument &operator=(const ForumDocument &) = delete;

    Database &database() { return *m_database; }
    Repository &repository() { return m_repository; }
    QString path() const { return m_database->path(); }
    QString fileName() const;

private:
    std::unique_ptr<Database> m_database;
    Repository m_repository; // refers to *m_database: declared after it
};

} // namespace focal
