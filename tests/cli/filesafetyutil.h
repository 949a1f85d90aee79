#pragma once

// Shared by the multi-process file-safety tests (tst_crashsafety, tst_concurrentimport,
// tst_hostilefiles): fingerprints of a customer file, a raw SQLite connection from the test
// process to check what valuedesk-cli left behind, and a generator of big transaction CSVs.
// Open a RawDb only while no valuedesk-cli runs on the file: SQLite's POSIX locks are per
// process, and the checks must see the file as the next user would.

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cmath>

namespace valuedesk::test {

inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The -wal, -shm and -journal files SQLite may leave next to a database.
inline QStringList sidecarsOf(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found.append(path + QLatin1String(suffix));
    }
    return found;
}

// Replaces `to` (and anything SQLite left next to it) by a byte copy of `from`.
inline bool copyPristine(const QString &from, const QString &to)
{
    QFile::remove(to);
    for (const QString &sidecar : sidecarsOf(to))
        QFile::remove(sidecar);
    return QFile::copy(from, to);
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// A plain QSQLITE connection of the test process (no ValueDesk code): what any SQLite client
// sees when it opens the file after valuedesk-cli has gone.
class RawDb final
{
public:
    explicit RawDb(const QString &path) : m_name(QStringLiteral("filesafety-%1").arg(counter()++))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_open; }
    QString lastError() const { return m_error; }

    // All rows of the first column; an empty list and lastError() on failure.
    QVariantList column(const QString &sql)
    {
        QVariantList values;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            m_error = query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
            return values;
        }
        while (query.next())
            values.append(query.value(0));
        return values;
    }
    // The first value, or an invalid QVariant on failure.
    QVariant scalar(const QString &sql)
    {
        const QVariantList values = column(sql);
        return values.isEmpty() ? QVariant() : values.constFirst();
    }
    qint64 count(const QString &table)
    {
        const QVariant value = scalar(QStringLiteral("SELECT count(*) FROM ") + table);
        return value.isValid() ? value.toLongLong() : -1;
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql))
            return true;
        m_error = query.lastError().text();
        return false;
    }

    // "ok", or every problem PRAGMA integrity_check reports, joined.
    QString integrity()
    {
        QStringList lines;
        for (const QVariant &line : column(QStringLiteral("PRAGMA integrity_check")))
            lines.append(line.toString());
        return lines.isEmpty() ? QStringLiteral("integrity_check failed: ") + m_error
                               : lines.join(QLatin1String("; "));
    }

    // Rows of customer_months that differ from a GROUP BY over transactions, in either
    // direction (README: the roll-up per customer and month), or -1 when the query fails.
    qint64 rollupMismatches()
    {
        const QString grouped = QStringLiteral(
            "SELECT customer_id,"
            " CAST(substr(date, 1, 4) AS INTEGER) * 12 + CAST(substr(date, 6, 2) AS INTEGER) - 1,"
            " sum(amount_cents),"
            " coalesce(sum(CASE WHEN cost_cents IS NOT NULL THEN amount_cents END), 0),"
            " coalesce(sum(cost_cents), 0), count(*), round(total(quantity), 6), min(date),"
            " max(date)"
            " FROM transactions GROUP BY 1, 2");
        const QString stored = QStringLiteral(
            "SELECT customer_id, month, revenue_cents, costed_revenue_cents, cost_cents, orders,"
            " round(quantity, 6), first_day, last_day FROM customer_months");
        const QVariant value =
            scalar(QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) +"
                                  " (SELECT count(*) FROM (%2 EXCEPT %1))")
                       .arg(grouped, stored));
        return value.isValid() ? value.toLongLong() : -1;
    }

private:
    static int &counter()
    {
        static int next = 0;
        return next;
    }

    QString m_name;
    bool m_open = false;
    QString m_error;
};

// A transactions CSV (headers the importer recognises) of `rows` rows for the given customer
// codes: customers drawn with a Zipf-like skew (a few customers get most rows), dates uniform
// over [from, to] in random order, amounts with cents, a cost on most rows, whole quantities.
inline QByteArray transactionsCsv(const QStringList &codes, int rows, quint32 seed,
                                  const QDate &from, const QDate &to)
{
    QRandomGenerator random(seed);
    const qint64 days = from.daysTo(to) + 1;
    QByteArray csv("Customer ID,Date,Amount,Cost,Quantity,Product\n");
    csv.reserve(rows * 48);
    for (int i = 0; i < rows; ++i) {
        // Pareto tail: index = floor(n * u^3) puts ~half the rows on the first eighth.
        const double u = random.generateDouble();
        const auto index = static_cast<int>(std::floor(codes.size() * u * u * u));
        const QString &code = codes.at(std::min(index, static_cast<int>(codes.size()) - 1));
        const QDate date = from.addDays(static_cast<qint64>(random.bounded(days)));
        const qint64 cents = 100 + static_cast<qint64>(random.bounded(5000000));
        csv += code.toUtf8() + ',' + date.toString(Qt::ISODate).toLatin1() + ',' +
               QByteArray::number(cents / 100) + '.' +
               QByteArray::number(cents % 100).rightJustified(2, '0') + ',';
        if (random.bounded(10) != 0) {
            const qint64 cost = cents * 6 / 10;
            csv += QByteArray::number(cost / 100) + '.' +
                   QByteArray::number(cost % 100).rightJustified(2, '0');
        }
        csv += ',' + QByteArray::number(1 + random.bounded(20)) + ",P" +
               QByteArray::number(random.bounded(40)) + '\n';
    }
    return csv;
}

} // namespace valuedesk::test
