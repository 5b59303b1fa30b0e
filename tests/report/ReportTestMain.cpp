// main() of the report tests: laying out text needs a QGuiApplication (fonts), never a display.

#include <gtest/gtest.h>

#include <QGuiApplication>

int main(int argc, char **argv)
{
    // gtest_discover_tests lists the tests without ctest's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
