#include "monthlyrollup.h"

#include "checkedmoney.h"
#include "rowreader.h"
#include "sqlerror.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace valuedesk {

namespace {

// Rows per UPSERT statement: as in RecordRepository::insertMany, Qt Sql's per-exec overhead
// dominates with one row per statement. 9 columns x 64 rows stays far below SQLite's limit of
// bound parameters.
constexpr int rowsPerStatement = 64;

const QString &columnList()
{
    static const QString columns =
        QStringLiteral("customer_id, month, revenue_cents, costed_revenue_cents, cost_cents, "
                       "orders, quantity, first_day, last_day");
    return columns;
}

QString upsertSql(int rows)
{
    const QString tuple = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return QStringLiteral("INSERT INTO customer_months (") + columnList() +
           QStringLiteral(") VALUES ") + QStringList(rows, tuple).join(QStringLiteral(", ")) +
           QStringLiteral(
               " ON CONFLICT (customer_id, month) DO UPDATE SET"
               " revenue_cents = revenue_cents + excluded.revenue_cents,"
               " costed_revenue_cents = costed_revenue_cents + excluded.costed_revenue_cents,"
               " cost_cents = cost_cents + excluded.cost_cents,"
               " orders = orders + excluded.orders,"
               " quantity = quantity + excluded.quantity,"
               " first_day = min(first_day, excluded.first_day),"
               " last_day = max(last_day, excluded.last_day)");
}

// One (customer, month)'s share of a batch of new transactions.
struct Delta
{
    qint64 revenue = 0;
    qint64 costedRevenue = 0;
    qint64 cost = 0;
    qint64 orders = 0;
    double quantity = 0;
    qint64 firstDay = 0; // julian days
    qint64 lastDay = 0;
};

// SQLite's sum() raises "integer overflow" when recomputing a month: queryError says why.
Error writeError(const QSqlDatabase &db, const QSqlQuery &q)
{
    return queryError(db,
                      QCoreApplication::translate("valuedesk::MonthlyRollup",
                                                  "The monthly totals could not be updated."),
                      q);
}

const QString &readSql()
{
    // The days as stored text, parsed here: SQLite's julianday() accepts 2024-02-31 (as March 2)
    // and gives NULL for text that is no date at all, and both must be reported, not read.
    static const QString sql =
        QStringLiteral("SELECT customer_id, month, revenue_cents, costed_revenue_cents,"
                       " cost_cents, orders, quantity, first_day, last_day"
                       " FROM customer_months WHERE month BETWEEN ? AND ?"
                       " ORDER BY customer_id, month");
    return sql;
}

} // namespace

void MonthlyRollupRows::reserve(int rows)
{
    customerIds.reserve(rows);
    months.reserve(rows);
    revenue.reserve(rows);
    costedRevenue.reserve(rows);
    cost.reserve(rows);
    orders.reserve(rows);
    quantity.reserve(rows);
    firstDay.reserve(rows);
    lastDay.reserve(rows);
}

Status MonthlyRollup::applyInserted(const QSqlDatabase &db, const QVector<Transaction> &records)
{
    if (records.isEmpty())
        return Status::success();

    // Aggregate in memory. Imports arrive sorted by customer and date, so most rows hit the
    // previous row's key and skip the hash lookup.
    QVector<Key> keys;
    QVector<Delta> deltas;
    QHash<Key, int> slotOf;
    Key previousKey(-1, 0);
    int previousSlot = -1;
    for (const Transaction &t : records) {
        const Key key(t.customerId, monthIndex(t.date));
        int slot = previousSlot;
        if (slot < 0 || key != previousKey) {
            const auto found = slotOf.constFind(key);
            if (found == slotOf.constEnd()) {
                slot = keys.size();
                slotOf.insert(key, slot);
                keys.append(key);
                const qint64 day = t.date.toJulianDay();
                Delta fresh;
                fresh.firstDay = day;
                fresh.lastDay = day;
                deltas.append(fresh);
            } else {
                slot = found.value();
            }
            previousKey = key;
            previousSlot = slot;
        }
        Delta &d = deltas[slot];
        // Amounts within ±maxRecordCents cannot overflow here below 9.2 million rows, but rows
        // that bypassed RecordRepository's check must not wrap around either.
        if (!addCents(d.revenue, t.amount) ||
            (t.cost && (!addCents(d.costedRevenue, t.amount) || !addCents(d.cost, *t.cost))))
            return sumTooLarge(db, t.customerId);
        ++d.orders;
        if (t.quantity && !std::isnan(*t.quantity)) // SQLite stores NaN as NULL
            d.quantity += *t.quantity;
        const qint64 day = t.date.toJulianDay();
        d.firstDay = std::min(d.firstDay, day);
        d.lastDay = std::max(d.lastDay, day);
    }

    // Apply in key order, so the B-tree of customer_months is walked forwards.
    QVector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&keys](int a, int b) { return keys[a] < keys[b]; });

    QSqlQuery full(db);
    bool fullPrepared = false;
    QSqlQuery tail(db);
    for (int start = 0; start < order.size(); start += rowsPerStatement) {
        const int count = std::min<int>(rowsPerStatement, order.size() - start);
        QSqlQuery *q = &tail;
        if (count == rowsPerStatement) {
            if (!fullPrepared) {
                if (!full.prepare(upsertSql(rowsPerStatement)))
                    return writeError(db, full);
                fullPrepared = true;
            }
            q = &full;
        } else if (!tail.prepare(upsertSql(count))) {
            return writeError(db, tail);
        }
        int position = 0;
        for (int i = start; i < start + count; ++i) {
            const Key &key = keys.at(order.at(i));
            const Delta &d = deltas.at(order.at(i));
            q->bindValue(position++, key.first);
            q->bindValue(position++, key.second);
            q->bindValue(position++, d.revenue);
            q->bindValue(position++, d.costedRevenue);
            q->bindValue(position++, d.cost);
            q->bindValue(position++, d.orders);
            q->bindValue(position++, d.quantity);
            q->bindValue(position++, isoDateText(QDate::fromJulianDay(d.firstDay)));
            q->bindValue(position++, isoDateText(QDate::fromJulianDay(d.lastDay)));
        }
        if (!q->exec())
            return writeError(db, *q);
    }
    return Status::success();
}

