#pragma once

#include "model/Record.h"

#include <QCoreApplication>

#include <optional>
#include <type_traits>

namespace focal::package {

// How each member type of the record types travels in a package (docs/package-format.md, "Value
// forms"), and what a message calls a value of it. Overloads on the member type, so that the
// payload reader checks a value's JSON kind by the type of the member it is meant for.
class ValueForm
{
    Q_DECLARE_TR_FUNCTIONS(focal::PackageFile)

public:
    // How a member type's stored value appears in a package.
    enum class Form {
        Text,            // a JSON string
        Integer,         // a whole number within int
        Flag,            // 0 or 1
        OptionalInteger, // a whole number or null
        Blob,            // {"attachment": "<sha256>"} or null
        Key,             // a string the member type must accept (an enum key, a deadline code)
        OptionalKey      // the same, or null (a date, a time, a moment, a reference)
    };

    static Form of(const QString &) { return Form::Text; }
    static Form of(const int &) { return Form::Integer; }
    static Form of(const bool &) { return Form::Flag; }
    static Form of(const std::optional<int> &) { return Form::OptionalInteger; }
    static Form of(const QByteArray &) { return Form::Blob; }
    static Form of(const Deadline &) { return Form::Key; }
    static Form of(const QDate &) { return Form::OptionalKey; }
    static Form of(const QTime &) { return Form::OptionalKey; }
    static Form of(const QDateTime &) { return Form::OptionalKey; }
    static Form of(const QUuid &) { return Form::OptionalKey; }
    template <typename E>
    requires std::is_enum_v<E>
    static Form of(const E &) { return Form::Key; }
    template <typename E>
    requires std::is_enum_v<E>
    static Form of(const std::optional<E> &) { return Form::OptionalKey; }

    // What people call a value of the member type, in "has an invalid date in ...".
    static QString name(const QString &) { return tr("text"); }
    static QString name(const int &) { return tr("number"); }
    static QString name(const bool &) { return tr("yes/no value"); }
    static QString name(const std::optional<int> &) { return tr("number"); }
    static QString name(const QByteArray &) { return tr("attached file"); }
    static QString name(const Deadline &) { return tr("deadline"); }
    static QString name(const QDate &) { return tr("date"); }
    static QString name(const QTime &) { return tr("time"); }
    static QString name(const QDateTime &) { return tr("date and time"); }
    static QString name(const QUuid &) { return tr("reference"); }
    template <typename E>
    requires std::is_enum_v<E>
    static QString name(const E &) { return tr("choice"); }
    template <typename E>
    requires std::is_enum_v<E>
    static QString name(const std::optional<E> &) { return tr("choice"); }
};

} // namespace focal::package
