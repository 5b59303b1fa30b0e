#include "forms/GroupCountriesEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace focal {

GroupCountriesEditor::GroupCountriesEditor(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(QStringLiteral("countriesTable"));
    m_table->setAccessibleName(tr("Participating countries"));
    m_table->setHorizontalHeaderLabels({tr("Country"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the other fields
    m_table->setMaximumHeight(180);
    m_choice = new QComboBox;
    m_choice->setObjectName(QStringLiteral("addCountryCombo"));
    m_choice->setAccessibleName(tr("Country to add"));
    m_add = new QPushButton(tr("&Add Country"));
    m_add->setObjectName(QStringLiteral("addCountryButton"));
    m_remove = new QPushButton(tr("Re&move Country"));
    m_remove->setObjectName(QStringLiteral("removeCountryButton"));
    connect(m_add, &QPushButton::clicked, this, &GroupCountriesEditor::addChosen);
    connect(m_remove, &QPushButton::clicked, this, &GroupCountriesEditor::removeCurrent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choice, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table);
}

void GroupCountriesEditor::setCountries(const QList<QPair<QUuid, QString>> &countries)
{
    m_countries = countries;
    refreshChoices();
}

void GroupCountriesEditor::setParticipations(const QList<Participation> &participations)
{
    const QSignalBlocker quiet(this);
    m_table->setRowCount(0);
    for (const Participation &p : participations)
        addRow(p.countryId, p.status);
    refreshChoices();
}

QList<GroupCountriesEditor::Participation> GroupCountriesEditor::participations() const
{
    QList<Participation> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *status = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        list << Participation{m_table->item(row, 0)->data(Qt::UserRole).toUuid(),
                              enumFromKey<ParticipationStatus>(status->currentData().toString())
                                  .value_or(ParticipationStatus::Active)};
    }
    return list;
}

void GroupCountriesEditor::addRow(const QUuid &countryId, ParticipationStatus status)
{
    QString name;
    for (const auto &country : std::as_const(m_countries))
        if (country.first == countryId)
            name = country.second;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *item = new QTableWidgetItem(name);
    item->setData(Qt::UserRole, countryId);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, 0, item);
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("statusCombo"));
    combo->setAccessibleName(tr("Status of %1").arg(name));
    for (const QString &key : enumKeys<ParticipationStatus>())
        combo->addItem(enumLabel(*enumFromKey<ParticipationStatus>(key)), key);
    combo->setCurrentIndex(combo->findData(enumKey(status)));
    connect(combo, &QComboBox::currentIndexChanged, this, &GroupCountriesEditor::changed);
    m_table->setCellWidget(row, 1, combo);
}

void GroupCountriesEditor::addChosen()
{
    const QUuid id = m_choice->currentData().toUuid();
    if (id.isNull())
        return;
    addRow(id, ParticipationStatus::Active); // most countries added are taking part
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    refreshChoices();
    emit changed();
}

void GroupCountriesEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    refreshChoices();
    emit changed();
}

void GroupCountriesEditor::refreshChoices()
{
    // Only countries not in the table yet: a country takes part once.
    QSet<QUuid> shown;
    for (int row = 0; row < m_table->rowCount(); ++row)
        shown.insert(m_table->item(row, 0)->data(Qt::UserRole).toUuid());
    m_choice->clear();
    for (const auto &country : std::as_const(m_countries))
        if (!shown.contains(country.first))
            m_choice->addItem(country.second, country.first);
    m_add->setEnabled(m_choice->count() > 0);
    m_remove->setEnabled(m_table->rowCount() > 0);
}

} // namespace focal
