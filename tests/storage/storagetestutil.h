#pragma once

// Small helpers shared by the storage tests: a raw SQLite connection for building files the way
// older versions or other programs would, file snapshots and a content checksum.

#include "result.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QtTest>

#include <algorithm>

// QVERIFY for a Result/Status (evaluated once), printing the error when it failed.
#define VD_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &vdResult = (expression);                                                       \
        QVERIFY2(vdResult.ok(), vdResult.ok() ? "" : qPrintable(vdResult.error().toString()));     \
    } while (false)

namespace valuedesk::test {

// A plain QSQLITE connection with its own name, closed and removed on destruction.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-test-%1").arg(nextId()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        if (!q.prepare(sql)) {
            qWarning("prepare failed: %s [%s]", qPrintable(q.lastError().text()), qPrintable(sql));
            return false;
        }
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            qWarning("exec failed: %s [%s]", qPrintable(q.lastError().text()), qPrintable(sql));
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql) const { return scalarOf(db(), sql); }

    static QVariant scalarOf(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    static int nextId()
    {
        static int id = 0;
        return ++id;
    }

    QString m_name;
    bool m_open = false;
};

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

inline qint64 rowCount(const QSqlDatabase &db, const QString &table)
{
    return RawConnection::scalarOf(db, QStringLiteral("SELECT count(*) FROM ") + table)
        .toLongLong();
}

inline QStringList tableNames(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q(db);
    if (q.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

// A hash over every row of every table (rows sorted, so physical order does not matter), plus
// the schema version: equal checksums mean equal content.
inline QByteArray contentChecksum(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(
        RawConnection::scalarOf(db, QStringLiteral("PRAGMA user_version")).toString().toUtf8());
    for (const QString &table : tableNames(db)) {
        hash.addData(table.toUtf8());
        QStringList rows;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
            return QByteArrayLiteral("unreadable");
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                cells << (v.isNull() ? QStringLiteral("<null>") : v.toString());
            }
            rows << cells.join(QChar(0x1f));
        }
        std::sort(rows.begin(), rows.end());
        hash.addData(rows.join(QChar(0x1e)).toUtf8());
    }
    return hash.result().toHex();
}

} // namespace valuedesk::test
