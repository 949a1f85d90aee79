#include "database.h"

#include "migrations.h"
#include "sqlerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>

namespace valuedesk {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("valuedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

struct FileFacts
{
    int userVersion = 0;
    int applicationId = 0;
    int objectCount = 0;
};

// Reads the header facts through a read-only connection, so a file we must refuse (newer version,
// foreign database) is never modified, not even by switching on WAL.
Result<FileFacts> inspect(const QString &path)
{
    const QString name = newConnectionName();
    Result<FileFacts> result = Error(Database::tr("The file is damaged or is not a ValueDesk customer file."));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Even a read-only connection creates -wal and -shm files next to a WAL-mode file. When
        // no -wal or -journal file exists, all content is in the main file, and immutable=1 reads
        // it without creating anything; otherwise those files are there already anyway.
        const bool quiescent = !QFile::exists(path + QStringLiteral("-wal")) &&
                               !QFile::exists(path + QStringLiteral("-journal"));
        bool opened = false;
        if (quiescent) {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            opened = db.open();
        }
        if (!opened) { // or a path SQLite cannot take as a URI (e.g. a UNC host)
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            opened = db.open();
        }
        if (!opened) {
            result = sqlError(Database::tr("The customer file cannot be opened."), db.lastError());
        } else {
            FileFacts facts;
            QSqlQuery query(db);
            bool ok = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
            if (ok)
                facts.userVersion = query.value(0).toInt();
            ok = ok && query.exec(QStringLiteral("PRAGMA application_id")) && query.next();
            if (ok)
                facts.applicationId = query.value(0).toInt();
            ok = ok && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next();
            if (ok) {
                facts.objectCount = query.value(0).toInt();
                result = facts;
            } else {
                result = sqlError(Database::tr("The file is damaged or is not a ValueDesk customer file."),
                                  query);
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status checkFacts(const FileFacts &facts, const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    if (facts.userVersion > Database::currentSchemaVersion()) {
        return Error(Database::tr("\"%1\" was written by a newer version of ValueDesk (file format %2; this "
                        "version reads up to %3). Please update ValueDesk to open it; the file "
                        "was not changed.")
                         .arg(fileName)
                         .arg(facts.userVersion)
                         .arg(Database::currentSchemaVersion()));
    }
    const bool ours = facts.applicationId == Database::applicationId;
    const bool empty = facts.applicationId == 0 && facts.objectCount == 0;
    if (!ours && !empty) {
        return Error(Database::tr("\"%1\" is an SQLite database but not a ValueDesk customer file.")
                         .arg(fileName));
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

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (mode == OpenMode::OpenExisting && !exists)
        return Error(tr("The customer file \"%1\" does not exist.").arg(path));
    if (mode == OpenMode::CreateNew && exists)
        return Error(tr("\"%1\" already exists; choose another name.").arg(path));
    if (exists) {
        if (info.isDir())
            return Error(tr("\"%1\" is a folder, not a customer file.").arg(path));
        if (info.size() > 0 && !hasSqliteHeader(path)) {
            return Error(tr("\"%1\" is damaged or is not a ValueDesk customer file.")
                             .arg(info.fileName()));
        }
        if (info.size() == 0 && mode == OpenMode::OpenExisting)
            return Error(tr("\"%1\" is empty; it is not a customer file.").arg(info.fileName()));
        if (info.size() > 0) {
            const auto facts = inspect(path);
            if (!facts)
                return facts.error();
            if (auto valid = checkFacts(*facts, path); !valid)
                return valid.error();
        }
    }

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sqlError(tr("The customer file cannot be opened."), db.lastError());

    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL",
                               // 64 MiB of page cache: big imports otherwise spill to disk.
                               "PRAGMA cache_size = -65536"}) {
        if (auto done = exec(db, QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    if (auto migrated = Migrations::migrate(db, currentSchemaVersion()); !migrated)
        return migrated.error();
    return database;
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

TransactionScope::TransactionScope(QSqlDatabase db) : m_db(std::move(db)) {}

TransactionScope::~TransactionScope()
{
    if (m_active)
        m_db.rollback();
}

Status TransactionScope::begin()
{
    if (!m_db.transaction())
        return sqlError(tr("The customer file is busy or read-only."), m_db.lastError());
    m_active = true;
    return Status::success();
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
