#pragma once

#include "exchange/Package.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace focal::test {

// The site that made the test packages.
extern const QUuid packageSite;

// The default data as a package (every record of every table, read through Repository), plus a
// document that carries accents, a 200 000-character text and a file of all 256 byte values, a
// record with clocks and two deletions.
package::Package defaultPackage();

// A small package file: two countries and that document, with the two deletions.
QByteArray smallPackageFile();

// A package file taken apart, to alter one part and put the file back together with sound sizes
// and checksums, so that a test reaches the check it is about.
struct PackageParts
{
    QJsonObject manifest;
    QJsonObject payload;

    static PackageParts of(const QByteArray &file);
    // The file, with the manifest's sizes and checksum made to fit `payloadJson`.
    QByteArray file(const QByteArray &payloadJson) const;
    QByteArray file() const;

    QJsonObject record(int i) const;
    void setRecord(int i, const QJsonObject &record);
    void setField(int i, const QString &column, const QJsonValue &value);
    // The index of the first record of `table`, -1 when none.
    int first(const QString &table) const;
};

// Asserts that decoding `bytes` is refused with `code` and a message containing `words`.
void expectRefused(const QByteArray &bytes, Error::Code code, const QString &words,
                   const package::Limits &limits = {});

} // namespace focal::test
