#include "exchange/Exchange.h"

#include "storage/Database.h"

namespace focal {
namespace {

const QString siteKey = QStringLiteral("site_id");
const QString countryKey = QStringLiteral("site_country");
const QString focalPointKey = QStringLiteral("site_focal_point");
const QString authorKey = QStringLiteral("author");

} // namespace

SiteIdentity SiteIdentity::load(Database &db)
{
    SiteIdentity identity;
    identity.site = QUuid::fromString(db.meta(siteKey));
    if (identity.site.isNull())
        identity.site = db.context().site;
    identity.countryId = QUuid::fromString(db.meta(countryKey));
    identity.focalPoint = db.meta(focalPointKey);
    return identity;
}

Result<void> SiteIdentity::save(Database &db, const QUuid &countryId, const QString &focalPoint)
{
    const QString name = focalPoint.simplified();
    if (name.isEmpty())
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("focal::SiteIdentity",
                                                 "Enter the name of the focal point."),
                     {}};
    auto q = db.exec(QStringLiteral("SELECT 1 FROM country WHERE id = ?"),
                     {countryId.toString(QUuid::WithoutBraces)});
    if (!q)
        return q.error();
    if (countryId.isNull() || !q.value().next())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("focal::SiteIdentity",
                                                 "The chosen country is not in this database."),
                     countryId.toString(QUuid::WithoutBraces)};
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const auto &[key, value] :
         {std::pair{countryKey, countryId.toString(QUuid::WithoutBraces)},
          std::pair{focalPointKey, name}, std::pair{authorKey, name}})
        if (auto r = db.setMeta(key, value); !r)
            return r;
    if (auto r = tx.commit(); !r)
        return r;
    db.context().author = name;
    return {};
}

} // namespace focal
