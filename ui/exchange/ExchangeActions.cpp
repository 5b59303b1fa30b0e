#include "exchange/ExchangeActions.h"

#include "exchange/ConflictsDialog.h"
#include "exchange/ExchangeText.h"
#include "exchange/ExportPackageDialog.h"
#include "exchange/ImportBackup.h"
#include "exchange/ImportPreviewDialog.h"
#include "exchange/SiteIdentityDialog.h"
#include "ForumDocument.h"
#include "Prompts.h"

#include "model/Country.h"
#include "storage/ChangeNotifier.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

#include <memory>

namespace focal {
namespace {

QString filter()
{
    return ExchangeActions::tr("Focal packages (*.focalpkg)");
}

} // namespace

ExchangeActions::ExchangeActions(QMainWindow *window, Context context)
    : QObject(window), m_window(window), m_context(std::move(context))
{
    setObjectName(QStringLiteral("exchangeActions"));
    m_export = new QAction(tr("Export Pac&kage…"), window);
    m_export->setObjectName(QStringLiteral("exportPackageAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Write a package of records to send to other focal points"));
    connect(m_export, &QAction::triggered, this, &ExchangeActions::exportPackage);
    m_import = new QAction(tr("&Import Package…"), window);
    m_import->setObjectName(QStringLiteral("importPackageAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setToolTip(tr("Merge a package received from another focal point"));
    connect(m_import, &QAction::triggered, this, &ExchangeActions::importPackage);
    m_conflicts = new QAction(tr("&Conflicts…"), window);
    m_conflicts->setObjectName(QStringLiteral("conflictsAction"));
    connect(m_conflicts, &QAction::triggered, this, &ExchangeActions::showConflicts);
    m_identity = new QAction(tr("Site &Identity…"), window);
    m_identity->setObjectName(QStringLiteral("siteIdentityAction"));
    m_identity->setToolTip(tr("This installation's country and focal point"));
    connect(m_identity, &QAction::triggered, this, [this] { editIdentity(false); });

    m_identityButton = new QPushButton;
    m_identityButton->setObjectName(QStringLiteral("siteIdentityButton"));
    m_identityButton->setFlat(true);
    m_identityButton->setAccessibleName(tr("Site identity"));
    connect(m_identityButton, &QPushButton::clicked, this, [this] { editIdentity(false); });
    m_window->statusBar()->addPermanentWidget(m_identityButton);

    addToMenus();
    // The window's title names its database: a new title, another document to follow.
    connect(m_window, &QWidget::windowTitleChanged, this, &ExchangeActions::refresh);
    m_window->installEventFilter(this);
    refresh();
}

void ExchangeActions::addToMenus()
{
    QMenu *helpMenu = nullptr;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        for (QAction *action : menu ? menu->actions() : QList<QAction *>()) {
            if (action->objectName() == QLatin1String("quitAction")) {
                menu->insertActions(action, {m_export, m_import});
                menu->insertSeparator(action);
            } else if (action->objectName() == QLatin1String("homeAction")) {
                menu->addSeparator();
                menu->addAction(m_conflicts);
                connect(menu, &QMenu::aboutToShow, this, &ExchangeActions::refresh);
            } else if (action->objectName() == QLatin1String("aboutAction")) {
                helpMenu = menu;
            }
        }
    }
    auto *settings = new QMenu(tr("&Settings"), m_window);
    settings->setObjectName(QStringLiteral("settingsMenu"));
    settings->addAction(m_identity);
    if (helpMenu)
        m_window->menuBar()->insertMenu(helpMenu->menuAction(), settings);
    else
        m_window->menuBar()->addMenu(settings);
}

bool ExchangeActions::eventFilter(QObject *watched, QEvent *event)
{
    // Another program may have imported or settled conflicts meanwhile.
    if (watched == m_window && event->type() == QEvent::WindowActivate)
        refresh();
    return QObject::eventFilter(watched, event);
}

void ExchangeActions::refresh()
{
    ForumDocument &document = m_context.document();
    Database &db = document.database();
    if (m_watched != db.notifier()) {
        if (m_watched)
            disconnect(m_watched, nullptr, this, nullptr);
        m_watched = db.notifier();
        connect(m_watched, &ChangeNotifier::committed, this, &ExchangeActions::refresh);
        if (m_conflictsDialog)
            m_conflictsDialog->refresh();
    }
    const SiteIdentity identity = SiteIdentity::load(db);
    const QString label = ExchangeText::siteLabel(db, identity);
    m_identityButton->setText(label.isEmpty() ? tr("Site identity not set") : label);
    m_identityButton->setToolTip(label.isEmpty()
                                     ? tr("Set this installation's country and focal point: "
                                          "every package you send carries them")
                                     : tr("This installation's country and focal point"));
    const auto count = Conflicts::count(db);
    const int open = count ? *count : 0;
    m_conflicts->setText(open > 0 ? tr("&Conflicts (%1)…").arg(open) : tr("&Conflicts…"));
    m_conflicts->setToolTip(open > 0 ? tr("%n conflict(s) wait to be settled", nullptr, open)
                                     : tr("No conflicts wait to be settled"));
}

void ExchangeActions::askForIdentityIfMissing()
{
    if (!SiteIdentity::load(m_context.document().database()).isComplete())
        editIdentity(true);
}

void ExchangeActions::editIdentity(bool firstStart)
{
    auto *dialog = new SiteIdentityDialog(m_context.document(),
                                          firstStart ? SiteIdentityDialog::Occasion::FirstStart
                                                     : SiteIdentityDialog::Occasion::Settings,
                                          m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        m_window->statusBar()->showMessage(tr("Site identity saved."), 5000);
    });
    dialog->open();
}

QString ExchangeActions::defaultFileName()
{
    Database &db = m_context.document().database();
    const SiteIdentity identity = SiteIdentity::load(db);
    QString code;
    if (!identity.countryId.isNull())
        if (auto country = m_context.document().repository().get<Country>(identity.countryId))
            code = country->iso2.toUpper() + QLatin1Char('-');
    return QStringLiteral("focal-%1%2.focalpkg")
        .arg(code, QDate::currentDate().toString(Qt::ISODate));
}

void ExchangeActions::exportPackage()
{
    ExportPackageDialog::Defaults defaults;
    defaults.groupId = m_context.currentId(NodeKind::Group);
    defaults.planId = m_context.currentId(NodeKind::Plan);
    defaults.meetingId = m_context.currentId(NodeKind::Meeting);
    auto *dialog = new ExportPackageDialog(m_context.document(), defaults, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Once the dialog has gone: the file dialog and the progress come next.
        QMetaObject::invokeMethod(
            this, [this, selection = dialog->selection()] { exportChosen(selection); },
            Qt::QueuedConnection);
    });
    dialog->open();
}

