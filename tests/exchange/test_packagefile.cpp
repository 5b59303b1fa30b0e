// The package file: every record of the default data through encode and decode with every value
// compared, accents, a 200 000-character text and a file of all 256 byte values; the manifest's
// checksum; the inflated-size counter against zlib; each way a package is refused, with its
// message; and the hostile corpus in tests/data/packages, every file of which must be refused.

#include "exchange/InflatedSize.h"
#include "exchange/Package.h"
#include "exchange/PackageRecords.h"
#include "model/RecordTypes.h"
#include "storage/Repository.h"
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
using focal::test::TestDatabase;

namespace {

const QUuid siteA = QUuid::fromString(QStringLiteral("6f1c1a52-3d55-4a0e-9a51-0c8f4f3b9e01"));

// The default data as a package, plus a document that carries accents, a long text and a file
// of every byte value, a record with clocks and two deletions.
Package defaultPackage()
{
    TestDatabase tdb(TestDatabase::Content::DefaultData);
    Repository repo(tdb.db());
    Package p;
    forEachRecordType([&]<typename T>() {
        auto rows = repo.list<T>();
        EXPECT_TRUE(rows.ok()) << T::table;
        for (const T &row : rows.value())
            p.records.append(toPackageRecord(row, {}));
    });
    Document doc;
    doc.meta = {QUuid::createUuidV5(siteA, QStringLiteral("doc")),
                QDateTime(QDate(2020, 3, 1), QTime(10, 0, 0, 123), Qt::UTC),
                QDateTime(QDate(2020, 3, 2), QTime(11, 30), Qt::UTC), QStringLiteral("João Ñúñez"),
                siteA};
    doc.title = QStringLiteral("Informe de gestión — São Paulo, Bogotá, Asunción ✓ 😀");
    doc.recipient = QString(200000, QChar(u'á'));
    doc.fileName = QStringLiteral("informe año 2020.pdf");
    doc.mimeType = QStringLiteral("application/octet-stream");
    doc.date = QDate(2020, 2, 29);
    for (int i = 0; i < 256; ++i)
        doc.fileData.append(char(i));
    FieldClocks clocks;
    clocks.bump(QStringLiteral("title"), siteA, 7);
    p.records.prepend(toPackageRecord(doc, clocks)); // encode must put it after the countries
    Deletion del{QStringLiteral("meeting"),
                 QUuid::createUuidV5(siteA, QStringLiteral("gone")),
                 QDateTime(QDate(2021, 1, 5), QTime(9, 0), Qt::UTC),
                 siteA,
                 QStringLiteral("Ana"),
                 clocks};
    p.deletions.append(del);
    del.id = QUuid::createUuidV5(siteA, QStringLiteral("gone too"));
    del.table = QStringLiteral("plan_item");
    del.clocks = {};
    p.deletions.append(del);
    p.manifest.sender = {siteA, QStringLiteral("PY"), QStringLiteral("María José")};
    p.manifest.recipientCountry = QStringLiteral("CL");
    p.manifest.selection = QStringLiteral("all");
    return p;
}

// The package's parts, to alter one and put the file back together with sound checksums, so
// that each test reaches the check it is about.
struct Parts
{
    QJsonObject manifest;
    QJsonObject payload;

    static Parts of(const QByteArray &file)
    {
        const qsizetype end = file.indexOf('\n', 14);
        Parts parts;
        parts.manifest = QJsonDocument::fromJson(file.mid(14, end - 14)).object();
        parts.payload = QJsonDocument::fromJson(qUncompress(file.mid(end + 1))).object();
        return parts;
    }

    // The file, with the manifest's sizes and checksum made to fit the payload bytes.
    QByteArray file(const QByteArray &payloadJson) const
    {
        const QByteArray stored = qCompress(payloadJson);
        QJsonObject m = manifest;
        QJsonObject pl = m.value(QStringLiteral("payload")).toObject();
        pl[QStringLiteral("bytes")] = double(stored.size());
        pl[QStringLiteral("inflatedBytes")] = double(payloadJson.size());
        pl[QStringLiteral("sha256")] = QString::fromLatin1(
            QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex());
        m[QStringLiteral("payload")] = pl;
        return QByteArray("FOCAL-PACKAGE\n") + QJsonDocument(m).toJson(QJsonDocument::Compact) +
               '\n' + stored;
    }
    QByteArray file() const { return file(QJsonDocument(payload).toJson(QJsonDocument::Compact)); }

