#include "data/DefaultData.h"

#include "data/DefaultDataLoader.h"

#include <QFile>
#include <QJsonDocument>

namespace focal {

using defaultdata::Loader;
using defaultdata::LoadFailure;

QUuid DefaultData::keyUuid(const char *table, const QString &key)
{
    static const QUuid ns(QStringLiteral("{8d3e5b0a-6f4c-4e1b-9a57-2c0f1d7e9b61}"));
    return QUuid::createUuidV5(ns, QLatin1String(table) + QLatin1Char(':') + key);
}

Result<void> DefaultData::loadEmbedded(Database &db)
{
    QFile f(QString::fromLatin1(resourcePath));
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Code::NotFound, tr("The default data is missing from this build."),
                     QString::fromLatin1(resourcePath)};
    return load(db, f.readAll());
}

Result<void> DefaultData::load(Database &db, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error{Error::Code::Invalid,
                     tr("The default data cannot be read: %1 at character %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     {}};

    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Repository repo(db);
    Loader loader(repo);
    try {
        loader.run(doc.object());
    } catch (const LoadFailure &f) {
        return Error{Error::Code::Invalid,
                     tr("The default data is invalid at %1: %2").arg(f.where, f.what),
                     {}};
    }
    if (auto r = db.setMeta(QStringLiteral("default_data"), QStringLiteral("1")); !r)
        return r;
    return tx.commit();
}

} // namespace focal
