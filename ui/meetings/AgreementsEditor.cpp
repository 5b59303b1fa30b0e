#include "AgreementsEditor.h"

#include "ForumDocument.h"
#include "MeetingEditCommands.h"
#include "widgets/DeadlineEdit.h"

#include "model/Country.h"
#include "model/Institution.h"
#include "query/MeetingLog.h"
#include "support/UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace focal {
namespace {

QComboBox *combo(QWidget *parent, const char *name)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    return c;
}

void choose(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

} // namespace

AgreementsEditor::AgreementsEditor(ForumDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("agreements"));
    m_table->setHorizontalHeaderLabels(
        {tr("Agreement"), tr("Commitment"), tr("Responsible"), tr("Due"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::currentCellChanged, this, &AgreementsEditor::showCurrent);

    m_newText = new QLineEdit(this);
    m_newText->setObjectName(QStringLiteral("newAgreement"));
    m_newText->setPlaceholderText(tr("What was agreed or decided"));
    m_add = new QPushButton(tr("Add a&greement"), this);
    m_add->setObjectName(QStringLiteral("addAgreement"));
    m_remove = new QPushButton(tr("Remove"), this);
    connect(m_add, &QPushButton::clicked, this, &AgreementsEditor::add);
    connect(m_newText, &QLineEdit::returnPressed, this, &AgreementsEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &AgreementsEditor::removeCurrent);

    m_fields = new QWidget(this);
    auto *form = new QFormLayout(m_fields);
    m_text = new QPlainTextEdit(m_fields);
    m_text->setObjectName(QStringLiteral("agreementText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(80);
    m_commitment = new QCheckBox(tr("It is a &commitment"), m_fields);
    m_commitment->setObjectName(QStringLiteral("commitment"));
    m_country = combo(m_fields, "responsibleCountry");
    m_country->addItem(tr("(none)"), QUuid());
    if (auto countries = document.repository().list<Country>(QStringLiteral("name_es")))
        for (const Country &c : *countries)
            m_country->addItem(c.name(UiLanguage::current()), c.meta.id);
    m_institution = combo(m_fields, "responsibleInstitution");
    m_action = new QLineEdit(m_fields);
    m_action->setObjectName(QStringLiteral("action"));
    m_due = new DeadlineEdit(m_fields);
    m_due->setObjectName(QStringLiteral("due"));
    m_status = combo(m_fields, "status");
    for (const QString &key : enumKeys<CommitmentStatus>())
        m_status->addItem(enumLabel(*enumFromKey<CommitmentStatus>(key)), key);
    m_planItem = combo(m_fields, "planItem");
    m_documentLink = combo(m_fields, "agreementDocument");
    m_message = new QLabel(m_fields);
    m_message->setObjectName(QStringLiteral("agreementMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_apply = new QPushButton(tr("A&pply"), m_fields);
    m_apply->setObjectName(QStringLiteral("applyAgreement"));
    connect(m_apply, &QPushButton::clicked, this, &AgreementsEditor::apply);
    connect(m_commitment, &QCheckBox::toggled, this, &AgreementsEditor::updateEnabled);
    connect(m_country, &QComboBox::currentIndexChanged, this,
            [this] { fillInstitutions(m_country->currentData().toUuid()); });

    form->addRow(tr("&Text:"), m_text);
    form->addRow(QString(), m_commitment);
    form->addRow(tr("Responsible &country:"), m_country);
    form->addRow(tr("&Institution:"), m_institution);
    form->addRow(tr("Actio&n:"), m_action);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Serves plan &item:"), m_planItem);
    form->addRow(tr("D&ocument:"), m_documentLink);
    form->addRow(QString(), m_message);
    form->addRow(QString(), m_apply);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newText, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_fields);
    updateEnabled();
}

void AgreementsEditor::load(const Meeting &meeting, const QList<Agreement> &agreements)
{
    const int current = m_table->currentRow();
    const QUuid currentId =
        current >= 0 && current < m_agreements.size() ? m_agreements.at(current).meta.id : QUuid();
    if (meeting.meta.id != m_meetingId) {
        // The choices depend on the meeting's group.
        m_planItem->clear();
        m_planItem->addItem(tr("(none)"), QUuid());
        if (auto items = MeetingLogQuery::planItems(m_document.database(), meeting.groupId))
            for (const auto &choice : *items)
                m_planItem->addItem(choice.text.left(90), choice.id);
        m_documentLink->clear();
        m_documentLink->addItem(tr("(none)"), QUuid());
        if (auto docs = MeetingLogQuery::documents(m_document.database(), meeting.groupId))
            for (const auto &choice : *docs)
                m_documentLink->addItem(choice.text.left(90), choice.id);
    }
    m_meetingId = meeting.meta.id;
    m_agreements = agreements;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(agreements.size()));
    int select = -1;
    for (int row = 0; row < agreements.size(); ++row) {
        const Agreement &a = agreements.at(row);
        const auto cell = [&](int column, const QString &text) {
            m_table->setItem(row, column, new QTableWidgetItem(text));
        };
        cell(TextColumn, a.text);
        cell(CommitmentColumn, a.isCommitment ? tr("Yes") : QString());
        cell(CountryColumn,
             a.responsibleCountryId.isNull()
                 ? QString()
                 : m_country->itemText(std::max(0, m_country->findData(a.responsibleCountryId))));
        cell(DueColumn, a.isCommitment ? a.dueText : QString());
        cell(StatusColumn, a.status ? enumLabel(*a.status) : QString());
        if (a.meta.id == currentId && select < 0)
            select = row;
        if (a.meta.id == m_pendingSelection)
            select = row; // just added: shown for its fields to be filled
    }
    m_pendingSelection = QUuid();
    m_table->setCurrentCell(select, TextColumn);
    showCurrent();
}

void AgreementsEditor::select(int row)
{
    m_table->setCurrentCell(row, TextColumn);
}

void AgreementsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

QString AgreementsEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AgreementsEditor::fillInstitutions(const QUuid &countryId)
{
    const QUuid chosen = m_institution->currentData().toUuid();
    m_institution->clear();
    m_institution->addItem(tr("(none)"), QUuid());
    if (!countryId.isNull())
        if (auto list = m_document.repository().listWhere<Institution>(
                "country_id", countryId.toString(QUuid::WithoutBraces), QStringLiteral("name")))
            for (const Institution &i : *list)
                m_institution->addItem(i.acronym.isEmpty() ? i.name : i.acronym, i.meta.id);
    choose(m_institution, chosen);
}

void AgreementsEditor::showCurrent()
{
    const int row = m_table->currentRow();
    m_message->hide();
    const bool any = row >= 0 && row < m_agreements.size();
    const Agreement a = any ? m_agreements.at(row) : Agreement();
    m_text->setPlainText(a.text);
    m_commitment->setChecked(a.isCommitment);
    choose(m_country, a.responsibleCountryId);
    fillInstitutions(a.responsibleCountryId);
    choose(m_institution, a.responsibleInstitutionId);
    m_action->setText(a.action);
    if (a.dueText.isEmpty() && a.due.isUndefined())
        m_due->setText(QString()); // nothing written yet: not "to be defined"
    else
        m_due->setDeadline(a.due, a.dueText);
    choose(m_status, enumKey(a.status.value_or(CommitmentStatus::Open)));
    choose(m_planItem, a.planItemId);
    choose(m_documentLink, a.documentId);
    updateEnabled();
}

void AgreementsEditor::updateEnabled()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_agreements.size();
    const bool editable = any && !m_readOnly;
    m_fields->setEnabled(editable);
    for (QWidget *w : {static_cast<QWidget *>(m_country), static_cast<QWidget *>(m_institution),
                       static_cast<QWidget *>(m_action), static_cast<QWidget *>(m_due),
                       static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_planItem)})
        w->setEnabled(m_commitment->isChecked());
    m_newText->setEnabled(!m_readOnly);
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(editable);
}

bool AgreementsEditor::apply()
{
    const int row = m_table->currentRow();
    if (m_readOnly || row < 0 || row >= m_agreements.size())
        return false;
    Agreement after = m_agreements.at(row);
    after.text = m_text->toPlainText().trimmed();
    after.isCommitment = m_commitment->isChecked();
    after.documentId = m_documentLink->currentData().toUuid();
    if (after.isCommitment) {
        const auto due = m_due->deadline();
        if (!due) {
            m_message->setText(tr("The due date is not a deadline: %1").arg(m_due->feedback()));
            m_message->show();
            return false;
        }
        after.due = *due;
        after.dueText = m_due->text().trimmed();
        after.responsibleCountryId = m_country->currentData().toUuid();
        after.responsibleInstitutionId = m_institution->currentData().toUuid();
        after.action = m_action->text().trimmed();
        after.status = enumFromKey<CommitmentStatus>(m_status->currentData().toString());
        after.planItemId = m_planItem->currentData().toUuid();
    } else {
        // Nothing is owed: the commitment's fields are cleared rather than kept hidden.
        after.due = Deadline();
        after.dueText.clear();
        after.responsibleCountryId = QUuid();
        after.responsibleInstitutionId = QUuid();
        after.action.clear();
        after.status.reset();
        after.planItemId = QUuid();
    }
    if (auto problem = commands::checkAgreement(after)) {
        m_message->setText(problem->message);
        m_message->show();
        return false;
    }
    auto written = commands::editAgreement(m_document, after);
    if (!written) {
        // Under the fields, where the person looks: no dialog as well.
        m_message->setText(written.error().message);
        m_message->show();
        return false;
    }
    m_message->hide();
    return true;
}

void AgreementsEditor::add()
{
    auto added = commands::addAgreement(m_document, m_meetingId, m_newText->text());
    if (!added) {
        emit errorOccurred(added.error());
        return;
    }
    m_newText->clear();
    m_pendingSelection = *added;
}

void AgreementsEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_agreements.size())
        return;
    if (auto removed = commands::removeAgreement(m_document, m_agreements.at(row).meta.id);
        !removed)
        emit errorOccurred(removed.error());
}

} // namespace focal
