// focal-bench: how Focal copes with a large database (about 100 000 records, see SyntheticData).
// A documented command, not part of ctest; docs/benchmarks.md has the commands and figures.
//
//   focal-bench [--db PATH] [--benchmark_* options]   run the benchmarks
//   focal-bench --generate PATH [--seed N]             only write a synthetic database to PATH

#include "InsertPath.h"
#include "SyntheticData.h"

#include "data/DefaultData.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "model/WorkingGroup.h"
#include "query/Listings.h"
#include "query/Search.h"
#include "storage/DatabaseFile.h"
#include "storage/Repository.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace focal;
using bench::SyntheticCounts;
using bench::SyntheticData;
using bench::SyntheticOptions;

namespace {

// Set from the command line before any benchmark runs.
QString g_dbOption;
SyntheticOptions g_options;

void fail(benchmark::State &state, const Error &e)
{
    state.SkipWithError(e.fullText().toUtf8().constData());
}

// The big database the read benchmarks share: --db PATH, or one generated on first use (so that
// `--benchmark_filter=Generate` does not pay for it), and one connection to it kept open for the
// benchmarks that measure a warm application (search, listings; opening is measured apart).
class Shared
{
public:
    QString path()
    {
        if (!m_path.isEmpty() || m_failed)
            return m_path;
        if (!g_dbOption.isEmpty()) {
            m_path = g_dbOption;
            return m_path;
        }
        m_dir = std::make_unique<QTemporaryDir>();
        const QString file = QDir(m_dir->path()).filePath(QStringLiteral("synthetic.db"));
        std::fprintf(stderr, "focal-bench: generating the synthetic database in %s ...\n",
                     qPrintable(file));
        auto r = SyntheticData::createFile(file, g_options);
        if (!r) {
            std::fprintf(stderr, "focal-bench: %s\n", qPrintable(r.error().fullText()));
            m_failed = true;
            return {};
        }
        m_path = file;
        return m_path;
    }

    Database *database()
    {
        if (m_db || m_failed)
            return m_db.get();
        const QString file = path();
        if (file.isEmpty())
            return nullptr;
        auto opened = DatabaseFile::open(file, Database::Mode::OpenExisting);
        if (!opened) {
            std::fprintf(stderr, "focal-bench: %s\n", qPrintable(opened.error().fullText()));
            m_failed = true;
            return nullptr;
        }
        m_db = std::move(opened).value();
        return m_db.get();
    }

