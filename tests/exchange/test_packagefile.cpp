// The package file: every record of the default data through encode and decode with every value
// compared, accents, a 200 000-character text and a file of all 256 byte values; the manifest's
// checksum; writing and reading files; the inflated-size counter against zlib; and the hostile
// corpus in tests/data/packages, every file of which must be refused. The refusals one by one
// are in test_packagerefusals.cpp (the same executable).

#include "exchange/InflatedSize.h"
#include "exchange/Package.h"
#include "exchange/PackageFixture.h"
#include "exchange/PackageRecords.h"
#include "model/RecordTypes.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>

using namespace focal;
using namespace focal::package;
using namespace focal::test;

TEST(PackageFile, RoundTripsEveryRecordOfTheDefaultData)
{
    Package original = defaultPackage();
    ASSERT_GT(original.records.size(), 150);
    const QByteArray bytes = PackageFile::encode(original);
    const auto decoded = PackageFile::decode(bytes);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    const Package &back = decoded.value();

    // encode ordered the records by AllRecordTypes, stably; decode kept that order.
    const QStringList tables = recordTables();
    for (qsizetype i = 1; i < original.records.size(); ++i)
        ASSERT_LE(tables.indexOf(original.records[i - 1].table),
                  tables.indexOf(original.records[i].table));
    EXPECT_EQ(original.records.first().table, QStringLiteral("country"));

    ASSERT_EQ(back.records.size(), original.records.size());
    QSet<QString> seenTables;
    for (qsizetype i = 0; i < back.records.size(); ++i) {
        const Record &a = original.records[i];
        const Record &b = back.records[i];
        seenTables.insert(b.table);
        ASSERT_EQ(b.table, a.table);
        EXPECT_EQ(b.meta.id, a.meta.id);
        EXPECT_EQ(b.meta.created, a.meta.created);
        EXPECT_EQ(b.meta.modified, a.meta.modified);
        EXPECT_EQ(b.meta.modifiedBy, a.meta.modifiedBy);
        EXPECT_EQ(b.meta.site, a.meta.site);
        EXPECT_EQ(b.clocks, a.clocks);
        ASSERT_EQ(b.values.keys(), a.values.keys()) << a.table.toStdString();
        for (auto it = a.values.cbegin(); it != a.values.cend(); ++it) {
            const QVariant &got = b.values.value(it.key());
            const std::string where = a.table.toStdString() + "." + it.key().toStdString();
            // A blob column holds a file or nothing: an empty one travels as null.
            if (it->typeId() == QMetaType::QByteArray) {
                EXPECT_EQ(got.toByteArray(), it->toByteArray()) << where;
                continue;
            }
            EXPECT_EQ(got.isNull(), it->isNull()) << where;
            EXPECT_EQ(got.toString(), it->toString()) << where;
        }
    }
    // Every table the default data fills came through.
    EXPECT_GE(seenTables.size(), 20);

    const auto it = std::find_if(back.records.cbegin(), back.records.cend(), [](const Record &r) {
        return r.meta.id == QUuid::createUuidV5(packageSite, QStringLiteral("doc"));
    });
    ASSERT_NE(it, back.records.cend());
    auto typed = fromPackageRecord<Document>(*it);
    ASSERT_TRUE(typed.ok());
    EXPECT_EQ(typed->title, QStringLiteral("Informe de gestión — São Paulo, Bogotá, Asunción ✓ 😀"));
    EXPECT_EQ(typed->recipient.size(), 200000);
    EXPECT_EQ(typed->recipient, QString(200000, QChar(u'á')));
    EXPECT_EQ(typed->meta.modifiedBy, QStringLiteral("João Ñúñez"));
    EXPECT_EQ(typed->meta.created.time().msec(), 123);
    EXPECT_EQ(typed->date, QDate(2020, 2, 29));
    ASSERT_EQ(typed->fileData.size(), 256);
    for (int i = 0; i < 256; ++i)
        ASSERT_EQ(quint8(typed->fileData[i]), i);
    EXPECT_EQ(it->clocks.of(QStringLiteral("title")).at(packageSite), 7);

    ASSERT_EQ(back.deletions.size(), 2);
    EXPECT_EQ(back.deletions[0].table, QStringLiteral("meeting"));
    EXPECT_EQ(back.deletions[0].author, QStringLiteral("Ana"));
    EXPECT_EQ(back.deletions[0].deleted, original.deletions[0].deleted);
    EXPECT_EQ(back.deletions[0].clocks, original.deletions[0].clocks);
    EXPECT_EQ(back.deletions[1].id, original.deletions[1].id);

    const Manifest &m = back.manifest;
    EXPECT_EQ(m.packageId, original.manifest.packageId);
    EXPECT_FALSE(m.packageId.isNull());
    EXPECT_EQ(m.created, original.manifest.created);
    EXPECT_EQ(m.sender.site, packageSite);
    EXPECT_EQ(m.sender.author, QStringLiteral("María José"));
    EXPECT_EQ(m.recipientCountry, QStringLiteral("CL"));
    EXPECT_EQ(m.records, original.records.size());
    EXPECT_EQ(m.deletions, 2);
    EXPECT_EQ(m.attachments, 1);
    EXPECT_EQ(m.tables.value(QStringLiteral("document")),
              original.manifest.tables.value(QStringLiteral("document")));
    qint64 sum = 0;
    for (const qint64 n : m.tables)
        sum += n;
    EXPECT_EQ(sum, m.records);
}

