#pragma once

#include "NodeKind.h"

#include "exchange/Exchange.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QPushButton;

namespace focal {

class ChangeNotifier;
class ConflictsDialog;
class ForumDocument;
class ImportPreviewDialog;
class Prompts;

// Exchanging data with other focal points in the window: File > Export Package… (Ctrl+Shift+E)
// and Import Package… (Ctrl+Shift+I), View > Conflicts… (with their number when there are some)
// and Settings > Site Identity…; the site identity in the status bar ("Chile · María Pérez", or a
// button to set it). An import shows its preview first, keeps a copy of the database, applies
// the package in one transaction and clears the undo history, whose commands refer to rows the
// import may have changed.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    // What the actions need from the window, asked for when an action runs.
    struct Context
    {
        std::function<ForumDocument &()> document;
        std::function<Prompts &()> prompts;
        // The id of the tree's current row, or of its ancestor, of a kind; null when none.
        std::function<QUuid(NodeKind)> currentId;
        std::function<void(const QString &table, const QUuid &id)> openRecord;
    };

    ExchangeActions(QMainWindow *window, Context context);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *conflictsAction() const { return m_conflicts; }
    QAction *identityAction() const { return m_identity; }
    QPushButton *identityButton() const { return m_identityButton; }
    ConflictsDialog *conflictsDialog() const; // null until View > Conflicts opened it

    // On first start (app/gui): asks the site identity when it is not complete. The person may
    // put it off; the status bar keeps offering it.
    void askForIdentityIfMissing();

    // Writes the selection's package to `path` with a progress dialog; false when it failed
    // (told through the prompts).
    bool exportTo(const ExportSelection &selection, const QString &path);
    // Reads the package at `path` and opens its preview; false when it was refused.
    bool previewImport(const QString &path);
    // Applies a package whose preview was accepted; false when it failed (nothing changed).
    bool applyImport(const package::Package &package);

    // The status bar's identity and the number of conflicts, read again.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void exportPackage();
    void exportChosen(const ExportSelection &selection);
    void importPackage();
    void showConflicts();
    void editIdentity(bool firstStart);
    void addToMenus();
    QString defaultFileName();

    QMainWindow *m_window;
    Context m_context;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_conflicts = nullptr;
    QAction *m_identity = nullptr;
    QPushButton *m_identityButton = nullptr;
    QPointer<ConflictsDialog> m_conflictsDialog;
    QPointer<ChangeNotifier> m_watched;
};

} // namespace focal
