#include "filestatistics.h"

#include "migrations.h"
#include "sqlerror.h"

#include <QSqlQuery>

namespace valuedesk {

Result<FileStatistics> FileStatistics::read(const QSqlDatabase &db)
{
    FileStatistics stats;
    const auto version = Migrations::userVersion(db);
    if (!version)
        return version.error();
    stats.schemaVersion = *version;

    // Each MIN/MAX uses the (customer_id, date) index only partly, but it is one scan per table
    // and the file's tables are small compared with what the analytics read.
    auto q = runQuery(
        db, QStringLiteral(
                "SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM transactions),"
                " (SELECT count(*) FROM interactions), (SELECT count(*) FROM survey_scores),"
                " (SELECT count(*) FROM balances),"
                " (SELECT min(d) FROM (SELECT min(date) AS d FROM transactions UNION ALL"
                "   SELECT min(date) FROM interactions UNION ALL SELECT min(date) FROM survey_scores"
                "   UNION ALL SELECT min(date) FROM balances)),"
                " (SELECT max(d) FROM (SELECT max(date) AS d FROM transactions UNION ALL"
                "   SELECT max(date) FROM interactions UNION ALL SELECT max(date) FROM survey_scores"
                "   UNION ALL SELECT max(date) FROM balances))"));
    if (!q)
        return q.error();
    if (q->next()) {
        stats.customers = q->value(0).toLongLong();
        stats.transactions = q->value(1).toLongLong();
        stats.interactions = q->value(2).toLongLong();
        stats.surveys = q->value(3).toLongLong();
        stats.balances = q->value(4).toLongLong();
        stats.firstDate = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        stats.lastDate = QDate::fromString(q->value(6).toString(), Qt::ISODate);
    }
    return stats;
}

} // namespace valuedesk
