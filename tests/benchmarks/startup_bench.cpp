// focal-startup-bench: how long the desktop program takes from having a database file to showing
// its main window, on the PROSUR default data and on the large synthetic database. Each
// iteration opens the file as `focal` does (DatabaseFile::open), builds the MainWindow, shows it
// and waits until the window is exposed and has painted; closing it is not timed. Run with
// QT_QPA_PLATFORM=offscreen or under Xvfb (see docs/benchmarks.md).
//
//   focal-startup-bench [--db PATH] [Google Benchmark options]
//
// Without --db the synthetic database is generated first into a temporary folder.

#include "ForumDocument.h"
#include "MainWindow.h"
#include "storage/DatabaseFile.h"
#include "SyntheticData.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

namespace {

QString g_defaultDb;
QString g_syntheticDb;

void startWindow(benchmark::State &state, const QString &path)
{
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto opened = focal::DatabaseFile::open(path, focal::Database::Mode::OpenExisting);
        if (!opened) {
            state.SkipWithError(qPrintable(opened.error().fullText()));
            return;
        }
        auto window = std::make_unique<focal::MainWindow>(
            std::make_unique<focal::ForumDocument>(std::move(opened).value()));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            state.SkipWithError("the window was never shown");
            return;
        }
        QCoreApplication::processEvents(); // the first paint and the home page
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        window.reset();
        QCoreApplication::processEvents();
    }
}

void BM_StartWithDefaultData(benchmark::State &state)
{
    startWindow(state, g_defaultDb);
}
BENCHMARK(BM_StartWithDefaultData)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(10)
    ->ReportAggregatesOnly(false);

void BM_StartWithSyntheticDatabase(benchmark::State &state)
{
    startWindow(state, g_syntheticDb);
}
BENCHMARK(BM_StartWithSyntheticDatabase)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(10)
    ->ReportAggregatesOnly(false);

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PROSUR"));
    QApplication::setApplicationName(QStringLiteral("FocalStartupBench")); // own settings
    QSettings().clear(); // no remembered window state from an earlier run
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--db") == 0)
            g_syntheticDb = QString::fromLocal8Bit(argv[i + 1]);

    g_defaultDb = dir.filePath(QStringLiteral("default.db"));
    if (auto made = focal::DatabaseFile::open(g_defaultDb, focal::Database::Mode::CreateNew);
        !made) {
        qWarning("%s", qPrintable(made.error().fullText()));
        return 1;
    }
    if (g_syntheticDb.isEmpty()) {
        g_syntheticDb = dir.filePath(QStringLiteral("synthetic.db"));
        if (auto made = focal::bench::SyntheticData::createFile(g_syntheticDb); !made) {
            qWarning("%s", qPrintable(made.error().fullText()));
            return 1;
        }
    }

    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0) {
            ++i;
            continue;
        }
        args.push_back(argv[i]);
    }
    int count = int(args.size());
    benchmark::Initialize(&count, args.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
