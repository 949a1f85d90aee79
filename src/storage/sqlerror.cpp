#include "sqlerror.h"

#include <QCoreApplication>

namespace valuedesk {

namespace {

// SQLite's primary result codes for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB): the user
// needs to hear that, not the generic message of the operation that hit it.
QString messageFor(const QString &userMessage, const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    if (code == 11 || code == 26) {
        return QCoreApplication::translate("valuedesk::Database",
                                           "The customer file is damaged; open a backup copy of "
                                           "it instead.");
    }
    return userMessage;
}

} // namespace

Error sqlError(const QString &userMessage, const QSqlQuery &query)
{
    return Error(messageFor(userMessage, query.lastError()),
                 query.lastError().text() + QStringLiteral(" [") + query.lastQuery()
                     + QLatin1Char(']'));
}

Error sqlError(const QString &userMessage, const QSqlError &error)
{
    return Error(messageFor(userMessage, error), error.text());
}

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return sqlError(QCoreApplication::translate("valuedesk::Database",
                                                    "The customer file cannot be read or updated."),
                        query);
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        return sqlError(QCoreApplication::translate("valuedesk::Database",
                                                    "The customer file cannot be read or updated."),
                        query);
    }
    return query;
}

} // namespace valuedesk