TEST(PackageFile, ManifestCarriesTheChecksumOfThePayloadAsStored)
{
    const QByteArray bytes = smallPackageFile();
    ASSERT_TRUE(bytes.startsWith("FOCAL-PACKAGE\n{"));
    const qsizetype end = bytes.indexOf('\n', 14);
    const QJsonObject manifest = QJsonDocument::fromJson(bytes.mid(14, end - 14)).object();
    const QByteArray stored = bytes.mid(end + 1);
    const QJsonObject payload = manifest[QStringLiteral("payload")].toObject();
    EXPECT_EQ(
        payload[QStringLiteral("sha256")].toString(),
        QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(payload[QStringLiteral("bytes")].toInteger(), stored.size());
    EXPECT_EQ(payload[QStringLiteral("inflatedBytes")].toInteger(), qUncompress(stored).size());
    EXPECT_EQ(qFromBigEndian<quint32>(stored.constData()), qUncompress(stored).size());
    EXPECT_EQ(manifest[QStringLiteral("format")].toString(), QStringLiteral("focal-package"));
    EXPECT_EQ(manifest[QStringLiteral("formatVersion")].toInt(), 1);
    EXPECT_EQ(
        manifest[QStringLiteral("contents")][QStringLiteral("tables")][QStringLiteral("country")]
            .toInt(),
        2);

    const auto m = PackageFile::readManifest(bytes);
    ASSERT_TRUE(m.ok()) << m.error().message.toStdString();
    EXPECT_EQ(m->payloadSha256, QCryptographicHash::hash(stored, QCryptographicHash::Sha256));
    EXPECT_EQ(m->records, 3);
    EXPECT_EQ(m->attachments, 1);
}

TEST(PackageFile, WritesAtomicallyAndReadsBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.focalpkg"));
    Package p = Package{};
    p.manifest.sender = {packageSite, QString(), QStringLiteral("Ana")};
    ASSERT_TRUE(PackageFile::write(path, p).ok());
    const auto back = PackageFile::read(path);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->manifest.packageId, p.manifest.packageId);
    EXPECT_EQ(back->records.size(), 0);

    const auto missing = PackageFile::read(dir.filePath(QStringLiteral("none.focalpkg")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);

    // The size is checked before reading.
    Limits small;
    small.maxFileBytes = 100;
    const auto big = PackageFile::read(path, small);
    ASSERT_FALSE(big.ok());
    EXPECT_TRUE(big.error().message.contains(QStringLiteral("too large")));

    const auto failed =
        PackageFile::write(dir.filePath(QStringLiteral("no/such/folder/b.focalpkg")), p);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, Error::Code::Io);
}

