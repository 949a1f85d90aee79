#include "rowreader.h"

#include "sqlerror.h"

#include <QSqlDriver>

#ifdef VALUEDESK_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace valuedesk {

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
    if (!m_query.exec())
        return sqlError(userMessage, m_query);
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
        if (rc != SQLITE_DONE)
            m_status =
                Error(m_userMessage, QString::fromUtf8(sqlite3_errmsg(m_direct->connection)));
        sqlite3_finalize(m_direct->statement);
        m_direct->statement = nullptr;
        return false;
    }
#endif
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        m_status = sqlError(m_userMessage, m_query);
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
