#include "database.h"

#include "fileholders.h"
#include "fileinspection.h"
#include "migrations.h"
#include "openfiles.h"
#include "sqldialect.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlQuery>
#include <QUrl>

namespace valuedesk {

namespace {

struct WriteWait
{
    QMutex mutex;
    int milliseconds = 5000;
    std::function<void(const QString &)> waiting;
};

WriteWait &writeWait()
{
    static WriteWait wait;
    return wait;
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{
    OpenFiles::add(OpenFiles::key(m_path));
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    OpenFiles::remove(OpenFiles::key(m_path));
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode, Access access)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (mode == OpenMode::OpenExisting && !exists)
        return Error(tr("The customer file \"%1\" does not exist.").arg(path));
    if (mode == OpenMode::CreateNew && exists)
        return Error(tr("\"%1\" already exists; choose another name.").arg(path));
    if (exists && info.isDir())
        return Error(tr("\"%1\" is a folder, not a customer file.").arg(path));

    const bool writable = FileInspection::canWrite(path);
    if (!writable && (access == Access::ReadWrite || !exists)) {
        return Error(tr("\"%1\" is read-only (or its folder is): ValueDesk cannot save changes "
                        "to it. Open it read-only to view it, or copy it to a folder you can "
                        "write to.")
                         .arg(info.fileName()),
                     {}, Error::Code::FileReadOnly);
    }
    const bool readOnly = access == Access::ReadOnly || !writable;
    if (readOnly && !exists)
        return Error(tr("The customer file \"%1\" does not exist.").arg(path));

    // Peeking and inspecting open the file outside our main connection: only allowed while no
    // connection of this process holds it (a second window or a worker on an open file skips
    // them; the file was checked when it was first opened).
    const bool openHere = OpenFiles::contains(OpenFiles::key(path));
    if (exists && !openHere) {
        if (info.size() > 0 && !FileInspection::hasSqliteHeader(path)) {
            return Error(
                tr("\"%1\" is damaged or is not a ValueDesk customer file.").arg(info.fileName()),
                {}, Error::Code::FileDamaged);
        }
        if (info.size() == 0 && (mode == OpenMode::OpenExisting || readOnly))
            return Error(tr("\"%1\" is empty; it is not a customer file.").arg(info.fileName()));
        if (info.size() > 0) {
            const auto facts = FileInspection::inspect(path);
            if (!facts)
                return facts.error();
            if (auto valid = FileInspection::checkFacts(*facts, path, readOnly); !valid)
                return valid.error();
        }
    }

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(path, name, readOnly));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly && !writable) {
        // A file nobody can write: open it so that nothing is created beside it (immutable when
        // no -wal exists, which is also the only way to read WAL files in a read-only folder).
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (FileInspection::isQuiescent(path)) {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(path);
        }
    } else {
        // Read-only access to a writable file still opens it read-write at the file level, with
        // PRAGMA query_only: then the last connection to close removes the -wal and -shm it
        // made, as the sqlite3 shell does, instead of leaving them behind.
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    if (!db.open())
        return FileInspection::openError(
            path, sqlError(tr("The customer file cannot be opened."), db.lastError()));
    const SqlDialect &dialect = SqlDialect::of(db);
    if (auto configured = dialect.configureConnection(db, readOnly); !configured)
        return FileInspection::openError(path, configured.error());
    if (readOnly)
        return database;

    // Upgrade first, then switch to WAL: a file whose upgrade fails (and is rolled back) stays
    // byte for byte as it was, its journal mode included.
    if (auto migrated = Migrations::migrate(db, currentSchemaVersion()); !migrated)
        return FileInspection::openError(path, migrated.error());
    if (auto wal = dialect.enableConcurrentReaders(db); !wal)
        return FileInspection::openError(path, wal.error());
    return database;
}

Result<std::unique_ptr<Database>> Database::openSibling() const
{
    const QString name = newConnectionName();
    // The thread-safe overload: clones by connection name and belongs to the calling thread.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, name);
    std::unique_ptr<Database> sibling(new Database(m_path, name, m_readOnly));
    if (!db.open())
        return FileInspection::openError(
            m_path, sqlError(tr("The customer file cannot be opened."), db.lastError()));
    if (auto configured = dialect().configureConnection(db, m_readOnly); !configured)
        return FileInspection::openError(m_path, configured.error());
    return sibling;
}

const SqlDialect &Database::dialect() const
{
    return SqlDialect::sqlite();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const auto version = Migrations::userVersion(connection());
    return version ? *version : -1;
}

Status Database::backupTo(const QString &destination) const
{
    if (QFileInfo::exists(destination))
        return Error(tr("\"%1\" already exists; choose another name.").arg(destination));
    if (OpenFiles::contains(OpenFiles::key(destination)))
        return Error(tr("\"%1\" is open; choose another name.").arg(destination));
    const QString statement = dialect().fileCopyStatement();
    if (statement.isEmpty())
        return Error(tr("The backup could not be written."));
    QSqlQuery query(connection());
    if (!query.prepare(statement))
        return sqlError(tr("The backup could not be written."), query);
    query.addBindValue(destination);
    if (!query.exec()) {
        QFile::remove(destination);
        return sqlError(tr("The backup could not be written."), query);
    }
    return Status::success();
}

void Database::setWriteWait(int milliseconds, std::function<void(const QString &)> waiting)
{
    QMutexLocker lock(&writeWait().mutex);
    writeWait().milliseconds = milliseconds;
    writeWait().waiting = std::move(waiting);
}

int Database::writeWaitMilliseconds()
{
    QMutexLocker lock(&writeWait().mutex);
    return writeWait().milliseconds;
}

void Database::notifyWaiting(const QString &holder)
{
    std::function<void(const QString &)> waiting;
    {
        QMutexLocker lock(&writeWait().mutex);
        waiting = writeWait().waiting;
    }
    if (waiting)
        waiting(holder);
}

TransactionScope::TransactionScope(QSqlDatabase db) : m_db(std::move(db)) {}

TransactionScope::~TransactionScope()
{
    if (m_active)
        m_db.rollback();
}

Status TransactionScope::begin()
{
    // BEGIN IMMEDIATE waits for the write lock up to the connection's busy timeout (5 s); a
    // caller allowed to wait longer (the CLI) tries again until its own limit.
    const QDeadlineTimer deadline(Database::writeWaitMilliseconds());
    bool announced = false;
    for (;;) {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_active = true;
            return Status::success();
        }
        const Error error = sqlError(tr("The customer file is busy or read-only."), query);
        if (error.code() != Error::Code::FileInUse)
            return error;
        const QString path = m_db.databaseName();
        if (deadline.hasExpired() || deadline.remainingTime() < 1000)
            return FileInspection::inUseError(
                QUrl(path).isLocalFile() ? QUrl(path).toLocalFile() : path, error.detail());
        if (!announced) {
            Database::notifyWaiting(FileHolders::describe(path));
            announced = true;
        }
    }
}

Result<bool> TransactionScope::beginOrJoin()
{
    const Status begun = begin();
    if (begun)
        return true;
    // "cannot start a transaction within a transaction" is a plain SQLITE_ERROR.
    if (begun.error().code() == Error::Code::General)
        return false;
    return begun.error();
}

Status TransactionScope::commit()
{
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        m_active = false;
        return sqlError(tr("The changes could not be saved to the customer file."), error);
    }
    m_active = false;
    return Status::success();
}

} // namespace valuedesk