Status MonthlyRollup::recompute(const QSqlDatabase &db, const QVector<Key> &keys)
{
    QVector<Key> unique = keys;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());

    QSqlQuery erase(db);
    if (!erase.prepare(
            QStringLiteral("DELETE FROM customer_months WHERE customer_id = ? AND month = ?")))
        return writeError(db, erase);
    // The month as a date range, so the transactions_by_customer index finds the rows.
    QSqlQuery insert(db);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO customer_months (") + columnList() +
            QStringLiteral(
                ") SELECT customer_id, ?, sum(amount_cents),"
                " coalesce(sum(CASE WHEN cost_cents IS NOT NULL THEN amount_cents END), 0),"
                " coalesce(sum(cost_cents), 0), count(*), total(quantity), min(date), max(date)"
                " FROM transactions WHERE customer_id = ? AND date >= ? AND date < ?"
                " GROUP BY customer_id")))
        return writeError(db, insert);
    for (const Key &key : unique) {
        erase.bindValue(0, key.first);
        erase.bindValue(1, key.second);
        if (!erase.exec())
            return writeError(db, erase);
        insert.bindValue(0, key.second);
        insert.bindValue(1, key.first);
        insert.bindValue(2, isoDateText(firstDayOfMonth(key.second)));
        insert.bindValue(3, isoDateText(firstDayOfMonth(key.second + 1)));
        if (!insert.exec())
            return writeError(db, insert);
    }
    return Status::success();
}

Result<MonthlyRollupRows> MonthlyRollup::read(const QSqlDatabase &db, int firstMonth, int lastMonth)
{
    // Through RowReader: on the SQLite C API a read costs about a quarter of the Qt Sql one,
    // which made a QVariant per value (tests/bench/bench_rollup).
    RowReader r(db);
    const QString message = QCoreApplication::translate("valuedesk::MonthlyRollup",
                                                        "The monthly totals cannot be read.");
    if (Status s = r.exec(message, readSql(), {firstMonth, lastMonth}); !s)
        return s.error();
    MonthlyRollupRows rows;
    static const QString moneyColumns[] = {QStringLiteral("customer_months/revenue_cents"),
                                           QStringLiteral("customer_months/costed_revenue_cents"),
                                           QStringLiteral("customer_months/cost_cents")};
    while (r.next()) {
        const qint64 customerId = r.int64(0);
        const qint64 orders = r.int64(5);
        // A total its rows cannot add up to (an amount beyond the limit, a sum that wrapped
        // around, SQLite's REAL after an overflowing +) would give a plausible wrong number.
        for (int c = 2; c <= 4; ++c) {
            if (!r.isInteger(c) || !isPossibleSum(r.int64(c), orders))
                return impossibleStoredAmount(db, moneyColumns[c - 2], customerId);
        }
        const QDate first = r.date(7);
        const QDate last = r.date(8);
        if (!first.isValid())
            return invalidStoredDate(db, QStringLiteral("customer_months/first_day"), customerId);
        if (!last.isValid())
            return invalidStoredDate(db, QStringLiteral("customer_months/last_day"), customerId);
        rows.customerIds.append(customerId);
        rows.months.append(int(r.int64(1)));
        rows.revenue.append(r.int64(2));
        rows.costedRevenue.append(r.int64(3));
        rows.cost.append(r.int64(4));
        rows.orders.append(orders);
        rows.quantity.append(r.real(6));
        rows.firstDay.append(first.toJulianDay());
        rows.lastDay.append(last.toJulianDay());
    }
    if (Status s = r.status(); !s)
        return s.error();
    return rows;
}

} // namespace valuedesk
