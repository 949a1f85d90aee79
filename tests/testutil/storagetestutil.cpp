#include "storagetestutil.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtGlobal>

#include <algorithm>

namespace valuedesk::test {

namespace {

int nextConnection()
{
    static int id = 0;
    return ++id;
}

} // namespace

RawConnection::RawConnection(const QString &path)
    : m_name(QStringLiteral("raw-test-%1").arg(nextConnection()))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    m_open = db.open();
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::exec(const QString &sql, const QVariantList &values) const
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

QVariant RawConnection::scalarOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

qint64 rowCount(const QSqlDatabase &db, const QString &table)
{
    return RawConnection::scalarOf(db, QStringLiteral("SELECT count(*) FROM ") + table)
        .toLongLong();
}

QStringList tableNames(const QSqlDatabase &db)
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

QByteArray contentChecksum(const QSqlDatabase &db)
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
