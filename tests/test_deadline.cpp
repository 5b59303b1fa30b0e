#include "Deadline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <ostream>

using focal::Deadline;
using focal::Language;
using Kind = Deadline::Kind;

// Readable failure messages for Qt types.
void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

void PrintTo(const QDate &d, std::ostream *os)
{
    *os << (d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(invalid date)"));
}

namespace focal {
void PrintTo(const Deadline &d, std::ostream *os)
{
    *os << "Deadline(\"" << d.toCode().toStdString() << "\")";
}
} // namespace focal

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QDate iso(const char *date)
{
    return QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
}

Deadline parsed(const char *text)
{
    QString error;
    const std::optional<Deadline> d = Deadline::parse(u8(text), &error);
    EXPECT_TRUE(d.has_value()) << text << ": " << error.toStdString();
    return d.value_or(Deadline());
}

Deadline coded(const char *code)
{
    const std::optional<Deadline> d = Deadline::fromCode(QString::fromLatin1(code));
    EXPECT_TRUE(d.has_value()) << code;
    return d.value_or(Deadline());
}

// ---- The phrases of the source report -------------------------------------------------------

struct SeedRow
{
    const char *text;
    Kind kind;
    const char *code;
    const char *start; // "" for an invalid date
    const char *end;
    const char *es;
};

void PrintTo(const SeedRow &r, std::ostream *os)
{
    *os << r.text;
}

class SeedPhrase : public testing::TestWithParam<SeedRow>
{
};

TEST_P(SeedPhrase, ParsesToExpectedValue)
{
    const SeedRow &r = GetParam();
    const Deadline d = parsed(r.text);
    EXPECT_EQ(d.kind(), r.kind);
    EXPECT_EQ(d.toCode(), QString::fromLatin1(r.code));
    EXPECT_EQ(d.start(), iso(r.start));
    EXPECT_EQ(d.end(), iso(r.end));
    EXPECT_EQ(d.toText(Language::Spanish), u8(r.es));
    EXPECT_EQ(d.isUndefined(), r.kind == Kind::Undefined);
}

INSTANTIATE_TEST_SUITE_P(
    Report, SeedPhrase,
    testing::Values(SeedRow{"Primer bimestre 2021", Kind::Bimester, "2021-B1", "2021-01-01",
                            "2021-02-28", "Primer bimestre 2021"},
                    SeedRow{"Cuarto bimestre 2020 Primer bimestre 2021", Kind::List,
                            "2020-B4;2021-B1", "2020-07-01", "2021-02-28",
                            "Cuarto bimestre 2020, primer bimestre 2021"},
                    SeedRow{"Cuarto bimestre 2020", Kind::Bimester, "2020-B4", "2020-07-01",
                            "2020-08-31", "Cuarto bimestre 2020"},
                    SeedRow{"Segundo semestre 2020", Kind::Semester, "2020-S2", "2020-07-01",
                            "2020-12-31", "Segundo semestre 2020"},
                    SeedRow{"Oct \u2013 dic. 2020", Kind::MonthRange, "2020-10..2020-12",
                            "2020-10-01", "2020-12-31", "Oct \u2013 dic 2020"},
                    SeedRow{"Por definir.", Kind::Undefined, "", "", "", "Por definir"},
                    SeedRow{"19 de diciembre de 2019", Kind::Date, "2019-12-19", "2019-12-19",
                            "2019-12-19", "19 de diciembre de 2019"},
                    SeedRow{"11.11.19", Kind::Date, "2019-11-11", "2019-11-11", "2019-11-11",
                            "11 de noviembre de 2019"},
                    SeedRow{"16.12.2019", Kind::Date, "2019-12-16", "2019-12-16", "2019-12-16",
                            "16 de diciembre de 2019"},
                    SeedRow{"02.03.2020", Kind::Date, "2020-03-02", "2020-03-02", "2020-03-02",
                            "2 de marzo de 2020"}));

TEST(Deadline, ListKeepsPeriodsInWrittenOrder)
{
    const QList<Deadline::Period> periods =
        parsed("Primer bimestre 2021 Cuarto bimestre 2020").periods();
    ASSERT_EQ(periods.size(), 2);
    EXPECT_EQ(periods[0].kind, Kind::Bimester);
    EXPECT_EQ(periods[0].year, 2021);
    EXPECT_EQ(periods[0].index, 1);
    EXPECT_EQ(periods[1].year, 2020);
    EXPECT_EQ(periods[1].index, 4);
    // start() and end() cover the whole list whatever its order.
    EXPECT_EQ(parsed("Primer bimestre 2021 Cuarto bimestre 2020").start(), iso("2020-07-01"));
    EXPECT_EQ(parsed("Primer bimestre 2021 Cuarto bimestre 2020").end(), iso("2021-02-28"));
}

// ---- Accepted variants ----------------------------------------------------------------------

struct VariantRow
{
    const char *text;
    const char *code;
};

void PrintTo(const VariantRow &r, std::ostream *os)
{
    *os << '"' << r.text << '"';
}

class Variant : public testing::TestWithParam<VariantRow>
{
};

TEST_P(Variant, ParsesToCode)
{
    EXPECT_EQ(parsed(GetParam().text).toCode(), QString::fromLatin1(GetParam().code));
}

INSTANTIATE_TEST_SUITE_P(
    Spanish, Variant,
    testing::Values(
        VariantRow{"primer bimestre 2021", "2021-B1"},
        VariantRow{"PRIMER BIMESTRE 2021", "2021-B1"},
        VariantRow{"  Primer \t bimestre   2021  ", "2021-B1"},
        VariantRow{"Primer bimestre 2021.", "2021-B1"},
        VariantRow{"Primero bimestre 2021", "2021-B1"},
        VariantRow{"Primera bimestre 2021", "2021-B1"},
        VariantRow{"Segundo bimestre 2021", "2021-B2"},
        VariantRow{"segunda bimestre 2021", "2021-B2"},
        VariantRow{"Tercer trimestre 2021", "2021-Q3"},
        VariantRow{"tercero trimestre 2021", "2021-Q3"},
        VariantRow{"Tercera trimestre 2021", "2021-Q3"},
        VariantRow{"Cuarto trimestre 2020", "2020-Q4"},
        VariantRow{"Quinto bimestre 2021", "2021-B5"}, VariantRow{"Sexto bimestre 2021", "2021-B6"},
        VariantRow{"segundo semestre del 2020", "2020-S2"},
        VariantRow{"tercer trimestre de 2021", "2021-Q3"},
        VariantRow{"1er bimestre 2021", "2021-B1"}, VariantRow{"1ro bimestre 2021", "2021-B1"},
        VariantRow{"1\u00b0 bimestre 2021", "2021-B1"},
        VariantRow{"1\u00ba bimestre 2021", "2021-B1"},
        VariantRow{"1\u00aa bimestre 2021", "2021-B1"}, VariantRow{"1ra bimestre 2021", "2021-B1"},
        VariantRow{"1.\u00ba semestre 2021", "2021-S1"}, VariantRow{"2do semestre 2020", "2020-S2"},
        VariantRow{"2\u00b0 semestre 2020", "2020-S2"},
        VariantRow{"2\u00ba semestre 2020", "2020-S2"}, VariantRow{"3er trimestre 2021", "2021-Q3"},
        VariantRow{"3ro trimestre 2021", "2021-Q3"}, VariantRow{"4to trimestre 2020", "2020-Q4"},
        VariantRow{"5to bimestre 2021", "2021-B5"}, VariantRow{"6to bimestre 2021", "2021-B6"},
        VariantRow{"2 semestre 2020", "2020-S2"}, VariantRow{"1er. semestre 2021", "2021-S1"},
        VariantRow{"marzo 2021", "2021-03"}, VariantRow{"Marzo de 2021", "2021-03"},
        VariantRow{"mar. 2021", "2021-03"}, VariantRow{"MAR 2021", "2021-03"},
        VariantRow{"setiembre 2021", "2021-09"}, VariantRow{"Septiembre 2021", "2021-09"},
        VariantRow{"sept 2021", "2021-09"}, VariantRow{"sep. 2021", "2021-09"},
        VariantRow{"ene 2021", "2021-01"}, VariantRow{"dic. 2020", "2020-12"},
        VariantRow{"oct - dic 2020", "2020-10..2020-12"},
        VariantRow{"oct-dic 2020", "2020-10..2020-12"},
        VariantRow{"oct \u2014 dic 2020", "2020-10..2020-12"},
        VariantRow{"Oct.\u2013Dic. 2020", "2020-10..2020-12"},
        VariantRow{"octubre a diciembre de 2020", "2020-10..2020-12"},
        VariantRow{"de octubre a diciembre 2020", "2020-10..2020-12"},
        VariantRow{"octubre hasta diciembre 2020", "2020-10..2020-12"},
        VariantRow{"de octubre al diciembre 2020", "2020-10..2020-12"},
        VariantRow{"nov 2020 \u2013 feb 2021", "2020-11..2021-02"},
        VariantRow{"noviembre 2020 a febrero 2021", "2020-11..2021-02"},
        VariantRow{"oct \u2013 oct 2020", "2020-10"}, VariantRow{"15.03.2021", "2021-03-15"},
        VariantRow{"15/03/2021", "2021-03-15"}, VariantRow{"15-03-2021", "2021-03-15"},
        VariantRow{"5.3.2021", "2021-03-05"}, VariantRow{"29.02.2020", "2020-02-29"},
        VariantRow{"2021-03-15", "2021-03-15"}, VariantRow{"15 de marzo de 2021", "2021-03-15"},
        VariantRow{"1\u00b0 de marzo de 2021", "2021-03-01"}, VariantRow{"2021", "2021"},
        VariantRow{"A\u00f1o 2021", "2021"}, VariantRow{"a\u00f1o de 2021", "2021"},
        VariantRow{"Por definir", ""}, VariantRow{"POR DEFINIR.", ""},
        VariantRow{"Sin definir", ""}, VariantRow{"", ""}, VariantRow{"   ", ""},
        VariantRow{"-", ""}, VariantRow{"\u2013", ""},
        VariantRow{"Cuarto bimestre 2020, Primer bimestre 2021", "2020-B4;2021-B1"},
        VariantRow{"Cuarto bimestre 2020; Primer bimestre 2021", "2020-B4;2021-B1"},
        VariantRow{"Cuarto bimestre 2020 / Primer bimestre 2021", "2020-B4;2021-B1"},
        VariantRow{"Cuarto bimestre 2020 y Primer bimestre 2021", "2020-B4;2021-B1"},
        VariantRow{"Q1 2021, Q2 2021 y Q3 2021", "2021-Q1;2021-Q2;2021-Q3"},
        VariantRow{"marzo 2021, 15.06.2021", "2021-03;2021-06-15"}));

INSTANTIATE_TEST_SUITE_P(
    Portuguese, Variant,
    testing::Values(
        VariantRow{"Primeiro bimestre de 2021", "2021-B1"},
        VariantRow{"primeiro semestre de 2021", "2021-S1"},
        VariantRow{"segundo semestre de 2020", "2020-S2"},
        VariantRow{"Terceiro trimestre de 2021", "2021-Q3"},
        VariantRow{"Quarto trimestre de 2020", "2020-Q4"},
        VariantRow{"quinto bimestre de 2021", "2021-B5"},
        VariantRow{"sexto bimestre de 2021", "2021-B6"},
        VariantRow{"1\u00ba semestre de 2021", "2021-S1"},
        VariantRow{"2\u00ba semestre de 2020", "2020-S2"},
        VariantRow{"mar\u00e7o de 2021", "2021-03"}, VariantRow{"MAR\u00c7O DE 2021", "2021-03"},
        VariantRow{"setembro de 2021", "2021-09"}, VariantRow{"set. 2021", "2021-09"},
        VariantRow{"fev 2021", "2021-02"}, VariantRow{"out \u2013 dez 2020", "2020-10..2020-12"},
        VariantRow{"outubro at\u00e9 dezembro de 2020", "2020-10..2020-12"},
        VariantRow{"de outubro a dezembro de 2020", "2020-10..2020-12"},
        VariantRow{"15 de mar\u00e7o de 2021", "2021-03-15"}, VariantRow{"ano de 2021", "2021"},
        VariantRow{"A definir", ""}, VariantRow{"A ser definido", ""},
        VariantRow{"Quarto bimestre de 2020 e primeiro bimestre de 2021", "2020-B4;2021-B1"}));

INSTANTIATE_TEST_SUITE_P(
    English, Variant,
    testing::Values(
        VariantRow{"First bimester 2021", "2021-B1"},
        VariantRow{"first quarter of 2021", "2021-Q1"},
        VariantRow{"Second semester 2020", "2020-S2"}, VariantRow{"third quarter 2021", "2021-Q3"},
        VariantRow{"Fourth quarter 2020", "2020-Q4"}, VariantRow{"fifth bimester 2021", "2021-B5"},
        VariantRow{"sixth bimester 2021", "2021-B6"}, VariantRow{"1st quarter 2021", "2021-Q1"},
        VariantRow{"2nd semester 2020", "2020-S2"}, VariantRow{"3rd quarter 2021", "2021-Q3"},
        VariantRow{"4th quarter 2020", "2020-Q4"}, VariantRow{"5th bimester 2021", "2021-B5"},
        VariantRow{"6th bimester 2021", "2021-B6"}, VariantRow{"the first half of 2021", "2021-S1"},
        VariantRow{"Q1 2021", "2021-Q1"}, VariantRow{"q4 2020", "2020-Q4"},
        VariantRow{"H1 2020", "2020-S1"}, VariantRow{"H2 2020", "2020-S2"},
        VariantRow{"S2 2020", "2020-S2"}, VariantRow{"B1 2021", "2021-B1"},
        VariantRow{"March 2021", "2021-03"}, VariantRow{"Sept 2021", "2021-09"},
        VariantRow{"Dec. 2020", "2020-12"},
        VariantRow{"October to December 2020", "2020-10..2020-12"},
        VariantRow{"Oct \u2013 Dec 2020", "2020-10..2020-12"},
        VariantRow{"Nov 2020 \u2013 Feb 2021", "2020-11..2021-02"},
        VariantRow{"15 March 2021", "2021-03-15"}, VariantRow{"March 15, 2021", "2021-03-15"},
        VariantRow{"March 15 2021", "2021-03-15"}, VariantRow{"year 2021", "2021"},
        VariantRow{"To be defined", ""}, VariantRow{"TBD", ""}, VariantRow{"tbd.", ""},
        VariantRow{"Q4 2020 and Q1 2021", "2020-Q4;2021-Q1"}));

// Codes are themselves accepted as input, so a stored value can be typed back in.
INSTANTIATE_TEST_SUITE_P(Codes, Variant,
                         testing::Values(VariantRow{"2021-B1", "2021-B1"},
                                         VariantRow{"2021-03", "2021-03"},
                                         VariantRow{"2020-10..2020-12", "2020-10..2020-12"},
                                         VariantRow{"2020-B4;2021-B1", "2020-B4;2021-B1"}));

// ---- Refused input --------------------------------------------------------------------------

struct MalformedRow
{
    const char *text;
    const char *message; // the error must contain this
};

void PrintTo(const MalformedRow &r, std::ostream *os)
{
    *os << '"' << r.text << '"';
}

class Malformed : public testing::TestWithParam<MalformedRow>
{
};

TEST_P(Malformed, IsRefusedWithMessage)
{
    QString error;
    const std::optional<Deadline> d = Deadline::parse(u8(GetParam().text), &error);
    EXPECT_FALSE(d.has_value()) << "parsed as " << d.value_or(Deadline()).toCode().toStdString();
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(u8(GetParam().message))) << error.toStdString();
    // Without an error pointer the result is the same.
    EXPECT_FALSE(Deadline::parse(u8(GetParam().text)).has_value());
}