    QJsonObject record(int i) const
    {
        return payload[QStringLiteral("records")].toArray().at(i).toObject();
    }
    void setRecord(int i, const QJsonObject &r)
    {
        QJsonArray records = payload[QStringLiteral("records")].toArray();
        records[i] = r;
        payload[QStringLiteral("records")] = records;
    }
    void setField(int i, const QString &column, const QJsonValue &value)
    {
        QJsonObject r = record(i);
        QJsonObject fields = r[QStringLiteral("fields")].toObject();
        fields[column] = value;
        r[QStringLiteral("fields")] = fields;
        setRecord(i, r);
    }
    // The index of the first record of `table`.
    int first(const QString &table) const
    {
        const QJsonArray records = payload[QStringLiteral("records")].toArray();
        for (int i = 0; i < records.size(); ++i)
            if (records[i].toObject()[QStringLiteral("table")].toString() == table)
                return i;
        return -1;
    }
};

// A small package: two countries and the document of defaultPackage().
QByteArray smallFile()
{
    static const QByteArray bytes = [] {
        Package full = defaultPackage();
        Package p;
        p.manifest = full.manifest;
        int countries = 0;
        for (const Record &r : full.records)
            if ((r.table == QLatin1String("country") && ++countries <= 2) ||
                r.meta.id == QUuid::createUuidV5(siteA, QStringLiteral("doc")))
                p.records.append(r);
        p.deletions = full.deletions;
        return PackageFile::encode(p);
    }();
    return bytes;
}

void expectRefused(const QByteArray &bytes, Error::Code code, const QString &words,
                   const Limits &limits = {})
{
    const auto result = PackageFile::decode(bytes, limits);
    ASSERT_FALSE(result.ok()) << "accepted; expected: " << words.toStdString();
    EXPECT_EQ(int(result.error().code), int(code)) << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(words))
        << "message: " << result.error().message.toStdString()
        << "\nexpected words: " << words.toStdString();
}

} // namespace

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
        return r.meta.id == QUuid::createUuidV5(siteA, QStringLiteral("doc"));
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
    EXPECT_EQ(it->clocks.of(QStringLiteral("title")).at(siteA), 7);

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
    EXPECT_EQ(m.sender.site, siteA);
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
    const QByteArray bytes = smallFile();
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
    p.manifest.sender = {siteA, QString(), QStringLiteral("Ana")};
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

TEST(PackageFile, RefusesEmptyForeignAndCutFiles)
{
    expectRefused({}, Error::Code::Invalid, QStringLiteral("empty"));
    expectRefused("PK\x03\x04 a zip file", Error::Code::Invalid,
                  QStringLiteral("not a Focal package"));
    const QByteArray good = smallFile();
    expectRefused(good.left(30), Error::Code::Invalid, QStringLiteral("inside its manifest"));
    const qsizetype end = good.indexOf('\n', 14);
    for (qsizetype cut : {end + 1, end + 3, end + 40, good.size() - 1})
        expectRefused(good.left(cut), Error::Code::Invalid, QStringLiteral("file is incomplete"));
    Limits limits;
    limits.maxFileBytes = good.size() - 1;
    expectRefused(good, Error::Code::Invalid, QStringLiteral("too large"), limits);
    limits = {};
    limits.maxManifestBytes = 100;
    expectRefused(good, Error::Code::Invalid, QStringLiteral("longer than 100 bytes"), limits);
}