void ExchangeActions::exportChosen(const ExportSelection &selection)
{
    Prompts &prompts = m_context.prompts();
    const QString title = tr("Export Package");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        prompts.saveFileName(m_window, title, QDir(folder).filePath(defaultFileName()), filter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".focalpkg");
    if (QFileInfo::exists(path) &&
        !prompts.confirm(m_window, title,
                         tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))))
        return;
    exportTo(selection, path);
}

bool ExchangeActions::exportTo(const ExportSelection &selection, const QString &path)
{
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0,
                             m_window);
    progress.setObjectName(QStringLiteral("exportPackageProgress"));
    progress.setWindowTitle(tr("Export Package"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ForumDocument &document = m_context.document();
    Result<package::Manifest> written = Error{};
    // Writing remembers what was sent to the recipient: a write, retried while another
    // program holds the database.
    auto done = document.retryingBusy([&]() -> Result<void> {
        written = PackageExport::write(document.database(), selection, path);
        if (!written)
            return written.error();
        return {};
    });
    QApplication::restoreOverrideCursor();
    progress.close();
    if (!done) {
        m_context.prompts().inform(
            m_window, tr("Export Package"),
            tr("The package could not be written: %1").arg(done.error().message));
        return false;
    }
    const package::Manifest &m = *written;
    m_window->statusBar()->showMessage(
        tr("Wrote %1: %2 record(s), %3 deletion(s), %4 attachment(s), %5.")
            .arg(QDir::toNativeSeparators(path))
            .arg(m.records)
            .arg(m.deletions)
            .arg(m.attachments)
            .arg(QLocale().formattedDataSize(QFileInfo(path).size())),
        10000);
    return true;
}

void ExchangeActions::importPackage()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        m_context.prompts().openFileName(m_window, tr("Import Package"), folder, filter());
    if (!path.isEmpty())
        previewImport(path);
}

