#include "exchange/ExportPackageDialog.h"

#include "ForumDocument.h"
#include "widgets/DeadlineEdit.h"
#include "widgets/RecordChoices.h"

#include "model/Country.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace focal {

ExportPackageDialog::ExportPackageDialog(ForumDocument &document, const Defaults &defaults,
                                         QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("exportPackageDialog"));
    setWindowTitle(tr("Export Package"));

    using Kind = ExportSelection::Kind;
    m_what = new QComboBox;
    m_what->setObjectName(QStringLiteral("whatCombo"));
    m_what->addItem(tr("Everything"), int(Kind::Everything));
    m_what->addItem(tr("A working group"), int(Kind::Group));
    m_what->addItem(tr("A plan"), int(Kind::Plan));
    m_what->addItem(tr("A meeting"), int(Kind::Meeting));
    m_what->addItem(tr("What changed since the last package to a country"),
                    int(Kind::ChangedSince));
    m_group = new QComboBox;
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_plan = new QComboBox;
    m_plan->setObjectName(QStringLiteral("planCombo"));
    m_meeting = new QComboBox;
    m_meeting->setObjectName(QStringLiteral("meetingCombo"));
    m_recipient = new QComboBox;
    m_recipient->setObjectName(QStringLiteral("recipientCombo"));
    choices::addWorkingGroups(m_group, m_document.repository());
    fillCountries();
    m_group->setCurrentIndex(qMax(0, m_group->findData(defaults.groupId)));
    fillPlansAndMeetings(defaults.planId, defaults.meetingId);

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("exportNote"));
    m_note->setWordWrap(true);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Export:"), m_what);
    m_form->addRow(tr("&Working group:"), m_group);
    m_form->addRow(tr("&Plan:"), m_plan);
    m_form->addRow(tr("&Meeting:"), m_meeting);
    m_form->addRow(tr("&For:"), m_recipient);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    // The most specific thing selected in the window is what is likely meant.
    Kind initial = Kind::Everything;
    if (!defaults.meetingId.isNull())
        initial = Kind::Meeting;
    else if (!defaults.planId.isNull())
        initial = Kind::Plan;
    else if (!defaults.groupId.isNull())
        initial = Kind::Group;
    m_what->setCurrentIndex(m_what->findData(int(initial)));

    connect(m_what, &QComboBox::currentIndexChanged, this, &ExportPackageDialog::updateRows);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &ExportPackageDialog::updateRows);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        fillPlansAndMeetings(m_plan->currentData().toUuid(), m_meeting->currentData().toUuid());
        updateRows();
    });
    updateRows();
    m_what->setFocus();
}

ExportSelection::Kind ExportPackageDialog::kind() const
{
    return ExportSelection::Kind(m_what->currentData().toInt());
}

void ExportPackageDialog::fillCountries()
{
    m_recipient->addItem(tr("Anyone"), QUuid());
    auto countries = m_document.repository().list<Country>();
    if (!countries)
        return;
    const Language lang = DeadlineEdit::interfaceLanguage();
    QList<Country> sorted = *countries;
    QCollator collator;
    std::sort(sorted.begin(), sorted.end(), [&](const Country &a, const Country &b) {
        return collator.compare(a.name(lang), b.name(lang)) < 0;
    });
    for (const Country &c : std::as_const(sorted))
        m_recipient->addItem(QStringLiteral("%1 (%2)").arg(c.name(lang), c.iso2), c.meta.id);
}

void ExportPackageDialog::fillPlansAndMeetings(const QUuid &plan, const QUuid &meeting)
{
    const QUuid group = m_group->currentData().toUuid();
    choices::fillPlans(m_plan, m_document.database(), group, plan);
    choices::fillMeetings(m_meeting, m_document.repository(), group, meeting);
}

void ExportPackageDialog::updateRows()
{
    using Kind = ExportSelection::Kind;
    const Kind k = kind();
    m_form->setRowVisible(m_group, k == Kind::Group || k == Kind::Plan || k == Kind::Meeting);
    m_form->setRowVisible(m_plan, k == Kind::Plan);
    m_form->setRowVisible(m_meeting, k == Kind::Meeting);
    const bool recipientNeeded = k == Kind::ChangedSince;
    const bool hasRecipient = !m_recipient->currentData().toUuid().isNull();
    if (recipientNeeded && !hasRecipient)
        m_note->setText(tr("Choose the country the changes are for: the package holds what "
                           "changed since the last package sent to it."));
    else if (k == Kind::Everything)
        m_note->setText(tr("Every record, and every deletion, of this database."));
    else if (k == Kind::ChangedSince)
        m_note->setText(tr("What changed since the last package sent to this country (all of it "
                           "when none was sent yet)."));
    else
        m_note->setText(tr("With the records it refers to, so that it can be imported anywhere."));
    const bool itemChosen = (k != Kind::Group || m_group->currentIndex() >= 0) &&
                            (k != Kind::Plan || m_plan->currentIndex() >= 0) &&
                            (k != Kind::Meeting || m_meeting->currentIndex() >= 0);
    m_ok->setEnabled(itemChosen && (!recipientNeeded || hasRecipient));
}

ExportSelection ExportPackageDialog::selection() const
{
    using Kind = ExportSelection::Kind;
    ExportSelection s;
    s.kind = kind();
    if (s.kind == Kind::Group)
        s.id = m_group->currentData().toUuid();
    else if (s.kind == Kind::Plan)
        s.id = m_plan->currentData().toUuid();
    else if (s.kind == Kind::Meeting)
        s.id = m_meeting->currentData().toUuid();
    s.recipient = m_recipient->currentData().toUuid();
    return s;
}

void ExportPackageDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    QDialog::accept();
}

} // namespace focal
