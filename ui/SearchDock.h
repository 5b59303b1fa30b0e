#pragma once

#include <QDockWidget>
#include <QUuid>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace focal {

class Database;

// The results of the search field: it runs core's full-text search a moment after the person
// stops typing (not at every key, so typing stays smooth on a large database), lists each hit
// with its kind, and reports the hit the person opens (Enter or double-click). Enter in the
// field opens the first hit; Esc there clears the search; Down moves into the list.
class SearchDock : public QDockWidget
{
    Q_OBJECT

public:
    // `field` lives elsewhere (the tool bar); the dock listens to it.
    SearchDock(QLineEdit *field, QWidget *parent = nullptr);

    // The database searched; null while none is open (the results are cleared either way).
    void setDatabase(Database *database);
    // Runs the pending search at once instead of waiting for the pause in typing.
    void runNow();
    QListWidget *results() const { return m_results; }

signals:
    void hitActivated(const QString &table, const QUuid &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();
    void activate(QListWidgetItem *item);
    void clear();

    QLineEdit *m_field;
    QListWidget *m_results;
    QTimer *m_delay;
    Database *m_database = nullptr;
    QString m_shownText; // the text whose results are listed
};

} // namespace focal
