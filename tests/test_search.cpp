// Full-text search (core/query/Search) over the PROSUR default data: accent and case folding,
// all words required as prefixes, user text never taken as FTS5 syntax, and an index that follows
// every change made through Repository.

#include "data/DefaultData.h"
#include "model/Country.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "query/Search.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSqlRecord>

#include <ostream>

using focal::Search;
using focal::SearchHit;
using focal::test::TestDatabase;

void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// Lower case without accents, the way the index compares words ("Víctimas" -> "victimas").
QString folded(const QString &text)
{
    static const QRegularExpression marks(QStringLiteral("\\p{Mn}+"));
    return text.normalized(QString::NormalizationForm_D).remove(marks).toCaseFolded();
}

// True when some word of `text` starts with `prefix` (already folded).
bool hasWordWithPrefix(const QString &text, const QString &prefix)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = folded(text).split(separators, Qt::SkipEmptyParts);
    return std::any_of(words.begin(), words.end(),
                       [&](const QString &w) { return w.startsWith(prefix); });
}

// Every text column of the record a hit names, read straight from its table: what the hit was
// found in, whatever the index holds.
QString recordText(focal::Database &db, const SearchHit &hit)
{
    auto q = db.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(hit.kind),
                     {hit.id.toString(QUuid::WithoutBraces)});
    if (!q || !q.value().next())
        return {};
    QStringList parts;
    const QSqlRecord record = q.value().record();
    for (int i = 0; i < record.count(); ++i)
        if (q.value().value(i).typeId() == QMetaType::QString)
            parts << q.value().value(i).toString();
    return parts.join(QLatin1Char(' '));
}

QList<SearchHit> search(focal::Database &db, const QString &text, int limit = Search::defaultLimit)
{
    auto hits = Search::run(db, text, limit);
    EXPECT_TRUE(hits.ok()) << "search for \"" << text.toStdString() << "\" failed: "
                           << (hits ? std::string() : hits.error().fullText().toStdString());
    return hits ? hits.value() : QList<SearchHit>();
}

bool containsHit(const QList<SearchHit> &hits, const QString &kind, const QUuid &id)
{
    return std::any_of(hits.begin(), hits.end(),
                       [&](const SearchHit &h) { return h.kind == kind && h.id == id; });
}

bool containsTitle(const QList<SearchHit> &hits, const QString &kind, const QString &title)
{
    return std::any_of(hits.begin(), hits.end(),
                       [&](const SearchHit &h) { return h.kind == kind && h.title == title; });
}

QUuid countryId(const char *iso2)
{
    return focal::DefaultData::keyUuid("country", QString::fromLatin1(iso2));
}

QUuid planItemId(focal::Database &db, const QString &text)
{
    focal::Repository repo(db);
    auto items = repo.listWhere<focal::PlanItem>("text", text);
    if (!items || items->size() != 1) {
        ADD_FAILURE() << "no single plan item with the text " << text.toStdString();
        return {};
    }
    return items->first().meta.id;
}

class SearchTest : public ::testing::Test
{
protected:
    TestDatabase tdb{TestDatabase::Content::DefaultData};
    focal::Database &db() { return tdb.db(); }
};

TEST_F(SearchTest, LowercaseWithoutAccentFindsPeruAsCountry)
{
    const QList<SearchHit> hits = search(db(), QStringLiteral("peru"));
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_TRUE(containsHit(hits, QStringLiteral("country"), countryId("PE")));
    EXPECT_TRUE(containsTitle(hits, QStringLiteral("country"), u8("Perú")));
}

TEST_F(SearchTest, CaseAndAccentsDoNotChangeTheFirstHit)
{
    const QList<SearchHit> plain = search(db(), QStringLiteral("peru"));
    const QList<SearchHit> upperAccent = search(db(), u8("PERÚ"));
    const QList<SearchHit> capital = search(db(), QStringLiteral("Peru"));
    ASSERT_FALSE(plain.isEmpty());
    ASSERT_FALSE(upperAccent.isEmpty());
    ASSERT_FALSE(capital.isEmpty());
    EXPECT_EQ(upperAccent.first().id, plain.first().id);
    EXPECT_EQ(capital.first().id, plain.first().id);
    EXPECT_EQ(upperAccent.size(), plain.size());
    EXPECT_EQ(capital.size(), plain.size());
}

