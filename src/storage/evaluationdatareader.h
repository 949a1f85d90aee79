#pragma once

#include "customer.h"
#include "metrics/evaluationsnapshot.h"
#include "metrics/evaluationwindow.h"
#include "metrics/metricinputs.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

namespace valuedesk {

// Who a row of EvaluationData is (revenue: in the window, filled by the reader).
using EvaluationCustomer = EvaluatedCustomer;

// Every customer of a file (ordered by code) with its MetricInputs for one window; the two
// vectors are parallel.
struct EvaluationData
{
    QVector<EvaluationCustomer> customers;
    QVector<MetricInputs> inputs;
};

// Fills MetricInputs for all customers of a file with a fixed handful of set-based statements,
// never one per customer (the reference is metricInputsFromRecords over each customer's records,
// which tests/storage/tst_evaluationdatareader compares against):
//  - customers, attributes: one scan each. Attributes named "rating:<name>" are the manual
//    ratings (MetricInputs::ratings["<name>"]), all other numeric attributes are attributes.
//  - transactions in whole calendar months of the window and of the previous window: one
//    MonthlyRollup::read (100 000 × 24 rows at most instead of millions of transactions);
//  - a partial first or last month (a window that does not start on the 1st or end on a month's
//    last day): one grouped date-range statement over transactions per partial month, driven
//    by the customers table through the (customer_id, date) index, i.e. one index seek per
//    customer plus the rows of that part-month. A month-aligned window needs none; a mid-month
//    as-of needs up to three (the window's two ends and the previous window's first month);
//  - first and last transaction ever on or before the as-of date: two index seeks per customer
//    into customer_months (plus the partial as-of month, already read);
//  - interactions in the window: one scan of the table, counted per customer and kind here;
//  - survey sums and counts, balances (sum and count in the window; the latest on or before the
//    as-of date): one walk each of the per-customer (customer_id, date) index, so rows come per
//    customer in date order.
// All statements run through RowReader (the SQLite C API when available), on two connections at
// once: here the transactions' groups (roll-ups, partial months and, for a month-aligned window,
// first/last ever), and on another thread with a clone of the given connection (so `db` must be a
// named connection; that half runs here afterwards if the clone cannot open) the customers,
// attributes, interactions, surveys, balances (and first/last ever for a window with partial
// months, to keep the halves even). Each group writes its own members of MetricInputs. Should the
// customers change between the two connections' reads, the read fails asking to evaluate again.
class EvaluationDataReader final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::EvaluationDataReader)

public:
    explicit EvaluationDataReader(QSqlDatabase db);

    Result<EvaluationData> read(const EvaluationWindow &window) const;

    // The date of the file's last transaction (the CLI's default as-of date); invalid when the
    // file has no transactions.
    Result<QDate> lastTransactionDate() const;
    // The date of the file's first transaction (the start of an all-history window); invalid
    // when the file has no transactions.
    Result<QDate> firstTransactionDate() const;

private:
    QSqlDatabase m_db;
};

} // namespace valuedesk
