#include "AnnexBundle.h"

#include "documents/Annex1Report.h"
#include "documents/Annex2Report.h"
#include "documents/GroupReportData.h"
#include "documents/ReportWords.h"
#include "PdfBundle.h"

#include <qpdf/QPDF.hh>

#include <QFile>

#include <algorithm>

namespace focal::report {
namespace {

// The bundle's own words in the report's language (the annexes' words are ReportWords').
QString word(Language lang, const char *key)
{
    struct Entry
    {
        const char *key;
        const char16_t *es, *pt, *en;
    };
    static constexpr Entry entries[] = {
        {"title", u"Anexos del Grupo de Trabajo", u"Anexos do Grupo de Trabalho",
         u"Annexes of the Working Group"},
        {"attached", u"Documentos adjuntos", u"Documentos anexados", u"Attached documents"},
        {"attached.none", u"Ningún documento del Anexo 2 tiene un archivo PDF adjunto.",
         u"Nenhum documento do Anexo 2 tem um arquivo PDF anexado.",
         u"No document of Annex 2 has an attached PDF file."},
        {"attached.intro",
         u"Los archivos PDF adjuntos a los documentos del Anexo 2 siguen a continuación, en el "
         u"orden de sus códigos:",
         u"Os arquivos PDF anexados aos documentos do Anexo 2 seguem abaixo, na ordem de seus "
         u"códigos:",
         u"The PDF files attached to the documents of Annex 2 follow, in the order of their "
         u"codes:"},
        {"skipped", u"%1 (archivo adjunto %2: no es un PDF, no se incluye)",
         u"%1 (arquivo anexado %2: não é um PDF, não incluído)",
         u"%1 (attached file %2: not a PDF, left out)"},
    };
    for (const Entry &e : entries)
        if (qstrcmp(e.key, key) == 0)
            return QString::fromUtf16(lang == Language::Portuguese ? e.pt
                                      : lang == Language::English  ? e.en
                                                                   : e.es);
    return QLatin1String(key);
}

QString numbered(int n, const QString &title)
{
    return QStringLiteral("%1. ").arg(n) + title;
}

QString documentName(const Document &d)
{
    return d.annexCode.isEmpty() ? d.title : d.annexCode + QStringLiteral(" ") + d.title;
}

// The group's documents with a file attached, in the order Anexo 2 lists them: coded ones by
// code, then the others as loaded (by date).
QList<Document> attachedDocuments(const GroupReportData &data)
{
    QList<Document> documents;
    for (const Document &d : data.documents)
        if (!d.fileData.isEmpty())
            documents << d;
    std::stable_sort(documents.begin(), documents.end(), [](const Document &a, const Document &b) {
        if (a.annexCode.isEmpty() != b.annexCode.isEmpty())
            return !a.annexCode.isEmpty();
        return a.annexCode < b.annexCode;
    });
    return documents;
}

struct Generated
{
    std::unique_ptr<ReportContent> content;
    QList<Document> attached; // PDFs, in order
    QStringList skipped;      // sentences naming what was left out
};

Result<Generated> generate(Database &db, const QUuid &groupId, Language lang)
{
    if (groupId.isNull())
        return Error{Error::Code::Invalid,
                     AnnexBundle::tr("Choose the working group of the "
                                     "annexes."),
                     {}};
    auto data = GroupReportData::load(db, groupId);
    if (!data)
        return data.error();
    const QString title = word(lang, "title");
    ReportMeta meta;
    meta.title = title + QStringLiteral(" — ") + data->group.name;
    meta.subject = data->group.name;
    meta.keywords = data->forumName;
    meta.language = lang;
    Generated out;
    out.content = std::make_unique<ReportContent>(meta);
    ReportContent &content = *out.content;
    content.cover(title, {data->group.name, data->forumName});
    content.tableOfContents();
    content.pageBreak();
    Annex1Report::write(content, *data, lang, 1,
                        numbered(1, ReportWords::text(lang, "sec.annex1")));
    Annex2Report::write(content, *data, lang, 1,
                        numbered(2, ReportWords::text(lang, "sec.annex2")));
    content.heading(1, numbered(3, word(lang, "attached")));
    QStringList listed;
    for (const Document &d : attachedDocuments(*data)) {
        if (AnnexBundle::isPdf(d)) {
            out.attached << d;
            listed << documentName(d);
        } else {
            const QString name = word(lang, "skipped").arg(documentName(d), d.fileName);
            listed << name;
            out.skipped << AnnexBundle::tr("Left out %1: its attached file %2 is not a PDF.")
                               .arg(documentName(d), d.fileName);
        }
    }
    if (out.attached.isEmpty())
        content.note(word(lang, "attached.none"));
    else
        content.paragraph(word(lang, "attached.intro"));
    if (!listed.isEmpty())
        content.bullets(listed);
    return out;
}

// The pages of the finished file, as qpdf reads them.
Result<int> pageCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, AnnexBundle::tr("The bundle could not be read back."),
                     file.errorString()};
    const QByteArray bytes = file.readAll();
    try {
        QPDF pdf;
        pdf.processMemoryFile("bundle", bytes.constData(), size_t(bytes.size()));
        return int(pdf.getAllPages().size());
    } catch (const std::exception &e) {
        return Error{Error::Code::Io, AnnexBundle::tr("The bundle could not be read back."),
                     QString::fromLocal8Bit(e.what())};
    }
}

} // namespace

bool AnnexBundle::isPdf(const Document &document)
{
    return document.fileData.left(1024).contains("%PDF-");
}

Result<std::unique_ptr<ReportContent>> AnnexBundle::build(Database &db, const QUuid &groupId,
                                                          Language lang)
{
    auto generated = generate(db, groupId, lang);
    if (!generated)
        return generated.error();
    return std::move(generated.value().content);
}

Result<ReportWritten> AnnexBundle::write(Database &db, const QUuid &groupId, Language lang,
                                         const QString &path, const PdfOptions &options)
{
    auto generated = generate(db, groupId, lang);
    if (!generated)
        return generated.error();
    const ReportContent &content = *generated->content;
    ReportWritten written;
    written.notes = generated->skipped;
    PdfExport::Status status = PdfExport::Status::Written;
    auto bytes = PdfExport::renderPdf(content, options, &status);
    if (!bytes)
        return bytes.error();
    if (status == PdfExport::Status::Cancelled) {
        written.status = status;
        return written;
    }
    QList<BundlePart> parts;
    // The generated part keeps its headings' bookmarks at the top level, as in any report.
    parts << BundlePart{path, *bytes, QString()};
    for (const Document &d : generated->attached)
        parts << BundlePart{d.fileName.isEmpty() ? documentName(d) : d.fileName, d.fileData,
                            documentName(d)};
    if (auto merged = PdfBundle::write(parts, path, content.meta()); !merged)
        return merged.error();
    auto pages = pageCount(path);
    if (!pages)
        return pages.error();
    written.pages = *pages;
    return written;
}

} // namespace focal::report