    // The connection closes before its temporary folder goes, and both before QCoreApplication.
    void reset()
    {
        m_db.reset();
        m_dir.reset();
        m_path.clear();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
    bool m_failed = false;
};

Shared g_shared;

// Generation: the synthetic records inserted through Repository in one WriteTransaction, into a
// fresh database that already holds the default data (making it is not timed).
void BM_Generate(benchmark::State &state)
{
    qint64 rows = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        auto opened = Database::open(QDir(dir.path()).filePath(QStringLiteral("gen.db")),
                                     Database::Mode::CreateNew);
        if (!opened)
            return fail(state, opened.error());
        std::unique_ptr<Database> db = std::move(opened).value();
        if (auto r = DefaultData::loadEmbedded(*db); !r)
            return fail(state, r.error());

        QElapsedTimer timer;
        timer.start();
        auto counts = SyntheticData::generate(*db, g_options);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (!counts)
            return fail(state, counts.error());
        rows += counts->total();
        db.reset(); // closing checkpoints the WAL: not part of generating
    }
    state.counters["rows"] = benchmark::Counter(double(rows), benchmark::Counter::kAvgIterations);
    // A rate counter divides by the (manual) time of all iterations: rows per second.
    state.counters["rows_per_s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsRate);
}

// What the application does on start: open the file as both programs do (DatabaseFile: header
// check, pragmas, schema version, site id) and show its first list. Closing is not timed.
template <typename FirstList> void openAndList(benchmark::State &state, FirstList &&firstList)
{
    const QString path = g_shared.path();
    if (path.isEmpty())
        return state.SkipWithError("no synthetic database");
    qint64 rows = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto opened = DatabaseFile::open(path, Database::Mode::OpenExisting);
        if (!opened)
            return fail(state, opened.error());
        std::unique_ptr<Database> db = std::move(opened).value();
        auto listed = firstList(*db);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (!listed)
            return fail(state, listed.error());
        rows = listed->size();
    }
    state.counters["rows"] = double(rows);
}

// Open + Listings::meetings: every meeting of the 20 years, as focal-cli list meetings shows.
void BM_OpenAndListMeetings(benchmark::State &state)
{
    openAndList(state, [](Database &db) -> Result<QList<QVariantList>> {
        auto t = Listings::meetings(db);
        if (!t)
            return t.error();
        return t->rows;
    });
}

// Open + the forum's tree level: thematic areas, working groups and subgroups as records, then
// the meetings of the latest year through Repository (the typed path a view would use).
void BM_OpenAndForumTree(benchmark::State &state)
{
    const int year = g_options.firstYear + g_options.years - 1;
    openAndList(state, [year](Database &db) -> Result<QList<Meeting>> {
        Repository repo(db);
        auto areas = repo.list<ThematicArea>(QStringLiteral("position"));
        auto groups = repo.list<WorkingGroup>();
        auto subgroups = repo.list<Subgroup>(QStringLiteral("group_id, number"));
        if (!areas || !groups || !subgroups)
            return !areas ? areas.error() : !groups ? groups.error() : subgroups.error();
        return repo.select<Meeting>(
            QStringLiteral("date >= ? AND date <= ?"),
            {QDate(year, 1, 1).toString(Qt::ISODate), QDate(year, 12, 31).toString(Qt::ISODate)},
            QStringLiteral("date, number"));
    });
}

// Listings on the open database (warm), for comparison with the open + list figures.
void BM_Listing(benchmark::State &state, const QString &kind)
{
    Database *db = g_shared.database();
    if (!db)
        return state.SkipWithError("no synthetic database");
    qint64 rows = 0;
    for (auto _ : state) {
        auto t = Listings::byKind(*db, kind);
        if (!t)
            return fail(state, t.error());
        rows = t->rows.size();
    }
    state.counters["rows"] = double(rows);
}

// Reading typed records through Repository: all 20 000 commitments (their deadlines are decoded
// from the stored code) and the products of one plan.
void BM_RepositoryCommitments(benchmark::State &state)
{
    Database *db = g_shared.database();
    if (!db)
        return state.SkipWithError("no synthetic database");
    Repository repo(*db);
    qint64 rows = 0;
    for (auto _ : state) {
        auto list = repo.listWhere<Agreement>("is_commitment", 1);
        if (!list)
            return fail(state, list.error());
        rows = list->size();
    }
    state.counters["rows"] = double(rows);
}

void BM_RepositoryPlanItems(benchmark::State &state)
{
    Database *db = g_shared.database();
    if (!db)
        return state.SkipWithError("no synthetic database");
    Repository repo(*db);
    const int year = g_options.firstYear + g_options.years - 1;
    auto plans = repo.listWhere<Plan>("year", year);
    if (!plans || plans->isEmpty())
        return state.SkipWithError("no plan in the latest year");
    const QUuid plan = plans->first().meta.id;
    qint64 rows = 0;
    for (auto _ : state) {
        auto items = repo.listWhere<PlanItem>("plan_id", column::toVariant(plan),
                                              QStringLiteral("parent_id, position"));
        if (!items)
            return fail(state, items.error());
        rows = items->size();
    }
    state.counters["rows"] = double(rows);
}

// Search as a user types it: accent-less words, prefixes, several words.
void BM_Search(benchmark::State &state, const QString &text)
{
    Database *db = g_shared.database();
    if (!db)
        return state.SkipWithError("no synthetic database");
    qint64 hits = 0;
    for (auto _ : state) {
        auto r = Search::run(*db, text, Search::defaultLimit);
        if (!r)
            return fail(state, r.error());
        hits = r->size();
    }
    state.counters["hits"] = double(hits);
}

// Registered here rather than with BENCHMARK() so that each gets a default number of
// repetitions (the figures are medians; a busy machine's outliers stay out of them), which
// --benchmark_repetitions=N replaces for all when given.
void registerBenchmarks(bool defaultRepetitions)
{
    const auto repeat = [defaultRepetitions](benchmark::internal::Benchmark *b, int n) {
        if (defaultRepetitions)
            b->Repetitions(n)->DisplayAggregatesOnly(true);
        return b;
    };
    // One iteration is a whole generation (seconds); three give a median.
    repeat(benchmark::RegisterBenchmark("BM_Generate", BM_Generate), 3)
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    repeat(benchmark::RegisterBenchmark("BM_OpenAndListMeetings", BM_OpenAndListMeetings), 10)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    repeat(benchmark::RegisterBenchmark("BM_OpenAndForumTree", BM_OpenAndForumTree), 10)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    for (const char *kind : {"meetings", "plans", "commitments"}) {
        repeat(benchmark::RegisterBenchmark((std::string("BM_Listing/") + kind).c_str(), BM_Listing,
                                            QString::fromLatin1(kind)),
               5)
            ->Unit(benchmark::kMillisecond);
    }
    repeat(benchmark::RegisterBenchmark("BM_RepositoryCommitments", BM_RepositoryCommitments), 5)
        ->Unit(benchmark::kMillisecond);
    repeat(benchmark::RegisterBenchmark("BM_RepositoryPlanItems", BM_RepositoryPlanItems), 5)
        ->Unit(benchmark::kMillisecond);
    // UTF-8 on purpose: queries are what people type, accents or not.
    for (const char *text : {"cooperacion", "peru", "cooperación perú", "trata personas",
                             "plan de trabajo 2021", "hidrovia", "coop", "xyzzy"}) {
        QString name = QString::fromUtf8(text);
        name.replace(QLatin1Char(' '), QLatin1Char('_'));
        repeat(benchmark::RegisterBenchmark(("BM_Search/" + name.toStdString()).c_str(), BM_Search,
                                            QString::fromUtf8(text)),
               10)
            ->Unit(benchmark::kMicrosecond);
    }
    for (benchmark::internal::Benchmark *b : registerInsertPathBenchmarks())
        repeat(b, 3);
}

int generateOnly(const QString &path)
{
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "focal-bench: %s already exists; it is not overwritten.\n",
                     qPrintable(path));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto r = SyntheticData::createFile(path, g_options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!r) {
        std::fprintf(stderr, "focal-bench: %s\n", qPrintable(r.error().fullText()));
        return 1;
    }
    const SyntheticCounts &c = *r;
    std::printf("%s: %lld synthetic records in %.2f s, default data included (%.0f records/s), "
                "%.1f MB\n"
                "  meetings %lld, meeting countries %lld, agreements %lld (commitments %lld),\n"
                "  plans %lld, lines of action %lld, products %lld, product countries %lld\n",
                qPrintable(QDir::toNativeSeparators(path)), c.total(), seconds,
                double(c.total()) / seconds, double(QFileInfo(path).size()) / 1e6, c.meetings,
                c.meetingCountries, c.agreements, c.commitments, c.plans, c.planLines,
                c.planProducts, c.planItemCountries);
    return 0;
}

