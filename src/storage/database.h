#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace valuedesk {

class SqlDialect;

// One open customer file (*.vdb): an SQLite database with a named Qt Sql connection.
//
// Integrity rule: on POSIX, closing *any* descriptor of a file drops *all* of the process's
// advisory locks on it (SQLite's "How To Corrupt", 2.2). So while this process holds the file
// open, nothing may open it by path outside SQLite: no QFile header peek, no inspection
// connection. open() peeks and inspects only when the file is not open in this process yet, and
// a worker thread gets its own connection from openSibling(), which never reads the file by path
// outside SQLite (SQLite itself shares one descriptor table per file within a process).
//
// Opening checks, before anything in the file is touched: that it is an SQLite file, ours (or
// empty), not from a newer ValueDesk, and that its schema is exactly what ValueDesk created (no
// foreign triggers, views or changed tables, which would run or mislead on our statements).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::Database)

public:
    enum class OpenMode {
        OpenExisting, // the file must exist and be a ValueDesk customer file
        CreateNew,    // the file must not exist yet
        OpenOrCreate,
    };

    enum class Access {
        ReadWrite, // a read-only file or folder is an error
        ReadOnly,  // never writes, upgrades or leaves -wal/-shm files behind
        Automatic, // read-write when the file and its folder can be written, else read-only
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode,
                                                  Access access = Access::ReadWrite);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Another connection on the same file for the calling thread (a QSqlDatabase belongs to the
    // thread that opened it). Safe to call from any thread while this object lives; the sibling
    // must be destroyed on the thread that called this, before this object.
    Result<std::unique_ptr<Database>> openSibling() const;

    QSqlDatabase connection() const;
    // The SQL dialect of this connection (SQLite).
    const SqlDialect &dialect() const;
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    // A consistent copy of the whole file at `destination` (which must not exist), taken with
    // the dialect's file copy (SQLite's VACUUM INTO) so it works while the file is open and in
    // WAL mode.
    Status backupTo(const QString &destination) const;

    // The version this build writes; files with a higher PRAGMA user_version are refused.
    static int currentSchemaVersion();
    // Marks our files (PRAGMA application_id), so a random SQLite file is not mistaken for one.
    static constexpr int applicationId = 0x56444B31; // "VDK1"

    // How long a write waits for another program's write lock before giving up (default 5 s,
    // right for the GUI thread; the CLI waits longer). `waiting`, when set, is called once per
    // transaction that has to wait, with who holds the file if known, so a terminal can say so.
    static void setWriteWait(int milliseconds,
                             std::function<void(const QString &holder)> waiting = {});
    static int writeWaitMilliseconds();
    static void notifyWaiting(const QString &holder);

private:
    Database(QString path, QString connectionName, bool readOnly);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
};

// RAII transaction: rolls back unless commit() succeeded. Every multi-row write uses one. begin()
// starts with BEGIN IMMEDIATE, so the write lock is taken (or waited for) before the first
// statement: a busy file is then reported as in use, never as a failure of some data row, and a
// read that later wants to write cannot deadlock with another writer.
class TransactionScope final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::Database)

public:
    explicit TransactionScope(QSqlDatabase db);
    ~TransactionScope();
    Q_DISABLE_COPY_MOVE(TransactionScope)

    Status begin();
    // For writes that may run inside a caller's transaction: true when a transaction was begun
    // here (commit it), false when the connection is already inside one (it joins that one). A
    // busy, read-only or damaged file is an error either way, never silently ignored.
    Result<bool> beginOrJoin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace valuedesk
