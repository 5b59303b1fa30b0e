#include "AgendaTable.h"

#include "ForumDocument.h"
#include "MeetingEditCommands.h"

#include "model/Country.h"
#include "support/UiLanguage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace focal {

AgendaTable::AgendaTable(ForumDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    if (auto countries = document.repository().list<Country>(QStringLiteral("name_es")))
        for (const Country &c : *countries)
            m_countries.append({c.name(UiLanguage::current()), c.meta.id});

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("agenda"));
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Presented by"), tr("Minutes")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::itemChanged, this, &AgendaTable::cellChanged);

    m_newTitle = new QLineEdit(this);
    m_newTitle->setObjectName(QStringLiteral("newAgendaItem"));
    m_newTitle->setPlaceholderText(tr("A new agenda item"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addAgendaItem"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move do&wn"), this);
    connect(m_add, &QPushButton::clicked, this, &AgendaTable::add);
    connect(m_newTitle, &QLineEdit::returnPressed, this, &AgendaTable::add);
    connect(m_remove, &QPushButton::clicked, this, &AgendaTable::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newTitle, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void AgendaTable::load(const QUuid &meetingId, const QList<AgendaItem> &items)
{
    m_loading = true;
    const int current = m_table->currentRow();
    const QUuid currentId = current >= 0 && current < m_items.size() && meetingId == m_meetingId
                                ? m_items.at(current).meta.id
                                : QUuid();
    m_meetingId = meetingId;
    m_items = items;
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const AgendaItem &item = items.at(row);
        m_table->setItem(row, TitleColumn, new QTableWidgetItem(item.title));
        auto *presenter = new QComboBox(m_table);
        presenter->addItem(tr("(nobody)"), QUuid());
        for (const auto &[name, id] : std::as_const(m_countries))
            presenter->addItem(name, id);
        presenter->setCurrentIndex(std::max(0, presenter->findData(item.presenterCountryId)));
        connect(presenter, &QComboBox::activated, this, [this, presenter, row] {
            presenterChosen(row, presenter->currentData().toUuid());
        });
        m_table->setCellWidget(row, PresenterColumn, presenter);
        m_table->setItem(row, DurationColumn,
                         new QTableWidgetItem(item.durationMinutes
                                                  ? QString::number(*item.durationMinutes)
                                                  : QString()));
        if (item.meta.id == currentId)
            m_table->setCurrentCell(row, TitleColumn);
    }
    m_loading = false;
}

void AgendaTable::setReadOnly(bool readOnly)
{
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed);
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (QWidget *w = m_table->cellWidget(row, PresenterColumn))
            w->setEnabled(!readOnly);
    for (QWidget *w : {static_cast<QWidget *>(m_newTitle), static_cast<QWidget *>(m_add),
                       static_cast<QWidget *>(m_remove), static_cast<QWidget *>(m_up),
                       static_cast<QWidget *>(m_down)})
        w->setEnabled(!readOnly);
}

void AgendaTable::showStored()
{
    // Later, not from inside the signal of the cell that would be replaced.
    QMetaObject::invokeMethod(
        this, [this] { load(m_meetingId, m_items); }, Qt::QueuedConnection);
}

bool AgendaTable::report(const Result<void> &result)
{
    if (!result)
        emit errorOccurred(result.error());
    return bool(result);
}

void AgendaTable::add()
{
    auto added = commands::addAgendaItem(m_document, m_meetingId, m_newTitle->text());
    if (!added) {
        emit errorOccurred(added.error());
        return;
    }
    m_newTitle->clear();
}

void AgendaTable::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    report(commands::removeAgendaItem(m_document, m_items.at(row).meta.id));
}

void AgendaTable::moveCurrent(int offset)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const QUuid id = m_items.at(row).meta.id;
    if (report(commands::moveAgendaItem(m_document, id, offset)))
        m_table->setCurrentCell(row + offset, TitleColumn); // the reload keeps it there
}

void AgendaTable::cellChanged(QTableWidgetItem *cell)
{
    if (m_loading || cell->row() >= m_items.size())
        return;
    AgendaItem after = m_items.at(cell->row());
    if (cell->column() == TitleColumn) {
        after.title = cell->text().trimmed();
    } else if (cell->column() == DurationColumn) {
        const QString text = cell->text().trimmed();
        bool ok = text.isEmpty();
        after.durationMinutes.reset();
        if (!text.isEmpty()) {
            const int minutes = text.toInt(&ok);
            if (ok)
                after.durationMinutes = minutes;
        }
        if (!ok) {
            emit errorOccurred(
                Error{Error::Code::Invalid, tr("A duration is a number of minutes, e.g. 20."), {}});
            showStored();
            return;
        }
    }
    if (!report(commands::editAgendaItem(m_document, after)))
        showStored(); // the cell shows what is stored again
}

void AgendaTable::presenterChosen(int row, const QUuid &countryId)
{
    if (m_loading || row >= m_items.size())
        return;
    AgendaItem after = m_items.at(row);
    after.presenterCountryId = countryId;
    if (!report(commands::editAgendaItem(m_document, after)))
        showStored();
}

} // namespace focal
