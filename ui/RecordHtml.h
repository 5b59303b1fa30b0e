#pragma once

#include <QCoreApplication>
#include <QUuid>

namespace focal {

class Database;

// Writes a plain read-only page for any searchable record the forum tree does not show (a
// meeting, a plan item, a document, ...): its title and the filled-in text columns of its row.
// It reads the row generically so that every kind search can find has a page; the table name
// must be one core's search knows, never free text. Every stored string is escaped.
class RecordHtml
{
    Q_DECLARE_TR_FUNCTIONS(focal::RecordHtml)

public:
    explicit RecordHtml(Database &database) : m_database(database) {}

    // The page of the record `id` of `table`; a short explanation when it cannot be read.
    QString page(const QString &table, const QUuid &id);

    // A person's name for a kind of record ("Meeting", "Plan item"), by its table.
    static QString kindLabel(const QString &table);
    // A person's name for a column: "Title", "Deadline", "Name (Spanish)"; a column without one
    // reads as its words.
    static QString columnLabel(const QString &column);

private:
    Database &m_database;
};

} // namespace focal
