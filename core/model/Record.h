#pragma once

#include "Deadline.h"
#include "Enums.h"
#include "model/Timestamp.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QUuid>
#include <QVariant>

#include <optional>
#include <tuple>
#include <type_traits>

namespace focal {

// What every stored record carries so that countries can exchange and merge data offline:
// a stable UUID and who changed it last, when, at which installation (site).
struct RecordMeta
{
    QUuid id;
    QDateTime created;  // UTC
    QDateTime modified; // UTC
    QString modifiedBy; // the author's name at the site
    QUuid site;         // the installation that made the last change
};

// One mapped column: its name in the table and the struct member that holds it.
template <typename T, typename M> struct Field
{
    const char *column;
    M T::*member;
};

template <typename T, typename M> constexpr Field<T, M> field(const char *column, M T::*member)
{
    return {column, member};
}

// Conversions between member types and the values a database stores. Dates are ISO text,
// UUIDs text without braces, enums their stable key, deadlines their compact code.
namespace column {

// Text columns are NOT NULL: a null QString is stored as the empty text.
inline QVariant toVariant(const QString &v)
{
    return v.isNull() ? QVariant(QStringLiteral("")) : QVariant(v);
}
inline QVariant toVariant(int v)
{
    return v;
}
inline QVariant toVariant(bool v)
{
    return v ? 1 : 0;
}
inline QVariant toVariant(const QByteArray &v)
{
    return v;
}
inline QVariant toVariant(const QDate &v)
{
    return v.isValid() ? QVariant(v.toString(Qt::ISODate)) : QVariant();
}
// Moments are stored in UTC with milliseconds, as the change metadata is.
inline QVariant toVariant(const QDateTime &v)
{
    return v.isValid() ? QVariant(isoTimestamp(v)) : QVariant();
}
inline QVariant toVariant(const QTime &v)
{
    return v.isValid() ? QVariant(v.toString(QStringLiteral("HH:mm"))) : QVariant();
}
inline QVariant toVariant(const QUuid &v)
{
    return v.isNull() ? QVariant() : QVariant(v.toString(QUuid::WithoutBraces));
}
inline QVariant toVariant(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}
inline QVariant toVariant(const Deadline &v)
{
    return toVariant(v.toCode());
}
// The last day a deadline covers, as SQL compares days (ISO text); NULL when it is undefined.
inline QVariant endDay(const Deadline &v)
{
    return toVariant(v.end());
}
template <typename E>
requires std::is_enum_v<E> QVariant toVariant(E v)
{
    return enumKey(v);
}
template <typename E>
requires std::is_enum_v<E> QVariant toVariant(const std::optional<E> &v)
{
    return v ? QVariant(enumKey(*v)) : QVariant();
}

// Each returns false when the stored value cannot be what the member needs.
inline bool fromVariant(const QVariant &v, QString &out)
{
    out = v.isNull() ? QString() : v.toString();
    return true;
}
inline bool fromVariant(const QVariant &v, int &out)
{
    bool ok = false;
    out = v.toInt(&ok);
    return ok;
}
inline bool fromVariant(const QVariant &v, bool &out)
{
    out = v.toInt() != 0;
    return true;
}
inline bool fromVariant(const QVariant &v, QByteArray &out)
{
    out = v.isNull() ? QByteArray() : v.toByteArray();
    return true;
}
inline bool fromVariant(const QVariant &v, QDate &out)
{
    out = v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
    return v.isNull() || out.isValid();
}
inline bool fromVariant(const QVariant &v, QDateTime &out)
{
    out = v.isNull() ? QDateTime() : parseTimestamp(v.toString());
    return v.isNull() || out.isValid();
}
inline bool fromVariant(const QVariant &v, QTime &out)
{
    out = v.isNull() ? QTime() : QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
    return v.isNull() || out.isValid();
}
inline bool fromVariant(const QVariant &v, QUuid &out)
{
    out = v.isNull() ? QUuid() : QUuid::fromString(v.toString());
    return v.isNull() || !out.isNull();
}
inline bool fromVariant(const QVariant &v, std::optional<int> &out)
{
    if (v.isNull()) {
        out.reset();
        return true;
    }
    bool ok = false;
    out = v.toInt(&ok);
    return ok;
}
inline bool fromVariant(const QVariant &v, Deadline &out)
{
    const auto d = Deadline::fromCode(v.toString());
    if (d)
        out = *d;
    return d.has_value();
}
template <typename E>
requires std::is_enum_v<E>
bool fromVariant(const QVariant &v, E &out)
{
    const auto e = enumFromKey<E>(v.toString());
    if (e)
        out = *e;
    return e.has_value();
}
template <typename E>
requires std::is_enum_v<E>
bool fromVariant(const QVariant &v, std::optional<E> &out)
{
    if (v.isNull()) {
        out.reset();
        return true;
    }
    out = enumFromKey<E>(v.toString());
    return out.has_value();
}

} // namespace column

// Calls f(column, memberReference) for every mapped field of a record type T
// (T::fields() returns a tuple of Field<T, M>).
template <typename T, typename F> void forEachField(T &record, F &&f)
{
    std::apply([&](auto... fs) { (f(fs.column, record.*(fs.member)), ...); }, T::fields());
}

template <typename T, typename F> void forEachField(const T &record, F &&f)
{
    std::apply([&](auto... fs) { (f(fs.column, record.*(fs.member)), ...); }, T::fields());
}

template <typename T> QStringList columnNames()
{
    QStringList names;
    std::apply([&](auto... fs) { (names.append(QString::fromLatin1(fs.column)), ...); },
               T::fields());
    return names;
}

// A column computed from a record's fields, so that SQL can filter and sort on what a field's
// stored form hides (a deadline's code does not say its last day). Repository writes it on every
// insert, update and restore; nothing reads it back into the record.
template <typename F> struct Derived
{
    const char *column;
    const char *source; // the field's column it is computed from: it changes only with it
    F value;            // QVariant(const T &record)
};

template <typename F>
constexpr Derived<F> derivedColumn(const char *column, const char *source, F value)
{
    return {column, source, value};
}

// A record type declares its derived columns with `static auto derived()` returning a tuple of
// Derived; types without one have none.
template <typename T>
concept HasDerivedColumns = requires
{
    T::derived();
};

template <typename T> constexpr std::size_t derivedColumnCount()
{
    if constexpr (HasDerivedColumns<T>)
        return std::tuple_size_v<decltype(T::derived())>;
    else
        return 0;
}

// One name per derived column, in declaration order: pick(derived) chooses which.
template <typename T, typename Pick> QStringList derivedNames(Pick pick)
{
    QStringList names;
    if constexpr (HasDerivedColumns<T>)
        std::apply([&](auto... ds) { (names.append(QString::fromLatin1(pick(ds))), ...); },
                   T::derived());
    return names;
}

template <typename T> QStringList derivedColumnNames()
{
    return derivedNames<T>([](const auto &d) { return d.column; });
}

// The field column each derived column is computed from.
template <typename T> QStringList derivedSourceNames()
{
    return derivedNames<T>([](const auto &d) { return d.source; });
}

// Calls f(column, value) for every derived column of `record`, in declaration order.
template <typename T, typename F> void forEachDerived(const T &record, F &&f)
{
    if constexpr (HasDerivedColumns<T>)
        std::apply([&](auto... ds) { (f(ds.column, ds.value(record)), ...); }, T::derived());
}

// The columns Repository writes: the mapped fields, then the derived columns.
template <typename T> QStringList writtenColumnNames()
{
    return columnNames<T>() + derivedColumnNames<T>();
}

} // namespace focal