void usage()
{
    std::fprintf(stderr, "usage: focal-bench [--db PATH] [--seed N] [--benchmark_* options]\n"
                         "       focal-bench --generate PATH [--seed N]\n");
}

} // namespace

int main(int argc, char **argv)
{
    // Our own options are taken out of argv first, so that Google Benchmark sees only its own.
    QString generate;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (std::strcmp(argv[i], "--generate") == 0 && hasValue) {
            generate = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strcmp(argv[i], "--db") == 0 && hasValue) {
            g_dbOption = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strcmp(argv[i], "--seed") == 0 && hasValue) {
            bool ok = false;
            g_options.seed = QByteArray(argv[++i]).toUInt(&ok);
            if (!ok) {
                usage();
                return 2;
            }
        } else if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            usage();
            argv[kept++] = argv[i]; // Google Benchmark prints its own options too
        } else {
            argv[kept++] = argv[i];
        }
    }
    argc = kept;

    bool repetitionsGiven = false;
    for (int i = 1; i < argc; ++i)
        repetitionsGiven |= std::strncmp(argv[i], "--benchmark_repetitions", 23) == 0;

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    QCoreApplication app(argc, argv); // the Qt SQL driver plugin is found through it

    if (!generate.isEmpty())
        return generateOnly(generate);

    registerBenchmarks(!repetitionsGiven);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_shared.reset();
    releaseInsertPathFixture();
    return 0;
}