INSTANTIATE_TEST_SUITE_P(
    All, Malformed,
    testing::Values(
        MalformedRow{"S\u00e9ptimo bimestre 2021",
                     "There is no seventh bimester: a year has six bimesters."},
        MalformedRow{"Tercer semestre 2020",
                     "There is no third semester: a year has two semesters."},
        MalformedRow{"Quinto trimestre 2020",
                     "There is no fifth quarter: a year has four quarters."},
        MalformedRow{"Q5 2021", "There is no fifth quarter"},
        MalformedRow{"H3 2020", "There is no third semester"},
        MalformedRow{"2021-B7", "There is no seventh bimester"},
        MalformedRow{"B0 2021", "There is no 0th bimester"},
        MalformedRow{"12 semestre 2020", "There is no 12th semester"},
        MalformedRow{"bimestre 2021", "missing before \"bimestre\""},
        MalformedRow{"Primer bimestre", "A year is missing after \"Primer bimestre\"."},
        MalformedRow{"Q1", "A year is missing after \"Q1\"."},
        MalformedRow{"marzo", "A year is missing after \"marzo\"."},
        MalformedRow{"oct \u2013 dic", "A year is missing after \"oct \u2013 dic\"."},
        MalformedRow{"31.02.2021", "31 February 2021 is not a date."},
        MalformedRow{"29.02.2021", "29 February 2021 is not a date."},
        MalformedRow{"31 de abril de 2021", "31 April 2021 is not a date."},
        MalformedRow{"15.03.202", "\"15.03.202\" is not a date"},
        MalformedRow{"2021-13", "There is no month 13: a year has twelve months."},
        MalformedRow{"15.13.2021", "There is no month 13"},
        MalformedRow{"dic \u2013 oct 2020", "The range ends before it starts."},
        MalformedRow{"feb 2021 - nov 2020", "The range ends before it starts."},
        MalformedRow{"Primer bimestre 20215", "20215 is not a valid year"},
        MalformedRow{"Primer bimestre 21", "21 is not a valid year"},
        MalformedRow{"year 99999", "99999 is not a valid year"},
        MalformedRow{"1899", "1899 is not a valid year"},
        MalformedRow{"Q1 2201", "2201 is not a valid year"},
        MalformedRow{"ma\u00f1ana", "\"ma\u00f1ana\" is not a date, month, period or year"},
        MalformedRow{"abc", "\"abc\" is not a date, month, period or year"},
        MalformedRow{"2021 Por definir", "still to be defined cannot be combined"},
        MalformedRow{"Por definir, Q1 2021", "still to be defined cannot be combined"},
        MalformedRow{"oct \u2013 foo 2020", "Unknown month \"foo\"."},
        MalformedRow{"octubre a 2020", "A month is missing after \"octubre a\"."},
        MalformedRow{"15.03.2021 \u2013 20.03.2021", "Only months can form a range"},
        MalformedRow{"Q1 2021 - Q2 2021", "Only months can form a range"},
        MalformedRow{"Primer bimestre 2021,", "Something is missing after"},
        MalformedRow{"2do 2021", "\"2do\" must be followed by a bimester, quarter or semester."},
        MalformedRow{"Primer 2021", "\"Primer\" must be followed by"},
        MalformedRow{"(2021)", "Unexpected \"(2021)\"."},
        MalformedRow{", 2021", "Unexpected \",\"."}));

