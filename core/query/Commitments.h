#pragma once

#include "Deadline.h"
#include "Language.h"
#include "model/Enums.h"
#include "query/Listings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

#include <optional>

namespace focal {

class Database;

// One commitment (an agreement that is a commitment) with what the tracker shows of it.
struct Commitment
{
    QUuid id; // the agreement
    QUuid meetingId;
    QDate meetingDate;
    QString meetingTitle;
    QUuid groupId;
    QString groupName;
    QString groupShortName;
    QUuid subgroupId;
    std::optional<int> subgroupNumber;
    QString subgroupName;
    QUuid countryId; // the responsible country, null when none is named
    QString countryIso2;
    QString countryName; // in the language asked for
    QUuid institutionId;
    QString institutionName;
    QString action; // what is owed; the agreement's text when no action is written
    Deadline due;
    QString dueText; // as written
    CommitmentStatus status = CommitmentStatus::Open;
    bool overdue = false; // open and its deadline has passed, as of the day asked for
    QUuid planItemId;
    QString planItemText;
    QUuid documentId;
    QString documentTitle;
};

// What the tracker is asked for; an empty field does not filter.
struct CommitmentFilter
{
    QUuid countryId;
    std::optional<CommitmentStatus> status;
    bool overdueOnly = false;
    QUuid groupId;
};

// One row of the country × status matrix. Overdue counts open commitments past their deadline,
// so it is part of `open`, not a fourth status.
struct CommitmentCount
{
    QUuid countryId; // null for the commitments that name no country, and for the totals
    QString name;
    int open = 0;
    int done = 0;
    int dropped = 0;
    int overdue = 0;

    int total() const { return open + done + dropped; }
    bool operator==(const CommitmentCount &other) const = default;
};

struct CommitmentMatrix
{
    QList<CommitmentCount> rows; // countries with any commitment, by name; "no country" last
    CommitmentCount totals;
};

// The commitments tracker across all meetings: every commitment with its meeting, group,
// responsible country and institution, deadline and status, filtered and ordered by deadline
// (end of the period, "to be defined" last), then by meeting date; and the country × status
// matrix of a list of them. `today` is a parameter so that views and tests fix the day.
class Commitments
{
    Q_DECLARE_TR_FUNCTIONS(focal::Commitments)

public:
    static Result<QList<Commitment>> list(Database &db, const CommitmentFilter &filter, QDate today,
                                          Language lang = Language::Spanish);
    static CommitmentMatrix matrix(const QList<Commitment> &commitments);

    // The same list as a listing for focal-cli (JSON keys, translated headers, plain values).
    static Table table(const QList<Commitment> &commitments, Language lang = Language::Spanish);
    // The name shown for commitments that name no responsible country.
    static QString noCountry();
};

} // namespace focal
