#pragma once

#include "Deadline.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace focal {

// Choosing a deadline instead of typing it: a kind (month, bimester, quarter, semester, year,
// month range, exact date, to be defined), a year and a period. It shows the Spanish phrase it
// makes, which is what DeadlineEdit writes into its field.
class DeadlinePicker : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Month, Bimester, Quarter, Semester, Year, MonthRange, Date, Undefined };

    explicit DeadlinePicker(QWidget *parent = nullptr);

    // Starts from `deadline` (its first period; a list is offered as its first period).
    void setDeadline(const Deadline &deadline);
    // The deadline chosen; std::nullopt when the choice does not make one (a range backwards).
    std::optional<Deadline> deadline() const;
    // The Spanish phrase of the choice, empty when there is none.
    QString phrase() const;

    void setChoice(Choice choice);
    void setYear(int year);
    // Month 1-12, bimester 1-6, quarter 1-4 or semester 1-2, depending on the kind.
    void setPeriod(int index);
    void setRangeEnd(int year, int month);
    void setDate(QDate date);

private:
    Choice choice() const;
    void fillPeriods();
    void updateControls();

    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_period = nullptr;
    QSpinBox *m_endYear = nullptr;
    QComboBox *m_endMonth = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_endLabel = nullptr;
};

} // namespace focal
