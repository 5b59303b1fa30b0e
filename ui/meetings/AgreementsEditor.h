#pragma once

#include "model/Meeting.h"
#include "Result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace focal {

class DeadlineEdit;
class ForumDocument;

// A meeting's agreements and decisions: a list, and under it the chosen one's fields. An
// agreement can be a commitment: a country (and institution) owes an action by a deadline,
// with a status, possibly serving a plan item or linked to a document. Apply writes the
// fields as one undo step; what cannot be kept (a due date that is not a deadline, a
// commitment without a country) is refused with the reason and nothing is written.
class AgreementsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        TextColumn,
        CommitmentColumn,
        CountryColumn,
        DueColumn,
        StatusColumn,
        ColumnCount
    };

    explicit AgreementsEditor(ForumDocument &document, QWidget *parent = nullptr);

    void load(const Meeting &meeting, const QList<Agreement> &agreements);
    void setReadOnly(bool readOnly);

    QTableWidget *table() const { return m_table; }
    // Chooses the agreement shown in the fields (a row of the table).
    void select(int row);
    // Writes the fields to the chosen agreement; false when refused (see message()).
    bool apply();
    QString message() const;

signals:
    void errorOccurred(const Error &error);

private:
    void add();
    void removeCurrent();
    void showCurrent();
    void fillInstitutions(const QUuid &countryId);
    void updateEnabled();

    ForumDocument &m_document;
    QUuid m_meetingId;
    QList<Agreement> m_agreements;
    QUuid m_pendingSelection; // the agreement just added, chosen when it appears
    bool m_readOnly = false;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_newText = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_fields = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_commitment = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_institution = nullptr;
    QLineEdit *m_action = nullptr;
    DeadlineEdit *m_due = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_planItem = nullptr;
    QComboBox *m_documentLink = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace focal
