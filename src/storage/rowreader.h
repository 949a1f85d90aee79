#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace valuedesk {

class NativeCursor;

// One forward-only, read-only statement with typed column access. It runs on the engine's own
// API when the connection's SqlDialect offers a NativeCursor (SQLite's C API, built with
// VALUEDESK_SQLITE_C_API: a QVariant per value made the Qt Sql reads of big result sets several
// times slower than the statements themselves), else through QSqlQuery.
//
//     RowReader r(db);
//     if (Status s = r.exec(sql, {a, b}); !s) ...
//     while (r.next()) use(r.int64(0), r.text(1));
//     if (!r.status()) ...
class RowReader final
{
public:
    explicit RowReader(const QSqlDatabase &db);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // Prepares and runs `sql` with positional values (integers, doubles or strings); the error
    // carries `userMessage`.
    Status exec(const QString &userMessage, const QString &sql, const QVariantList &values = {});
    // The next row; false at the end or on an error (see status()).
    bool next();
    // The error that ended next(), if any.
    Status status() const;

    bool isNull(int column) const;
    // The column holds an INTEGER (not NULL, REAL or text).
    bool isInteger(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    // The UTF-8 bytes of a text column; valid until the next call of next().
    QByteArray text(int column) const;
    QString string(int column) const;
    // The bytes of a BLOB column; valid until the next call of next().
    QByteArray blob(int column) const;
    // An ISO yyyy-MM-dd column as QDate::fromString(..., Qt::ISODate) reads it.
    QDate date(int column) const;

private:
    std::unique_ptr<NativeCursor> m_native;
    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_userMessage;
    Status m_status;
};

// A customer's code for messages ("C001"), or "#<id>" when it cannot be read.
QString customerCodeOf(const QSqlDatabase &db, qint64 customerId);

// Errors for stored values that cannot be right, e.g. written by another program. They name the
// table/column ("customer_months/last_day") and the customer by code (looked up on `db`), so
// a damaged file gives a clear message instead of a plausible wrong number or explanation.
Error invalidStoredDate(const QSqlDatabase &db, const QString &tableColumn, qint64 customerId);
// An amount beyond ±maxRecordCents, or a stored total its rows cannot add up to.
Error impossibleStoredAmount(const QSqlDatabase &db, const QString &tableColumn, qint64 customerId);
// A sum of in-range amounts that does not fit in qint64 cents.
Error sumTooLarge(const QSqlDatabase &db, qint64 customerId);
// For SQLite's "integer overflow" from sum(): names a stored amount beyond the limit when there
// is one (a scan of the money columns; only on this error path), else says the sums are too large.
Error sumOverflow(const QSqlDatabase &db);
// sqlError(userMessage, query), or sumOverflow(db) when the query failed with SQLite's "integer
// overflow".
Error queryError(const QSqlDatabase &db, const QString &userMessage, const QSqlQuery &query);

// An ISO yyyy-MM-dd date as QDate::fromString(Qt::ISODate) reads it (invalid when malformed);
// the common well-formed case without building a QString.
QDate isoDateFromUtf8(const char *text, qsizetype size);

} // namespace valuedesk
