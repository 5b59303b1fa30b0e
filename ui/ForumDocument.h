#pragma once

#include "storage/Database.h"
#include "storage/Repository.h"

#include <QUndoStack>

#include <functional>
#include <memory>

namespace focal {

// The open database as the main window's document: it owns the connection, the repository
// that every view reads through and the one undo stack every edit goes through, in the order
// they must be destroyed. Each window edits exactly one database.
class ForumDocument
{
public:
    explicit ForumDocument(std::unique_ptr<Database> database);
    ForumDocument(const ForumDocument &) = delete;
    ForumDocument &operator=(const ForumDocument &) = delete;

    Database &database() { return *m_database; }
    Repository &repository() { return m_repository; }
    QUndoStack &undoStack() { return m_undoStack; }
    QString path() const { return m_database->path(); }
    QString fileName() const;

    // Undo and redo run inside QUndoStack, which cannot return an error: a command whose write
    // failed reports it here (the window shows it) and drops itself from the stack.
    void setErrorHandler(std::function<void(const Error &)> handler);
    void reportError(const Error &error) const;

private:
    std::unique_ptr<Database> m_database;
    Repository m_repository; // refers to *m_database: declared after it
    QUndoStack m_undoStack;  // its commands refer to the repository: destroyed before it
    std::function<void(const Error &)> m_errorHandler;
};

} // namespace focal
