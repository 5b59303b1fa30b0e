#pragma once

#include "ReportContent.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace focal::report {

// One PDF put into a bundle: a file (an attached document) or bytes already in memory (the
// generated cover, contents and annexes), with the bookmark that leads to its first page.
struct BundlePart
{
    QString path;     // the file to read, and its name in messages
    QByteArray data;  // when not empty, the PDF itself (path then only names it)
    QString bookmark; // a top-level bookmark to the part's first page; empty: none, and the
                      // part's own bookmarks stay at the top level
};

// Merges PDFs into one file with qpdf, page objects copied as they are (text, fonts and images
// stay what they were: nothing is rasterised). The bundle keeps each part's own bookmarks,
// nested under the part's bookmark. Every part is read and checked before anything is written:
// a part that is not a readable PDF is refused by name and no file is written; the result
// replaces the target atomically.
class PdfBundle
{
    Q_DECLARE_TR_FUNCTIONS(focal::report::PdfBundle)

public:
    // meta: the bundle's own title, author, subject, keywords, date and language.
    static Result<void> write(const QList<BundlePart> &parts, const QString &path,
                              const ReportMeta &meta);
};

} // namespace focal::report
