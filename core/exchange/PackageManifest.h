#pragma once

#include "exchange/Package.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace focal::package {

// The manifest line of a package (docs/package-format.md) to and from its JSON object. Reading
// checks the format and its version first (a newer version may change everything else), then
// every field's form, and the announced counts and sizes against the reader's limits, so that a
// package that claims too much is refused before its payload is looked at.
class PackageManifest
{
    Q_DECLARE_TR_FUNCTIONS(focal::PackageFile)

public:
    static QJsonObject toJson(const Manifest &manifest);
    static Result<Manifest> fromJson(const QJsonObject &object, const Limits &limits);

    // A whole number a JSON double holds exactly, from 0 to 2^53 - 1; nullopt otherwise.
    static std::optional<qint64> count(const QJsonValue &value);
    // "The package is damaged: <what>."
    static Error damaged(const QString &what);
};

} // namespace focal::package
