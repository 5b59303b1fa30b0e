// focal: parses the command line, opens the database (the one given, else the one used last,
// else the default one, created with the PROSUR default data on first start) and shows the main
// window. Everything else lives in ui/ and core/.

#include "exchange/ExchangeActions.h"
#include "ForumDocument.h"
#include "MainWindow.h"
#include "RecentDatabases.h"
#include "storage/DatabaseFile.h"
#include "support/FileLog.h"
#include "support/UiLanguage.h"
#include "WindowHost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

namespace {

int showOpenError(const QString &path, const focal::Error &error)
{
    qWarning("focal: %s", qUtf8Printable(error.fullText()));
    QMessageBox box(
        QMessageBox::Critical, QCoreApplication::translate("main", "Focal"),
        QCoreApplication::translate("main", "Focal could not open the database %1.\n\n%2")
            .arg(QDir::toNativeSeparators(path), error.message),
        QMessageBox::Close);
    box.setTextFormat(Qt::PlainText); // a path or a driver message is never markup
    box.exec();
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PROSUR"));
    QApplication::setApplicationName(QStringLiteral("Focal"));
    QApplication::setApplicationVersion(QStringLiteral(FOCAL_VERSION));

    // Dialogs show people one sentence; the technical details of every error go to the log.
    focal::FileLog::install();

    // Focal's words and Qt's own (standard buttons, dialogs) in the person's language.
    focal::UiLanguage::install(focal::UiLanguage::resolved());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A desktop workbench for the national focal points of PROSUR."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        {QStringLiteral("d"), QStringLiteral("database")},
        QCoreApplication::translate(
            "main",
            "Open the database at PATH (created with the PROSUR data when missing) instead of %1.")
            .arg(QDir::toNativeSeparators(focal::DatabaseFile::defaultPath())),
        QCoreApplication::translate("main", "PATH"));
    parser.addOption(databaseOption);
    parser.process(app); // --help and --version print and exit here

    // Without --database: the database used last, when it is still there; otherwise the
    // default location (an empty path), whose folder DatabaseFile creates.
    QString path = parser.value(databaseOption);
    if (!parser.isSet(databaseOption))
        path = focal::RecentDatabases::lastExisting();
    auto opened = focal::DatabaseFile::open(path, focal::Database::Mode::OpenOrCreate);
    if (!opened && !parser.isSet(databaseOption) && !path.isEmpty()) {
        // The remembered database went bad: say so, and start on the default one.
        showOpenError(path, opened.error());
        path.clear();
        opened = focal::DatabaseFile::open(path, focal::Database::Mode::OpenOrCreate);
    }
    if (!opened)
        return showOpenError(path.isEmpty() ? focal::DatabaseFile::defaultPath() : path,
                             opened.error());

    focal::WindowHost host(std::make_unique<focal::ForumDocument>(std::move(opened).value()));
    host.window()->show();
    // Only here, not in MainWindow: tests build windows that must not stop for a question.
    if (auto *exchange = host.window()->findChild<focal::ExchangeActions *>())
        QTimer::singleShot(0, exchange, &focal::ExchangeActions::askForIdentityIfMissing);
    return app.exec();
}
