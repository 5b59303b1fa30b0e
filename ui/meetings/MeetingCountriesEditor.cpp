#include "MeetingCountriesEditor.h"

#include "ForumDocument.h"
#include "MeetingEditCommands.h"

#include "model/Country.h"
#include "support/UiLanguage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace focal {

MeetingCountriesEditor::MeetingCountriesEditor(ForumDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto column = [&](const QString &title, QListWidget *list) {
        auto *box = new QVBoxLayout;
        auto *label = new QLabel(title, this);
        label->setBuddy(list);
        box->addWidget(label);
        box->addWidget(list);
        layout->addLayout(box);
    };
    m_invited = makeList(MeetingRole::Invited);
    m_attended = makeList(MeetingRole::Attended);
    column(tr("&Invited countries:"), m_invited);
    column(tr("Countries &attending:"), m_attended);
}

QListWidget *MeetingCountriesEditor::makeList(MeetingRole role)
{
    auto *list = new QListWidget(this);
    list->setObjectName(enumKey(role) + QStringLiteral("Countries"));
    if (auto countries = m_document.repository().list<Country>(QStringLiteral("name_es"))) {
        for (const Country &c : *countries) {
            auto *item = new QListWidgetItem(c.name(UiLanguage::current()), list);
            item->setData(Qt::UserRole, c.meta.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    connect(list, &QListWidget::itemChanged, this,
            [this, role](QListWidgetItem *item) { toggled(item, role); });
    return list;
}

QListWidget *MeetingCountriesEditor::list(MeetingRole role) const
{
    return role == MeetingRole::Invited ? m_invited : m_attended;
}

void MeetingCountriesEditor::load(const QUuid &meetingId, const QList<MeetingCountry> &countries)
{
    m_loading = true;
    m_meetingId = meetingId;
    for (MeetingRole role : {MeetingRole::Invited, MeetingRole::Attended}) {
        QListWidget *l = list(role);
        for (int i = 0; i < l->count(); ++i) {
            QListWidgetItem *item = l->item(i);
            const QUuid id = item->data(Qt::UserRole).toUuid();
            const bool present =
                std::any_of(countries.cbegin(), countries.cend(), [&](const MeetingCountry &c) {
                    return c.countryId == id && c.role == role;
                });
            item->setCheckState(present ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_loading = false;
}

void MeetingCountriesEditor::setReadOnly(bool readOnly)
{
    m_invited->setEnabled(!readOnly);
    m_attended->setEnabled(!readOnly);
}

void MeetingCountriesEditor::toggled(QListWidgetItem *item, MeetingRole role)
{
    if (m_loading || m_meetingId.isNull())
        return;
    const bool present = item->checkState() == Qt::Checked;
    auto written = commands::setMeetingCountry(m_document, m_meetingId,
                                               item->data(Qt::UserRole).toUuid(), role, present);
    if (!written) {
        // Back to what the database holds.
        m_loading = true;
        item->setCheckState(present ? Qt::Unchecked : Qt::Checked);
        m_loading = false;
        emit errorOccurred(written.error());
    }
}

} // namespace focal
