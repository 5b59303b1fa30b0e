#pragma once

class QMainWindow;
class QSplitter;

namespace focal {

// The main window's layout as the person left it (size and place, the two splitters, tool bar
// and docks), kept in QSettings from one run to the next.
class WindowLayout
{
public:
    // Restores the saved layout; the defaults where nothing was saved yet.
    static void restore(QMainWindow &window, QSplitter &mainSplitter, QSplitter &rightPane);
    static void save(const QMainWindow &window, const QSplitter &mainSplitter,
                     const QSplitter &rightPane);
};

} // namespace focal
