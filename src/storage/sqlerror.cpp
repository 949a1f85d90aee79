#include "sqlerror.h"

#include <QCoreApplication>

namespace valuedesk {

Error sqlError(const QString &userMessage, const QSqlQuery &query)
{
    return Error(userMessage, query.lastError().text() + QStringLiteral(" [")
                                  + query.lastQuery() + QLatin1Char(']'));
}

Error sqlError(const QString &userMessage, const QSqlError &error)
{
    return Error(userMessage, error.text());
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
