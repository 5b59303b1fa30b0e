// DeadlineEdit: what people type, whether it is taken as a deadline, what it means, and what the
// person is told; and its picker, which writes the Spanish phrase into the field.

#include "QtPrinters.h"
#include "widgets/DeadlineEdit.h"
#include "widgets/DeadlinePicker.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace focal {
namespace {

// QTest::keyClicks takes ASCII only: other characters are sent as key events with their text,
// as a keyboard layout that has them would.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

struct InputRow
{
    const char *typed;
    bool acceptable;
    const char *code; // Deadline::toCode(); ignored when not acceptable
};

void PrintTo(const InputRow &row, std::ostream *os)
{
    *os << '"' << row.typed << '"';
}

// The interface in English, whatever the machine's locale, so that the sentences are known.
class EnglishLocale : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_previous = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void TearDown() override { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

class DeadlineInput : public EnglishLocale, public ::testing::WithParamInterface<InputRow>
{
};

TEST_P(DeadlineInput, TypedTextIsUnderstoodOrRefused)
{
    const InputRow &row = GetParam();
    DeadlineEdit edit;
    edit.show();
    typeText(edit.lineEdit(), QString::fromUtf8(row.typed));
    EXPECT_EQ(edit.text(), QString::fromUtf8(row.typed));
    EXPECT_EQ(edit.isAcceptable(), row.acceptable) << edit.feedback().toStdString();
    EXPECT_EQ(edit.property("acceptable").toBool(), row.acceptable);
    const QString feedback = edit.feedback();
    EXPECT_EQ(edit.feedbackLabel()->text(), feedback);
    EXPECT_EQ(edit.lineEdit()->accessibleDescription(), feedback);
    if (row.acceptable) {
        ASSERT_TRUE(edit.deadline().has_value());
        EXPECT_EQ(edit.deadline()->toCode(), QString::fromLatin1(row.code));
        EXPECT_EQ(feedback, DeadlineEdit::understood(*edit.deadline()));
        EXPECT_TRUE(feedback.startsWith(edit.deadline()->toText(Language::English)))
            << feedback.toStdString();
        EXPECT_FALSE(feedback.contains(QStringLiteral("Not a deadline")));
    } else {
        EXPECT_FALSE(edit.deadline().has_value());
        EXPECT_TRUE(feedback.startsWith(QStringLiteral("✗ Not a deadline: ")))
            << feedback.toStdString();
        EXPECT_GT(feedback.size(), QStringLiteral("✗ Not a deadline: ").size());
        EXPECT_TRUE(edit.feedbackLabel()->styleSheet().contains(QStringLiteral("color")));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Phrases, DeadlineInput,
    ::testing::Values(
        // The seed report's own words.
        InputRow{"Primer bimestre 2021", true, "2021-B1"},
        InputRow{"Cuarto bimestre 2020", true, "2020-B4"},
        InputRow{"Cuarto bimestre 2020 Primer bimestre 2021", true, "2020-B4;2021-B1"},
        InputRow{"Segundo semestre 2020", true, "2020-S2"},
        InputRow{"Oct \u2013 dic. 2020", true, "2020-10..2020-12"},
        InputRow{"Por definir.", true, ""},
        // As people type them.
        InputRow{"oct - dic 2020", true, "2020-10..2020-12"},
        InputRow{"2do semestre 2020", true, "2020-S2"}, InputRow{"Por definir", true, ""},
        InputRow{"primer BIMESTRE 2021", true, "2021-B1"},
        InputRow{"16.12.2019", true, "2019-12-16"}, InputRow{"", true, ""},
        // Portuguese and English.
        InputRow{"Primeiro bimestre de 2021", true, "2021-B1"},
        InputRow{"Segundo semestre de 2020", true, "2020-S2"}, InputRow{"A definir", true, ""},
        InputRow{"First bimester 2021", true, "2021-B1"},
        InputRow{"Second semester 2020", true, "2020-S2"}, InputRow{"To be defined", true, ""},
        // Not deadlines.
        InputRow{"mañana", false, ""}, InputRow{"asdf qwerty", false, ""},
        InputRow{"Séptimo bimestre 2021", false, ""}, InputRow{"Primer bimestre", false, ""},
        InputRow{"31.02.2021", false, ""}));

TEST_F(EnglishLocale, FeedbackSaysWhatWasUnderstoodWithTheDays)
{
    DeadlineEdit edit;
    edit.setText(QStringLiteral("Primer bimestre 2021"));
    EXPECT_EQ(edit.feedback(), QStringLiteral("First bimester 2021: 1 Jan 2021 – 28 Feb 2021"));
    edit.setText(QStringLiteral("16.12.2019"));
    EXPECT_EQ(edit.feedback(), QStringLiteral("16 December 2019: 16 Dec 2019"));
    edit.setText(QStringLiteral("Por definir"));
    EXPECT_EQ(edit.feedback(), QStringLiteral("To be defined: no date yet"));
}

TEST_F(EnglishLocale, SetDeadlineWritesTheWordsOrTheSpanishPhrase)
{
    DeadlineEdit edit;
    edit.setDeadline(*Deadline::semester(2020, 2));
    EXPECT_EQ(edit.text(), QStringLiteral("Segundo semestre 2020"));
    edit.setDeadline(*Deadline::semester(2020, 2), QStringLiteral("2do semestre 2020"));
    EXPECT_EQ(edit.text(), QStringLiteral("2do semestre 2020"));
    EXPECT_EQ(edit.deadline()->toCode(), QStringLiteral("2020-S2"));
}

TEST_F(EnglishLocale, PickerMakesEachKindOfDeadline)
{
    DeadlinePicker picker;
    picker.setChoice(DeadlinePicker::Choice::Bimester);
    picker.setYear(2021);
    picker.setPeriod(1);
    EXPECT_EQ(picker.phrase(), QStringLiteral("Primer bimestre 2021"));
    EXPECT_EQ(picker.deadline()->toCode(), QStringLiteral("2021-B1"));

    picker.setChoice(DeadlinePicker::Choice::Quarter);
    picker.setPeriod(4);
    EXPECT_EQ(picker.deadline()->toCode(), QStringLiteral("2021-Q4"));

    picker.setChoice(DeadlinePicker::Choice::Semester);
    picker.setYear(2020);
    picker.setPeriod(2);
    EXPECT_EQ(picker.phrase(), QStringLiteral("Segundo semestre 2020"));

    picker.setChoice(DeadlinePicker::Choice::Month);
    picker.setPeriod(3);
    EXPECT_EQ(picker.deadline()->toCode(), QStringLiteral("2020-03"));

    picker.setChoice(DeadlinePicker::Choice::MonthRange);
    picker.setPeriod(10);
    picker.setRangeEnd(2020, 12);
    EXPECT_EQ(picker.deadline()->toCode(), QStringLiteral("2020-10..2020-12"));
    picker.setRangeEnd(2020, 9); // ends before it starts
    EXPECT_FALSE(picker.deadline().has_value());
    EXPECT_TRUE(picker.phrase().isEmpty());

    picker.setChoice(DeadlinePicker::Choice::Year);
    EXPECT_EQ(picker.deadline()->toCode(), QStringLiteral("2020"));

    picker.setChoice(DeadlinePicker::Choice::Date);
    picker.setDate(QDate(2019, 12, 16));
    EXPECT_EQ(picker.deadline()->toCode(), QStringLiteral("2019-12-16"));

    picker.setChoice(DeadlinePicker::Choice::Undefined);
    EXPECT_TRUE(picker.deadline()->isUndefined());
    EXPECT_EQ(picker.phrase(), QStringLiteral("Por definir"));
}

TEST_F(EnglishLocale, PickerStartsFromTheCurrentDeadline)
{
    DeadlinePicker picker;
    picker.setDeadline(*Deadline::monthRange(2020, 10, 2020, 12));
    EXPECT_EQ(picker.deadline()->toCode(), QStringLiteral("2020-10..2020-12"));
    picker.setDeadline(*Deadline::bimester(2021, 4));
    EXPECT_EQ(picker.deadline()->toCode(), QStringLiteral("2021-B4"));
}

// Every phrase the picker writes is read back as the same deadline.
TEST_F(EnglishLocale, PickerPhrasesParseBack)
{
    DeadlinePicker picker;
    for (auto choice : {DeadlinePicker::Choice::Month, DeadlinePicker::Choice::Bimester,
                        DeadlinePicker::Choice::Quarter, DeadlinePicker::Choice::Semester}) {
        picker.setChoice(choice);
        picker.setYear(2022);
        for (int period = 1; period <= 12; ++period) {
            picker.setPeriod(period);
            const std::optional<Deadline> chosen = picker.deadline();
            ASSERT_TRUE(chosen.has_value());
            const std::optional<Deadline> back = Deadline::parse(picker.phrase());
            ASSERT_TRUE(back.has_value()) << picker.phrase().toStdString();
            EXPECT_EQ(back->toCode(), chosen->toCode()) << picker.phrase().toStdString();
        }
    }
}

TEST_F(EnglishLocale, ChoosingInThePickerWritesThePhraseIntoTheField)
{
    DeadlineEdit edit;
    edit.setText(QStringLiteral("nonsense"));
    EXPECT_FALSE(edit.isAcceptable());
    edit.show();
    int edits = 0;
    QObject::connect(&edit, &DeadlineEdit::textEdited, [&] { ++edits; });
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *picker = qobject_cast<DeadlinePicker *>(QApplication::activeModalWidget());
        ASSERT_NE(picker, nullptr);
        picker->setChoice(DeadlinePicker::Choice::Semester);
        picker->setYear(2020);
        picker->setPeriod(2);
        answered = true;
        picker->accept();
    });
    QTest::mouseClick(edit.pickButton(), Qt::LeftButton);
    EXPECT_TRUE(answered);
    EXPECT_EQ(edit.text(), QStringLiteral("Segundo semestre 2020"));
    EXPECT_TRUE(edit.isAcceptable());
    EXPECT_EQ(edits, 1);
}

} // namespace
} // namespace focal
