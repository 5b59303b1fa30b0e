#pragma once

#include "NodeKind.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

namespace focal {

class Repository;
struct Country;

// Writes the read-only description of one record of the forum as HTML, for the details pane
// (and for anything else that wants a record as rich text). Every string that comes from the
// database is escaped here: no stored text can add markup, links or images to the page.
class DetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(focal::DetailsHtml)

public:
    explicit DetailsHtml(Repository &repository) : m_repository(repository) {}

    // The page of the record `id` of `kind`; a short explanation when it cannot be read.
    QString page(NodeKind kind, const QUuid &id);

private:
    using Countries = QHash<QUuid, Country>;

    Result<QString> forumPage(const QUuid &id);
    Result<QString> areaPage(const QUuid &id);
    Result<QString> groupPage(const QUuid &id);
    Result<QString> subgroupPage(const QUuid &id);
    Result<QString> countriesPage();
    Result<QString> countryPage(const QUuid &id);
    Result<QString> institutionPage(const QUuid &id);

    Result<Countries> countries();
    // The escaped name of a country, or a placeholder for a missing reference.
    static QString countryName(const Countries &countries, const QUuid &id);

    Repository &m_repository;
};

} // namespace focal
