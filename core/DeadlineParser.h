#pragma once

#include "Deadline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace focal::detail {

// Internal to Deadline: turns what people type into Deadline periods, with translatable errors.
// Folds the text (accents, case, dash and space variants), tokenizes it, and reads a sequence of
// periods with a small recursive-descent grammar. Errors quote the user's own spelling and are
// translated in the "focal::Deadline" context, so translators see Deadline's strings as one.
class DeadlineParser
{
    Q_DECLARE_TR_FUNCTIONS(focal::Deadline)

public:
    explicit DeadlineParser(const QString &text) : m_text(text) {}
    // The periods written, in order; empty for Undefined. On failure std::nullopt, with error set.
    std::optional<QList<Deadline::Period>> run();
    QString error;

private:
    using Kind = Deadline::Kind;
    using Period = Deadline::Period;

    enum class Cls {
        Unknown,
        Ordinal,
        PeriodWord,
        Month,
        YearWord,
        Connector,
        ListWord,
        Undefined
    };

    struct WordInfo
    {
        Cls cls = Cls::Unknown;
        int value = 0; // ordinal, month, or Kind for period words
    };

    enum class Tok { Num, Word, Code, IsoMonth, NumDate, Dash, Sep };

    struct Token
    {
        Tok type;
        qsizetype from; // range in the folded text
        qsizetype to;
        QStringList cap; // regular expression captures
    };

    struct MonthPoint
    {
        int year = 0; // 0 until known: "oct" in "oct – dic 2020" takes its year from "dic 2020"
        int month = 0;
    };

    static WordInfo wordInfo(const QString &word);
    static QString ordinalName(int n);
    static QString monthName(int m);

    std::nullopt_t fail(const QString &message)
    {
        error = message;
        return std::nullopt;
    }
    void fold();
    bool tokenize();
    const Token *peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_tokens.size() ? &m_tokens[m_pos + ahead] : nullptr;
    }
    static WordInfo info(const Token *t)
    {
        return t && t->type == Tok::Word ? wordInfo(t->cap[0]) : WordInfo{};
    }
    static bool isPlainNumber(const Token *t)
    {
        return t && t->type == Tok::Num && t->cap[2].isEmpty();
    }
    QString original(qsizetype from, qsizetype to) const;
    QString text(const Token &t) const { return original(t.from, t.to); }
    QString consumedSince(qsizetype firstToken) const;

    std::optional<Period> item();
    std::optional<Period> numbered(Kind kind, int n, qsizetype start);
    std::optional<Period> monthPhrase(qsizetype start);
    std::optional<MonthPoint> monthPoint(qsizetype start);
    std::optional<Period> numericDate(const Token &t);
    std::optional<Period> makeDate(int y, int m, int d);
    std::optional<int> year(qsizetype start);
    std::optional<int> checkYear(int y, const QString &written);

    const QString &m_text;
    QString m_folded;
    QList<qsizetype> m_origin; // index in m_text of each folded character
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
};

} // namespace focal::detail
