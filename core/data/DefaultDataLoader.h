#pragma once

// Inside the default data loader, shared by its source files (DefaultDataLoader.cpp, and
// DefaultDataMeetings.cpp for the meetings); DefaultData.h is the public face.

#include "data/DefaultData.h"
#include "model/Enums.h"
#include "model/Meeting.h"
#include "model/Plan.h"
#include "storage/Repository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace focal::defaultdata {

// Raised inside the loader only; load() turns it into an Error and the transaction rolls back.
struct LoadFailure
{
    QString where;
    QString what;
};

// Reads the default data's JSON into records, section by section, in the order their
// references need: DefaultData::load runs it inside one transaction. The meetings part lives in
// DefaultDataMeetings.cpp.
class Loader
{
public:
    explicit Loader(Repository &repo) : m_repo(repo) {}

    void run(const QJsonObject &root);

private:
    QString text(const QJsonObject &o, const char *name, bool required = false) const;
    QDate date(const QJsonObject &o, const char *name) const;
    std::optional<int> number(const QJsonObject &o, const char *name) const;
    QUuid ref(const char *table, const QJsonObject &o, const char *name,
              bool required = false) const;
    QUuid refKey(const char *table, const QString &key) const;
    QUuid define(const char *table, const QString &key);
    Deadline deadline(const QJsonObject &o, const char *name, QString *written) const;
    QJsonArray array(const QJsonObject &o, const char *name) const;
    template <typename E> E enumValue(const QJsonObject &o, const char *name) const;
    template <typename T> void save(T &record);
    [[noreturn]] void fail(const QString &what) const { throw LoadFailure{m_where, what}; }

    void countries(const QJsonArray &a);
    void forum(const QJsonObject &o);
    void organisations(const QJsonArray &a);
    void institutions(const QJsonArray &a);
    void people(const QJsonArray &a);
    void areas(const QJsonArray &a);
    void groupParts(const QJsonObject &root);
    void subgroups(const QJsonArray &a);
    void documents(const QJsonArray &a);
    void milestones(const QJsonArray &a);
    void meetings(const QJsonObject &root);
    void agenda(const QJsonObject &o, const Meeting &meeting, const QString &key);
    void plans(const QJsonArray &a);
    void planEvents(const QJsonObject &o, const Plan &plan, const QString &key);

    Repository &m_repo;
    QHash<QString, QSet<QString>> m_keys; // table -> keys defined so far
    QString m_where;
};

template <typename E> E Loader::enumValue(const QJsonObject &o, const char *name) const
{
    const QString key = text(o, name, true);
    const auto e = enumFromKey<E>(key);
    if (!e)
        fail(DefaultData::tr("\"%1\" is not one of: %2.")
                 .arg(key, enumKeys<E>().join(QStringLiteral(", "))));
    return *e;
}

template <typename T> void Loader::save(T &record)
{
    if (auto r = m_repo.insert(record); !r)
        fail(r.error().fullText());
}

} // namespace focal::defaultdata
