#include "monthlyrollup.h"

#include "batchinserter.h"
#include "checkedmoney.h"
#include "rowreader.h"
#include "sqldialect.h"
#include "sqlerror.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace valuedesk {

namespace {

const QString &columnList()
{
    static const QString columns =
        QStringLiteral("customer_id, month, revenue_cents, costed_revenue_cents, cost_cents, "
                       "orders, quantity, first_day, last_day");
    return columns;
}

// The columns summed with SQL `+` when new transactions meet an existing row.
const QStringList &summedIntegerColumns()
{
    static const QStringList columns = {QStringLiteral("revenue_cents"),
                                        QStringLiteral("costed_revenue_cents"),
                                        QStringLiteral("cost_cents"), QStringLiteral("orders")};
    return columns;
}

// " ON CONFLICT … DO UPDATE …": adds the deltas to an existing row, but only where every sum
// stays exact. A stored total that is not an integer, or that the delta would push past qint64
// (a damaged or hostile file), skips the update; applyInserted notices the skipped row.
QString upsertClause(const SqlDialect &dialect)
{
    QStringList assignments;
    QStringList guards;
    for (const QString &column : summedIntegerColumns()) {
        assignments << column + QStringLiteral(" = ") + column + QStringLiteral(" + ") +
                           dialect.excluded(column);
        guards << dialect.integerSumFits(column, dialect.excluded(column));
    }
    const QString quantity = QStringLiteral("quantity");
    assignments << quantity + QStringLiteral(" = ") + quantity + QStringLiteral(" + ") +
                       dialect.excluded(quantity);
    guards << dialect.isReal(quantity);
    for (const QString &day : {QStringLiteral("first_day"), QStringLiteral("last_day")}) {
        const QString other = dialect.excluded(day);
        assignments << day + QStringLiteral(" = ") +
                           (day == QLatin1String("first_day") ? dialect.least(day, other)
                                                              : dialect.greatest(day, other));
    }
    return dialect.upsertClause({QStringLiteral("customer_id"), QStringLiteral("month")},
                                assignments, guards.join(QStringLiteral(" AND ")));
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

// The customer whose stored row the guarded upsert skipped: the first of `rows` (indexes into
// keys/deltas) whose stored totals are not numbers or cannot take its delta exactly.
qint64 damagedCustomer(const QSqlDatabase &db, const QVector<MonthlyRollup::Key> &keys,
                       const QVector<Delta> &deltas, const QVector<int> &rows)
{
    auto q = runQuery(db,
                      QStringLiteral("SELECT typeof(revenue_cents), typeof(costed_revenue_cents),"
                                     " typeof(cost_cents), typeof(orders), typeof(quantity),"
                                     " revenue_cents, costed_revenue_cents, cost_cents, orders"
                                     " FROM customer_months WHERE customer_id = ? AND month = ?"),
                      {qint64(0), 0});
    for (int row : rows) {
        const MonthlyRollup::Key &key = keys.at(row);
        const Delta &d = deltas.at(row);
        if (!q)
            return key.first;
        q->bindValue(0, key.first);
        q->bindValue(1, key.second);
        if (!q->exec() || !q->next())
            continue;
        bool intact = q->value(4).toString() == QLatin1String("real");
        const Cents added[] = {d.revenue, d.costedRevenue, d.cost, d.orders};
        for (int c = 0; c < 4 && intact; ++c) {
            Cents sum = q->value(5 + c).toLongLong();
            intact = q->value(c).toString() == QLatin1String("integer") && addCents(sum, added[c]);
        }
        q->finish();
        if (!intact)
            return key.first;
    }
    return rows.isEmpty() ? 0 : keys.at(rows.constFirst()).first;
}

// Damage found while adding new transactions to customer_months: the caller rolls back, so the
// file stays as it was.
Error damagedRollup(const QSqlDatabase &db, qint64 customerId)
{
    return Error(QCoreApplication::translate(
                     "valuedesk::MonthlyRollup",
                     "The monthly totals of customer %1 in the customer file (customer_months) are "
                     "damaged: they hold a value that is not a number, or a total that the new "
                     "records would push beyond what ValueDesk can compute exactly. The records "
                     "were not saved; open a backup copy of the file.")
                     .arg(customerCodeOf(db, customerId)),
                 {}, Error::Code::FileDamaged);
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

    const SqlDialect &dialect = SqlDialect::of(db);
    static const QStringList columns = columnList().split(QStringLiteral(", "));
    BatchInserter batch(db, QStringLiteral("customer_months"), columns, order.size(),
                        QCoreApplication::translate("valuedesk::MonthlyRollup",
                                                    "The monthly totals could not be updated."),
                        upsertClause(dialect));
    // Every row of a statement is inserted or updated, unless the guard skipped a damaged one.
    batch.setAfterStatement([&](qsizetype first, int rows, int changed) -> Status {
        if (changed == rows)
            return Status::success();
        return damagedRollup(db, damagedCustomer(db, keys, deltas, order.mid(first, rows)));
    });
    for (int i : order) {
        const Key &key = keys.at(i);
        const Delta &d = deltas.at(i);
        batch.bind(key.first);
        batch.bind(key.second);
        batch.bind(d.revenue);
        batch.bind(d.costedRevenue);
        batch.bind(d.cost);
        batch.bind(d.orders);
        batch.bind(d.quantity);
        batch.bind(isoDateText(QDate::fromJulianDay(d.firstDay)));
        batch.bind(isoDateText(QDate::fromJulianDay(d.lastDay)));
        if (Status added = batch.endRow(); !added)
            return added;
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
