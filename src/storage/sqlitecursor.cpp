// RowReader's fast path on SQLite's C API, behind SqliteDialect::nativeCursor: Qt's own QSQLITE
// connection handle, used directly when it shares our libsqlite3 (a QVariant per value made the
// Qt Sql reads of big result sets several times slower than the statements themselves).

#include "rowreader.h"
#include "sqldialect.h"

#include <QSqlDriver>

#ifdef VALUEDESK_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace valuedesk {

std::unique_ptr<NativeCursor> makeSqliteCursor(const QSqlDatabase &db);

#ifdef VALUEDESK_SQLITE_C_API

namespace {

class SqliteCursor final : public NativeCursor
{
public:
    explicit SqliteCursor(sqlite3 *connection) : m_connection(connection) {}
    ~SqliteCursor() override { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(SqliteCursor)

    Status exec(const QString &userMessage, const QString &sql,
                const QVariantList &values) override;
    bool next(QString &errorText) override;

    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    bool isInteger(int column) const override
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_INTEGER;
    }
    qint64 int64(int column) const override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    QByteArray text(int column) const override
    {
        const auto *bytes =
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        const int size = sqlite3_column_bytes(m_statement, column);
        return bytes ? QByteArray::fromRawData(bytes, size) : QByteArray();
    }
    QString string(int column) const override
    {
        const auto *bytes =
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        const int size = sqlite3_column_bytes(m_statement, column);
        return bytes ? QString::fromUtf8(bytes, size) : QString();
    }
    QByteArray blob(int column) const override
    {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        const int size = sqlite3_column_bytes(m_statement, column);
        return bytes ? QByteArray::fromRawData(bytes, size) : QByteArray();
    }
    QDate date(int column) const override
    {
        if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
            return {};
        const auto *bytes =
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return isoDateFromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

Status SqliteCursor::exec(const QString &userMessage, const QString &sql,
                          const QVariantList &values)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    auto fail = [&] {
        return Error(userMessage,
                     QString::fromUtf8(sqlite3_errmsg(m_connection)) + QStringLiteral("\n") + sql);
    };
    if (sqlite3_prepare_v2(m_connection, utf8.constData(), int(utf8.size()), &m_statement,
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
            rc = sqlite3_bind_int64(m_statement, i + 1, v.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_statement, i + 1, v.toDouble());
            break;
        default:
            if (v.isNull()) {
                rc = sqlite3_bind_null(m_statement, i + 1);
            } else {
                const QByteArray text = v.toString().toUtf8();
                rc = sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
            }
            break;
        }
        if (rc != SQLITE_OK)
            return fail();
    }
    return Status::success();
}

bool SqliteCursor::next(QString &errorText)
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        errorText = QString::fromUtf8(sqlite3_errmsg(m_connection));
        if (errorText.isEmpty())
            errorText = QStringLiteral("SQLite error %1").arg(rc);
    }
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return false;
}

} // namespace

std::unique_ptr<NativeCursor> makeSqliteCursor(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData()))
            return std::make_unique<SqliteCursor>(connection);
    }
    return nullptr;
}

#else

std::unique_ptr<NativeCursor> makeSqliteCursor(const QSqlDatabase &)
{
    return nullptr;
}

#endif

} // namespace valuedesk