// ---- Codes ----------------------------------------------------------------------------------

struct CodeRow
{
    const char *name;
    std::function<std::optional<Deadline>()> make;
    Kind kind;
    const char *code;
};

void PrintTo(const CodeRow &r, std::ostream *os)
{
    *os << r.name;
}

class Code : public testing::TestWithParam<CodeRow>
{
};

TEST_P(Code, RoundTrips)
{
    const std::optional<Deadline> d = GetParam().make();
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->kind(), GetParam().kind);
    const QString code = QString::fromLatin1(GetParam().code);
    EXPECT_EQ(d->toCode(), code);
    const std::optional<Deadline> back = Deadline::fromCode(d->toCode());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, *d);
    EXPECT_EQ(back->toCode(), code);
    // The human phrase in every language reads back as the same deadline.
    for (const Language lang : {Language::Spanish, Language::Portuguese, Language::English})
        EXPECT_EQ(parsed(d->toText(lang).toUtf8().constData()), *d)
            << d->toText(lang).toStdString();
}

using P = Deadline::Period;

INSTANTIATE_TEST_SUITE_P(
    EveryKind, Code,
    testing::Values(
        CodeRow{"Undefined", [] { return std::optional(Deadline()); }, Kind::Undefined, ""},
        CodeRow{"Date", [] { return Deadline::date(QDate(2021, 3, 15)); }, Kind::Date,
                "2021-03-15"},
        CodeRow{"FirstDay", [] { return Deadline::date(QDate(1900, 1, 1)); }, Kind::Date,
                "1900-01-01"},
        CodeRow{"Month", [] { return Deadline::month(2021, 3); }, Kind::Month, "2021-03"},
        CodeRow{"Bimester", [] { return Deadline::bimester(2021, 1); }, Kind::Bimester, "2021-B1"},
        CodeRow{"Quarter", [] { return Deadline::quarter(2020, 4); }, Kind::Quarter, "2020-Q4"},
        CodeRow{"Semester", [] { return Deadline::semester(2020, 2); }, Kind::Semester, "2020-S2"},
        CodeRow{"Year", [] { return Deadline::year(2021); }, Kind::Year, "2021"},
        CodeRow{"LastYear", [] { return Deadline::year(2200); }, Kind::Year, "2200"},
        CodeRow{"MonthRange", [] { return Deadline::monthRange(2020, 10, 2020, 12); },
                Kind::MonthRange, "2020-10..2020-12"},
        CodeRow{"MonthRangeAcrossYears", [] { return Deadline::monthRange(2020, 11, 2021, 2); },
                Kind::MonthRange, "2020-11..2021-02"},
        CodeRow{"List",
                [] {
                    return Deadline::list({P{.kind = Kind::Bimester, .year = 2020, .index = 4},
                                           P{.kind = Kind::Bimester, .year = 2021, .index = 1}});
                },
                Kind::List, "2020-B4;2021-B1"},
        CodeRow{"MixedList",
                [] {
                    return Deadline::list(
                        {P{.kind = Kind::Date, .year = 2019, .date = QDate(2019, 12, 16)},
                         P{.kind = Kind::MonthRange,
                           .year = 2020,
                           .index = 10,
                           .endYear = 2020,
                           .endMonth = 12},
                         P{.kind = Kind::Year, .year = 2021}});
                },
                Kind::List, "2019-12-16;2020-10..2020-12;2021"}));

