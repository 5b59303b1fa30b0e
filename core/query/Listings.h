#pragma once

#include "Language.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

namespace focal {

class Database;

// A listing: machine keys for each column (JSON member names), translated headers for people,
// and rows of plain values (enum keys, ISO dates), ready for a table or JSON.
struct Table
{
    QStringList keys;
    QStringList headers;
    QList<QVariantList> rows;
};

// The read-only listings of focal-cli and of later views, each one query over core's tables.
class Listings
{
    Q_DECLARE_TR_FUNCTIONS(focal::Listings)

public:
    static QStringList kinds(); // "countries", "areas", ... in the order `focal-cli list` shows
    static Result<Table> byKind(Database &db, const QString &kind,
                                Language lang = Language::Spanish);

    static Result<Table> countries(Database &db, Language lang = Language::Spanish);
    static Result<Table> areas(Database &db, Language lang = Language::Spanish);
    static Result<Table> groups(Database &db, Language lang = Language::Spanish);
    static Result<Table> subgroups(Database &db, Language lang = Language::Spanish);
    static Result<Table> meetings(Database &db);
    // The years that have meetings, the latest first, with their number of meetings; year 0
    // (last) counts the undated ones. Then one year's meetings (date, title, id), by date.
    static Result<Table> meetingYears(Database &db);
    static Result<Table> meetingsOfYear(Database &db, int year);
    // The year of a meeting as meetingYears() counts it; -1 when there is no such meeting.
    static Result<int> yearOfMeeting(Database &db, const QUuid &id);
    static Result<Table> plans(Database &db);
    static Result<Table> documents(Database &db);
    static Result<Table> commitments(Database &db, Language lang = Language::Spanish);
};

} // namespace focal
