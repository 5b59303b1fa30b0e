#pragma once

#include "Deadline.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QLabel;
class QToolButton;

namespace focal {

// Where a deadline is typed as people write it ("Primer bimestre 2021", "oct - dic 2020",
// "2do semestre 2020", "Por definir"). Under the text it says how the text was understood, in
// the interface language ("First bimester 2021: 1 Jan – 28 Feb 2021"), or why it is not a
// deadline, in red; a button opens a picker (kind, year, period) that writes the text for the
// person. Text that is not a deadline is never turned into one: deadline() is empty then, and
// forms refuse to apply it.
class DeadlineEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DeadlineEdit(QWidget *parent = nullptr);

    // The words as typed (kept, since the report prints them as written).
    QString text() const;
    void setText(const QString &text);
    // Sets both: the words, or the Spanish phrase when `words` is empty.
    void setDeadline(const Deadline &deadline, const QString &words = {});
    // The deadline the text means; std::nullopt while the text is not a deadline.
    std::optional<Deadline> deadline() const;
    bool isAcceptable() const { return deadline().has_value(); }
    // The sentence shown under the field (what was understood, or the error).
    QString feedback() const;

    QLineEdit *lineEdit() const { return m_line; }
    QToolButton *pickButton() const { return m_pick; }
    QLabel *feedbackLabel() const { return m_feedback; }

    // The language of the interface (from the locale): Spanish, Portuguese, else English.
    static Language interfaceLanguage();
    // How a deadline is understood, in the interface language, with the days it covers
    // ("First bimester 2021: 1 Jan 2021 – 28 Feb 2021").
    static QString understood(const Deadline &deadline);

signals:
    void textEdited(); // the person changed the text (typing or picking)
    void editingFinished();

private:
    void updateFeedback();
    void openPicker();

    std::optional<Deadline> m_deadline; // what the current text means
    QString m_error;                    // why it means nothing, when it does not

    QLineEdit *m_line = nullptr;
    QToolButton *m_pick = nullptr;
    QLabel *m_feedback = nullptr;
};

} // namespace focal