TEST(PackageFile, RefusesAlteredBytesAndSizeLies)
{
    const QByteArray good = smallFile();
    const qsizetype end = good.indexOf('\n', 14);
    QByteArray altered = good;
    altered[end + 20] = char(altered[end + 20] ^ 0x01);
    expectRefused(altered, Error::Code::Invalid, QStringLiteral("checksum"));
    altered = good;
    const qsizetype sha = altered.indexOf("\"sha256\":\"") + 10;
    altered[sha] = altered[sha] == '0' ? '1' : '0';
    expectRefused(altered, Error::Code::Invalid, QStringLiteral("checksum"));

    // The 4-byte size in front of the stream, against the limit and the manifest.
    Parts parts = Parts::of(good);
    const QByteArray json = QJsonDocument(parts.payload).toJson(QJsonDocument::Compact);
    QByteArray lie = parts.file(json);
    const qsizetype at = lie.indexOf('\n', 14) + 1;
    qToBigEndian<quint32>(0xfffffff0u, lie.data() + at);
    // The manifest now fits the stored bytes again but not the size.
    Parts liar = Parts::of(good);
    QByteArray stored = lie.mid(at);
    QJsonObject pl = liar.manifest[QStringLiteral("payload")].toObject();
    pl[QStringLiteral("sha256")] =
        QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex());
    pl[QStringLiteral("bytes")] = double(stored.size());
    pl[QStringLiteral("inflatedBytes")] = double(json.size());
    liar.manifest[QStringLiteral("payload")] = pl;
    QByteArray file = QByteArray("FOCAL-PACKAGE\n") +
                      QJsonDocument(liar.manifest).toJson(QJsonDocument::Compact) + '\n' + stored;
    expectRefused(file, Error::Code::Invalid, QStringLiteral("too large"));
    qToBigEndian<quint32>(quint32(json.size() + 1), stored.data());
    pl[QStringLiteral("sha256")] =
        QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex());
    liar.manifest[QStringLiteral("payload")] = pl;
    file = QByteArray("FOCAL-PACKAGE\n") +
           QJsonDocument(liar.manifest).toJson(QJsonDocument::Compact) + '\n' + stored;
    expectRefused(file, Error::Code::Invalid, QStringLiteral("announce"));

    // A stream that goes on past the size it declares (a zip bomb) is counted, not inflated.
    const QByteArray bomb = QByteArray(50 << 20, ' ');
    stored = qCompress(bomb);
    qToBigEndian<quint32>(1000u, stored.data());
    pl[QStringLiteral("sha256")] =
        QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex());
    pl[QStringLiteral("bytes")] = double(stored.size());
    pl[QStringLiteral("inflatedBytes")] = 1000.0;
    liar.manifest[QStringLiteral("payload")] = pl;
    file = QByteArray("FOCAL-PACKAGE\n") +
           QJsonDocument(liar.manifest).toJson(QJsonDocument::Compact) + '\n' + stored;
    expectRefused(file, Error::Code::Invalid, QStringLiteral("more or fewer bytes"));
}

TEST(PackageFile, RefusesWhatTheManifestGetsWrong)
{
    Parts parts = Parts::of(smallFile());
    Parts p = parts;
    p.manifest[QStringLiteral("formatVersion")] = 2;
    expectRefused(p.file(), Error::Code::TooNew, QStringLiteral("newer Focal"));
    p = parts;
    p.manifest[QStringLiteral("format")] = QStringLiteral("zip");
    expectRefused(p.file(), Error::Code::Invalid, QStringLiteral("\"format\""));
    p = parts;
    p.manifest[QStringLiteral("futureKey")] = QStringLiteral("ignored");
    EXPECT_TRUE(PackageFile::decode(p.file()).ok()) << "unknown manifest keys are ignored";

    p = parts;
    QJsonObject contents = p.manifest[QStringLiteral("contents")].toObject();
    contents[QStringLiteral("records")] = 1e15;
    p.manifest[QStringLiteral("contents")] = contents;
    expectRefused(p.file(), Error::Code::Invalid, QStringLiteral("too large to read"));
    contents[QStringLiteral("records")] = 4;
    QJsonObject tables = contents[QStringLiteral("tables")].toObject();
    tables[QStringLiteral("country")] = 3;
    contents[QStringLiteral("tables")] = tables;
    p.manifest[QStringLiteral("contents")] = contents;
    expectRefused(p.file(), Error::Code::Invalid, QStringLiteral("announces 4 records"));
    tables[QStringLiteral("meeting")] = 1;
    tables[QStringLiteral("country")] = 2;
    contents[QStringLiteral("records")] = 3;
    tables.remove(QStringLiteral("document"));
    contents[QStringLiteral("tables")] = tables;
    p.manifest[QStringLiteral("contents")] = contents;
    expectRefused(p.file(), Error::Code::Invalid, QStringLiteral("per table differ"));
    tables[QStringLiteral("nosuchtable")] = 1;
    contents[QStringLiteral("tables")] = tables;
    p.manifest[QStringLiteral("contents")] = contents;
    expectRefused(p.file(), Error::Code::Invalid, QStringLiteral("unknown table"));

    // Nesting is counted before parsing, in the manifest and in the payload.
    p = parts;
    QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
    QByteArray file = p.file();
    file.replace("\"selection\":\"all\"", "\"selection\":" + deep);
    expectRefused(file, Error::Code::Invalid, QStringLiteral("manifest nests deeper than 8"));
    QByteArray json = QJsonDocument(p.payload).toJson(QJsonDocument::Compact);
    json.replace("\"deletions\":", "\"deep\":" + deep + ",\"deletions\":");
    expectRefused(p.file(json), Error::Code::Invalid,
                  QStringLiteral("contents nest deeper than 8"));
    // Brackets inside strings (and escaped quotes) are text, not nesting.
    json = QJsonDocument(p.payload).toJson(QJsonDocument::Compact);
    json.replace("\"deletions\":", "\"note\":\"\\\"[[[[[[[[[[[[[[[[[[\",\"deletions\":");
    EXPECT_TRUE(PackageFile::decode(p.file(json)).ok());
}

