#pragma once

#include "model/Enums.h"
#include "query/Listings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace focal {
class Database;
}

namespace focal::cli {

// The `focal-cli meetings ics` and `focal-cli commitments` commands: meetings written as an
// iCalendar file, and the commitments tracker as a table or JSON. Each wires Lookup, ICalendar
// and Commitments together and returns what to print; the rules are core's.
class MeetingCommands
{
    Q_DECLARE_TR_FUNCTIONS(focal::cli::MeetingCommands)

public:
    // Writes the meetings (from `today` on when `upcoming`; of one group when `group` is not
    // empty) to `file`; returns the sentence to print.
    static Result<QString> exportIcs(Database &db, bool upcoming, const QString &group,
                                     const QString &file, QDate today, const QDateTime &stamp);

    struct CommitmentQuery
    {
        QString country; // ISO code (two or three letters) or name in any working language
        std::optional<CommitmentStatus> status;
        bool overdueOnly = false;
        QString group;
        QDate today;
    };
    // Every column (for JSON) or the ones a terminal has room for.
    static Result<Table> commitments(Database &db, const CommitmentQuery &query, bool allColumns);

    // A country from its ISO code or name; case and accents do not matter.
    static Result<QUuid> country(Database &db, const QString &text);
    // A status from its key ("open", "done", "dropped") or its label; nullopt when unknown.
    static std::optional<CommitmentStatus> status(const QString &text);
};

} // namespace focal::cli
