#pragma once

#include "exchange/Package.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace focal::package {

// The payload of a package (docs/package-format.md): its records, deletions and attached files
// as JSON, and back. Reading validates everything against the manifest already read and the
// record type of each table, and fills the package only when all of it is sound.
class PackagePayload
{
    Q_DECLARE_TR_FUNCTIONS(focal::PackageFile)

public:
    // The payload JSON of `package` (records in the order given), and the number of distinct
    // attached files it carries.
    static QByteArray encode(const Package &package, qint64 &attachments);
    // Stably in the order of AllRecordTypes: parents before the records that refer to them.
    static void orderByTable(QList<Record> &records);
    // The records and deletions of `json` into `package`, whose manifest has been read; nothing
    // is filled on a fault.
    static Result<void> decode(const QByteArray &json, const Limits &limits, Package &package);
};

} // namespace focal::package
