#include "ParticipantsEditor.h"

#include "ForumDocument.h"
#include "MeetingEditCommands.h"

#include "model/Forum.h"
#include "model/Institution.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace focal {

ParticipantsEditor::ParticipantsEditor(ForumDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("participants"));
    m_table->setHorizontalHeaderLabels({tr("Participant"), tr("Role")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_who = new QComboBox(this);
    m_who->setObjectName(QStringLiteral("participant"));
    Repository &repo = document.repository();
    // The data holds (kind, id): one list for the three kinds, in reading order.
    if (auto list = repo.list<Institution>(QStringLiteral("name")))
        for (const Institution &i : *list) {
            const QString name =
                i.acronym.isEmpty() ? i.name : i.acronym + QStringLiteral(" – ") + i.name;
            m_names.insert(i.meta.id, name);
            m_who->addItem(tr("Institution: %1").arg(name),
                           QVariantList{InstitutionKind, i.meta.id});
        }
    if (auto list = repo.list<Organisation>(QStringLiteral("name")))
        for (const Organisation &o : *list) {
            const QString name =
                o.acronym.isEmpty() ? o.name : o.acronym + QStringLiteral(" – ") + o.name;
            m_names.insert(o.meta.id, name);
            m_who->addItem(tr("Organisation: %1").arg(name),
                           QVariantList{OrganisationKind, o.meta.id});
        }
    if (auto list = repo.list<Person>(QStringLiteral("name")))
        for (const Person &p : *list) {
            m_names.insert(p.meta.id, p.name);
            m_who->addItem(tr("Person: %1").arg(p.name), QVariantList{PersonKind, p.meta.id});
        }
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("participantRole"));
    for (const QString &key : enumKeys<MeetingRole>())
        m_role->addItem(enumLabel(*enumFromKey<MeetingRole>(key)), key);
    m_role->setCurrentIndex(m_role->findData(enumKey(MeetingRole::Attended)));
    m_add = new QPushButton(tr("Add &participant"), this);
    m_add->setObjectName(QStringLiteral("addParticipant"));
    m_remove = new QPushButton(tr("Remove"), this);
    connect(m_add, &QPushButton::clicked, this, &ParticipantsEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsEditor::removeCurrent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_who, 1);
    buttons->addWidget(m_role);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

QString ParticipantsEditor::nameOf(const MeetingParticipant &p) const
{
    for (const QUuid &id : {p.institutionId, p.organisationId, p.personId})
        if (!id.isNull())
            return m_names.value(id, id.toString(QUuid::WithoutBraces));
    return {};
}

void ParticipantsEditor::load(const QUuid &meetingId, const QList<MeetingParticipant> &participants)
{
    m_meetingId = meetingId;
    m_participants = participants;
    m_table->setRowCount(int(participants.size()));
    for (int row = 0; row < participants.size(); ++row) {
        const MeetingParticipant &p = participants.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(nameOf(p)));
        m_table->setItem(row, 1, new QTableWidgetItem(enumLabel(p.role)));
    }
}

void ParticipantsEditor::setReadOnly(bool readOnly)
{
    for (QWidget *w : {static_cast<QWidget *>(m_who), static_cast<QWidget *>(m_role),
                       static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_remove)})
        w->setEnabled(!readOnly);
}

void ParticipantsEditor::add()
{
    const QVariantList chosen = m_who->currentData().toList();
    if (chosen.size() != 2)
        return;
    MeetingParticipant p;
    p.meetingId = m_meetingId;
    p.role = enumFromKey<MeetingRole>(m_role->currentData().toString()).value_or(p.role);
    const QUuid id = chosen.at(1).toUuid();
    switch (chosen.at(0).toInt()) {
    case InstitutionKind:
        p.institutionId = id;
        break;
    case OrganisationKind:
        p.organisationId = id;
        break;
    default:
        p.personId = id;
        break;
    }
    if (auto added = commands::addParticipant(m_document, p); !added)
        emit errorOccurred(added.error());
}

void ParticipantsEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_participants.size())
        return;
    if (auto removed = commands::removeParticipant(m_document, m_participants.at(row).meta.id);
        !removed)
        emit errorOccurred(removed.error());
}

} // namespace focal