TEST_F(SearchTest, CooperacionWithoutAccentFindsTheLineOfActionOnTheRegionalCentre)
{
    const QString line = QStringLiteral(
        "Analizar la creación de un Centro de Cooperación Regional para el combate de la DOT");
    const QList<SearchHit> hits = search(db(), QStringLiteral("cooperacion"));
    EXPECT_TRUE(containsTitle(hits, QStringLiteral("plan_item"), line));
    EXPECT_TRUE(containsHit(hits, QStringLiteral("plan_item"), planItemId(db(), line)));
}

TEST_F(SearchTest, AllWordsRequiredFindsExactlyTheSubgroupTwoPlanItemsWithBothWords)
{
    const QList<SearchHit> hits = search(db(), QStringLiteral("victimas trata"));

    // Independently: the plan items of subgroup 2's 2021 plan that hold both words.
    focal::Repository repo(db());
    const QUuid plan = focal::DefaultData::keyUuid("plan", QStringLiteral("seg-sg2-2021"));
    auto items = repo.listWhere<focal::PlanItem>("plan_id", plan.toString(QUuid::WithoutBraces));
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 7); // 3 lines of action, 4 products
    QSet<QUuid> expected;
    for (const focal::PlanItem &i : *items)
        if (hasWordWithPrefix(i.text, QStringLiteral("victimas")) &&
            hasWordWithPrefix(i.text, QStringLiteral("trata")))
            expected.insert(i.meta.id);
    ASSERT_EQ(expected.size(), 4);

    QSet<QUuid> found;
    for (const SearchHit &h : hits)
        if (h.kind == QLatin1String("plan_item"))
            found.insert(h.id);
    EXPECT_EQ(found, expected);
    EXPECT_TRUE(containsTitle(
        hits, QStringLiteral("plan_item"),
        u8("Borrador de protocolo regional de asistencia a víctimas de DOT trata de personas.")));
    // Víctimas without trata, and trata without víctimas: not found.
    EXPECT_FALSE(containsTitle(hits, QStringLiteral("plan_item"),
                               u8("Intercambio de experiencias sobre coordinaciones "
                                  "interinstitucionales internas y bilaterales con los países de "
                                  "origen de las víctimas.")));
}

TEST_F(SearchTest, AllWordsRequiredReturnsNothingThatLacksEitherWord)
{
    const QList<SearchHit> hits = search(db(), QStringLiteral("victimas trata"));
    ASSERT_FALSE(hits.isEmpty());
    for (const SearchHit &h : hits) {
        const QString text = recordText(db(), h);
        EXPECT_TRUE(hasWordWithPrefix(text, QStringLiteral("victimas")))
            << h.kind.toStdString() << " \"" << h.title.toStdString() << "\" lacks victimas";
        EXPECT_TRUE(hasWordWithPrefix(text, QStringLiteral("trata")))
            << h.kind.toStdString() << " \"" << h.title.toStdString() << "\" lacks trata";
    }
}

TEST_F(SearchTest, WordPrefixFindsTheCommitmentOnCiberseguridad)
{
    const QList<SearchHit> hits = search(db(), QStringLiteral("ciberseg"));
    EXPECT_TRUE(containsTitle(hits, QStringLiteral("agreement"),
                              u8("Enviar una propuesta sobre Ciberseguridad para ser analizada "
                                 "por los demás participantes")));
    for (const SearchHit &h : hits)
        EXPECT_TRUE(hasWordWithPrefix(recordText(db(), h), QStringLiteral("ciberseg")))
            << h.kind.toStdString() << " \"" << h.title.toStdString() << "\"";
}

TEST_F(SearchTest, PrefixInsideAWordDoesNotMatch)
{
    // "eguridad" lies inside "Seguridad" and "Ciberseguridad" but starts no word.
    const QList<SearchHit> hits = search(db(), QStringLiteral("eguridad"));
    EXPECT_TRUE(hits.isEmpty());
}

