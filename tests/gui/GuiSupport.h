#pragma once

// Helpers of the editor's tests: a document on a fresh copy of the PROSUR default data whose
// clock moves on at every write (so that "restored exactly" includes modification times), and
// a dump of every data table to compare databases with.

#include "ForumDocument.h"

#include "data/DefaultData.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <memory>

namespace focal::test {

// A clock one second later at every call, from 2021-01-15 12:00 UTC.
inline std::function<QDateTime()> tickingClock()
{
    auto ticks = std::make_shared<int>(0);
    return [ticks] {
        return QDateTime(QDate(2021, 1, 15), QTime(12, 0), Qt::UTC).addSecs((*ticks)++);
    };
}

// Opens `dir`/focal.db with the default data, as a document.
inline std::unique_ptr<ForumDocument> openDefaultDocument(const QTemporaryDir &dir)
{
    auto opened = Database::open(QDir(dir.path()).filePath(QStringLiteral("focal.db")));
    if (!opened) {
        ADD_FAILURE() << opened.error().fullText().toStdString();
        return nullptr;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    db->context().author = QStringLiteral("tester");
    db->context().clock = tickingClock();
    if (auto loaded = DefaultData::loadEmbedded(*db); !loaded)
        ADD_FAILURE() << loaded.error().fullText().toStdString();
    return std::make_unique<ForumDocument>(std::move(db));
}

inline QUuid defaultKey(const char *table, const char *key)
{
    return DefaultData::keyUuid(table, QString::fromUtf8(key));
}

} // namespace focal::test
