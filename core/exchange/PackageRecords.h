#pragma once

#include "exchange/Package.h"
#include "model/Record.h"
#include "Result.h"

#include <QCoreApplication>

namespace focal::package {

// Between typed records and their exchanged form: every mapped column's stored value, exactly
// what Repository writes (derived columns are left out: the receiver computes them).

template <typename T> Record toPackageRecord(const T &record, const FieldClocks &clocks)
{
    // The names made once per type: records go through here by the ten thousand.
    static const QString table = QString::fromLatin1(T::table);
    static const QStringList names = columnNames<T>();
    Record out;
    out.table = table;
    out.meta = record.meta;
    int i = 0;
    forEachField(record, [&](const char *, const auto &member) {
        out.values.insert(names.at(i++), column::toVariant(member));
    });
    out.clocks = clocks;
    return out;
}

// The typed record, or an Invalid error naming the first column that is missing, unknown to
// the type, or holds a value the type cannot (an unknown status, a date that is no date).
template <typename T> Result<T> fromPackageRecord(const Record &in)
{
    const auto invalid = [&](const char *text, const QString &column) {
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("focal::PackageFile", text)
                         .arg(in.meta.id.toString(QUuid::WithoutBraces),
                              QString::fromLatin1(T::table), column),
                     {}};
    };
    T out;
    out.meta = in.meta;
    static const QStringList names = columnNames<T>();
    QString missing, bad;
    qsizetype known = 0;
    int i = 0;
    forEachField(out, [&](const char *, auto &member) {
        const QString &name = names.at(i++);
        const auto it = in.values.constFind(name);
        if (it == in.values.cend()) {
            if (missing.isEmpty())
                missing = name;
            return;
        }
        ++known;
        if (!column::fromVariant(*it, member) && bad.isEmpty())
            bad = name;
    });
    if (!missing.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("focal::PackageFile",
                                         "Record %1 of table \"%2\" lacks the field \"%3\"."),
                       missing);
    if (!bad.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("focal::PackageFile",
                                         "Record %1 of table \"%2\" has an invalid value in "
                                         "\"%3\"."),
                       bad);
    if (known != in.values.size()) {
        for (auto it = in.values.cbegin(); it != in.values.cend(); ++it)
            if (!names.contains(it.key()))
                return invalid(QT_TRANSLATE_NOOP("focal::PackageFile",
                                                 "Record %1 of table \"%2\" has an unknown field "
                                                 "\"%3\"."),
                               it.key());
    }
    return out;
}

} // namespace focal::package
