#include "sqlerror.h"

#include <QCoreApplication>

namespace valuedesk {

namespace {

// SQLite's primary result codes where the user needs to hear what happened to the file, not the
// generic message of the operation that hit it. A busy file above all must never be called
// damaged: a user may throw a good file away.
Error classify(const QString &userMessage, const QSqlError &error, const QString &detail)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("valuedesk::Database", text);
    };
    switch (error.nativeErrorCode().toInt() & 0xFF) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error(tr("The customer file is in use by another program; try again when it has "
                        "finished."),
                     detail, Error::Code::FileInUse);
    case 8: // SQLITE_READONLY
        return Error(tr("The customer file is read-only; nothing was changed."), detail,
                     Error::Code::FileReadOnly);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error(tr("The customer file is damaged; open a backup copy of it instead."), detail,
                     Error::Code::FileDamaged);
    case 13: // SQLITE_FULL
        return Error(tr("The disk is full; nothing was changed. Free some space and try again."),
                     detail, Error::Code::DiskFull);
    default:
        return Error(userMessage, detail);
    }
}

} // namespace

Error sqlError(const QString &userMessage, const QSqlQuery &query)
{
    return classify(userMessage, query.lastError(),
                    query.lastError().text() + QStringLiteral(" [") + query.lastQuery() +
                        QLatin1Char(']'));
}

Error sqlError(const QString &userMessage, const QSqlError &error)
{
    return classify(userMessage, error, error.text());
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