class MalformedCode : public testing::TestWithParam<const char *>
{
};

TEST_P(MalformedCode, IsRejected)
{
    EXPECT_FALSE(Deadline::fromCode(u8(GetParam())).has_value()) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(All, MalformedCode,
                         testing::Values("2021-b1", "2021-B01", "2021-3", "2021-B7", "2021-Q0",
                                         "2021-S3", "2021-13", "2021-02-30", "2021-3-15",
                                         "15.03.2021", "2021-03..2021-03", "2021-12..2021-10",
                                         "2020-10..2020-12 ", "2020-10 ..2020-12", "21", "1899",
                                         "2201", " 2021", "2021 ", "2021;", ";2021",
                                         "2020-B4,2021-B1", "2020-B4; 2021-B1",
                                         "Primer bimestre 2021", "TBD", "-", "Q1 2021"));

// ---- Text in every language -----------------------------------------------------------------

struct TextRow
{
    const char *code;
    const char *es;
    const char *pt;
    const char *en;
};

void PrintTo(const TextRow &r, std::ostream *os)
{
    *os << '"' << r.code << '"';
}

class Text : public testing::TestWithParam<TextRow>
{
};

TEST_P(Text, InEachLanguage)
{
    const Deadline d = coded(GetParam().code);
    EXPECT_EQ(d.toText(), u8(GetParam().es)); // Spanish is the default
    EXPECT_EQ(d.toText(Language::Spanish), u8(GetParam().es));
    EXPECT_EQ(d.toText(Language::Portuguese), u8(GetParam().pt));
    EXPECT_EQ(d.toText(Language::English), u8(GetParam().en));
}

INSTANTIATE_TEST_SUITE_P(
    EveryKind, Text,
    testing::Values(TextRow{"", "Por definir", "A definir", "To be defined"},
                    TextRow{"2021-03-15", "15 de marzo de 2021", "15 de mar\u00e7o de 2021",
                            "15 March 2021"},
                    TextRow{"2021-03", "Marzo 2021", "Mar\u00e7o de 2021", "March 2021"},
                    TextRow{"2021-09", "Septiembre 2021", "Setembro de 2021", "September 2021"},
                    TextRow{"2021-B1", "Primer bimestre 2021", "Primeiro bimestre de 2021",
                            "First bimester 2021"},
                    TextRow{"2021-B3", "Tercer bimestre 2021", "Terceiro bimestre de 2021",
                            "Third bimester 2021"},
                    TextRow{"2020-Q4", "Cuarto trimestre 2020", "Quarto trimestre de 2020",
                            "Fourth quarter 2020"},
                    TextRow{"2020-S2", "Segundo semestre 2020", "Segundo semestre de 2020",
                            "Second semester 2020"},
                    TextRow{"2021", "2021", "2021", "2021"},
                    TextRow{"2020-10..2020-12", "Oct \u2013 dic 2020", "Out \u2013 dez 2020",
                            "Oct \u2013 Dec 2020"},
                    TextRow{"2020-11..2021-02", "Nov 2020 \u2013 feb 2021",
                            "Nov 2020 \u2013 fev 2021", "Nov 2020 \u2013 Feb 2021"},
                    TextRow{"2020-B4;2021-B1", "Cuarto bimestre 2020, primer bimestre 2021",
                            "Quarto bimestre de 2020, primeiro bimestre de 2021",
                            "Fourth bimester 2020, first bimester 2021"},
                    TextRow{"2021-05-01;2021-03", "1 de mayo de 2021, marzo 2021",
                            "1 de maio de 2021, mar\u00e7o de 2021", "1 May 2021, March 2021"}));

// ---- Factories ------------------------------------------------------------------------------

TEST(Deadline, DefaultIsUndefined)
{
    const Deadline d;
    EXPECT_TRUE(d.isUndefined());
    EXPECT_EQ(d.kind(), Kind::Undefined);
    EXPECT_TRUE(d.periods().isEmpty());
    EXPECT_FALSE(d.start().isValid());
    EXPECT_FALSE(d.end().isValid());
    EXPECT_EQ(d, parsed("Por definir"));
}

TEST(Deadline, FactoriesRefuseOutOfRangeArguments)
{
    EXPECT_FALSE(Deadline::month(2021, 0));
    EXPECT_FALSE(Deadline::month(2021, 13));
    EXPECT_FALSE(Deadline::bimester(2021, 7));
    EXPECT_FALSE(Deadline::quarter(2021, 0));
    EXPECT_FALSE(Deadline::quarter(2021, 5));
    EXPECT_FALSE(Deadline::semester(2021, 3));
    EXPECT_FALSE(Deadline::year(1899));
    EXPECT_FALSE(Deadline::year(2201));
    EXPECT_FALSE(Deadline::date(QDate()));
    EXPECT_FALSE(Deadline::date(QDate(2201, 1, 1)));
    EXPECT_FALSE(Deadline::monthRange(2020, 12, 2020, 10));
    EXPECT_FALSE(Deadline::monthRange(2020, 10, 2020, 13));
    EXPECT_FALSE(Deadline::list({}));
    EXPECT_FALSE(Deadline::list({P{.kind = Kind::Undefined, .year = 2021}}));
    EXPECT_FALSE(Deadline::list({P{.kind = Kind::List, .year = 2021}}));
    EXPECT_FALSE(Deadline::list({P{.kind = Kind::Year, .year = 2021, .index = 1}}));
    EXPECT_FALSE(Deadline::list(
        {P{.kind = Kind::Year, .year = 2021}, P{.kind = Kind::Month, .year = 2021}}));
    EXPECT_TRUE(Deadline::month(2021, 12));
    EXPECT_TRUE(Deadline::bimester(2021, 6));
    EXPECT_TRUE(Deadline::year(1900));
}

TEST(Deadline, FactoriesNormalise)
{
    // A range within one month is that month; a list of one period is that period.
    EXPECT_EQ(Deadline::monthRange(2020, 10, 2020, 10), Deadline::month(2020, 10));
    EXPECT_EQ(Deadline::monthRange(2020, 10, 2020, 10)->kind(), Kind::Month);
    EXPECT_EQ(Deadline::list({P{.kind = Kind::Quarter, .year = 2021, .index = 2}}),
              Deadline::quarter(2021, 2));
    EXPECT_EQ(Deadline::list({P{.kind = Kind::Quarter, .year = 2021, .index = 2}})->kind(),
              Kind::Quarter);
}

TEST(Deadline, PeriodBounds)
{
    EXPECT_EQ(coded("2020-B1").end(), iso("2020-02-29")); // leap year
    EXPECT_EQ(coded("2021-B6").start(), iso("2021-11-01"));
    EXPECT_EQ(coded("2021-Q2").start(), iso("2021-04-01"));
    EXPECT_EQ(coded("2021-Q2").end(), iso("2021-06-30"));
    EXPECT_EQ(coded("2021-S1").end(), iso("2021-06-30"));
    EXPECT_EQ(coded("2021-04").end(), iso("2021-04-30"));
    EXPECT_EQ(coded("2021").start(), iso("2021-01-01"));
    EXPECT_EQ(coded("2021").end(), iso("2021-12-31"));
    EXPECT_EQ(coded("2020-11..2021-02").end(), iso("2021-02-28"));
}

TEST(Deadline, EqualityIsStructural)
{
    EXPECT_EQ(parsed("Segundo semestre 2020"), parsed("2nd semester 2020"));
    // Same days, different periods: not equal.
    EXPECT_NE(parsed("Segundo semestre 2020"), parsed("jul - dic 2020"));
    EXPECT_NE(parsed("Q1 2021, Q2 2021"), parsed("Q2 2021, Q1 2021"));
}

// ---- Ordering and overdue -------------------------------------------------------------------

TEST(Deadline, OrdersByEndThenStartWithUndefinedLast)
{
    const Deadline semester = parsed("Segundo semestre 2020");
    const Deadline octDec = parsed("Oct \u2013 dic. 2020");
    // Both end on 31 December 2020; the semester starts earlier, so it comes first.
    ASSERT_EQ(semester.end(), octDec.end());
    EXPECT_TRUE(Deadline::lessByEnd(semester, octDec));
    EXPECT_FALSE(Deadline::lessByEnd(octDec, semester));
    EXPECT_TRUE(semester < octDec);

    std::vector<Deadline> all = {Deadline(),
                                 parsed("2021"),
                                 octDec,
                                 parsed("Primer bimestre 2021"),
                                 semester,
                                 parsed("Cuarto bimestre 2020 Primer bimestre 2021"),
                                 parsed("16.12.2019")};
    std::stable_sort(all.begin(), all.end(), &Deadline::lessByEnd);
    QStringList codes;
    for (const Deadline &d : all)
        codes << d.toCode();
    EXPECT_EQ(codes.join(QLatin1Char('|')),
              QStringLiteral("2019-12-16|2020-S2|2020-10..2020-12|2020-B4;2021-B1|2021-B1|2021|"));

    std::vector<Deadline> sorted = all;
    std::reverse(sorted.begin(), sorted.end());
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(sorted, all);
}

TEST(Deadline, UndefinedSortsAfterEverything)
{
    const Deadline undefined;
    const Deadline latest = coded("2200");
    EXPECT_TRUE(Deadline::lessByEnd(latest, undefined));
    EXPECT_FALSE(Deadline::lessByEnd(undefined, latest));
    EXPECT_FALSE(Deadline::lessByEnd(undefined, undefined));
    EXPECT_TRUE(latest < undefined);
    EXPECT_EQ(undefined <=> Deadline(), std::strong_ordering::equal);
}

TEST(Deadline, SameDaysAreEquivalentByEndButOrderedTotally)
{
    const Deadline semester = coded("2020-S2");
    const Deadline range = coded("2020-07..2020-12");
    EXPECT_FALSE(Deadline::lessByEnd(semester, range));
    EXPECT_FALSE(Deadline::lessByEnd(range, semester));
    // operator<=> agrees with ==: different deadlines never compare equal; the remaining tie is
    // broken by code ("2020-07..2020-12" < "2020-S2").
    EXPECT_TRUE(range < semester);
    EXPECT_FALSE(semester < range);
    EXPECT_TRUE(semester > range);
    EXPECT_EQ(semester <=> coded("2020-S2"), std::strong_ordering::equal);
}

TEST(Deadline, OverdueOnlyAfterTheLastDay)
{
    const Deadline semester = parsed("Segundo semestre 2020");
    EXPECT_FALSE(semester.isOverdue(iso("2020-12-30")));
    EXPECT_FALSE(semester.isOverdue(iso("2020-12-31")));
    EXPECT_TRUE(semester.isOverdue(iso("2021-01-01")));

    const Deadline day = parsed("16.12.2019");
    EXPECT_FALSE(day.isOverdue(iso("2019-12-16")));
    EXPECT_TRUE(day.isOverdue(iso("2019-12-17")));

    const Deadline leap = parsed("Primer bimestre 2020");
    EXPECT_FALSE(leap.isOverdue(iso("2020-02-29")));
    EXPECT_TRUE(leap.isOverdue(iso("2020-03-01")));

    // A list is due at its last period.
    const Deadline list = parsed("Cuarto bimestre 2020 Primer bimestre 2021");
    EXPECT_FALSE(list.isOverdue(iso("2020-09-01")));
    EXPECT_FALSE(list.isOverdue(iso("2021-02-28")));
    EXPECT_TRUE(list.isOverdue(iso("2021-03-01")));

    EXPECT_FALSE(Deadline().isOverdue(iso("2200-12-31")));
}

// Reprogramming carries a deadline into a later year: same kind, same place in the year.
struct ShiftRow
{
    const char *from; // code
    int years;
    const char *to;      // code, empty string for "refused" when `refused`
    const char *spanish; // checked when not empty
    bool refused = false;
};

void PrintTo(const ShiftRow &r, std::ostream *os)
{
    *os << r.from << " + " << r.years;
}

class Shift : public testing::TestWithParam<ShiftRow>
{
};

TEST_P(Shift, KeepsKindAndPeriod)
{
    const std::optional<Deadline> from = Deadline::fromCode(QString::fromLatin1(GetParam().from));
    ASSERT_TRUE(from.has_value());
    const std::optional<Deadline> shifted = from->shiftedByYears(GetParam().years);
    if (GetParam().refused) {
        EXPECT_FALSE(shifted.has_value());
        return;
    }
    ASSERT_TRUE(shifted.has_value());
    EXPECT_EQ(shifted->toCode(), QString::fromLatin1(GetParam().to));
    EXPECT_EQ(shifted->kind(), from->kind());
    if (*GetParam().spanish) {
        EXPECT_EQ(shifted->toText(Language::Spanish), QString::fromUtf8(GetParam().spanish));
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, Shift,
                         testing::Values(ShiftRow{"2020-B1", 1, "2021-B1", "Primer bimestre 2021"},
                                         ShiftRow{"2020-S2", 1, "2021-S2", "Segundo semestre 2021"},
                                         ShiftRow{"2020-Q4", 2, "2022-Q4", "Cuarto trimestre 2022"},
                                         ShiftRow{"2020-10..2020-12", 1, "2021-10..2021-12", ""},
                                         ShiftRow{"2020-11..2021-02", 1, "2021-11..2022-02", ""},
                                         ShiftRow{"2020-B4;2021-B1", 1, "2021-B4;2022-B1", ""},
                                         ShiftRow{"2020-02-29", 1, "2021-02-28", ""},
                                         ShiftRow{"2020-03", -1, "2019-03", ""},
                                         ShiftRow{"2020", 1, "2021", ""},
                                         ShiftRow{"", 1, "", "Por definir"},
                                         ShiftRow{"2200-S1", 1, "", "", true}));

} // namespace
