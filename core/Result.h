#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace focal {

// An error as a value: a translated sentence for the user and technical details for the log.
// Core never aborts on bad data; every fallible call returns Result<T>.
struct Error
{
    enum class Code {
        Invalid,    // the input does not make sense (bad value, broken rule)
        NotFound,   // no such file or record
        Io,         // the file system refused (permissions, full disk, missing folder)
        NotFocal,   // the file is not a Focal database
        TooNew,     // written by a newer Focal
        Corrupt,    // a damaged database
        Busy,       // another program holds the database
        Constraint, // the change would break the data (foreign key, uniqueness)
        Database,   // any other database failure
    };
    Code code = Code::Database;
    QString message; // translated, one or two sentences, shown to the user
    QString detail;  // technical detail (driver text, SQL), for the log only

    QString fullText() const
    {
        return detail.isEmpty() ? message
                                : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace focal
