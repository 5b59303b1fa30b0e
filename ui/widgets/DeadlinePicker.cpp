#include "widgets/DeadlinePicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace focal {

namespace {

QString monthName(int month)
{
    return QLocale().standaloneMonthName(month, QLocale::LongFormat);
}

// "January – February": the months a period of `length` months starting at `first` covers.
QString monthSpan(int first, int length)
{
    return QLocale().standaloneMonthName(first, QLocale::ShortFormat) + QStringLiteral(" – ") +
           QLocale().standaloneMonthName(first + length - 1, QLocale::ShortFormat);
}

} // namespace

DeadlinePicker::DeadlinePicker(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Choose a Deadline"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("deadlineKind"));
    // In the order of Choice.
    m_kind->addItems({tr("Month"), tr("Bimester"), tr("Quarter"), tr("Semester"), tr("Year"),
                      tr("Month range"), tr("Exact date"), tr("To be defined")});
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("deadlineYear"));
    m_year->setRange(Deadline::MinYear, Deadline::MaxYear);
    m_year->setValue(QDate::currentDate().year());
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("deadlinePeriod"));
    m_endYear = new QSpinBox(this);
    m_endYear->setObjectName(QStringLiteral("deadlineEndYear"));
    m_endYear->setRange(Deadline::MinYear, Deadline::MaxYear);
    m_endYear->setValue(m_year->value());
    m_endMonth = new QComboBox(this);
    m_endMonth->setObjectName(QStringLiteral("deadlineEndMonth"));
    for (int m = 1; m <= 12; ++m)
        m_endMonth->addItem(monthName(m), m);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("deadlineDate"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(QDate(Deadline::MinYear, 1, 1), QDate(Deadline::MaxYear, 12, 31));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("deadlinePreview"));
    m_endLabel = new QLabel(tr("Until:"), this);

    auto *end = new QWidget(this);
    auto *endRow = new QHBoxLayout(end);
    endRow->setContentsMargins(0, 0, 0, 0);
    endRow->addWidget(m_endMonth);
    endRow->addWidget(m_endYear);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(m_endLabel, end);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Will be written:"), m_preview);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        updateControls();
    });
    for (QSpinBox *spin : {m_year, m_endYear})
        connect(spin, &QSpinBox::valueChanged, this, &DeadlinePicker::updateControls);
    for (QComboBox *combo : {m_period, m_endMonth})
        connect(combo, &QComboBox::currentIndexChanged, this, &DeadlinePicker::updateControls);
    connect(m_date, &QDateEdit::dateChanged, this, &DeadlinePicker::updateControls);
    fillPeriods();
    updateControls();
}

DeadlinePicker::Choice DeadlinePicker::choice() const
{
    return Choice(m_kind->currentIndex());
}

void DeadlinePicker::setChoice(Choice choice)
{
    m_kind->setCurrentIndex(int(choice));
}

void DeadlinePicker::setYear(int year)
{
    m_year->setValue(year);
}

void DeadlinePicker::setPeriod(int index)
{
    const int row = m_period->findData(index);
    if (row >= 0)
        m_period->setCurrentIndex(row);
}

void DeadlinePicker::setRangeEnd(int year, int month)
{
    m_endYear->setValue(year);
    m_endMonth->setCurrentIndex(month - 1);
}

void DeadlinePicker::setDate(QDate date)
{
    m_date->setDate(date);
}

// The periods of the chosen kind, each with the months it covers.
void DeadlinePicker::fillPeriods()
{
    const int previous = m_period->currentData().toInt();
    const QSignalBlocker block(m_period);
    m_period->clear();
    switch (choice()) {
    case Choice::Month:
    case Choice::MonthRange:
        for (int m = 1; m <= 12; ++m)
            m_period->addItem(monthName(m), m);
        break;
    case Choice::Bimester:
        for (int b = 1; b <= 6; ++b)
            m_period->addItem(tr("Bimester %1 (%2)").arg(b).arg(monthSpan(2 * b - 1, 2)), b);
        break;
    case Choice::Quarter:
        for (int q = 1; q <= 4; ++q)
            m_period->addItem(tr("Quarter %1 (%2)").arg(q).arg(monthSpan(3 * q - 2, 3)), q);
        break;
    case Choice::Semester:
        for (int s = 1; s <= 2; ++s)
            m_period->addItem(tr("Semester %1 (%2)").arg(s).arg(monthSpan(6 * s - 5, 6)), s);
        break;
    case Choice::Year:
    case Choice::Date:
    case Choice::Undefined:
        break;
    }
    const int row = m_period->findData(previous);
    m_period->setCurrentIndex(row >= 0 ? row : 0);
}

void DeadlinePicker::updateControls()
{
    const Choice c = choice();
    const bool periods = c == Choice::Month || c == Choice::Bimester || c == Choice::Quarter ||
                         c == Choice::Semester || c == Choice::MonthRange;
    m_year->setEnabled(c != Choice::Date && c != Choice::Undefined);
    m_period->setEnabled(periods);
    m_endMonth->setEnabled(c == Choice::MonthRange);
    m_endYear->setEnabled(c == Choice::MonthRange);
    m_endLabel->setEnabled(c == Choice::MonthRange);
    m_date->setEnabled(c == Choice::Date);
    const QString text = phrase();
    m_preview->setText(text.isEmpty() ? tr("(the range ends before it starts)") : text);
    if (auto *ok = findChild<QDialogButtonBox *>())
        ok->button(QDialogButtonBox::Ok)->setEnabled(deadline().has_value());
}

std::optional<Deadline> DeadlinePicker::deadline() const
{
    const int year = m_year->value();
    const int period = m_period->currentData().toInt();
    switch (choice()) {
    case Choice::Month:
        return Deadline::month(year, period);
    case Choice::Bimester:
        return Deadline::bimester(year, period);
    case Choice::Quarter:
        return Deadline::quarter(year, period);
    case Choice::Semester:
        return Deadline::semester(year, period);
    case Choice::Year:
        return Deadline::year(year);
    case Choice::MonthRange:
        return Deadline::monthRange(year, period, m_endYear->value(),
                                    m_endMonth->currentData().toInt());
    case Choice::Date:
        return Deadline::date(m_date->date());
    case Choice::Undefined:
        return Deadline();
    }
    return std::nullopt;
}

QString DeadlinePicker::phrase() const
{
    const std::optional<Deadline> d = deadline();
    return d ? d->toText(Language::Spanish) : QString();
}

void DeadlinePicker::setDeadline(const Deadline &deadline)
{
    const QList<Deadline::Period> periods = deadline.periods();
    if (periods.isEmpty()) {
        setChoice(Choice::Undefined);
        return;
    }
    const Deadline::Period &p = periods.first();
    switch (p.kind) {
    case Deadline::Kind::Month:
        setChoice(Choice::Month);
        break;
    case Deadline::Kind::Bimester:
        setChoice(Choice::Bimester);
        break;
    case Deadline::Kind::Quarter:
        setChoice(Choice::Quarter);
        break;
    case Deadline::Kind::Semester:
        setChoice(Choice::Semester);
        break;
    case Deadline::Kind::MonthRange:
        setChoice(Choice::MonthRange);
        setRangeEnd(p.endYear, p.endMonth);
        break;
    case Deadline::Kind::Date:
        setChoice(Choice::Date);
        setDate(p.date);
        return;
    case Deadline::Kind::Year:
    case Deadline::Kind::Undefined:
    case Deadline::Kind::List:
        setChoice(Choice::Year);
        break;
    }
    setYear(p.year);
    setPeriod(p.index);
}

} // namespace focal
