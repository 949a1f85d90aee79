#include "fileinspection.h"

#include "database.h"
#include "fileholders.h"
#include "openfiles.h"
#include "schemacheck.h"
#include "sqlerror.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>

namespace valuedesk {

QString FileInspection::fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

bool FileInspection::hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool FileInspection::isQuiescent(const QString &path)
{
    return !QFileInfo::exists(path + QStringLiteral("-wal")) &&
           !QFileInfo::exists(path + QStringLiteral("-journal"));
}

bool FileInspection::canWrite(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    return folder.isWritable() && (!info.exists() || info.isWritable());
}

Error FileInspection::inUseError(const QString &path, const QString &detail)
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

Error FileInspection::openError(const QString &path, const Error &error)
{
    if (error.code() == Error::Code::FileInUse)
        return inUseError(path, error.detail());
    return error;
}

Result<FileInspection::FileFacts> FileInspection::inspect(const QString &path)
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
        if (isQuiescent(path)) {
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

Status FileInspection::checkFacts(const FileFacts &facts, const QString &path, bool readOnly)
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

} // namespace valuedesk
