#pragma once

#include "Language.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace focal {

// A plan deadline as PROSUR focal points write it ("Primer bimestre 2021", "Oct – dic. 2020",
// "Por definir.") held as a value: one or more calendar periods, or "to be defined".
// Deadline turns free text in Spanish, Portuguese or English into that value, gives it a stable
// machine code for storage and exchange, renders it back as a phrase in any working language,
// and answers the calendar questions (first and last day covered, overdue, ordering).
class Deadline
{
    Q_DECLARE_TR_FUNCTIONS(focal::Deadline)

public:
    enum class Kind { Undefined, Date, Month, Bimester, Quarter, Semester, Year, MonthRange, List };

    // One calendar period. Fields a kind does not use stay at their defaults, so that equality is
    // structural. Build periods through the Deadline factories; list() validates what it is given.
    struct Period
    {
        Kind kind = Kind::Year; // never Undefined or List
        int year = 0;           // the year; for Date the date's year, for MonthRange the first
        int index = 0;          // month 1-12 (Month, MonthRange start), bimester 1-6, quarter 1-4,
                                // semester 1-2; 0 for Year and Date
        QDate date = {};        // Date only
        int endYear = 0;        // MonthRange only
        int endMonth = 0;       // MonthRange only

        QDate start() const; // first day covered
        QDate end() const;   // last day covered
        bool isValid() const;
        bool operator==(const Period &other) const = default;
    };

    static constexpr int MinYear = 1900;
    static constexpr int MaxYear = 2200;

    Deadline(); // Undefined

    // Factories return std::nullopt for out-of-range arguments (years outside MinYear..MaxYear,
    // month 13, fifth quarter, a range that ends before it starts, ...). A month range whose
    // two ends are the same month is that Month; a list of one period is that period.
    static std::optional<Deadline> date(QDate day);
    static std::optional<Deadline> month(int year, int month);
    static std::optional<Deadline> bimester(int year, int bimester);
    static std::optional<Deadline> quarter(int year, int quarter);
    static std::optional<Deadline> semester(int year, int semester);
    static std::optional<Deadline> year(int year);
    static std::optional<Deadline> monthRange(int fromYear, int fromMonth, int toYear, int toMonth);
    static std::optional<Deadline> list(const QList<Period> &periods);

    // Parses what people type, in Spanish, Portuguese or English; case-, accent- and
    // whitespace-insensitive, trailing periods ignored. Empty or whitespace-only text, a lone
    // dash, and phrases such as "Por definir", "A definir", "To be defined" or "TBD" mean
    // Undefined. On failure returns std::nullopt and, if error is given, sets it to a
    // translated sentence that tells the user what is wrong.
    static std::optional<Deadline> parse(const QString &text, QString *error = nullptr);

    // Compact, stable machine encoding that round-trips exactly:
    //   "" Undefined | "2021-03-15" Date | "2021-03" Month | "2021-B1" Bimester |
    //   "2021-Q4" Quarter | "2020-S2" Semester | "2021" Year | "2020-10..2020-12" MonthRange |
    //   list items joined by ";" in the order written, e.g. "2020-B4;2021-B1".
    QString toCode() const;
    // Strict: accepts only codes toCode() produces.
    static std::optional<Deadline> fromCode(const QString &code);

    // The deadline as a phrase in the given language, e.g. "Primer bimestre 2021",
    // "Primeiro bimestre de 2021", "First bimester 2021"; lists are joined by ", ".
    QString toText(Language lang = Language::Spanish) const;

    // The same deadline `years` later (earlier when negative): every period keeps its kind and
    // its place in the year ("Primer bimestre 2020" becomes "Primer bimestre 2021"); a dated
    // 29 February falls on the 28th in a common year. Undefined stays Undefined. std::nullopt
    // when a year would leave MinYear..MaxYear. Used to carry a plan's items into a later year.
    std::optional<Deadline> shiftedByYears(int years) const;

    Kind kind() const;
    bool isUndefined() const { return m_periods.isEmpty(); }
    QList<Period> periods() const { return m_periods; } // in the order written

    // First and last day covered (over all periods of a list); invalid when Undefined.
    QDate start() const;
    QDate end() const;
    // True when the last day covered is before `on`; an Undefined deadline is never overdue.
    bool isOverdue(QDate on) const;

    bool operator==(const Deadline &other) const { return m_periods == other.m_periods; }
    // By end date, then start date, Undefined after every defined deadline. Deadlines covering
    // the same days ("2020-S2" and "2020-07..2020-12") are equivalent here.
    static bool lessByEnd(const Deadline &a, const Deadline &b);
    // Total order consistent with ==: as lessByEnd, remaining ties broken by code.
    std::strong_ordering operator<=>(const Deadline &other) const;

private:
    explicit Deadline(QList<Period> periods) : m_periods(std::move(periods)) {}

    QList<Period> m_periods; // empty means Undefined
};

} // namespace focal