TEST(InflatedSize, CountsWhatZlibInflates)
{
    QRandomGenerator random(42);
    QList<QByteArray> samples{QByteArray(1, 'x'), QByteArray(300000, 'a')};
    QByteArray noise(100000, Qt::Uninitialized);
    for (char &c : noise)
        c = char(random.bounded(256));
    samples << noise;
    QByteArray text;
    for (int i = 0; i < 20000; ++i)
        text += QByteArray::number(random.bounded(1000)) + " palabras, ";
    samples << text;
    for (const QByteArray &s : samples)
        for (int level : {0, 1, 6, 9}) {
            const QByteArray z = qCompress(s, level);
            const auto n = InflatedSize::of(QByteArrayView(z).sliced(4), 1ll << 30);
            ASSERT_TRUE(n.has_value()) << "size " << s.size() << " level " << level;
            EXPECT_EQ(*n, s.size()) << "level " << level;
            // Counting stops just past the limit.
            if (s.size() > 10) {
                EXPECT_EQ(InflatedSize::of(QByteArrayView(z).sliced(4), 10).value_or(0) > 10, true);
            }
            // A cut stream is no stream.
            EXPECT_FALSE(InflatedSize::of(QByteArrayView(z).sliced(4).chopped(5), 1ll << 30));
        }
}

TEST(PackageCorpus, EveryHostileFileIsRefused)
{
    struct Case
    {
        const char *file;
        Error::Code code;
        const char *words;
    };
    const Case cases[] = {
        {"empty.focalpkg", Error::Code::Invalid, "empty"},
        {"not-a-package.focalpkg", Error::Code::Invalid, "not a Focal package"},
        {"truncated-in-magic.focalpkg", Error::Code::Invalid, "not a Focal package"},
        {"truncated-in-manifest.focalpkg", Error::Code::Invalid, "inside its manifest"},
        {"truncated-after-manifest.focalpkg", Error::Code::Invalid, "incomplete"},
        {"truncated-in-payload.focalpkg", Error::Code::Invalid, "incomplete"},
        {"truncated-last-byte.focalpkg", Error::Code::Invalid, "incomplete"},
        {"altered-checksum.focalpkg", Error::Code::Invalid, "checksum"},
        {"altered-payload-byte.focalpkg", Error::Code::Invalid, "checksum"},
        {"payload-size-lie.focalpkg", Error::Code::Invalid, "too large"},
        {"huge-counts.focalpkg", Error::Code::Invalid, "too large"},
        {"deep-nesting.focalpkg", Error::Code::Invalid, "nest deeper"},
        {"deep-nesting-manifest.focalpkg", Error::Code::Invalid, "nests deeper"},
        {"duplicate-uuid.focalpkg", Error::Code::Invalid, "earlier record"},
        {"path-traversal-dotdot.focalpkg", Error::Code::Invalid, "plain file name"},
        {"path-traversal-drive.focalpkg", Error::Code::Invalid, "plain file name"},
        {"path-traversal-slash.focalpkg", Error::Code::Invalid, "plain file name"},
        {"invalid-utf8.focalpkg", Error::Code::Invalid, "UTF-8"},
        {"unknown-format-version.focalpkg", Error::Code::TooNew, "newer Focal"},
        {"unknown-table.focalpkg", Error::Code::Invalid, "unknown table"},
        {"unknown-column.focalpkg", Error::Code::Invalid, "unknown field"},
        {"wrong-value-type.focalpkg", Error::Code::Invalid, "invalid text"},
        {"zip-bomb.focalpkg", Error::Code::Invalid, "more or fewer bytes"},
        {"manifest-too-long.focalpkg", Error::Code::Invalid, "manifest is longer"},
    };
    const QDir dir(focal::test::dataPath(QStringLiteral("packages")));
    const QStringList files =
        dir.entryList({QStringLiteral("*.focalpkg")}, QDir::Files, QDir::Name);
    QStringList expected;
    for (const Case &c : cases)
        expected << QString::fromLatin1(c.file);
    expected.sort();
    EXPECT_EQ(files, expected) << "every corpus file has its row, and every row its file";
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file);
        QFile file(dir.filePath(QString::fromLatin1(c.file)));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_LT(file.size(), 80 << 10) << "corpus files stay small";
        expectRefused(file.readAll(), c.code, QString::fromLatin1(c.words));
        const auto viaRead = PackageFile::read(file.fileName());
        ASSERT_FALSE(viaRead.ok());
        EXPECT_EQ(int(viaRead.error().code), int(c.code));
    }
    // The valid seed the corpus was cut from is accepted: the refusals are about the faults.
    const auto valid = PackageFile::read(dir.filePath(QStringLiteral("valid.focal-seed")));
    ASSERT_TRUE(valid.ok()) << valid.error().message.toStdString();
    EXPECT_EQ(valid->records.size(), 2);
}
