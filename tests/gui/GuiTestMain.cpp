// main() of the GUI test programs: widgets need a QApplication before the first test.

#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    // gtest_discover_tests lists the tests without ctest's environment: never need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data go to Qt's test locations under other names, never to those of a
    // person's real Focal.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PROSUR-tests"));
    QApplication::setApplicationName(QStringLiteral("Focal-gui-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
