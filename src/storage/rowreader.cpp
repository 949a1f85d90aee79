#include "rowreader.h"

#include "checkedmoney.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlDriver>

#ifdef VALUEDESK_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace valuedesk {

namespace {

// SQLite's sum() on int64 overflow: "integer overflow" (its text, not translated).
bool isIntegerOverflow(const QString &driverText)
{
    return driverText.contains(QLatin1String("integer overflow"));
}

QString customerCode(const QSqlDatabase &db, qint64 customerId)
{
    auto q = runQuery(db, QStringLiteral("SELECT code FROM customers WHERE id = ?"), {customerId});
    if (q && q->next())
        return q->value(0).toString();
    return QStringLiteral("#%1").arg(customerId);
}

} // namespace

Error invalidStoredDate(const QSqlDatabase &db, const QString &tableColumn, qint64 customerId)
{
    return Error(QCoreApplication::translate("valuedesk::StoredData",
                                             "The customer file holds an invalid date in %1 for "
                                             "customer %2. Correct that record (dates are "
                                             "yyyy-MM-dd) and try again.")
                     .arg(tableColumn, customerCode(db, customerId)));
}

Error impossibleStoredAmount(const QSqlDatabase &db, const QString &tableColumn, qint64 customerId)
{
    return Error(QCoreApplication::translate(
                     "valuedesk::StoredData",
                     "The customer file holds an amount beyond ±%1 (or a total its records cannot "
                     "add up to) in %2 for customer %3. Amounts are limited to ±%1 per record; "
                     "correct that customer's records and try again.")
                     .arg(maxRecordAmountText(), tableColumn, customerCode(db, customerId)));
}

Error sumTooLarge(const QSqlDatabase &db, qint64 customerId)
{
    return Error(QCoreApplication::translate("valuedesk::StoredData",
                                             "The amounts of customer %1 add up to more than "
                                             "ValueDesk can compute exactly.")
                     .arg(customerCode(db, customerId)));
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
    if (isIntegerOverflow(query.lastError().text()))
        return sumOverflow(db);
    return sqlError(userMessage, query);
}

#ifdef VALUEDESK_SQLITE_C_API
struct RowReader::Direct
{
    sqlite3 *connection = nullptr;
    sqlite3_stmt *statement = nullptr;

    ~Direct() { sqlite3_finalize(statement); }
};
#else
struct RowReader::Direct
{
};
#endif

RowReader::RowReader(const QSqlDatabase &db) : m_db(db), m_query(db)
{
#ifdef VALUEDESK_SQLITE_C_API
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData())) {
            m_direct = std::make_unique<Direct>();
            m_direct->connection = connection;
        }
    }
#endif
    m_query.setForwardOnly(true);
}

RowReader::~RowReader() = default;

Status RowReader::exec(const QString &userMessage, const QString &sql, const QVariantList &values)
{
    m_userMessage = userMessage;
    m_status = Status::success();
#ifdef VALUEDESK_SQLITE_C_API
    if (m_direct) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_finalize(m_direct->statement);
        m_direct->statement = nullptr;
        sqlite3 *c = m_direct->connection;
        auto fail = [&] {
            return Error(userMessage,
                         QString::fromUtf8(sqlite3_errmsg(c)) + QStringLiteral("\n") + sql);
        };
        if (sqlite3_prepare_v2(c, utf8.constData(), int(utf8.size()), &m_direct->statement,
                               nullptr) != SQLITE_OK)
            return fail();
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            int rc = SQLITE_OK;
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_direct->statement, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_direct->statement, i + 1, v.toDouble());
                break;
            default:
                if (v.isNull()) {
                    rc = sqlite3_bind_null(m_direct->statement, i + 1);
                } else {
                    const QByteArray text = v.toString().toUtf8();
                    rc = sqlite3_bind_text(m_direct->statement, i + 1, text.constData(),
                                           int(text.size()), SQLITE_TRANSIENT);
                }
                break;
            }
            if (rc != SQLITE_OK)
                return fail();
        }
        return Status::success();
    }
