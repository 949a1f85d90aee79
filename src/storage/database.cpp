#include "database.h"

#include "fileholders.h"
#include "migrations.h"
#include "schemacheck.h"
#include "sqlerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>

#ifdef VALUEDESK_SQLITE_C_API
#include <sqlite3.h>
#endif

#include <atomic>

namespace valuedesk {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("valuedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The files this process has open through a Database, by canonical path. While a file is in
// here, nothing may open it outside SQLite (see the class comment).
class OpenFiles final
{
public:
    static QString key(const QString &path)
    {
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath(); // realpath(): no descriptor
        return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    }
    static bool contains(const QString &key)
    {
        QMutexLocker lock(&mutex());
        return counts().value(key) > 0;
    }
    static void add(const QString &key)
    {
        QMutexLocker lock(&mutex());
        ++counts()[key];
    }
    static void remove(const QString &key)
    {
        QMutexLocker lock(&mutex());
        auto it = counts().find(key);
        if (it != counts().end() && --it.value() <= 0)
            counts().erase(it);
    }

private:
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QHash<QString, int> &counts()
    {
        static QHash<QString, int> c;
        return c;
    }
};

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

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// Only called while no connection of this process holds the file.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// No -wal or -journal next to the file: all content is in the main file and no connection
// anywhere has it open in WAL mode (the last one to close deletes the -wal).
bool quiescent(const QString &path)
{
    return !QFileInfo::exists(path + QStringLiteral("-wal")) &&
           !QFileInfo::exists(path + QStringLiteral("-journal"));
}

bool canWrite(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    return folder.isWritable() && (!info.exists() || info.isWritable());
}

Error inUseError(const QString &path, const QString &detail)
{
    const QString holder = FileHolders::describe(path);
    const QString message =
        holder.isEmpty()
            ? Database::tr("\"%1\" is in use by another program that is writing to it; try again "
                           "when it has finished.")
                  .arg(fileName(path))
            : Database::tr("\"%1\" is in use by %2, which is writing to it; try again when it has "
                           "finished.")
                  .arg(fileName(path), holder);
    return Error(message, detail, Error::Code::FileInUse);
}

// An error of a statement run while opening `path`: a busy file is in use, not damaged.
Error openError(const QString &path, const Error &error)
{
    if (error.code() == Error::Code::FileInUse)
        return inUseError(path, error.detail());
    return error;
}

struct FileFacts
{
    int userVersion = 0;
    int applicationId = 0;
    int objectCount = 0;
    QStringList foreignObjects; // differences from our schema for userVersion
};

// Reads the header facts and the schema through a read-only connection, so a file we must refuse
// (newer version, foreign database, foreign triggers or views) is never modified, not even by
// switching on WAL. Only called while no connection of this process holds the file.
Result<FileFacts> inspect(const QString &path)
{
    const QString name = newConnectionName();
    Result<FileFacts> result =
        Error(Database::tr("The file is damaged or is not a ValueDesk customer file."));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Even a read-only connection creates -wal and -shm files next to a WAL-mode file. When
        // the file is quiescent, immutable=1 reads it without creating anything; otherwise those
        // files are there already anyway.
        bool opened = false;
        if (quiescent(path)) {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            opened = db.open();
        }
        if (!opened) { // or a path SQLite cannot take as a URI (e.g. a UNC host)
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            opened = db.open();
        }
        if (!opened) {
            result = openError(path, sqlError(Database::tr("The customer file cannot be opened."),
                                              db.lastError()));
        } else {
            FileFacts facts;
            QSqlQuery query(db);
            bool ok = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
            if (ok)
                facts.userVersion = query.value(0).toInt();
            ok = ok && query.exec(QStringLiteral("PRAGMA application_id")) && query.next();
            if (ok)
                facts.applicationId = query.value(0).toInt();
            ok = ok && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) &&
                 query.next();
            if (ok) {
                facts.objectCount = query.value(0).toInt();
                result = facts;
            } else {
                result = openError(
                    path, sqlError(Database::tr("The file is damaged or is not a ValueDesk "
                                                "customer file."),
                                   query));
            }
            query.finish();
            const bool comparable = facts.applicationId == Database::applicationId &&
                                    facts.userVersion >= 1 &&
                                    facts.userVersion <= Database::currentSchemaVersion();
            if (result && comparable) {
                auto differences = SchemaCheck::differences(db, facts.userVersion);
                if (differences)
                    result->foreignObjects = *differences;
                else
                    result = openError(path, differences.error());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status checkFacts(const FileFacts &facts, const QString &path, bool readOnly)
{
    const QString name = fileName(path);
    if (facts.userVersion > Database::currentSchemaVersion()) {
        return Error(
            Database::tr("\"%1\" was written by a newer version of ValueDesk (file format %2; this "
                         "version reads up to %3). Please update ValueDesk to open it; the file "
                         "was not changed.")
                .arg(name)
                .arg(facts.userVersion)
                .arg(Database::currentSchemaVersion()));
    }
    const bool ours = facts.applicationId == Database::applicationId;
    const bool empty = facts.applicationId == 0 && facts.objectCount == 0;
    if (!ours && !empty) {
        return Error(Database::tr("\"%1\" is an SQLite database but not a ValueDesk customer file.")
                         .arg(name));
    }
    if (ours && facts.userVersion < 1) {
        return Error(Database::tr("\"%1\" is marked as a ValueDesk customer file but holds none of "
                                  "its tables; it is damaged. The file was not changed.")
                         .arg(name),
                     {}, Error::Code::FileDamaged);
    }
    if (!facts.foreignObjects.isEmpty()) {
        return Error(Database::tr("\"%1\" contains database objects that ValueDesk did not create, "
                                  "which could change or hide your data: %2. The file was not "
                                  "opened and not changed; remove them with a database tool or "
                                  "open a backup copy.")
                         .arg(name, facts.foreignObjects.join(QStringLiteral("; "))),
                     {}, Error::Code::FileDamaged);
    }
    if (readOnly && empty) {
        return Error(Database::tr("\"%1\" is an empty SQLite database, not a ValueDesk customer "
                                  "file.")
                         .arg(name));
    }
    if (readOnly && facts.userVersion < Database::currentSchemaVersion()) {
        return Error(
            Database::tr("\"%1\" was written by an older version of ValueDesk (file format "
                         "%2) and must be upgraded to format %3 first, which needs write "
                         "access. Open it once for writing; the file was not changed.")
                .arg(name)
                .arg(facts.userVersion)
                .arg(Database::currentSchemaVersion()),
            {}, Error::Code::FileReadOnly);
    }
    return Status::success();
}

Status exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return sqlError(Database::tr("The customer file cannot be opened."), query);
    return Status::success();
}

// Settings every connection of ours gets, the main one and the workers'.
Status configure(QSqlDatabase &db, bool readOnly)
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

    const bool writable = canWrite(path);
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
        if (info.size() > 0 && !hasSqliteHeader(path)) {
            return Error(
                tr("\"%1\" is damaged or is not a ValueDesk customer file.").arg(info.fileName()),
                {}, Error::Code::FileDamaged);
        }
        if (info.size() == 0 && (mode == OpenMode::OpenExisting || readOnly))
            return Error(tr("\"%1\" is empty; it is not a customer file.").arg(info.fileName()));
        if (info.size() > 0) {
            const auto facts = inspect(path);
            if (!facts)
                return facts.error();
            if (auto valid = checkFacts(*facts, path, readOnly); !valid)
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
        if (quiescent(path)) {
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
        return openError(path, sqlError(tr("The customer file cannot be opened."), db.lastError()));
    if (auto configured = configure(db, readOnly); !configured)
        return openError(path, configured.error());
    if (readOnly)
        return database;

    if (auto wal = exec(db, QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
        return openError(path, wal.error());
    if (auto migrated = Migrations::migrate(db, currentSchemaVersion()); !migrated)
        return openError(path, migrated.error());
    return database;
}

Result<std::unique_ptr<Database>> Database::openSibling() const
{
    const QString name = newConnectionName();
    // The thread-safe overload: clones by connection name and belongs to the calling thread.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, name);
    std::unique_ptr<Database> sibling(new Database(m_path, name, m_readOnly));
    if (!db.open())
        return openError(m_path,
                         sqlError(tr("The customer file cannot be opened."), db.lastError()));
    if (auto configured = configure(db, m_readOnly); !configured)
        return openError(m_path, configured.error());
    return sibling;
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
    QSqlQuery query(connection());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
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
            return inUseError(QUrl(path).isLocalFile() ? QUrl(path).toLocalFile() : path,
                              error.detail());
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
