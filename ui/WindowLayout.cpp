#include "WindowLayout.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace focal {
namespace {

// QSettings keys: stable names, never translated.
const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString splitterKey = QStringLiteral("MainWindow/splitter");
const QString rightPaneKey = QStringLiteral("MainWindow/rightPane");
const QString stateKey = QStringLiteral("MainWindow/state"); // tool bar and docks

} // namespace

void WindowLayout::restore(QMainWindow &window, QSplitter &mainSplitter, QSplitter &rightPane)
{
    QSettings settings;
    if (!window.restoreGeometry(settings.value(geometryKey).toByteArray()))
        window.resize(1100, 720);
    if (!mainSplitter.restoreState(settings.value(splitterKey).toByteArray()))
        mainSplitter.setSizes({420, 680});
    rightPane.restoreState(settings.value(rightPaneKey).toByteArray());
    window.restoreState(settings.value(stateKey).toByteArray());
}

void WindowLayout::save(const QMainWindow &window, const QSplitter &mainSplitter,
                        const QSplitter &rightPane)
{
    QSettings settings;
    settings.setValue(geometryKey, window.saveGeometry());
    settings.setValue(splitterKey, mainSplitter.saveState());
    settings.setValue(rightPaneKey, rightPane.saveState());
    settings.setValue(stateKey, window.saveState());
}

} // namespace focal
