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

QString isoDateText(const QDate &date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + year / 1000),
                               char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10),
                               u'-',
                               char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString::fromUtf16(text, 10);
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
