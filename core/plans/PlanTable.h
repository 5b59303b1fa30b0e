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
// Responsible countries (ISO codes or names, separated by ";"), Status, Notes. The header may
// name them in English, Spanish or Portuguese ("Líneas de Acción", "Productos", "Plazo", ...),
// in any order, and may leave out all but the first two (the seed report's tables have three).
// A blank line cell continues the previous row's line of action, as in the seed report's
// tables; a row with a line and no product is the line of action itself (its own deadline,
// countries, status and notes), and the rows after it with a blank line cell are its items.
// Statuses are keys ("in_progress") or labels in the three languages; empty means proposed.
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
        PlanItem line;           // text, and what its own row gave (deadline, status, notes)
        QList<QUuid> countryIds; // responsible countries of the line itself, if its row had any
        QList<Item> items;
    };

    // Reads CSV (delimiter ',') or pasted text (delimiter '\t'). Everything is checked before
    // anything is returned: a malformed row gives an Error::Code::Invalid whose message names the
    // line number (1-based, counting the header; the physical line where the row starts, as a
    // text editor counts it, when a cell holds line breaks) and the reason, e.g. "Line 7: the
    // deadline "Primer bimestre 20211" is not a deadline: ...". Country names and ISO codes are
    // resolved against the database. `hasHeader` says whether the first row is the header (pasted
    // rows may come without it; a first row equal to the header is skipped anyway).
    static Result<QList<Line>> parse(Database &db, const QString &text, QChar delimiter = u',',
                                     bool hasHeader = true);

    // The plan as CSV text: header row, CRLF line ends, fields quoted when they need it.
    // Deadlines as the words they were written with (or the Spanish phrase when there are none),
    // countries as ISO2 codes, statuses as keys. A line with its own deadline, countries, status
    // or notes gets a row of its own; otherwise it shares the row of its first item.
    static Result<QString> toCsv(Database &db, const QUuid &planId);

    // Writes the parsed lines into the plan in one transaction: appended after its last line
    // of action, or replacing every item it has. Nothing is written if any write fails.
    enum class Mode { Append, Replace };
    static Result<void> apply(Database &db, const QUuid &planId, const QList<Line> &lines,
                              Mode mode);
};

} // namespace focal