TEST_F(SearchTest, FtsSyntaxInTheTextIsOnlyText)
{
    const QStringList texts = {
        QStringLiteral("\"peru"),
        QStringLiteral("peru\""),
        QStringLiteral("peru OR chile"),
        QStringLiteral("OR"),
        QStringLiteral("AND"),
        QStringLiteral("NOT peru"),
        QStringLiteral("NEAR(peru chile"),
        QStringLiteral("NEAR(peru chile, 2)"),
        QStringLiteral("peru*"),
        QStringLiteral("*"),
        QStringLiteral("-peru"),
        QStringLiteral("title:peru"),
        QStringLiteral("{title}: peru"),
        QStringLiteral("^peru"),
        QStringLiteral("(peru"),
        QStringLiteral("peru + chile"),
        QStringLiteral("'; DROP TABLE country; --"),
    };
    for (const QString &text : texts) {
        auto hits = Search::run(db(), text);
        EXPECT_TRUE(hits.ok()) << "\"" << text.toStdString() << "\": "
                               << (hits ? std::string() : hits.error().fullText().toStdString());
    }
    EXPECT_EQ(focal::test::rowCount(db(), "country"), 8);
}

TEST_F(SearchTest, OperatorCharactersAroundAWordGiveTheSameHitsAsTheWord)
{
    const QList<SearchHit> plain = search(db(), QStringLiteral("peru"));
    ASSERT_FALSE(plain.isEmpty());
    for (const QString &text :
         {QStringLiteral("\"peru\""), QStringLiteral("peru*"), QStringLiteral("-peru"),
          QStringLiteral("(peru)"), QStringLiteral("^peru")}) {
        const QList<SearchHit> hits = search(db(), text);
        ASSERT_EQ(hits.size(), plain.size()) << text.toStdString();
        EXPECT_EQ(hits.first().id, plain.first().id) << text.toStdString();
    }
}

TEST_F(SearchTest, OrIsAWordNotAnOperator)
{
    // With OR as an operator "peru OR chile" would also find Chile alone; as a required word it
    // finds only records that also hold a word starting with "or" (e.g. "organizada").
    const QList<SearchHit> hits = search(db(), QStringLiteral("peru OR chile"));
    EXPECT_FALSE(containsHit(hits, QStringLiteral("country"), countryId("CL")));
    EXPECT_FALSE(containsHit(hits, QStringLiteral("country"), countryId("PE")));
}

TEST_F(SearchTest, EmptyTextGivesAnEmptyListAndNoError)
{
    auto hits = Search::run(db(), QString());
    ASSERT_TRUE(hits.ok()) << hits.error().fullText().toStdString();
    EXPECT_TRUE(hits->isEmpty());
    auto emptyLiteral = Search::run(db(), QStringLiteral(""));
    ASSERT_TRUE(emptyLiteral.ok()) << emptyLiteral.error().fullText().toStdString();
    EXPECT_TRUE(emptyLiteral->isEmpty());
}

TEST_F(SearchTest, WhitespaceOnlyTextGivesAnEmptyListAndNoError)
{
    auto hits = Search::run(db(), QStringLiteral("  \t\n  "));
    ASSERT_TRUE(hits.ok()) << hits.error().fullText().toStdString();
    EXPECT_TRUE(hits->isEmpty());
}

TEST_F(SearchTest, PunctuationOnlyTextGivesAnEmptyListAndNoError)
{
    auto hits = Search::run(db(), QStringLiteral("\"*-:()"));
    ASSERT_TRUE(hits.ok()) << hits.error().fullText().toStdString();
    EXPECT_TRUE(hits->isEmpty());
}

