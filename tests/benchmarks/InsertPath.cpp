// Where the time of a write goes. The same 2 000 plan products are inserted into a database with
// the default data, inside one outer WriteTransaction that is rolled back afterwards (so the
// search index, built when a transaction commits, is not part of these figures: BM_Generate has
// it), along three paths:
//
//   repository        Repository::insert, one statement per record: how an edit is written
//   repository_bulk   Repository::insertAll: multi-row statements, how loads and imports write
//   cached            one prepared single-row INSERT reused with values bound by Qt, nothing
//                     else: the floor of Qt + SQLite for one statement per row
//
// These are diagnostics for core (docs/benchmarks.md explains the figures); the synthetic data
// itself is always written through Repository.

#include "InsertPath.h"

#include "data/DefaultData.h"
#include "model/Plan.h"
#include "model/Timestamp.h"
#include "model/WorkingGroup.h"
#include "storage/Repository.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <string>
#include <utility>
#include <vector>

using namespace focal;

namespace {

enum class Path { Repository, RepositoryBulk, Cached };

constexpr int rowsPerIteration = 2000;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::vector<PlanItem> items; // ids assigned once: every iteration is rolled back
    QString error;
};

std::unique_ptr<Fixture> g_fixture;

// A database with the default data and one plan, made once for all paths.
Fixture &fixture()
{
    if (!g_fixture)
        g_fixture = std::make_unique<Fixture>();
    Fixture &f = *g_fixture;
    if (f.db || !f.error.isEmpty())
        return f;
    auto opened = Database::open(QDir(f.dir.path()).filePath(QStringLiteral("insert.db")),
                                 Database::Mode::CreateNew);
    if (!opened) {
        f.error = opened.error().fullText();
        return f;
    }
    f.db = std::move(opened).value();
    if (auto r = DefaultData::loadEmbedded(*f.db); !r) {
        f.error = r.error().fullText();
        return f;
    }
    Repository repo(*f.db);
    auto groups = repo.list<WorkingGroup>();
    if (!groups || groups->isEmpty()) {
        f.error = QStringLiteral("no working group in the default data");
        return f;
    }
    Plan plan;
    plan.groupId = groups->first().meta.id;
    plan.year = 2021;
    plan.title = QStringLiteral("Plan de Trabajo 2021");
    if (auto r = repo.insert(plan); !r) {
        f.error = r.error().fullText();
        return f;
    }
    for (int i = 0; i < rowsPerIteration; ++i) {
        PlanItem item;
        item.meta.id = QUuid::createUuid();
        item.planId = plan.meta.id;
        item.position = i;
        item.text = QStringLiteral("Diagnóstico regional sobre la cooperación policial y la "
                                   "gestión del riesgo de desastres, con la participación de Perú "
                                   "(producto %1).")
                        .arg(i);
        item.deadline = Deadline::bimester(2021, 1 + i % 6).value_or(Deadline());
        item.deadlineText = item.deadline.toText(Language::Spanish);
        item.notes =
            i % 7 == 0 ? QStringLiteral("Sujeto a financiamiento de BID-INTAL.") : QString();
        f.items.push_back(item);
    }
    return f;
}

// The row as Repository writes it: meta columns, then the record's own fields.
void rowValues(const PlanItem &item, const ChangeContext &context, QVariantList &values)
{
    const QString now = isoTimestamp(context.now());
    values.clear();
    values << column::toVariant(item.meta.id) << now << now << context.author
           << column::toVariant(context.site);
    forEachField(item,
                 [&](const char *, const auto &member) { values << column::toVariant(member); });
}

QString insertSql()
{
    QStringList columns = {QStringLiteral("id"), QStringLiteral("created_at"),
                           QStringLiteral("modified_at"), QStringLiteral("modified_by"),
                           QStringLiteral("site_id")};
    columns << columnNames<PlanItem>();
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    return QStringLiteral("INSERT INTO plan_item (%1) VALUES (%2)")
        .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

bool run(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

void BM_InsertPath(benchmark::State &state, Path path)
{
    Fixture &f = fixture();
    if (!f.db)
        return state.SkipWithError(f.error.toUtf8().constData());
    Database &db = *f.db;
    Repository repo(db);
    for (auto _ : state) {
        WriteTransaction tx(db); // never committed: the next iteration starts from the same data
        if (!tx.begun())
            return state.SkipWithError(tx.begun().error().fullText().toUtf8().constData());
        QSqlQuery insert(db.connection());
        insert.prepare(insertSql());
        QVariantList values;
        QString error;
        QList<PlanItem> items(f.items.begin(), f.items.end());

        QElapsedTimer timer;
        timer.start();
        if (path == Path::RepositoryBulk) {
            if (auto r = repo.insertAll(items); !r)
                error = r.error().fullText();
        } else {
            for (PlanItem &item : items) {
                if (path == Path::Repository) {
                    if (auto r = repo.insert(item); !r) {
                        error = r.error().fullText();
                        break;
                    }
                } else {
                    rowValues(item, db.context(), values);
                    if (!run(insert, values, &error))
                        break;
                }
            }
        }
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (!error.isEmpty())
            return state.SkipWithError(error.toUtf8().constData());
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(state.iterations()) * rowsPerIteration,
                                                      benchmark::Counter::kIsRate);
}

} // namespace

std::vector<benchmark::internal::Benchmark *> registerInsertPathBenchmarks()
{
    const std::pair<const char *, Path> paths[] = {
        {"repository", Path::Repository},
        {"repository_bulk", Path::RepositoryBulk},
        {"cached", Path::Cached},
    };
    std::vector<benchmark::internal::Benchmark *> registered;
    for (const auto &[name, path] : paths) {
        registered.push_back(
            benchmark::RegisterBenchmark((std::string("BM_InsertPath/") + name).c_str(),
                                         BM_InsertPath, path)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond));
    }
    return registered;
}

void releaseInsertPathFixture()
{
    g_fixture.reset();
}
