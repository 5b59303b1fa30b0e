#include "exchange/ConflictsDialog.h"

#include "exchange/ExchangeText.h"
#include "ForumDocument.h"
#include "Prompts.h"
#include "RecordHtml.h"

#include "model/ColumnLabels.h"
#include "storage/ChangeNotifier.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace focal {
namespace {

// QSettings key: a stable name, never translated.
const QString geometryKey = QStringLiteral("exchange/conflictsGeometry");

enum Column { RecordColumn, FieldColumn, HereColumn, IncomingColumn, FromColumn, WhenColumn };
enum Role { ConflictIdRole = Qt::UserRole, TableRole, RecordIdRole };

} // namespace

ConflictsDialog::ConflictsDialog(Context context, QWidget *parent)
    : QDialog(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts"));
    setModal(false);

    auto *intro = new QLabel(tr("These values were changed both here and by the focal point who "
                                "sent them. Until you choose, the value here stays."));
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Record"), tr("Field"), tr("Here"), tr("Incoming"), tr("From"), tr("When")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_empty = new QLabel(tr("No conflicts: everything received has been merged."));
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("conflictsError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_keep = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::ActionRole);
    m_keep->setObjectName(QStringLiteral("keepMineButton"));
    m_keep->setToolTip(tr("Keep the value here for the selected conflicts"));
    m_take = buttons->addButton(tr("&Take Theirs"), QDialogButtonBox::ActionRole);
    m_take->setObjectName(QStringLiteral("takeTheirsButton"));
    m_take->setToolTip(tr("Take the incoming value for the selected conflicts"));
    connect(m_keep, &QPushButton::clicked, this,
            [this] { resolveSelected(Conflicts::Choice::KeepLocal); });
    connect(m_take, &QPushButton::clicked, this,
            [this] { resolveSelected(Conflicts::Choice::TakeIncoming); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openRow(row); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { openRow(row); });

    resize(820, 420);
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
    refresh();
}

void ConflictsDialog::refresh()
{
    Database &db = m_context.document().database();
    // Another database may have been opened in the window since the last time.
    if (m_watched != db.notifier()) {
        if (m_watched)
            disconnect(m_watched, nullptr, this, nullptr);
        m_watched = db.notifier();
        connect(m_watched, &ChangeNotifier::committed, this, &ConflictsDialog::refresh);
    }
    QSet<QUuid> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected.insert(index.data(ConflictIdRole).toUuid());

    auto conflicts = Conflicts::list(db);
    m_table->setRowCount(0);
    if (!conflicts) {
        m_error->setText(tr("The conflicts could not be read: %1").arg(conflicts.error().message));
        m_error->show();
        updateButtons();
        return;
    }
    m_error->hide();
    m_table->setRowCount(int(conflicts->size()));
    for (int row = 0; row < conflicts->size(); ++row) {
        const Conflict &c = conflicts->at(row);
        QString field = RecordHtml::columnLabel(c.field);
        QString here = columnValueLabel(c.table, c.field, c.localValue);
        QString incoming = columnValueLabel(c.table, c.field, c.incomingValue);
        if (c.kind != Conflict::Kind::Field) {
            field = tr("The whole record");
            here = c.kind == Conflict::Kind::DeletedHere ? tr("deleted") : tr("as it is here");
            incoming =
                c.kind == Conflict::Kind::DeletedThere ? tr("deleted") : tr("as they have it");
        }
        const QStringList texts = {
            c.recordLabel,
            field + (c.kind == Conflict::Kind::Field
                         ? QString()
                         : QStringLiteral(" (") + ExchangeText::conflictKind(c.kind) +
                               QLatin1Char(')')),
            here,
            incoming,
            c.incomingAuthor,
            QLocale().toString(c.incomingModified.toLocalTime(), QLocale::ShortFormat)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(ConflictIdRole, c.id);
            item->setData(TableRole, c.table);
            item->setData(RecordIdRole, c.recordId);
            item->setToolTip(texts.at(column));
            m_table->setItem(row, column, item);
        }
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (selected.contains(m_table->item(row, 0)->data(ConflictIdRole).toUuid()))
            m_table->selectRow(row);
    m_table->resizeColumnsToContents();
    m_pages->setCurrentWidget(conflicts->isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_keep->setEnabled(any);
    m_take->setEnabled(any);
}

int ConflictsDialog::resolveSelected(Conflicts::Choice choice)
{
    QList<QUuid> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(ConflictIdRole).toUuid();
    ForumDocument &document = m_context.document();
    int settled = 0;
    for (const QUuid &id : std::as_const(ids)) {
        auto done = document.retryingBusy(
            [&] { return Conflicts::resolve(document.database(), id, choice); });
        if (!done) {
            m_context.prompts().inform(
                this, tr("Conflicts"),
                tr("The conflict could not be settled: %1").arg(done.error().message));
            break;
        }
        ++settled;
    }
    refresh();
    return settled;
}

void ConflictsDialog::openRow(int row)
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    if (!item || !m_context.openRecord)
        return;
    m_context.openRecord(item->data(TableRole).toString(), item->data(RecordIdRole).toUuid());
}

void ConflictsDialog::hideEvent(QHideEvent *event)
{
    QSettings().setValue(geometryKey, saveGeometry());
    QDialog::hideEvent(event);
}

} // namespace focal
