#pragma once

// The pieces of EvaluationDataReader::read (evaluationdatareader.h explains the plan): what its
// two halves share, and the steps each half runs. Internal to src/storage.

#include "customer.h"
#include "evaluationdatareader.h"
#include "metrics/evaluationwindow.h"
#include "metrics/metricinputs.h"
#include "result.h"
#include "rowreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <QVector>

#include <optional>
#include <type_traits>

namespace valuedesk::evaluationread {

inline QDate lastDayOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

// Runs `sql` forward-only and calls `row` for each result row. A `row` returning Status stops
// at the first error and returns it.
template <typename RowFn>
Status forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values, RowFn row)
{
    RowReader r(db);
    const QString message = QCoreApplication::translate(
        "valuedesk::EvaluationDataReader", "The customer data for the evaluation cannot be read.");
    if (Status s = r.exec(message, sql, values); !s)
        return s;
    while (r.next()) {
        if constexpr (std::is_same_v<decltype(row(r)), Status>) {
            if (Status s = row(r); !s)
                return s;
        } else {
            row(r);
        }
    }
    return r.status();
}

// A stored date column: invalid when NULL or empty (unknown), an error naming the column and
// the customer when it holds text that is no date.
Result<QDate> storedDate(const QSqlDatabase &db, const RowReader &r, int column,
                         const QString &tableColumn, qint64 customerId);

// parseCustomerStatus without a QString for the stored English words.
std::optional<CustomerStatus> customerStatus(const QByteArray &text);

// Customer id -> row of EvaluationData: a dense table when the ids are compact (the usual
// case: INTEGER PRIMARY KEY from 1), else a hash.
class RowIndex final
{
public:
    void build(const QVector<EvaluationCustomer> &customers);
    int rowOf(qint64 id) const
    {
        if (m_useHash)
            return m_hash.value(id, -1);
        const qint64 slot = id - m_low;
        return slot >= 0 && slot < m_dense.size() ? m_dense.at(int(slot)) : -1;
    }

private:
    qint64 m_low = 0;
    QVector<int> m_dense;
    QHash<qint64, int> m_hash;
    bool m_useHash = false;
};

// What the two halves of EvaluationDataReader::read share: the window, the customer id -> row
// index and the rows' MetricInputs. Each half writes its own members of MetricInputs (distinct
// memory locations), so they can run on two threads without locks.
struct ReadContext
{
    EvaluationWindow window;
    QDate start;
    QDate asOf;
    QVariant startText;
    QVariant asOfText;
    const RowIndex *index = nullptr;
    MetricInputs *inputs = nullptr; // data.inputs.data(): never reallocated while reading

    MetricInputs *inputsOf(qint64 customerId) const
    {
        const int row = index->rowOf(customerId);
        return row < 0 ? nullptr : inputs + row;
    }
};

// The first and last transaction of each customer in the partial as-of month (firstEver and
// lastEver are completed with them once both halves are done).
using MonthSpans = QHash<qint64, QPair<QDate, QDate>>;

// Attributes and manual ratings: MetricInputs::attributes, ratings.
Status readAttributes(const QSqlDatabase &db, const ReadContext &ctx);
// Transactions in the window and the previous window: revenue, cost, orders, quantity,
// activeMonths, firstInWindow, lastInWindow, previousRevenue; the partial as-of month's first
// and last transaction per customer into `asOfMonthSpan`.
Status readTransactions(const QSqlDatabase &db, const ReadContext &ctx, MonthSpans &asOfMonthSpan);
// firstEver and lastEver up to the last whole month before the as-of date.
Status readFirstAndLast(const QSqlDatabase &db, const ReadContext &ctx);
// Interactions, surveys and balances: referrals … trainings, satisfaction, loyalty, trust,
// latestBalance, balanceSum, balanceCount.
Status readRelationship(const QSqlDatabase &db, const ReadContext &ctx);

} // namespace valuedesk::evaluationread