TEST_F(SearchTest, RenamingThroughRepositoryReplacesTheOldWordsInTheIndex)
{
    focal::Repository repo(db());
    auto guyana = repo.get<focal::Country>(countryId("GY"));
    ASSERT_TRUE(guyana.ok()) << guyana.error().fullText().toStdString();
    ASSERT_TRUE(containsHit(search(db(), QStringLiteral("guyana")), QStringLiteral("country"),
                            countryId("GY")));

    focal::Country renamed = guyana.value();
    renamed.nameEs = QStringLiteral("Zelandia Austral");
    renamed.namePt = QStringLiteral("Zelandia Austral");
    renamed.nameEn = QStringLiteral("Austral Zealandia");
    ASSERT_TRUE(repo.update(renamed).ok());

    EXPECT_FALSE(containsHit(search(db(), QStringLiteral("guyana")), QStringLiteral("country"),
                             countryId("GY")));
    EXPECT_FALSE(containsHit(search(db(), QStringLiteral("guiana")), QStringLiteral("country"),
                             countryId("GY")));
    const QList<SearchHit> hits = search(db(), QStringLiteral("zelandia"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().kind, QStringLiteral("country"));
    EXPECT_EQ(hits.first().id, countryId("GY"));
    EXPECT_EQ(hits.first().title, QStringLiteral("Zelandia Austral"));
}

TEST_F(SearchTest, RemovingARecordRemovesItFromTheResults)
{
    const QString text =
        u8("Borrador de protocolo regional de asistencia a víctimas de DOT trata de personas.");
    const QUuid id = planItemId(db(), text);
    ASSERT_TRUE(containsHit(search(db(), QStringLiteral("borrador protocolo")),
                            QStringLiteral("plan_item"), id));

    focal::Repository repo(db());
    ASSERT_TRUE(repo.remove<focal::PlanItem>(id).ok());

    EXPECT_FALSE(containsHit(search(db(), QStringLiteral("borrador protocolo")),
                             QStringLiteral("plan_item"), id));
    EXPECT_FALSE(containsHit(search(db(), QStringLiteral("victimas trata")),
                             QStringLiteral("plan_item"), id));
}

TEST_F(SearchTest, RemovingAPlanRemovesItsCascadedItemsFromTheResults)
{
    const QString text =
        u8("Borrador de protocolo regional de asistencia a víctimas de DOT trata de personas.");
    const QUuid item = planItemId(db(), text);
    ASSERT_FALSE(item.isNull());

    focal::Repository repo(db());
    ASSERT_TRUE(repo.remove<focal::Plan>(
                        focal::DefaultData::keyUuid("plan", QStringLiteral("seg-sg2-2021")))
                    .ok());
    ASSERT_EQ(focal::test::rowCount(db(), "plan_item"), (2 + 5) + (5 + 5)); // sg1, sg3 remain

    const QList<SearchHit> hits = search(db(), QStringLiteral("victimas trata"));
    EXPECT_FALSE(containsHit(hits, QStringLiteral("plan_item"), item));
    for (const SearchHit &h : hits)
        EXPECT_NE(h.kind, QStringLiteral("plan_item")) << h.title.toStdString();
}

TEST_F(SearchTest, InsertedRecordIsFoundAtOnce)
{
    focal::Repository repo(db());
    focal::Meeting m;
    m.kind = focal::MeetingKind::Videoconference;
    m.scope = focal::MeetingScope::Forum;
    m.date = QDate(2021, 3, 1);
    m.title = QStringLiteral("Reunión extraordinaria de coordinadores");
    m.summary = QStringLiteral("Se trató el calendario quinquenal");
    ASSERT_TRUE(repo.insert(m).ok());

    const QList<SearchHit> hits = search(db(), QStringLiteral("quinquenal"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().kind, QStringLiteral("meeting"));
    EXPECT_EQ(hits.first().id, m.meta.id);
    EXPECT_EQ(hits.first().title, m.title);
}

TEST_F(SearchTest, LimitCapsTheNumberOfHits)
{
    // "de" starts words in most records of the report.
    const QList<SearchHit> all = search(db(), QStringLiteral("de"), 1000);
    ASSERT_GT(all.size(), 5);
    EXPECT_EQ(search(db(), QStringLiteral("de"), 3).size(), 3);
    EXPECT_EQ(search(db(), QStringLiteral("de"), 1).size(), 1);
    EXPECT_EQ(search(db(), QStringLiteral("de"), int(all.size())).size(), all.size());
}

TEST_F(SearchTest, DefaultLimitIsFifty)
{
    ASSERT_GT(search(db(), QStringLiteral("de"), 1000).size(), Search::defaultLimit)
        << "the default data should hold more than 50 records with \"de\"";
    EXPECT_EQ(search(db(), QStringLiteral("de")).size(), Search::defaultLimit);
}

} // namespace

// Insertions are indexed in bulk when the write transaction commits; these pin down that the
// index then holds exactly what the database holds.
namespace {

focal::Meeting meetingTitled(const char *title)
{
    focal::Meeting m;
    m.kind = focal::MeetingKind::Videoconference;
    m.scope = focal::MeetingScope::Forum;
    m.title = QString::fromUtf8(title);
    return m;
}

int searchEntries(focal::Database &db)
{
    return focal::test::rowCount(db, "search_doc");
}

} // namespace

TEST_F(SearchTest, ARolledBackInsertLeavesNoIndexEntry)
{
    focal::Repository repo(db());
    const int before = searchEntries(db());
    {
        focal::WriteTransaction tx(db());
        focal::Meeting m = meetingTitled("Encuentro hexagonal");
        ASSERT_TRUE(repo.insert(m).ok());
    }
    EXPECT_TRUE(search(db(), QStringLiteral("hexagonal")).isEmpty());
    EXPECT_EQ(searchEntries(db()), before);
}

TEST_F(SearchTest, ARecordInsertedThenChangedInOneTransactionIsIndexedOnceAsItEnds)
{
    focal::Repository repo(db());
    const int before = searchEntries(db());
    focal::Meeting m = meetingTitled("Encuentro hexagonal");
    {
        focal::WriteTransaction tx(db());
        ASSERT_TRUE(repo.insert(m).ok());
        m.title = QStringLiteral("Encuentro pentagonal");
        ASSERT_TRUE(repo.update(m).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_TRUE(search(db(), QStringLiteral("hexagonal")).isEmpty());
    const QList<SearchHit> hits = search(db(), QStringLiteral("pentagonal"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().id, m.meta.id);
    EXPECT_EQ(searchEntries(db()), before + 1);
}

TEST_F(SearchTest, AnInsertUndoneByAnInnerRollbackIsNotIndexed)
{
    focal::Repository repo(db());
    focal::Meeting kept = meetingTitled("Encuentro octogonal");
    focal::Meeting dropped = meetingTitled("Encuentro heptagonal");
    {
        focal::WriteTransaction outer(db());
        ASSERT_TRUE(repo.insert(kept).ok());
        {
            focal::WriteTransaction inner(db());
            ASSERT_TRUE(repo.insert(dropped).ok());
        } // rolled back
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(search(db(), QStringLiteral("octogonal")).size(), 1);
    EXPECT_TRUE(search(db(), QStringLiteral("heptagonal")).isEmpty());
}

TEST_F(SearchTest, OnlyTheLastWordIsAPrefix)
{
    // "coop" alone is the start of "Cooperación"; followed by another word it must be whole.
    EXPECT_FALSE(search(db(), QStringLiteral("coop")).isEmpty());
    EXPECT_TRUE(search(db(), QStringLiteral("coop regional")).isEmpty());
    EXPECT_FALSE(search(db(), QStringLiteral("cooperacion regional")).isEmpty());
}

TEST_F(SearchTest, TitleMatchesComeFirstThenTheRestWithinTheLimit)
{
    // "Víctimas" is in the title of some records and only in the text of others.
    const QList<SearchHit> all = search(db(), QStringLiteral("victimas"), 1000);
    int inTitle = 0;
    for (const SearchHit &h : all)
        if (folded(h.title).contains(QStringLiteral("victimas")))
            ++inTitle;
    ASSERT_GT(inTitle, 0);
    ASSERT_GT(all.size(), inTitle) << "needs matches outside titles too";
    for (int i = 0; i < int(all.size()); ++i)
        EXPECT_EQ(folded(all[i].title).contains(QStringLiteral("victimas")), i < inTitle)
            << all[i].title.toStdString();

    // A limit between the two: all title hits, then only as many others as fit.
    const int limit = inTitle + 1;
    const QList<SearchHit> some = search(db(), QStringLiteral("victimas"), limit);
    EXPECT_EQ(some.size(), limit);
    QSet<QUuid> ids;
    for (const SearchHit &h : some)
        ids.insert(h.id);
    EXPECT_EQ(ids.size(), limit); // no record twice
}