bool ExchangeActions::previewImport(const QString &path)
{
    const QString title = tr("Import Package");
    auto read = package::PackageFile::read(path);
    if (!read) {
        m_context.prompts().inform(m_window, title,
                                   tr("%1 cannot be imported, and nothing was changed: %2")
                                       .arg(QFileInfo(path).fileName(), read.error().message));
        return false;
    }
    auto package = std::make_shared<package::Package>(std::move(read).value());
    auto preview = PackageImport::preview(m_context.document().database(), *package);
    if (!preview) {
        m_context.prompts().inform(m_window, title,
                                   tr("%1 cannot be imported, and nothing was changed: %2")
                                       .arg(QFileInfo(path).fileName(), preview.error().message));
        return false;
    }
    auto *dialog = new ImportPreviewDialog(*preview, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, package] {
        QMetaObject::invokeMethod(
            this, [this, package] { applyImport(*package); }, Qt::QueuedConnection);
    });
    dialog->open();
    return true;
}

bool ExchangeActions::applyImport(const package::Package &package)
{
    const QString title = tr("Import Package");
    ForumDocument &document = m_context.document();
    Database &db = document.database();
    // An import cannot be undone with Edit > Undo: a copy is the way back.
    auto backup = ImportBackup::keep(db);
    if (!backup) {
        m_context.prompts().inform(m_window, title, backup.error().message);
        return false;
    }
    QProgressDialog progress(tr("Importing…"), QString(), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("importPackageProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ImportPreview> applied = Error{};
    auto done = document.retryingBusy([&]() -> Result<void> {
        applied = PackageImport::apply(db, package, [&progress](int step, int total) {
            progress.setMaximum(total);
            progress.setValue(step); // repaints: the dialog is modal
        });
        if (!applied)
            return applied.error();
        return {};
    });
    QApplication::restoreOverrideCursor();
    progress.close();
    if (!done) {
        m_context.prompts().inform(
            m_window, title,
            tr("The package could not be imported, and nothing was changed: %1")
                .arg(done.error().message));
        return false;
    }
    // Earlier commands refer to rows as they were before the import.
    document.undoStack().clear();
    refresh();
    const ImportPreview &r = *applied;
    m_window->statusBar()->showMessage(
        tr("Imported: %1 added, %2 changed, %3 deleted, %4 in conflict. A copy of the database "
           "from before is at %5.")
            .arg(r.added)
            .arg(r.changed)
            .arg(r.deleted)
            .arg(r.conflicts)
            .arg(QDir::toNativeSeparators(*backup)),
        15000);
    // The preview counts records in conflict; each of their fields is settled on its own.
    const auto open = Conflicts::count(db);
    if (r.conflicts > 0 && open && *open > 0)
        m_context.prompts().inform(
            m_window, title,
            tr("%n conflict(s) need your decision: View > Conflicts shows them. Until you "
               "choose, the values here stay.",
               nullptr, *open));
    return true;
}

ConflictsDialog *ExchangeActions::conflictsDialog() const
{
    return m_conflictsDialog;
}

void ExchangeActions::showConflicts()
{
    if (!m_conflictsDialog) {
        m_conflictsDialog = new ConflictsDialog(
            {m_context.document, m_context.prompts, m_context.openRecord}, m_window);
        m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_conflictsDialog->refresh();
    }
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
}

} // namespace focal
