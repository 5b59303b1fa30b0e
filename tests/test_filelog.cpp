// The log file that keeps the technical details of errors.

#include "support/FileLog.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using focal::FileLog;

TEST(FileLog, KeepsMessagesWithLevelAndRotatesALargeOldLog)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs/focal.log"));
    // An old log over the limit is moved aside first, so the log never grows without bound.
    QDir().mkpath(dir.filePath(QStringLiteral("logs")));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(int(FileLog::maxSize) + 10, 'x'));
    }
    ASSERT_TRUE(FileLog::install(path));
    EXPECT_EQ(FileLog::path(), path);
    EXPECT_EQ(QFileInfo(path + QStringLiteral(".1")).size(), FileLog::maxSize + 10);

    qWarning("could not write %s: disk full", "/tmp/x.db");
    QFile log(path);
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    EXPECT_TRUE(text.contains("warning could not write /tmp/x.db: disk full")) << text.constData();
    EXPECT_LT(text.size(), 200);
}
