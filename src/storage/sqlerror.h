#pragma once

#include "result.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

namespace valuedesk {

// Turns a failed query into an Error: a translated summary for the user, the driver's text and
// the statement as detail.
Error sqlError(const QString &userMessage, const QSqlQuery &query);
Error sqlError(const QString &userMessage, const QSqlError &error);

// Rewords an error for the operation that hit it ("Customer C1 could not be added."), unless it is
// about the file itself (in use, read-only, damaged, disk full): that keeps its own message, so a
// busy file is never blamed on a data row.
inline Error reworded(const Error &error, const QString &message)
{
    return error.code() == Error::Code::General ? Error(message, error.detail()) : error;
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL DEFAULT '', so bind "" instead.
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// ISO yyyy-MM-dd, as dates are stored (a null string, bound as NULL, for an invalid date). By
// hand: QDate::toString is a measurable share of a million-row import.
QString isoDateText(const QDate &date);

// Prepares and runs `sql` with positional bound values; for the many one-off statements.
Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &values = {});

} // namespace valuedesk
