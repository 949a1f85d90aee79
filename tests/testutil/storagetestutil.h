#pragma once

// Small helpers shared by the storage tests: a raw SQLite connection for building files the way
// older versions or other programs would, file snapshots and a content checksum.

#include "testfiles.h"
#include "verify.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace valuedesk::test {

// A plain QSQLITE connection with its own name, closed and removed on destruction.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql, const QVariantList &values = {}) const;
    QVariant scalar(const QString &sql) const { return scalarOf(db(), sql); }

    static QVariant scalarOf(const QSqlDatabase &db, const QString &sql);

private:
    QString m_name;
    bool m_open = false;
};

qint64 rowCount(const QSqlDatabase &db, const QString &table);
QStringList tableNames(const QSqlDatabase &db);

// A hash over every row of every table (rows sorted, so physical order does not matter), plus
// the schema version: equal checksums mean equal content.
QByteArray contentChecksum(const QSqlDatabase &db);

} // namespace valuedesk::test
