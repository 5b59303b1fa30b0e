// Where the time of a write goes. The same 2 000 plan products are inserted into a database with
// the default data, inside one outer WriteTransaction that is rolled back afterwards, along six
// paths that each remove one cost of the path the application uses (Repository::insert):
//
//   repository                  Repository::insert: SQL text built and prepared for every row,
//                               a SAVEPOINT per row (nested WriteTransaction), search trigger
//   repository_no_search        the same with the search-index trigger dropped
//   cached                      one prepared INSERT reused, no savepoint, search trigger
//   cached_no_search            the same without the trigger: the floor for Qt + SQLite
//   cached_direct_index         no trigger; the index rows written by two more cached
//                               statements, as code outside a trigger would
//   cached_direct_index_savepoint  the same plus SAVEPOINT/RELEASE around each row
//
// These are diagnostics for core (docs/benchmarks.md explains the figures); the synthetic data
// itself is always written through Repository.

#include "InsertPath.h"

#include "data/DefaultData.h"
#include "model/Plan.h"
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

enum class Path {
    Repository,
    RepositoryNoSearch,
    Cached,
    CachedNoSearch,
    CachedDirectIndex,
    CachedDirectIndexSavepoint
};

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
    const QString now = context.now().toUTC().toString(Qt::ISODateWithMs);
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
    const bool dropTrigger = path != Path::Repository && path != Path::Cached;

    for (auto _ : state) {
        WriteTransaction tx(db); // never committed: the next iteration starts from the same data
        if (!tx.begun())
            return state.SkipWithError(tx.begun().error().fullText().toUtf8().constData());
        if (dropTrigger) {
            if (auto r = db.exec(QStringLiteral("DROP TRIGGER plan_item_search_ai")); !r)
                return state.SkipWithError(r.error().fullText().toUtf8().constData());
        }
        QSqlQuery insert(db.connection());
        QSqlQuery doc(db.connection());
        QSqlQuery index(db.connection());
        insert.prepare(insertSql());
        doc.prepare(QStringLiteral(
            "INSERT INTO search_doc(record_id, kind, title) VALUES (?, 'plan_item', ?)"));
        index.prepare(QStringLiteral(
            "INSERT INTO search_index(rowid, title, body) VALUES (last_insert_rowid(), ?, ?)"));
        QVariantList values;
        QString error;

        QElapsedTimer timer;
        timer.start();
        for (PlanItem item : f.items) {
            bool ok = true;
            switch (path) {
            case Path::Repository:
            case Path::RepositoryNoSearch:
                if (auto r = repo.insert(item); !r) {
                    error = r.error().fullText();
                    ok = false;
                }
                break;
            case Path::Cached:
            case Path::CachedNoSearch:
                rowValues(item, db.context(), values);
                ok = run(insert, values, &error);
                break;
            case Path::CachedDirectIndex:
            case Path::CachedDirectIndexSavepoint: {
                const bool savepoint = path == Path::CachedDirectIndexSavepoint;
                if (savepoint)
                    ok = bool(db.exec(QStringLiteral("SAVEPOINT row")));
                rowValues(item, db.context(), values);
                ok = ok && run(insert, values, &error) &&
                     run(doc, {column::toVariant(item.meta.id), item.text}, &error) &&
                     run(index, {item.text, item.deadlineText + QLatin1Char(' ') + item.notes},
                         &error);
                if (savepoint && ok)
                    ok = bool(db.exec(QStringLiteral("RELEASE SAVEPOINT row")));
                break;
            }
            }
            if (!ok)
                return state.SkipWithError(error.isEmpty() ? "insert failed"
                                                           : error.toUtf8().constData());
        }
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(state.iterations()) * rowsPerIteration,
                                                      benchmark::Counter::kIsRate);
}

} // namespace

std::vector<benchmark::internal::Benchmark *> registerInsertPathBenchmarks()
{
    const std::pair<const char *, Path> paths[] = {
        {"repository", Path::Repository},
        {"repository_no_search", Path::RepositoryNoSearch},
        {"cached", Path::Cached},
        {"cached_no_search", Path::CachedNoSearch},
        {"cached_direct_index", Path::CachedDirectIndex},
        {"cached_direct_index_savepoint", Path::CachedDirectIndexSavepoint},
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
