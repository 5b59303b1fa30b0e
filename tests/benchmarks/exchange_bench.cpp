// focal-exchange-bench: a package of 10 000 changed records, exported and imported.
//
// Two sites start from the same database: the PROSUR default data plus 10 000 plan products
// (site A made them; site B received a copy and has its own identity). Site A then sends B a
// package (the starting point of "changes since the last package"), edits every one of the
// 10 000 products in one transaction (the text of all, the status of every third, the deadline
// of every fifth), and exports what changed since: 10 000 changed records with their field
// clocks. The benchmark times
//   - BM_Export: collecting those changes and writing the package file (PackageExport::collect,
//     PackageFile::write);
//   - BM_Import: reading the file (every check of an untrusted package) and applying it at B in
//     one transaction (PackageFile::read, PackageImport::apply), on a fresh copy of B's database
//     each iteration (copying is not timed).
// Target (issue 7): under 1 s each. Build with -DCMAKE_BUILD_TYPE=Release
// -DFOCAL_BUILD_BENCHMARKS=ON; see docs/benchmarks.md.
//
//   focal-exchange-bench [--records N] [Google Benchmark options]

#include "data/DefaultData.h"
#include "exchange/Exchange.h"
#include "exchange/Package.h"
#include "model/RecordTypes.h"
#include "storage/Repository.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace focal;

namespace {

int g_records = 10000;
QString g_siteB;       // B's database before the import
QString g_packagePath; // the package of changes from A
QString g_siteA;
ExportSelection g_changes;
qint64 g_packageBytes = 0;

[[noreturn]] void die(const QString &what, const Error &error)
{
    std::fprintf(stderr, "focal-exchange-bench: %s: %s\n", qPrintable(what),
                 qPrintable(error.fullText()));
    std::exit(1);
}

template <typename T> T check(Result<T> r, const char *what)
{
    if (!r)
        die(QString::fromLatin1(what), r.error());
    if constexpr (!std::is_void_v<T>)
        return std::move(r.value());
}

std::unique_ptr<Database> open(const QString &path, Database::Mode mode)
{
    return check(Database::open(path, mode), "open");
}

QUuid countryByIso(Database &db, const char *iso)
{
    Repository repo(db);
    const auto countries =
        check(repo.listWhere<Country>("iso2", QString::fromLatin1(iso)), "countries");
    if (countries.isEmpty())
        die(QStringLiteral("country"), Error{Error::Code::NotFound, QString::fromLatin1(iso), {}});
    return countries.first().meta.id;
}

// Builds both sites and the package; returns B's country.
void prepare(const QString &dir)
{
    g_siteA = dir + QStringLiteral("/site-a.focal");
    g_siteB = dir + QStringLiteral("/site-b.focal");
    g_packagePath = dir + QStringLiteral("/changes.focalpkg");

    QUuid peru;
    {
        auto a = open(g_siteA, Database::Mode::CreateNew);
        check(DefaultData::loadEmbedded(*a), "default data");
        check(SiteIdentity::save(*a, countryByIso(*a, "CL"), QStringLiteral("Focal point A")),
              "identity A");
        Repository repo(*a);
        const auto plans = check(repo.list<Plan>(), "plans");
        QList<PlanItem> items;
        items.reserve(g_records);
        for (int i = 0; i < g_records; ++i) {
            PlanItem item;
            item.planId = plans.first().meta.id;
            item.position = 1000 + i;
            item.text = QStringLiteral("Producto %1: intercambio de información sobre "
                                       "cooperación regional")
                            .arg(i);
            item.deadline = *Deadline::parse(QStringLiteral("Primer bimestre 2021"));
            items << item;
        }
        check(repo.insertAll(items), "products");
        check(a->backupTo(g_siteB), "copy to B");
    }
    {
        // A copy is a new site: its own id, country and focal point.
        auto b = open(g_siteB, Database::Mode::OpenExisting);
        check(b->setMeta(QStringLiteral("site_id"),
                         QUuid::createUuid().toString(QUuid::WithoutBraces)),
              "site B");
    }
    {
        auto b = open(g_siteB, Database::Mode::OpenExisting);
        peru = countryByIso(*b, "PE");
        check(SiteIdentity::save(*b, peru, QStringLiteral("Focal point B")), "identity B");
    }
    auto a = open(g_siteA, Database::Mode::OpenExisting);
    g_changes.kind = ExportSelection::Kind::ChangedSince;
    g_changes.recipient = peru;
    // The last package sent to B: what changes are counted from.
    check(PackageExport::write(*a, g_changes, dir + QStringLiteral("/base.focalpkg")), "base");
    Repository repo(*a);
    auto items = check(repo.listWhere<PlanItem>("parent_id", QVariant()), "items");
    {
        WriteTransaction tx(*a);
        int edited = 0;
        for (PlanItem &item : items) {
            if (item.position < 1000)
                continue;
            // Edits of different fields: the import writes each combination apart.
            item.text += QStringLiteral(" (revisado)");
            if (edited % 3 == 0)
                item.status = PlanItemStatus::InProgress;
            if (edited % 5 == 0) {
                item.deadline = *Deadline::parse(QStringLiteral("Segundo semestre 2021"));
                item.deadlineText = QStringLiteral("Segundo semestre 2021");
            }
            check(repo.update(item), "edit");
            ++edited;
        }
        check(tx.commit(), "commit");
        std::printf("site A edited %d products\n", edited);
    }
    auto package = check(PackageExport::collect(*a, g_changes), "collect");
    check(package::PackageFile::write(g_packagePath, package), "write");
    g_packageBytes = QFile(g_packagePath).size();
    std::printf("package: %lld records, %lld deletions, %lld bytes\n",
                qlonglong(package.manifest.records), qlonglong(package.manifest.deletions),
                qlonglong(g_packageBytes));
}

void BM_Export(benchmark::State &state)
{
    auto a = open(g_siteA, Database::Mode::OpenExisting);
    const QString path = g_packagePath + QStringLiteral(".again");
    for (auto _ : state) {
        auto package = check(PackageExport::collect(*a, g_changes), "collect");
        check(package::PackageFile::write(path, package), "write");
        state.counters["records"] = double(package.manifest.records);
    }
}

void BM_Import(benchmark::State &state)
{
    const QString copy = g_siteB + QStringLiteral(".import");
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(copy);
        QFile::copy(g_siteB, copy);
        {
            auto b = open(copy, Database::Mode::OpenExisting);
            state.ResumeTiming();
            auto package = check(package::PackageFile::read(g_packagePath), "read");
            auto done = check(PackageImport::apply(*b, package), "apply");
            state.PauseTiming();
            state.counters["changed"] = done.changed;
            state.counters["conflicts"] = done.conflicts;
        }
        state.ResumeTiming();
    }
    state.counters["bytes"] = double(g_packageBytes);
}

BENCHMARK(BM_Export)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Import)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--records") == 0)
            g_records = std::atoi(argv[i + 1]);
    QTemporaryDir dir;
    prepare(dir.path());
    int benchArgc = 1;
    std::vector<char *> benchArgv{argv[0]};
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--records") == 0) {
            ++i;
            continue;
        }
        benchArgv.push_back(argv[i]);
        ++benchArgc;
    }
    benchmark::Initialize(&benchArgc, benchArgv.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
