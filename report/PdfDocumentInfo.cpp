#include "PdfDocumentInfo.h"

#include <QStringList>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace focal::report {
namespace {

// Text for a PDF string or XML: one line, without control characters that XML forbids.
QString clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(c.unicode() < 0x20 ? QLatin1Char(' ') : c);
    return out.simplified();
}

QString producer()
{
    return QStringLiteral("Focal (Qt %1, qpdf %2)")
        .arg(QString::fromLatin1(qVersion()), QString::fromStdString(QPDF::QPDFVersion()));
}

QString xml(const QString &text)
{
    return clean(text).toHtmlEscaped();
}

} // namespace

QByteArray PdfDocumentInfo::xmp(const ReportMeta &meta, const QDateTime &created, bool pdfA)
{
    const QString date = created.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    QStringList lines;
    lines << QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>")
          << QStringLiteral("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">")
          << QStringLiteral("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">");
    lines << QStringLiteral("<rdf:Description rdf:about=\"\" "
                            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
          << QStringLiteral("<dc:format>application/pdf</dc:format>");
    if (!clean(meta.title).isEmpty())
        lines << QStringLiteral("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li>"
                                "</rdf:Alt></dc:title>")
                     .arg(xml(meta.title));
    if (!clean(meta.author).isEmpty())
        lines << QStringLiteral("<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>")
                     .arg(xml(meta.author));
    if (!clean(meta.subject).isEmpty())
        lines << QStringLiteral("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%1"
                                "</rdf:li></rdf:Alt></dc:description>")
                     .arg(xml(meta.subject));
    lines << QStringLiteral("</rdf:Description>");
    lines << QStringLiteral("<rdf:Description rdf:about=\"\" "
                            "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">")
          << QStringLiteral("<xmp:CreatorTool>Focal</xmp:CreatorTool>")
          << QStringLiteral("<xmp:CreateDate>%1</xmp:CreateDate>").arg(date)
          << QStringLiteral("<xmp:ModifyDate>%1</xmp:ModifyDate>").arg(date)
          << QStringLiteral("<xmp:MetadataDate>%1</xmp:MetadataDate>").arg(date)
          << QStringLiteral("</rdf:Description>");
    lines << QStringLiteral("<rdf:Description rdf:about=\"\" "
                            "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">")
          << QStringLiteral("<pdf:Producer>%1</pdf:Producer>").arg(xml(producer()));
    if (!clean(meta.keywords).isEmpty())
        lines << QStringLiteral("<pdf:Keywords>%1</pdf:Keywords>").arg(xml(meta.keywords));
    lines << QStringLiteral("</rdf:Description>");
    if (pdfA)
        lines << QStringLiteral("<rdf:Description rdf:about=\"\" "
                                "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">")
              << QStringLiteral("<pdfaid:part>1</pdfaid:part>")
              << QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")
              << QStringLiteral("</rdf:Description>");
    lines << QStringLiteral("</rdf:RDF>") << QStringLiteral("</x:xmpmeta>");
    // Room to edit the packet in place, as XMP writers leave it.
    lines << QString(20, QLatin1Char(' ')).append(QLatin1Char('\n')).repeated(20);
    lines << QStringLiteral("<?xpacket end=\"w\"?>");
    return lines.join(QLatin1Char('\n')).toUtf8();
}

void PdfDocumentInfo::write(QPDF &pdf, const ReportMeta &meta, const QDateTime &created, bool pdfA)
{
    const QString date = created.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'"));
    QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
    auto put = [&info](const char *key, const QString &value) {
        const QString text = clean(value);
        if (!text.isEmpty())
            info.replaceKey(key, QPDFObjectHandle::newUnicodeString(text.toStdString()));
    };
    put("/Title", meta.title);
    put("/Author", meta.author);
    put("/Subject", meta.subject);
    put("/Keywords", meta.keywords);
    put("/Creator", QStringLiteral("Focal"));
    put("/Producer", producer());
    put("/CreationDate", date);
    put("/ModDate", date);
    pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));

    QPDFObjectHandle root = pdf.getRoot();
    const QByteArray packet = xmp(meta, created, pdfA);
    QPDFObjectHandle stream = pdf.newStream(std::string(packet.constData(), size_t(packet.size())));
    QPDFObjectHandle dict = stream.getDict();
    dict.replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    root.replaceKey("/Metadata", stream);
    root.replaceKey("/Lang",
                    QPDFObjectHandle::newUnicodeString(languageCode(meta.language).toStdString()));
}

} // namespace focal::report
