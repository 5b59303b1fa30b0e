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

    // Asked when a write found the database locked by another program (Error::Code::Busy):
    // true to try the same write again. Without a handler the Busy error is returned at once.
    void setBusyHandler(std::function<bool()> handler);
    // Runs `write` and, while it fails with Busy and the handler says so, runs it again. Every
    // write of the editor (apply, add, delete, undo, redo) goes through here, so the person
    // can wait for the other program rather than lose the change. `write` must leave nothing
    // behind when it fails, which a rolled-back transaction guarantees.
    Result<void> retryingBusy(const std::function<Result<void>()> &write) const;

private:
    std::unique_ptr<Database> m_database;
    Repository m_repository; // refers to *m_database: declared after it
    QUndoStack m_undoStack;  // its commands refer to the repository: destroyed before it
    std::function<void(const Error &)> m_errorHandler;
    std::function<bool()> m_busyHandler;
};

} // namespace focal
