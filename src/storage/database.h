#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace valuedesk {

// One open customer file (*.vdb): an SQLite database with a named Qt Sql connection. A
// QSqlDatabase belongs to the thread that opened it, so a worker thread opens its own Database on
// the same path. Opening applies pending schema migrations; a file written by a newer ValueDesk is
// refused before anything in it is touched.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::Database)

public:
    enum class OpenMode {
        OpenExisting, // the file must exist and be a ValueDesk customer file
        CreateNew,    // the file must not exist yet
        OpenOrCreate,
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // A consistent copy of the whole file at `destination` (which must not exist), taken with
    // SQLite's VACUUM INTO so it works while the file is open and in WAL mode.
    Status backupTo(const QString &destination) const;

    // The version this build writes; files with a higher PRAGMA user_version are refused.
    static int currentSchemaVersion();
    // Marks our files (PRAGMA application_id), so a random SQLite file is not mistaken for one.
    static constexpr int applicationId = 0x56444B31; // "VDK1"

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

// RAII transaction: rolls back unless commit() succeeded. Every multi-row write uses one.
class TransactionScope final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::Database)

public:
    explicit TransactionScope(QSqlDatabase db);
    ~TransactionScope();
    Q_DISABLE_COPY_MOVE(TransactionScope)

    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace valuedesk
