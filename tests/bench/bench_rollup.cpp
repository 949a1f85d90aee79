// Read 12 months of per-customer monthly roll-ups (customer_months, schema step 5) for a
// 100 000-customer demo file (about 1.8 million transactions), against the same aggregate by a
// raw GROUP BY over transactions. Target (issue #4): the roll-up read is a small part of a
// 0.5 s evaluation; a bare GROUP BY over the transactions alone takes about 0.8 s.
// Usage: bench_rollup [customers [file]]; with a file name the demo file is kept there.
#include "benchutil.h"
#include "database.h"
#include "demogenerator.h"
#include "monthlyrollup.h"
#include "portfoliowriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace valuedesk;

namespace {

// The same rows as MonthlyRollup::read, computed from transactions; rows read, or -1.
qint64 groupByTransactions(const QSqlDatabase &db, const QDate &from, const QDate &to,
                           MonthlyRollupRows &rows)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT customer_id,"
            " CAST(substr(date, 1, 4) AS INTEGER) * 12 + CAST(substr(date, 6, 2) AS INTEGER) - 1"
            "   AS m,"
            " sum(amount_cents),"
            " coalesce(sum(CASE WHEN cost_cents IS NOT NULL THEN amount_cents END), 0),"
            " coalesce(sum(cost_cents), 0), count(*), total(quantity),"
            " CAST(julianday(min(date)) + 0.5 AS INTEGER),"
            " CAST(julianday(max(date)) + 0.5 AS INTEGER)"
            " FROM transactions WHERE date >= ? AND date <= ?"
            " GROUP BY customer_id, m ORDER BY customer_id, m")))
        return -1;
    q.bindValue(0, from.toString(Qt::ISODate));
    q.bindValue(1, to.toString(Qt::ISODate));
    if (!q.exec())
        return -1;
    while (q.next()) {
        rows.customerIds.append(q.value(0).toLongLong());
        rows.months.append(q.value(1).toInt());
        rows.revenue.append(q.value(2).toLongLong());
        rows.costedRevenue.append(q.value(3).toLongLong());
        rows.cost.append(q.value(4).toLongLong());
        rows.orders.append(q.value(5).toLongLong());
        rows.quantity.append(q.value(6).toDouble());
        rows.firstDay.append(q.value(7).toLongLong());
        rows.lastDay.append(q.value(8).toLongLong());
    }
    return rows.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString vdb =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("big.vdb"));
    DemoParams params;
    params.customers = customers;
    QElapsedTimer timer;
    timer.start();
    {
        auto db = Database::open(vdb, Database::OpenMode::CreateNew);
        if (!db)
            return 1;
        PortfolioWriter writer((*db)->connection());
        if (!writer.begin())
            return 1;
        DemoGenerator(params).generate(
            [&](const CustomerRecordSet &set) { return writer.add(set).ok(); });
        if (!writer.commit())
            return 1;
    }
    const qint64 writeMs = timer.elapsed();

    auto db = Database::open(vdb, Database::OpenMode::OpenExisting);
    if (!db)
        return 1;
    const QSqlDatabase c = (*db)->connection();
    QSqlQuery count(c);
    qint64 transactions = 0;
    qint64 rollupRows = 0;
    if (count.exec(QStringLiteral("SELECT (SELECT count(*) FROM transactions),"
                                  " (SELECT count(*) FROM customer_months)")) &&
        count.next()) {
        transactions = count.value(0).toLongLong();
        rollupRows = count.value(1).toLongLong();
    }
    count.finish();

    // The last 12 months of the demo data.
    const QDate last = params.endDate;
    const QDate first = QDate(last.year(), last.month(), 1).addMonths(-11);
    const int lastMonth = MonthlyRollup::monthIndex(last);
    const int firstMonth = lastMonth - 11;

    // Warm the page cache the same way for both, then time each twice and keep the faster.
    qint64 rollupMs = -1;
    qint64 rollupRead = 0;
    qint64 groupByMs = -1;
    qint64 groupByRead = 0;
    for (int round = 0; round < 3; ++round) {
        timer.restart();
        auto rows = MonthlyRollup::read(c, firstMonth, lastMonth);
        const qint64 ms = timer.elapsed();
        if (!rows)
            return 1;
        rollupRead = rows->size();
        if (round > 0 && (rollupMs < 0 || ms < rollupMs))
            rollupMs = ms;

        MonthlyRollupRows direct;
        timer.restart();
        groupByRead = groupByTransactions(c, first, last, direct);
        const qint64 gms = timer.elapsed();
        if (groupByRead < 0)
            return 1;
        if (round > 0 && (groupByMs < 0 || gms < groupByMs))
            groupByMs = gms;
        if (groupByRead != rollupRead || direct.revenue != rows->revenue)
            std::fprintf(stderr, "bench_rollup: roll-ups differ from the GROUP BY!\n");
    }

    std::printf("bench_rollup: %d customers, %lld transactions, %lld roll-up rows; demo file "
                "written in %lld ms\n",
                customers, static_cast<long long>(transactions), static_cast<long long>(rollupRows),
                static_cast<long long>(writeMs));
    std::printf("bench_rollup: 12 months for all customers: roll-ups %lld ms (%lld rows), "
                "GROUP BY over transactions %lld ms (%lld rows); peak RSS %.0f MiB\n",
                static_cast<long long>(rollupMs), static_cast<long long>(rollupRead),
                static_cast<long long>(groupByMs), static_cast<long long>(groupByRead),
                bench::peakRssMiB());
    return 0;
}
