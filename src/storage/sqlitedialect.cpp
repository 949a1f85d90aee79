#include "sqlitedialect.h"

#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#ifdef VALUEDESK_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace valuedesk {

// Defined in sqlitecursor.cpp: the C API cursor, or null without VALUEDESK_SQLITE_C_API or when
// `db` is not a QSQLITE connection on our libsqlite3.
std::unique_ptr<NativeCursor> makeSqliteCursor(const QSqlDatabase &db);

namespace {

Status exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        return sqlError(QCoreApplication::translate("valuedesk::Database",
                                                    "The customer file cannot be opened."),
                        query);
    }
    return Status::success();
}

} // namespace

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    // The only dialect so far; team mode adds QPSQL here.
    Q_UNUSED(db);
    return sqlite();
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

Status SqliteDialect::configureConnection(QSqlDatabase &db, bool readOnly) const
{
#ifdef VALUEDESK_SQLITE_C_API
    // Defensive mode: no writable_schema, no shadow-table writes, no PRAGMA schema tricks.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData()))
            sqlite3_db_config(connection, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    }
#endif
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           // Functions in a schema's triggers, views or defaults never run ours.
                           QStringLiteral("PRAGMA trusted_schema = OFF"),
                           QStringLiteral("PRAGMA synchronous = NORMAL"),
                           // 64 MiB of page cache: big imports otherwise spill to disk.
                           QStringLiteral("PRAGMA cache_size = -65536")};
    if (readOnly)
        pragmas.append(QStringLiteral("PRAGMA query_only = ON"));
    for (const QString &pragma : pragmas) {
        if (auto done = exec(db, pragma); !done)
            return done.error();
    }
    return Status::success();
}

Status SqliteDialect::enableConcurrentReaders(QSqlDatabase &db) const
{
    return exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
}

QString SqliteDialect::schemaVersionQuery() const
{
    return QStringLiteral("PRAGMA user_version");
}

QString SqliteDialect::setSchemaVersionStatement(int version) const
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString SqliteDialect::fileCopyStatement() const
{
    return QStringLiteral("VACUUM INTO ?");
}

int SqliteDialect::maxBoundValues() const
{
    // SQLITE_MAX_VARIABLE_NUMBER's default before SQLite 3.32 (32766 since): the lower bound of
    // every libsqlite3 Qt may be built against.
    return 999;
}

QString SqliteDialect::upsertClause(const QStringList &conflictColumns,
                                    const QStringList &assignments, const QString &condition) const
{
    QString clause = QStringLiteral(" ON CONFLICT (") + conflictColumns.join(QStringLiteral(", ")) +
                     QStringLiteral(") DO UPDATE SET ") + assignments.join(QStringLiteral(", "));
    if (!condition.isEmpty())
        clause += QStringLiteral(" WHERE ") + condition;
    return clause;
}

QString SqliteDialect::excluded(const QString &column) const
{
    return QStringLiteral("excluded.") + column;
}

QString SqliteDialect::insertOrReplace(const QString &table, const QStringList &columns,
                                       const QStringList &keyColumns) const
{
    Q_UNUSED(keyColumns); // SQLite replaces on any UNIQUE or PRIMARY KEY conflict
    return QStringLiteral("INSERT OR REPLACE INTO ") + table + QStringLiteral(" (") +
           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
           QLatin1Char(')');
}

QString SqliteDialect::least(const QString &a, const QString &b) const
{
    return QStringLiteral("min(") + a + QStringLiteral(", ") + b + QLatin1Char(')');
}

QString SqliteDialect::greatest(const QString &a, const QString &b) const
{
    return QStringLiteral("max(") + a + QStringLiteral(", ") + b + QLatin1Char(')');
}

QString SqliteDialect::integerSumFits(const QString &stored, const QString &added) const
{
    // SQLite's `+` turns an overflowing integer sum into a REAL and reads text as 0, silently.
    // Neither bound below overflows itself: each branch subtracts `added` only in the direction
    // that moves away from the limit.
    return QStringLiteral("(typeof(%1) = 'integer' AND CASE WHEN %2 >= 0"
                          " THEN %1 <= 9223372036854775807 - %2"
                          " ELSE %1 >= -9223372036854775807 - 1 - %2 END)")
        .arg(stored, added);
}

QString SqliteDialect::isReal(const QString &stored) const
{
    // A REAL column holds integers as REAL too (its affinity converts them).
    return QStringLiteral("typeof(") + stored + QStringLiteral(") = 'real'");
}

bool SqliteDialect::isIntegerOverflow(const QString &driverText) const
{
    // SQLite's sum() on int64 overflow: "integer overflow" (its text, not translated).
    return driverText.contains(QLatin1String("integer overflow"));
}

std::unique_ptr<NativeCursor> SqliteDialect::nativeCursor(const QSqlDatabase &db) const
{
    return makeSqliteCursor(db);
}

} // namespace valuedesk
