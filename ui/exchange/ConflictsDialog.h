#pragma once

#include "exchange/Exchange.h"

#include <QDialog>
#include <QPointer>
#include <QUuid>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace focal {

class ChangeNotifier;
class ForumDocument;
class Prompts;

// The conflicts packages left for a person to settle, as a table: the record, the field, the
// value here, and the incoming value with who sent it and when. "Keep Mine" and "Take Theirs"
// settle the selected rows (several at once), each through Conflicts::resolve; double-clicking
// a row opens its record in the window. Non-modal, with its size and place remembered; it
// follows the database's changes, and the window's document when another database is opened.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Context
    {
        std::function<ForumDocument &()> document;
        std::function<Prompts &()> prompts;
        std::function<void(const QString &table, const QUuid &id)> openRecord;
    };

    explicit ConflictsDialog(Context context, QWidget *parent = nullptr);

    // Reads the conflicts again (and listens to the current document's changes).
    void refresh();
    // Settles the selected rows; the number settled.
    int resolveSelected(Conflicts::Choice choice);
    QTableWidget *table() const { return m_table; }

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void updateButtons();
    void openRow(int row);

    Context m_context;
    QPointer<ChangeNotifier> m_watched;
    QStackedWidget *m_pages = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_take = nullptr;
};

} // namespace focal
