#include "exchange/PackageFixture.h"

#include "exchange/PackageRecords.h"
#include "model/RecordTypes.h"
#include "storage/Repository.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace focal::test {

using namespace focal::package;

const QUuid packageSite = QUuid::fromString(QStringLiteral("6f1c1a52-3d55-4a0e-9a51-0c8f4f3b9e01"));

package::Package defaultPackage()
{
    TestDatabase tdb(TestDatabase::Content::DefaultData);
    Repository repo(tdb.db());
    package::Package p;
    forEachRecordType([&]<typename T>() {
        auto rows = repo.list<T>();
        EXPECT_TRUE(rows.ok()) << T::table;
        for (const T &row : rows.value())
            p.records.append(toPackageRecord(row, {}));
    });
    Document doc;
    doc.meta = {QUuid::createUuidV5(packageSite, QStringLiteral("doc")),
                QDateTime(QDate(2020, 3, 1), QTime(10, 0, 0, 123), Qt::UTC),
                QDateTime(QDate(2020, 3, 2), QTime(11, 30), Qt::UTC), QStringLiteral("João Ñúñez"),
                packageSite};
    doc.title = QStringLiteral("Informe de gestión — São Paulo, Bogotá, Asunción ✓ 😀");
    doc.recipient = QString(200000, QChar(u'á'));
    doc.fileName = QStringLiteral("informe año 2020.pdf");
    doc.mimeType = QStringLiteral("application/octet-stream");
    doc.date = QDate(2020, 2, 29);
    for (int i = 0; i < 256; ++i)
        doc.fileData.append(char(i));
    FieldClocks clocks;
    clocks.bump(QStringLiteral("title"), packageSite, 7);
    p.records.prepend(toPackageRecord(doc, clocks)); // encode must put it after the countries
    package::Deletion del{QStringLiteral("meeting"),
                          QUuid::createUuidV5(packageSite, QStringLiteral("gone")),
                          QDateTime(QDate(2021, 1, 5), QTime(9, 0), Qt::UTC),
                          packageSite,
                          QStringLiteral("Ana"),
                          clocks};
    p.deletions.append(del);
    del.id = QUuid::createUuidV5(packageSite, QStringLiteral("gone too"));
    del.table = QStringLiteral("plan_item");
    del.clocks = {};
    p.deletions.append(del);
    p.manifest.sender = {packageSite, QStringLiteral("PY"), QStringLiteral("María José")};
    p.manifest.recipientCountry = QStringLiteral("CL");
    p.manifest.selection = QStringLiteral("all");
    return p;
}

// The package's parts, to alter one and put the file back together with sound checksums, so

QByteArray smallPackageFile()
{
    static const QByteArray bytes = [] {
        package::Package full = defaultPackage();
        package::Package p;
        p.manifest = full.manifest;
        int countries = 0;
        for (const package::Record &r : full.records)
            if ((r.table == QLatin1String("country") && ++countries <= 2) ||
                r.meta.id == QUuid::createUuidV5(packageSite, QStringLiteral("doc")))
                p.records.append(r);
        p.deletions = full.deletions;
        return package::PackageFile::encode(p);
    }();
    return bytes;
}

PackageParts PackageParts::of(const QByteArray &file)
{
    const qsizetype end = file.indexOf('\n', 14);
    PackageParts parts;
    parts.manifest = QJsonDocument::fromJson(file.mid(14, end - 14)).object();
    parts.payload = QJsonDocument::fromJson(qUncompress(file.mid(end + 1))).object();
    return parts;
}

QByteArray PackageParts::file(const QByteArray &payloadJson) const
{
    const QByteArray stored = qCompress(payloadJson);
    QJsonObject m = manifest;
    QJsonObject pl = m.value(QStringLiteral("payload")).toObject();
    pl[QStringLiteral("bytes")] = double(stored.size());
    pl[QStringLiteral("inflatedBytes")] = double(payloadJson.size());
    pl[QStringLiteral("sha256")] =
        QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex());
    m[QStringLiteral("payload")] = pl;
    return QByteArray("FOCAL-PACKAGE\n") + QJsonDocument(m).toJson(QJsonDocument::Compact) + '\n' +
           stored;
}

QByteArray PackageParts::file() const
{
    return file(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QJsonObject PackageParts::record(int i) const
{
    return payload[QStringLiteral("records")].toArray().at(i).toObject();
}

void PackageParts::setRecord(int i, const QJsonObject &r)
{
    QJsonArray records = payload[QStringLiteral("records")].toArray();
    records[i] = r;
    payload[QStringLiteral("records")] = records;
}

void PackageParts::setField(int i, const QString &column, const QJsonValue &value)
{
    QJsonObject r = record(i);
    QJsonObject fields = r[QStringLiteral("fields")].toObject();
    fields[column] = value;
    r[QStringLiteral("fields")] = fields;
    setRecord(i, r);
}

int PackageParts::first(const QString &table) const
{
    const QJsonArray records = payload[QStringLiteral("records")].toArray();
    for (int i = 0; i < records.size(); ++i)
        if (records[i].toObject()[QStringLiteral("table")].toString() == table)
            return i;
    return -1;
}

void expectRefused(const QByteArray &bytes, Error::Code code, const QString &words,
                   const package::Limits &limits)
{
    const auto result = package::PackageFile::decode(bytes, limits);
    ASSERT_FALSE(result.ok()) << "accepted; expected: " << words.toStdString();
    EXPECT_EQ(int(result.error().code), int(code)) << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(words))
        << "message: " << result.error().message.toStdString()
        << "\nexpected words: " << words.toStdString();
}

} // namespace focal::test