TEST(PackageFile, RefusesRecordsThatDoNotFitTheirTable)
{
    const Parts parts = Parts::of(smallFile());
    const int country = parts.first(QStringLiteral("country"));
    const int document = parts.first(QStringLiteral("document"));
    ASSERT_EQ(country, 0);
    ASSERT_EQ(document, 2);

    Parts p = parts;
    QJsonObject r = p.record(country);
    r[QStringLiteral("table")] = QStringLiteral("sqlite_master");
    p.setRecord(country, r);
    expectRefused(p.file(), Error::Code::Invalid,
                  QStringLiteral("record 1 belongs to an unknown table \"sqlite_master\""));

    p = parts;
    p.setField(country, QStringLiteral("capital"), QStringLiteral("Asunción"));
    expectRefused(p.file(), Error::Code::Invalid,
                  QStringLiteral("has an unknown field \"capital\""));

    p = parts;
    r = p.record(country);
    QJsonObject fields = r[QStringLiteral("fields")].toObject();
    fields.remove(QStringLiteral("iso3"));
    r[QStringLiteral("fields")] = fields;
    p.setRecord(country, r);
    expectRefused(p.file(), Error::Code::Invalid,
                  QStringLiteral("record 1 of table \"country\" lacks the field \"iso3\""));

    p = parts;
    p.setField(country, QStringLiteral("name_es"), 12);
    expectRefused(p.file(), Error::Code::Invalid,
                  QStringLiteral("has an invalid text in \"name_es\""));
    p = parts;
    p.setField(document, QStringLiteral("date"), QStringLiteral("2021-02-30"));
    expectRefused(p.file(), Error::Code::Invalid,
                  QStringLiteral("record 3 of table \"document\" has an invalid date in \"date\""));
    p = parts;
    p.setField(document, QStringLiteral("kind"), QStringLiteral("poem"));
    expectRefused(p.file(), Error::Code::Invalid,
                  QStringLiteral("has an invalid choice in \"kind\""));
    p = parts;
    p.setField(document, QStringLiteral("group_id"), QStringLiteral("not-a-uuid"));
    expectRefused(p.file(), Error::Code::Invalid,
                  QStringLiteral("has an invalid reference in \"group_id\""));
    p = parts;
    p.setField(document, QStringLiteral("file_data"), QStringLiteral("AAAA"));
    expectRefused(p.file(), Error::Code::Invalid,
                  QStringLiteral("has an invalid attached file in \"file_data\""));

    for (const char *name : {"../../etc/passwd", "C:\\Windows\\x", "a/b", "..", "bell\x07.pdf"}) {
        p = parts;
        p.setField(document, QStringLiteral("file_name"), QString::fromLatin1(name));
        expectRefused(p.file(), Error::Code::Invalid, QStringLiteral("not a plain file name"));
    }
    p = parts;
    p.setField(document, QStringLiteral("file_name"), QString(256, u'a'));
    expectRefused(p.file(), Error::Code::Invalid, QStringLiteral("not a plain file name"));

    // Ids: valid, and unique across records and deletions.
    p = parts;
    r = p.record(1);
    r[QStringLiteral("id")] = p.record(0)[QStringLiteral("id")];
    p.setRecord(1, r);
    expectRefused(p.file(), Error::Code::Invalid,
                  QStringLiteral("of an earlier record or deletion"));
    p = parts;
    QJsonArray deletions = p.payload[QStringLiteral("deletions")].toArray();
    QJsonObject d = deletions[0].toObject();
    d[QStringLiteral("id")] = p.record(0)[QStringLiteral("id")];
    deletions[0] = d;
    p.payload[QStringLiteral("deletions")] = deletions;
    expectRefused(p.file(), Error::Code::Invalid,
                  QStringLiteral("deletion 1 of table \"meeting\" has the id"));
    p = parts;
    r = p.record(1);
    r[QStringLiteral("id")] = QStringLiteral("{00000000-0000-0000-0000-000000000000}");
    p.setRecord(1, r);
    expectRefused(p.file(), Error::Code::Invalid, QStringLiteral("has no valid id"));
    p = parts;
    r = p.record(1);
    r[QStringLiteral("modified")] = QStringLiteral("yesterday");
    p.setRecord(1, r);
    expectRefused(p.file(), Error::Code::Invalid,
                  QStringLiteral("invalid date and time in \"modified\""));

    // Clocks: well formed, and only for the table's columns.
    p = parts;
    r = p.record(document);
    QJsonObject clocks = r[QStringLiteral("clocks")].toObject();
    clocks[QStringLiteral("secret")] = clocks.value(QStringLiteral("title"));
    r[QStringLiteral("clocks")] = clocks;
    p.setRecord(document, r);
    expectRefused(p.file(), Error::Code::Invalid,
                  QStringLiteral("clock for an unknown field \"secret\""));
    p = parts;
    r = p.record(document);
    r[QStringLiteral("clocks")] = QJsonObject{
        {QStringLiteral("title"), QJsonObject{{siteA.toString(QUuid::WithoutBraces), -3}}}};
    p.setRecord(document, r);
    expectRefused(p.file(), Error::Code::Invalid, QStringLiteral("invalid field clocks"));

    // Text within the limit.
    Limits limits;
    limits.maxTextBytes = 1000;
    expectRefused(parts.file(), Error::Code::Invalid,
                  QStringLiteral("longer than 1000 bytes in \"recipient\""), limits);
}

