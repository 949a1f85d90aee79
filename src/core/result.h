#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace valuedesk {

// What went wrong, in words a user can read (already translated) plus technical detail for logs.
// Never carries file:line; the UI shows message() and may offer detail() behind a button.
class Error
{
public:
    // What kind of failure, where the UI reacts differently (offer Retry or read-only for a file
    // in use, never suggest throwing away a file that is only busy).
    enum class Code {
        General,
        FileInUse,    // another connection or program holds the write lock
        FileReadOnly, // the file or its folder cannot be written
        FileDamaged,  // SQLITE_CORRUPT / NOTADB: the file itself is bad
        DiskFull,
        Cancelled, // the user (or the caller's TaskContext) stopped the work; not a failure
    };

    Error() = default;
    explicit Error(QString message, QString detail = {}, Code code = Code::General)
        : m_message(std::move(message)), m_detail(std::move(detail)), m_code(code)
    {}

    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    Code code() const { return m_code; }

    // One line for a terminal: "message (detail)".
    QString toString() const
    {
        return m_detail.isEmpty() ? m_message
                                  : m_message + QStringLiteral(" (") + m_detail + QLatin1Char(')');
    }

private:
    QString m_message;
    QString m_detail;
    Code m_code = Code::General;
};

// C++17 stand-in for std::expected<T, Error>: errors cross layer boundaries as values, never as
// exceptions.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    static Result success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace valuedesk