#endif
    if (!m_query.prepare(sql))
        return sqlError(userMessage, m_query);
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec()) {
        if (!isIntegerOverflow(m_query.lastError().text()))
            return sqlError(userMessage, m_query);
        m_query.finish();
        return sumOverflow(m_db);
    }
    return Status::success();
}

bool RowReader::next()
{
#ifdef VALUEDESK_SQLITE_C_API
    if (m_direct) {
        if (!m_direct->statement)
            return false;
        const int rc = sqlite3_step(m_direct->statement);
        if (rc == SQLITE_ROW)
            return true;
        const QString driverText =
            rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_direct->connection));
        sqlite3_finalize(m_direct->statement);
        m_direct->statement = nullptr;
        if (rc != SQLITE_DONE) {
            m_status = isIntegerOverflow(driverText) ? sumOverflow(m_db)
                                                     : Error(m_userMessage, driverText);
        }
        return false;
    }
#endif
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid()) {
        if (isIntegerOverflow(m_query.lastError().text())) {
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
#ifdef VALUEDESK_SQLITE_C_API
    if (m_direct)
        return sqlite3_column_type(m_direct->statement, column) == SQLITE_NULL;
#endif
    return m_query.isNull(column);
}

bool RowReader::isInteger(int column) const
{
#ifdef VALUEDESK_SQLITE_C_API
    if (m_direct)
        return sqlite3_column_type(m_direct->statement, column) == SQLITE_INTEGER;
#endif
    const QVariant value = m_query.value(column);
    return value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int;
}

qint64 RowReader::int64(int column) const
{
#ifdef VALUEDESK_SQLITE_C_API
    if (m_direct)
        return sqlite3_column_int64(m_direct->statement, column);
#endif
    return m_query.value(column).toLongLong();
}

double RowReader::real(int column) const
{
#ifdef VALUEDESK_SQLITE_C_API
    if (m_direct)
        return sqlite3_column_double(m_direct->statement, column);
#endif
    return m_query.value(column).toDouble();
}

QByteArray RowReader::text(int column) const
{
#ifdef VALUEDESK_SQLITE_C_API
    if (m_direct) {
        const auto *bytes =
            reinterpret_cast<const char *>(sqlite3_column_text(m_direct->statement, column));
        const int size = sqlite3_column_bytes(m_direct->statement, column);
        return bytes ? QByteArray::fromRawData(bytes, size) : QByteArray();
    }
#endif
    return m_query.value(column).toString().toUtf8();
}

QByteArray RowReader::blob(int column) const
{
#ifdef VALUEDESK_SQLITE_C_API
    if (m_direct) {
        const auto *bytes =
            static_cast<const char *>(sqlite3_column_blob(m_direct->statement, column));
        const int size = sqlite3_column_bytes(m_direct->statement, column);
        return bytes ? QByteArray::fromRawData(bytes, size) : QByteArray();
    }
#endif
    return m_query.value(column).toByteArray();
}

QString RowReader::string(int column) const
{
#ifdef VALUEDESK_SQLITE_C_API
    if (m_direct) {
        const auto *bytes =
            reinterpret_cast<const char *>(sqlite3_column_text(m_direct->statement, column));
        const int size = sqlite3_column_bytes(m_direct->statement, column);
        return bytes ? QString::fromUtf8(bytes, size) : QString();
    }
#endif
    return m_query.value(column).toString();
}

QDate RowReader::date(int column) const
{
#ifdef VALUEDESK_SQLITE_C_API
    if (m_direct) {
        if (sqlite3_column_type(m_direct->statement, column) == SQLITE_NULL)
            return {};
        const auto *bytes =
            reinterpret_cast<const char *>(sqlite3_column_text(m_direct->statement, column));
        return isoDateFromUtf8(bytes, sqlite3_column_bytes(m_direct->statement, column));
    }
#endif
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
