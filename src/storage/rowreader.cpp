#include "rowreader.h"

#include "checkedmoney.h"
#include "sqlerror.h"

#include "sqldialect.h"

#include <QCoreApplication>

namespace valuedesk {

namespace {

bool isIntegerOverflow(const QSqlDatabase &db, const QString &driverText)
{
    return SqlDialect::of(db).isIntegerOverflow(driverText);
}

} // namespace

QString customerCodeOf(const QSqlDatabase &db, qint64 customerId)
{
    auto q = runQuery(db, QStringLiteral("SELECT code FROM customers WHERE id = ?"), {customerId});
    if (q && q->next())
        return q->value(0).toString();
    return QStringLiteral("#%1").arg(customerId);
}

Error invalidStoredDate(const QSqlDatabase &db, const QString &tableColumn, qint64 customerId)
{
    return Error(QCoreApplication::translate("valuedesk::StoredData",
                                             "The customer file holds an invalid date in %1 for "
                                             "customer %2. Correct that record (dates are "
                                             "yyyy-MM-dd) and try again.")
                     .arg(tableColumn, customerCodeOf(db, customerId)));
}

Error impossibleStoredAmount(const QSqlDatabase &db, const QString &tableColumn, qint64 customerId)
{
    return Error(QCoreApplication::translate(
                     "valuedesk::StoredData",
                     "The customer file holds an amount beyond ±%1 (or a total its records cannot "
                     "add up to) in %2 for customer %3. Amounts are limited to ±%1 per record; "
                     "correct that customer's records and try again.")
                     .arg(maxRecordAmountText(), tableColumn, customerCodeOf(db, customerId)));
}

Error sumTooLarge(const QSqlDatabase &db, qint64 customerId)
{
    return Error(QCoreApplication::translate("valuedesk::StoredData",
                                             "The amounts of customer %1 add up to more than "
                                             "ValueDesk can compute exactly.")
                     .arg(customerCodeOf(db, customerId)));
}

Error sumOverflow(const QSqlDatabase &db)
{
    const QString limit = QString::number(maxRecordCents);
    auto q = runQuery(
        db,
        QStringLiteral("SELECT 'transactions/amount_cents', customer_id FROM transactions"
                       "  WHERE amount_cents NOT BETWEEN -%1 AND %1"
                       " UNION ALL SELECT 'transactions/cost_cents', customer_id FROM transactions"
                       "  WHERE cost_cents NOT BETWEEN -%1 AND %1"
                       " UNION ALL SELECT 'balances/amount_cents', customer_id FROM balances"
                       "  WHERE amount_cents NOT BETWEEN -%1 AND %1"
                       " LIMIT 1")
            .arg(limit));
    if (q && q->next()) {
        const QString where = q->value(0).toString();
        const qint64 customerId = q->value(1).toLongLong();
        q->finish();
        return impossibleStoredAmount(db, where, customerId);
    }
    return Error(QCoreApplication::translate("valuedesk::StoredData",
                                             "The amounts in the customer file add up to more "
                                             "than ValueDesk can compute exactly."));
}

Error queryError(const QSqlDatabase &db, const QString &userMessage, const QSqlQuery &query)
{
    if (isIntegerOverflow(db, query.lastError().text()))
        return sumOverflow(db);
    return sqlError(userMessage, query);
}

RowReader::RowReader(const QSqlDatabase &db)
    : m_native(SqlDialect::of(db).nativeCursor(db)), m_db(db), m_query(db)
{
    m_query.setForwardOnly(true);
}

RowReader::~RowReader() = default;

Status RowReader::exec(const QString &userMessage, const QString &sql, const QVariantList &values)
{
    m_userMessage = userMessage;
    m_status = Status::success();
    if (m_native)
        return m_native->exec(userMessage, sql, values);
    if (!m_query.prepare(sql))
        return sqlError(userMessage, m_query);
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec()) {
        if (!isIntegerOverflow(m_db, m_query.lastError().text()))
            return sqlError(userMessage, m_query);
        m_query.finish();
        return sumOverflow(m_db);
    }
    return Status::success();
}

bool RowReader::next()
{
    if (m_native) {
        QString driverText;
        if (m_native->next(driverText))
            return true;
        if (!driverText.isEmpty()) {
            m_status = isIntegerOverflow(m_db, driverText) ? sumOverflow(m_db)
                                                           : Error(m_userMessage, driverText);
        }
        return false;
    }
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid()) {
        if (isIntegerOverflow(m_db, m_query.lastError().text())) {
            m_query.finish();
            m_status = sumOverflow(m_db);
        } else {
            m_status = sqlError(m_userMessage, m_query);
        }
    }
    return false;
}

Status RowReader::status() const
{
    return m_status;
}

bool RowReader::isNull(int column) const
{
    if (m_native)
        return m_native->isNull(column);
    return m_query.isNull(column);
}

bool RowReader::isInteger(int column) const
{
    if (m_native)
        return m_native->isInteger(column);
    const QVariant value = m_query.value(column);
    return value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int;
}

qint64 RowReader::int64(int column) const
{
    if (m_native)
        return m_native->int64(column);
    return m_query.value(column).toLongLong();
}

double RowReader::real(int column) const
{
    if (m_native)
        return m_native->real(column);
    return m_query.value(column).toDouble();
}

QByteArray RowReader::text(int column) const
{
    if (m_native)
        return m_native->text(column);
    return m_query.value(column).toString().toUtf8();
}

QByteArray RowReader::blob(int column) const
{
    if (m_native)
        return m_native->blob(column);
    return m_query.value(column).toByteArray();
}

QString RowReader::string(int column) const
{
    if (m_native)
        return m_native->string(column);
    return m_query.value(column).toString();
}

QDate RowReader::date(int column) const
{
    if (m_native)
        return m_native->date(column);
    return QDate::fromString(m_query.value(column).toString(), Qt::ISODate);
}

QDate isoDateFromUtf8(const char *text, qsizetype size)
{
    if (!text)
        return {};
    const auto digit = [text](int i) {
        return text[i] >= '0' && text[i] <= '9';
    };
    if (size == 10 && text[4] == '-' && text[7] == '-' && digit(0) && digit(1) && digit(2) &&
        digit(3) && digit(5) && digit(6) && digit(8) && digit(9)) {
        const auto value = [text](int i) {
            return text[i] - '0';
        };
        return QDate(value(0) * 1000 + value(1) * 100 + value(2) * 10 + value(3),
                     value(5) * 10 + value(6), value(8) * 10 + value(9));
    }
    return QDate::fromString(QString::fromUtf8(text, size), Qt::ISODate);
}

} // namespace valuedesk
