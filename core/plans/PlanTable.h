#pragma once

#include "model/Plan.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace focal {

class Database;

// A plan as a table, the way spreadsheets and the seed report show it: one row per product or
// activity with its line of action, deadline, responsible countries, status and notes. The same
// rules serve CSV files (RFC 4180, UTF-8) and rows pasted from a spreadsheet (tab-separated), so
// that a plan can travel through Excel or LibreOffice and come back exactly.
//
// Columns, in this order, with a header row: Line of action, Product or activity, Deadline,
// Responsible countries (ISO codes or names, separated by ";"), Status, Notes. A blank line
// cell continues the previous row's line of action, as in the seed report's tables; a row with
// a line and no product is a line of action without products.
class PlanTable
{
    Q_DECLARE_TR_FUNCTIONS(focal::PlanTable)

public:
    // A product or activity as read from a row, before it belongs to a plan.
    struct Item
    {
        PlanItem item;           // text, deadline (+ words as written), status, notes
        QList<QUuid> countryIds; // responsible countries, resolved
    };
    struct Line
    {
        PlanItem line; // text and status of the line of action
        QList<Item> items;
    };

    // Reads CSV (delimiter ',') or pasted text (delimiter '\t'). Everything is checked before
    // anything is returned: a malformed row gives an Error::Code::Invalid whose message names the
    // line number (1-based, counting the header) and the reason, e.g. "Line 7: the deadline
    // "Primer bimestre 20211" is not a deadline: ...". Country names and ISO codes are resolved
    // against the database. `hasHeader` says whether the first row is the header (pasted rows
    // may come without it; a first row equal to the header is skipped anyway).
    static Result<QList<Line>> parse(Database &db, const QString &text, QChar delimiter = u',',
                                     bool hasHeader = true);

    // The plan as CSV text: header row, CRLF line ends, fields quoted when they need it.
    // Deadlines as the words they were written with (or the Spanish phrase when there are none).
    static Result<QString> toCsv(Database &db, const QUuid &planId);

    // Writes the parsed lines into the plan in one transaction: appended after its last line
    // of action, or replacing every item it has. Nothing is written if any write fails.
    enum class Mode { Append, Replace };
    static Result<void> apply(Database &db, const QUuid &planId, const QList<Line> &lines,
                              Mode mode);
};

} // namespace focal
