#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QUrl>
#include <QUuid>

namespace focal {

class Database;

// The home page as rich text: overdue and upcoming plan deadlines, the same listed again under
// each responsible country and each subgroup, open commitments by country, and the meetings around
// today, each a link to its record. Every stored string is escaped.
class HomeHtml
{
    Q_DECLARE_TR_FUNCTIONS(focal::HomeHtml)

public:
    // How many items a list of the page shows before it says how many more there are: the
    // overall lists, and each country's or subgroup's.
    static constexpr int ListLimit = 25;
    static constexpr int GroupListLimit = 10;

    explicit HomeHtml(Database &database) : m_db(database) {}

    Result<QString> page(QDate today, int horizonDays = 60) const;

    // Links in the page: "focal:record?table=<table>&id=<uuid>".
    static QUrl linkTo(const QString &table, const QUuid &id);
    static bool parseLink(const QUrl &url, QString *table, QUuid *id);

private:
    Database &m_db;
};

} // namespace focal
