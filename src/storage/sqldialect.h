#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace valuedesk {

// The SQL dialect seam: everything in src/storage that only one database engine understands sits
// behind this interface, so that team mode can add a PostgreSQL dialect (QPSQL) next to
// SqliteDialect without touching the repositories.
//
// Behind the seam:
//   - connection setup: SQLite's PRAGMAs (foreign_keys, trusted_schema, synchronous, cache_size,
//     query_only for read-only access) and defensive mode (configureConnection), WAL
//     (enableConcurrentReaders), the schema version (PRAGMA user_version);
//   - VACUUM INTO for a consistent copy of an open file (fileCopyStatement);
//   - the maximum number of bound values per statement (maxBoundValues, used by BatchInserter);
//   - SQL the repositories build that differs between engines: upserts (ON CONFLICT … DO UPDATE
//     with excluded.*), INSERT OR REPLACE, two-argument min()/max(), and the overflow guard of
//     SQL `+` (SQLite turns an overflowing integer sum into a REAL; PostgreSQL raises an error);
//   - recognising the engine's "integer overflow" error text of sum();
//   - RowReader's fast path on the engine's C API (nativeCursor), which skips a QVariant per value.
//
// Not behind the seam, on purpose: opening a customer *file* (Database::open: the header peek,
// the inspection connection, immutable URIs, the OpenFiles registry) and SchemaCheck (which reads
// sqlite_master) are about the SQLite file format itself; a PostgreSQL team database comes with
// its own ConnectionFactory instead of Database::open(path). The schema's DDL (migrations.cpp) is
// SQLite's too; a server schema gets its own migration list. Plain SQL that both engines accept
// (SELECT/INSERT/UPDATE/DELETE with positional `?` values through Qt Sql) stays in the
// repositories as it is.
//
// A dialect is stateless and lives for the whole program: pass it by reference.
class NativeCursor;

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The dialect for a connection, chosen by its Qt Sql driver (QSQLITE → sqlite()).
    static const SqlDialect &of(const QSqlDatabase &db);
    static const SqlDialect &sqlite();

    // The Qt Sql driver this dialect speaks, e.g. "QSQLITE".
    virtual QString driverName() const = 0;

    // Settings every connection gets right after opening; `readOnly` connections refuse writes.
    virtual Status configureConnection(QSqlDatabase &db, bool readOnly) const = 0;
    // Lets readers run while one connection writes (SQLite: journal_mode = WAL). Called once on
    // a writable connection, after the schema is up to date.
    virtual Status enableConcurrentReaders(QSqlDatabase &db) const = 0;
    // The schema version stored in the database, and the statement that sets it (no bound
    // values: the version is our own integer).
    virtual QString schemaVersionQuery() const = 0;
    virtual QString setSchemaVersionStatement(int version) const = 0;
    // A statement with one bound value, the destination path, that writes a consistent copy of
    // the whole database there while it is open; empty when the engine cannot.
    virtual QString fileCopyStatement() const = 0;

    // The most values one statement may bind.
    virtual int maxBoundValues() const = 0;

    // " ON CONFLICT (<conflictColumns>) DO UPDATE SET <assignments> [WHERE <condition>]", to
    // follow INSERT … VALUES …. In the assignments and the condition, a bare column is the stored
    // row and excluded(column) the row that was to be inserted.
    virtual QString upsertClause(const QStringList &conflictColumns, const QStringList &assignments,
                                 const QString &condition = {}) const = 0;
    virtual QString excluded(const QString &column) const = 0;
    // INSERT that replaces the row with the same `keyColumns`, with a `?` per column.
    virtual QString insertOrReplace(const QString &table, const QStringList &columns,
                                    const QStringList &keyColumns) const = 0;
    // The smaller / larger of two SQL values.
    virtual QString least(const QString &a, const QString &b) const = 0;
    virtual QString greatest(const QString &a, const QString &b) const = 0;
    // A condition true when `stored` holds an integer and `stored + added` (an integer
    // expression) fits in a signed 64-bit integer, so that `stored + added` is exact.
    virtual QString integerSumFits(const QString &stored, const QString &added) const = 0;
    // A condition true when `stored` holds a floating-point number (not text, not a blob).
    virtual QString isReal(const QString &stored) const = 0;

    // The driver's text of an error means that sum() overflowed.
    virtual bool isIntegerOverflow(const QString &driverText) const = 0;

    // A cursor on the engine's own API for `db`, or null to read through QSqlQuery.
    virtual std::unique_ptr<NativeCursor> nativeCursor(const QSqlDatabase &db) const = 0;
};

// A forward-only, read-only statement on an engine's native API (RowReader's fast path). The
// accessors read the current row; byte arrays are valid until the next call of next().
class NativeCursor
{
public:
    virtual ~NativeCursor() = default;

    // Prepares and binds; on failure, the driver's text and the statement as detail.
    virtual Status exec(const QString &userMessage, const QString &sql,
                        const QVariantList &values) = 0;
    // True for a row; false at the end, or on an error with its driver text in `errorText`.
    virtual bool next(QString &errorText) = 0;

    virtual bool isNull(int column) const = 0;
    virtual bool isInteger(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QByteArray text(int column) const = 0;
    virtual QString string(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
    virtual QDate date(int column) const = 0;
};

} // namespace valuedesk
