#include "filesafetyutil.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace valuedesk::test {

namespace {

int nextConnection()
{
    static int next = 0;
    return next++;
}

} // namespace

RawDb::RawDb(const QString &path) : m_name(QStringLiteral("filesafety-%1").arg(nextConnection()))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

RawDb::~RawDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QVariantList RawDb::column(const QString &sql)
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

QVariant RawDb::scalar(const QString &sql)
{
    const QVariantList values = column(sql);
    return values.isEmpty() ? QVariant() : values.constFirst();
}

qint64 RawDb::count(const QString &table)
{
    const QVariant value = scalar(QStringLiteral("SELECT count(*) FROM ") + table);
    return value.isValid() ? value.toLongLong() : -1;
}

bool RawDb::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

QString RawDb::integrity()
{
    QStringList lines;
    for (const QVariant &line : column(QStringLiteral("PRAGMA integrity_check")))
        lines.append(line.toString());
    return lines.isEmpty() ? QStringLiteral("integrity_check failed: ") + m_error
                           : lines.join(QLatin1String("; "));
}

qint64 RawDb::rollupMismatches()
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
    const QVariant value = scalar(QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) +"
                                                 " (SELECT count(*) FROM (%2 EXCEPT %1))")
                                      .arg(grouped, stored));
    return value.isValid() ? value.toLongLong() : -1;
}

QString RawDb::consistencyProblem()
{
    const QString integrityResult = integrity();
    if (integrityResult != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + integrityResult;
    if (const qint64 mismatches = rollupMismatches(); mismatches != 0)
        return QStringLiteral("customer_months differs from the GROUP BY over transactions in "
                              "%1 rows (%2)")
            .arg(mismatches)
            .arg(m_error);
    return {};
}

QStringList RawDb::customerCodes()
{
    QStringList codes;
    for (const QVariant &code : column(QStringLiteral("SELECT code FROM customers")))
        codes.append(code.toString());
    return codes;
}

QByteArray transactionsCsv(const QStringList &codes, int rows, quint32 seed, const QDate &from,
                           const QDate &to)
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

bool looksLikeRawSql(const QString &text)
{
    static const QRegularExpression sql(
        QStringLiteral("\\[(SELECT|PRAGMA|INSERT|UPDATE|DELETE|CREATE|BEGIN|COMMIT|WITH)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return sql.match(text).hasMatch();
}

} // namespace valuedesk::test
