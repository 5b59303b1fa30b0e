#pragma once

#include "model/Record.h"

namespace focal {

// A document of a working group (the report's Anexo 2), with an optional attached file.
struct Document
{
    RecordMeta meta;
    QUuid groupId;
    QUuid subgroupId;
    QString annexCode; // "2.a"
    QString title;
    QDate date;
    QUuid senderCountryId;
    DocumentKind kind = DocumentKind::Other;
    DocumentStatus status = DocumentStatus::Draft;
    QString recipient;
    QString fileName; // shown to people only, never used as a path
    QString mimeType;
    QByteArray fileData;

    static constexpr const char *table = "document";
    static auto fields()
    {
        return std::make_tuple(
            field("group_id", &Document::groupId), field("subgroup_id", &Document::subgroupId),
            field("annex_code", &Document::annexCode), field("title", &Document::title),
            field("date", &Document::date), field("sender_country_id", &Document::senderCountryId),
            field("kind", &Document::kind), field("status", &Document::status),
            field("recipient", &Document::recipient), field("file_name", &Document::fileName),
            field("mime_type", &Document::mimeType), field("file_data", &Document::fileData));
    }
};

} // namespace focal
