#include "exchange/ImportPreviewDialog.h"

#include "exchange/ExchangeText.h"
#include "RecordHtml.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace focal {
namespace {

QLabel *plainLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText); // what a package says is never markup
    label->setWordWrap(true);
    return label;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const ImportPreview &preview, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import Package"));
    const package::Manifest &m = preview.manifest;

    auto *about = new QFormLayout;
    auto *from = plainLabel(m.sender.author.isEmpty() ? tr("not named") : m.sender.author);
    from->setObjectName(QStringLiteral("senderLabel"));
    about->addRow(tr("From:"), from);
    auto *country = plainLabel(m.sender.country.isEmpty() ? tr("not set") : m.sender.country);
    country->setObjectName(QStringLiteral("countryLabel"));
    about->addRow(tr("Country:"), country);
    about->addRow(tr("Made:"),
                  plainLabel(QLocale().toString(m.created.toLocalTime(), QLocale::LongFormat)));
    about->addRow(tr("Contents:"),
                  plainLabel(tr("%n record(s)", nullptr, int(m.records)) + QStringLiteral(", ") +
                             tr("%n deletion(s)", nullptr, int(m.deletions))));

    auto *counts = plainLabel(
        preview.changesNothing()
            ? tr("Nothing to change: everything in the package is already here.")
            : tr("Importing adds %1, changes %2 and deletes %3 record(s); %4 conflict(s) will "
                 "wait for you to settle them; %5 already here.")
                  .arg(preview.added)
                  .arg(preview.changed)
                  .arg(preview.deleted)
                  .arg(preview.conflicts)
                  .arg(preview.unchanged));
    counts->setObjectName(QStringLiteral("countsLabel"));

    m_table = new QTableWidget(int(preview.changes.size()), 4);
    m_table->setObjectName(QStringLiteral("changesTable"));
    m_table->setAccessibleName(tr("Changes"));
    m_table->setHorizontalHeaderLabels(
        {tr("Change"), tr("Kind of record"), tr("Record"), tr("Fields")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < preview.changes.size(); ++row) {
        const ImportPreview::Change &c = preview.changes.at(row);
        QString kindText = ExchangeText::changeKind(c.kind);
        if (c.kind == ImportPreview::Change::Kind::Conflict)
            kindText +=
                QStringLiteral(" (") + ExchangeText::conflictKind(c.conflict) + QLatin1Char(')');
        QStringList fields;
        for (const QString &f : c.fields)
            fields << RecordHtml::columnLabel(f);
        const QList<QTableWidgetItem *> items = {
            new QTableWidgetItem(ExchangeText::changeIcon(c.kind), kindText),
            new QTableWidgetItem(RecordHtml::kindLabel(c.table)),
            new QTableWidgetItem(c.recordLabel),
            new QTableWidgetItem(fields.join(QStringLiteral(", ")))};
        for (int column = 0; column < items.size(); ++column) {
            QTableWidgetItem *item = items.at(column);
            item->setData(Qt::UserRole, int(c.kind));
            if (c.kind == ImportPreview::Change::Kind::Conflict) {
                // Conflicts stand out: they need a person's decision after the import.
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(QColor(0xff, 0xeb, 0xee));
                item->setForeground(ExchangeText::changeColour(c.kind));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    auto *warning = plainLabel(tr("Importing cannot be undone; Focal keeps a copy of the "
                                  "database before importing."));
    warning->setObjectName(QStringLiteral("undoWarning"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    QPushButton *apply = buttons->button(QDialogButtonBox::Apply);
    apply->setObjectName(QStringLiteral("applyButton"));
    apply->setText(tr("&Apply"));
    apply->setEnabled(!preview.changesNothing());
    apply->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(apply, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(about);
    layout->addWidget(counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    resize(720, 480);
    m_table->setFocus();
}

} // namespace focal
