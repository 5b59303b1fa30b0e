// Each way the package reader refuses a file, with its code and the words of its message: empty,
// foreign and cut files, altered bytes and size lies, a manifest that is wrong, records that do
// not fit their table, text that is not UTF-8, attached files that do not add up.

#include "exchange/Package.h"
#include "exchange/PackageFixture.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

using namespace focal;
using namespace focal::package;
using namespace focal::test;

TEST(PackageFile, RefusesEmptyForeignAndCutFiles)
{
    expectRefused({}, Error::Code::Invalid, QStringLiteral("empty"));
    expectRefused("PK\x03\x04 a zip file", Error::Code::Invalid,
                  QStringLiteral("not a Focal package"));
    const QByteArray good = smallPackageFile();
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
    const QByteArray good = smallPackageFile();
    const qsizetype end = good.indexOf('\n', 14);
    QByteArray altered = good;
    altered[end + 20] = char(altered[end + 20] ^ 0x01);
    expectRefused(altered, Error::Code::Invalid, QStringLiteral("checksum"));
    altered = good;
    const qsizetype sha = altered.indexOf("\"sha256\":\"") + 10;
    altered[sha] = altered[sha] == '0' ? '1' : '0';
    expectRefused(altered, Error::Code::Invalid, QStringLiteral("checksum"));

    // The 4-byte size in front of the stream, against the limit and the manifest.
    PackageParts parts = PackageParts::of(good);
    const QByteArray json = QJsonDocument(parts.payload).toJson(QJsonDocument::Compact);
    QByteArray lie = parts.file(json);
    const qsizetype at = lie.indexOf('\n', 14) + 1;
    qToBigEndian<quint32>(0xfffffff0u, lie.data() + at);
    // The manifest now fits the stored bytes again but not the size.
    PackageParts liar = PackageParts::of(good);
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
    const QByteArray bomb = QByteArray(8 << 20, ' ');
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
    PackageParts parts = PackageParts::of(smallPackageFile());
    PackageParts p = parts;
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
    const PackageParts parts = PackageParts::of(smallPackageFile());
    const int country = parts.first(QStringLiteral("country"));
    const int document = parts.first(QStringLiteral("document"));
    ASSERT_EQ(country, 0);
    ASSERT_EQ(document, 2);

    PackageParts p = parts;
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
        {QStringLiteral("title"), QJsonObject{{packageSite.toString(QUuid::WithoutBraces), -3}}}};
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
    const PackageParts parts = PackageParts::of(smallPackageFile());
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
    const PackageParts parts = PackageParts::of(smallPackageFile());
    const QJsonObject attachment =
        parts.payload[QStringLiteral("attachments")].toArray().at(0).toObject();
    const auto withAttachments = [&](const QJsonArray &list, qint64 count) {
        PackageParts p = parts;
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