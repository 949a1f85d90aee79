#pragma once

#include "customer.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPair>
#include <QSqlDatabase>
#include <QVector>

namespace valuedesk {

// The customer_months table (schema step 5) read into parallel arrays, one entry per (customer,
// month) that has transactions, ordered by customer id, then month. Money is in cents; days are
// julian day numbers (QDate::toJulianDay) of the first and last transaction in the month.
struct MonthlyRollupRows
{
    QVector<qint64> customerIds;
    QVector<int> months; // MonthlyRollup::monthIndex
    QVector<qint64> revenue;
    QVector<qint64> costedRevenue; // revenue of the transactions whose cost is known
    QVector<qint64> cost;          // sum of the known costs
    QVector<qint64> orders;        // transactions, refunds included
    QVector<double> quantity;      // sum of the known quantities
    QVector<qint64> firstDay;
    QVector<qint64> lastDay;

    int size() const { return customerIds.size(); }
    void reserve(int rows);
};

// Keeps customer_months equal to
//   SELECT customer_id, month, sum(amount_cents), sum(amount_cents of rows with a cost),
//          sum(cost_cents), count(*), total(quantity), min(date), max(date)
//   FROM transactions GROUP BY customer_id, month
// for every write of RecordRepository<Transaction>, inside the same SQL transaction. Refunds
// (negative amounts) count into revenue and orders like any other row. Deleting a customer
// cascades to its rows through the foreign key.
class MonthlyRollup final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::MonthlyRollup)

public:
    using Key = QPair<qint64, int>; // customer id, month index

    // year * 12 + month - 1: consecutive months have consecutive indexes.
    static int monthIndex(const QDate &date) { return date.year() * 12 + date.month() - 1; }
    static QDate firstDayOfMonth(int monthIndex)
    {
        const int year = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12;
        return QDate(year, monthIndex - year * 12 + 1, 1);
    }

    // Adds newly inserted transactions: aggregated per (customer, month) in memory, then applied
    // as deltas with multi-row UPSERTs. The caller holds the SQL transaction.
    static Status applyInserted(const QSqlDatabase &db, const QVector<Transaction> &records);
    // Recomputes the given rows exactly from transactions; a month left without transactions
    // loses its row. For updates and deletes, which touch one or two rows.
    static Status recompute(const QSqlDatabase &db, const QVector<Key> &keys);

    // Every row with firstMonth <= month <= lastMonth, with one forward-only statement.
    static Result<MonthlyRollupRows> read(const QSqlDatabase &db, int firstMonth, int lastMonth);
};

} // namespace valuedesk