TEST(PackageFile, RefusesInvalidUtf8)
{
    const Parts parts = Parts::of(smallFile());
    QByteArray json = QJsonDocument(parts.payload).toJson(QJsonDocument::Compact);
    for (const QByteArray &bad : {QByteArray("\xff"), QByteArray("\xc0\xaf"),
                                  QByteArray("\xed\xa0\x80"), QByteArray("\xe2\x82")}) {
        QByteArray altered = json;
        altered.replace("Ana", "An" + bad);
        ASSERT_NE(altered, json);
        expectRefused(parts.file(altered), Error::Code::Invalid, QStringLiteral("not valid UTF-8"));
    }
}

TEST(PackageFile, RefusesAttachmentsThatDoNotAddUp)
{
    const Parts parts = Parts::of(smallFile());
    const QJsonObject attachment =
        parts.payload[QStringLiteral("attachments")].toArray().at(0).toObject();
    const auto withAttachments = [&](const QJsonArray &list, qint64 count) {
        Parts p = parts;
        p.payload[QStringLiteral("attachments")] = list;
        QJsonObject contents = p.manifest[QStringLiteral("contents")].toObject();
        contents[QStringLiteral("attachments")] = double(count);
        p.manifest[QStringLiteral("contents")] = contents;
        return p.file();
    };
    expectRefused(withAttachments({attachment, attachment}, 2), Error::Code::Invalid,
                  QStringLiteral("carried twice"));
    QJsonObject other = attachment;
    other[QStringLiteral("data")] = QString::fromLatin1(QByteArray("other").toBase64());
    other[QStringLiteral("size")] = 5;
    other[QStringLiteral("sha256")] =
        QString::fromLatin1(QCryptographicHash::hash("other", QCryptographicHash::Sha256).toHex());
    expectRefused(withAttachments({attachment, other}, 2), Error::Code::Invalid,
                  QStringLiteral("used by no record"));
    other = attachment;
    QByteArray data =
        QByteArray::fromBase64(attachment[QStringLiteral("data")].toString().toLatin1());
    data[0] = 'X';
    other[QStringLiteral("data")] = QString::fromLatin1(data.toBase64());
    expectRefused(withAttachments({other}, 1), Error::Code::Invalid,
                  QStringLiteral("does not match its checksum"));
    other[QStringLiteral("size")] = 300;
    expectRefused(withAttachments({other}, 1), Error::Code::Invalid,
                  QStringLiteral("not as long as it says"));
    expectRefused(withAttachments({}, 0), Error::Code::Invalid, QStringLiteral("does not carry"));
    Limits limits;
    limits.maxAttachmentBytes = 100;
    expectRefused(parts.file(), Error::Code::Invalid, QStringLiteral("at most 100"), limits);
}

// Every file of the hostile corpus (tests/data/packages, made by make_corpus.py) is refused,
// with the code and a word of the message its name calls for.
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
