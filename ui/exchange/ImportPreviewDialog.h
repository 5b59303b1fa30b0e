#pragma once

#include "exchange/Exchange.h"

#include <QDialog>

class QTableWidget;

namespace focal {

// Shows what importing a package would do before anything is written: who sent it, from which
// country and when; how many records it adds, changes and deletes; a table of the changes (kind
// by word and colour, record, fields) with conflicts highlighted. Apply or Cancel; the dialog
// says that an import cannot be undone and that a copy of the database is kept first.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ImportPreview &preview, QWidget *parent = nullptr);

    QTableWidget *changesTable() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace focal
