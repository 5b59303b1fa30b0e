#pragma once

#include "ReportJob.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace focal {
class Database;
}

namespace focal::cli {

// `focal-cli report KIND [options] -o FILE.pdf`: reads the report's options off the command
// line, names the group, plan or meeting through Lookup and writes the PDF through ReportJob,
// the same path as the desktop program's Export PDF.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(focal::cli::ReportCommand)

public:
    // What was asked, checked for form (years, language, paper) but not yet against the data.
    struct Arguments
    {
        report::ReportKind kind = report::ReportKind::Annual;
        QString group;
        QString plan;
        QString meeting;
        int firstYear = 0;
        int lastYear = 0;
        int planYear = 0;
        Language language = Language::Spanish;
        QPageSize::PageSizeId paper = QPageSize::A4;
        bool pdfA = false;
        QDate today; // commitments and timeline: "overdue" as of this day (invalid: today)
        QString output;
    };

    // The report's own options (--years, --plan-year, --plan, --meeting, --lang, --paper,
    // --pdfa); --group and -o are the tool's shared ones.
    static void addOptions(QCommandLineParser &parser);
    // The help text's lines for the command.
    static QString help();
    // The arguments, or a usage error (the sentence to print).
    static Result<Arguments> parse(const QStringList &args, const QCommandLineParser &parser);
    // Writes the report; returns the sentence to print (path and pages). Notes (attachments a
    // bundle left out) go to `notes`.
    static Result<QString> run(Database &db, const Arguments &arguments, QStringList *notes);

    // "2019-2020" or "2019": the first and last year, or nothing when not that.
    static bool parseYears(const QString &text, int *first, int *last);
};

} // namespace focal::cli
