// The focal-cli test fixture: runs the built binary (FOCAL_CLI_PATH) in a fresh temporary folder
// per test, with HOME and the XDG folders pointed into it so that the real home is never
// touched. Shared by test_cli and test_cli_plans, each its own executable.

#pragma once

#include "data/DefaultData.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <ostream>

#ifndef FOCAL_CLI_PATH
#error "FOCAL_CLI_PATH must name the focal-cli binary"
#endif

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

// QProcess and the SQL driver plugins want an application object; gtest_main makes none.
int appArgc = 1;
char appName[] = "test_cli";
char *appArgv[] = {appName, nullptr};
const QCoreApplication *const app = new QCoreApplication(appArgc, appArgv);

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;

    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    std::string describe() const
    {
        return "exit " + std::to_string(exitCode) + (crashed ? " (crashed)" : "") +
               "\n--- stdout:\n" + out.toStdString() + "--- stderr:\n" + err.toStdString();
    }
};

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

[[maybe_unused]] bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(tmp.isValid());
        ASSERT_TRUE(QDir(tmp.path()).mkpath(QStringLiteral("home")));
        ASSERT_TRUE(QDir(tmp.path()).mkpath(QStringLiteral("data")));
        ASSERT_TRUE(QDir(tmp.path()).mkpath(QStringLiteral("config")));
        ASSERT_TRUE(QFileInfo::exists(QStringLiteral(FOCAL_CLI_PATH))) << FOCAL_CLI_PATH;
    }

    QString path(const QString &name) const { return QDir(tmp.path()).filePath(name); }
    QString homeDir() const { return path(QStringLiteral("home")); }
    QString dataHome() const { return path(QStringLiteral("data")); }
    QString dbPath() const { return path(QStringLiteral("focal.db")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), homeDir());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_DIRS"), dataHome());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The tests read the program's words in English, its source language, whatever the
        // machine's language (tests of the other languages set their own).
        env.insert(QStringLiteral("FOCAL_LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    CliRun runProgram(const QString &program, const QStringList &arguments) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(tmp.path());
        p.start(program, arguments);
        CliRun r;
        if (!p.waitForStarted(10000)) {
            ADD_FAILURE() << "cannot start " << program.toStdString();
            return r;
        }
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            ADD_FAILURE() << "timed out: " << arguments.join(QLatin1Char(' ')).toStdString();
        }
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.exitCode = r.crashed ? -1 : p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    CliRun cli(const QStringList &arguments) const
    {
        return runProgram(QStringLiteral(FOCAL_CLI_PATH), arguments);
    }

    // Runs focal-cli with -d dbPath() after the arguments.
    CliRun cliDb(QStringList arguments) const
    {
        arguments << QStringLiteral("-d") << dbPath();
        return cli(arguments);
    }

    // A database with the PROSUR default data at dbPath().
    void init()
    {
        const CliRun r = cliDb({QStringLiteral("init")});
        ASSERT_EQ(r.exitCode, 0) << r.describe();
        ASSERT_TRUE(QFileInfo::exists(dbPath()));
    }

    QJsonArray jsonArray(const CliRun &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError)
            << error.errorString().toStdString() << "\n"
            << r.describe();
        EXPECT_TRUE(doc.isArray()) << r.describe();
        return doc.array();
    }

    bool sideFilesExist(const QString &file) const
    {
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            if (QFileInfo::exists(file + QLatin1String(suffix)))
                return true;
        return false;
    }

    QTemporaryDir tmp;
};

} // namespace
