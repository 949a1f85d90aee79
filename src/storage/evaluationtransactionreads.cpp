#include "checkedmoney.h"
#include "evaluationreadsteps.h"
#include "monthlyrollup.h"
#include "sqlerror.h"

// The transaction steps of EvaluationDataReader::read: whole months from customer_months,
// partial months from transactions, and the first and last transaction ever.

namespace valuedesk::evaluationread {

namespace {

// A date range split into whole calendar months [firstMonth, lastMonth] (empty when
// firstMonth > lastMonth) and at most two partial months, each inside one calendar month.
struct WindowParts
{
    int firstMonth = 0;
    int lastMonth = -1;
    QVector<QPair<QDate, QDate>> partial;
};

WindowParts split(const QDate &from, const QDate &to)
{
    WindowParts parts;
    int first = MonthlyRollup::monthIndex(from);
    int last = MonthlyRollup::monthIndex(to);
    if (first == last) {
        if (from.day() == 1 && to == lastDayOfMonth(to)) {
            parts.firstMonth = parts.lastMonth = first;
        } else {
            parts.partial.append({from, to});
            parts.firstMonth = 0;
            parts.lastMonth = -1;
        }
        return parts;
    }
    if (from.day() != 1) {
        parts.partial.append({from, lastDayOfMonth(from)});
        ++first;
    }
    if (to != lastDayOfMonth(to)) {
        parts.partial.append({QDate(to.year(), to.month(), 1), to});
        --last;
    }
    parts.firstMonth = first;
    parts.lastMonth = last;
    return parts;
}

// One customer's transactions in one calendar month (or part of it).
struct MonthTotals
{
    qint64 revenue = 0;
    qint64 costedRevenue = 0;
    qint64 cost = 0;
    qint64 orders = 0;
    double quantity = 0;
    qint64 firstDay = 0;
    qint64 lastDay = 0;
};

// False when a sum would not fit in qint64 (in is then partly updated and must not be used).
[[nodiscard]] bool addMonth(MetricInputs &in, const MonthTotals &m)
{
    if (!addCents(in.revenue, m.revenue) || !addCents(in.costedRevenue, m.costedRevenue) ||
        !addCents(in.cost, m.cost))
        return false;
    in.orders += m.orders;
    in.quantity += m.quantity;
    if (m.orders > 0)
        ++in.activeMonths;
    const QDate first = QDate::fromJulianDay(m.firstDay);
    const QDate last = QDate::fromJulianDay(m.lastDay);
    if (!in.firstInWindow.isValid() || first < in.firstInWindow)
        in.firstInWindow = first;
    if (!in.lastInWindow.isValid() || last > in.lastInWindow)
        in.lastInWindow = last;
    return true;
}

// One row of the partial-month statement (customer id, sums, count, quantity, first and last
// date, count of costs), checked: sums its rows cannot add up to and dates that are no dates are
// errors naming the customer.
Result<MonthTotals> partialMonth(const QSqlDatabase &db, const RowReader &r)
{
    const qint64 id = r.int64(0);
    MonthTotals m{r.int64(1), r.int64(2), r.int64(3), r.int64(4), r.real(5), 0, 0};
    if (!isPossibleSum(m.revenue, m.orders) || !isPossibleSum(m.costedRevenue, r.int64(8)))
        return impossibleStoredAmount(db, QStringLiteral("transactions/amount_cents"), id);
    if (!isPossibleSum(m.cost, r.int64(8)))
        return impossibleStoredAmount(db, QStringLiteral("transactions/cost_cents"), id);
    const QDate first = r.date(6);
    const QDate last = r.date(7);
    if (!first.isValid() || !last.isValid())
        return invalidStoredDate(db, QStringLiteral("transactions/date"), id);
    m.firstDay = first.toJulianDay();
    m.lastDay = last.toJulianDay();
    return m;
}

// Calls `add(id, inputs, totals)` with each customer's checked totals of one partial month.
// Driven by customers (CROSS JOIN keeps it the outer loop) so each customer costs one seek into
// transactions_by_customer instead of a full table scan.
template <typename AddFn>
Status forEachPartialMonth(const QSqlDatabase &db, const ReadContext &ctx,
                           const QPair<QDate, QDate> &range, AddFn add)
{
    static const QString sql = QStringLiteral(
        "SELECT c.id, sum(t.amount_cents),"
        " coalesce(sum(CASE WHEN t.cost_cents IS NOT NULL THEN t.amount_cents END), 0),"
        " coalesce(sum(t.cost_cents), 0), count(*), total(t.quantity), min(t.date), max(t.date),"
        " count(t.cost_cents)"
        " FROM customers AS c CROSS JOIN transactions AS t"
        " ON t.customer_id = c.id AND t.date >= ? AND t.date <= ?"
        " GROUP BY c.id");
    return forEachRow(db, sql, {isoDateText(range.first), isoDateText(range.second)},
                      [&](const RowReader &r) -> Status {
                          const qint64 id = r.int64(0);
                          MetricInputs *in = ctx.inputsOf(id);
                          if (!in)
                              return Status::success();
                          auto m = partialMonth(db, r);
                          if (!m)
                              return m.error();
                          return add(id, *in, *m);
                      });
}

} // namespace

// Transactions in the window and the previous window: revenue, cost, orders, quantity,
// activeMonths, firstInWindow, lastInWindow, previousRevenue.
Status readTransactions(const QSqlDatabase &db, const ReadContext &ctx, MonthSpans &asOfMonthSpan)
{
    // Transactions: whole months from the roll-ups, partial months from transactions.
    const EvaluationWindow previous = ctx.window.previous();
    const WindowParts current = split(ctx.start, ctx.asOf);
    const WindowParts before = split(previous.start(), previous.asOf);
    const bool anyWhole =
        current.firstMonth <= current.lastMonth || before.firstMonth <= before.lastMonth;
    if (anyWhole) {
        const int from =
            before.firstMonth <= before.lastMonth ? before.firstMonth : current.firstMonth;
        const int to =
            current.firstMonth <= current.lastMonth ? current.lastMonth : before.lastMonth;
        auto rows = MonthlyRollup::read(db, from, to);
        if (!rows)
            return rows.error();
        const MonthlyRollupRows &r = *rows;
        qint64 lastCustomer = -1;
        MetricInputs *in = nullptr;
        for (int i = 0; i < r.size(); ++i) {
            if (r.customerIds.at(i) != lastCustomer) {
                lastCustomer = r.customerIds.at(i);
                in = ctx.inputsOf(lastCustomer);
            }
            if (!in)
                continue;
            const int month = r.months.at(i);
            if (month >= current.firstMonth && month <= current.lastMonth) {
                if (!addMonth(*in, MonthTotals{r.revenue.at(i), r.costedRevenue.at(i), r.cost.at(i),
                                               r.orders.at(i), r.quantity.at(i), r.firstDay.at(i),
                                               r.lastDay.at(i)}))
                    return sumTooLarge(db, lastCustomer);
            } else if (month >= before.firstMonth && month <= before.lastMonth) {
                if (!addCents(in->previousRevenue, r.revenue.at(i)))
                    return sumTooLarge(db, lastCustomer);
            }
        }
    }

    // The first and last transaction of the partial month of the as-of date, for firstEver and
    // lastEver.
    for (const auto &range : current.partial) {
        const bool asOfMonth = range.second == ctx.asOf;
        Status s = forEachPartialMonth(
            db, ctx, range, [&](qint64 id, MetricInputs &in, const MonthTotals &m) -> Status {
                if (!addMonth(in, m))
                    return sumTooLarge(db, id);
                if (asOfMonth)
                    asOfMonthSpan.insert(
                        id, {QDate::fromJulianDay(m.firstDay), QDate::fromJulianDay(m.lastDay)});
                return Status::success();
            });
        if (!s)
            return s;
    }
    for (const auto &range : before.partial) {
        Status s = forEachPartialMonth(
            db, ctx, range, [&](qint64 id, MetricInputs &in, const MonthTotals &m) -> Status {
                if (!addCents(in.previousRevenue, m.revenue))
                    return sumTooLarge(db, id);
                return Status::success();
            });
        if (!s)
            return s;
    }
    return Status::success();
}

// firstEver and lastEver up to the last whole month before the as-of date.
Status readFirstAndLast(const QSqlDatabase &db, const ReadContext &ctx)
{
    // First and last transaction on or before the as-of date: the roll-up months up to the last
    // whole month, then the partial as-of month read above.
    const int lastWholeMonth = ctx.asOf == lastDayOfMonth(ctx.asOf)
                                   ? MonthlyRollup::monthIndex(ctx.asOf)
                                   : MonthlyRollup::monthIndex(ctx.asOf) - 1;
    return forEachRow(
        db,
        QStringLiteral(
            "SELECT c.id,"
            " (SELECT m.first_day FROM customer_months AS m"
            "   WHERE m.customer_id = c.id AND m.month <= ? ORDER BY m.month LIMIT 1),"
            " (SELECT m.last_day FROM customer_months AS m"
            "   WHERE m.customer_id = c.id AND m.month <= ? ORDER BY m.month DESC LIMIT 1)"
            " FROM customers AS c"),
        {lastWholeMonth, lastWholeMonth}, [&](const RowReader &r) -> Status {
            const qint64 id = r.int64(0);
            MetricInputs *in = ctx.inputsOf(id);
            if (!in)
                return Status::success();
            auto first = storedDate(db, r, 1, QStringLiteral("customer_months/first_day"), id);
            if (!first)
                return first.error();
            auto last = storedDate(db, r, 2, QStringLiteral("customer_months/last_day"), id);
            if (!last)
                return last.error();
            in->firstEver = *first;
            in->lastEver = *last;
            return Status::success();
        });
}

} // namespace valuedesk::evaluationread
