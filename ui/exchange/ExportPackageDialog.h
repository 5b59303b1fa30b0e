#pragma once

#include "exchange/Exchange.h"

#include <QDialog>
#include <QUuid>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace focal {

class ForumDocument;

// Chooses what goes into a package: everything, a working group, a plan, a meeting, or what
// changed since the last package sent to a country; and the country it is for. Defaults follow
// what is selected in the window. The file is asked for once the choice is made
// (ExchangeActions).
class ExportPackageDialog : public QDialog
{
    Q_OBJECT

public:
    // What the window's selection suggests; null ids choose nothing.
    struct Defaults
    {
        QUuid groupId;
        QUuid planId;
        QUuid meetingId;
    };

    ExportPackageDialog(ForumDocument &document, const Defaults &defaults,
                        QWidget *parent = nullptr);

    ExportSelection selection() const;

    void accept() override;

private:
    void fillCountries();
    // The group's plans and meetings, choosing these when they are offered.
    void fillPlansAndMeetings(const QUuid &plan, const QUuid &meeting);
    void updateRows();
    ExportSelection::Kind kind() const;

    ForumDocument &m_document;
    QFormLayout *m_form = nullptr;
    QComboBox *m_what = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_meeting = nullptr;
    QComboBox *m_recipient = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace focal
