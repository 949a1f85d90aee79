#include "customerrepository.h"
#include "database.h"
#include "demogenerator.h"
#include "document.h"
#include "importcommitter.h"
#include "migrations.h"
#include "monthlyrollup.h"
#include "portfoliowriter.h"
#include "recordrepository.h"
#include "storagetestutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace valuedesk;
using namespace valuedesk::test;

namespace {

// The aggregate customer_months must always equal, written independently of MonthlyRollup.
const QString groupBySql = QStringLiteral(
    "SELECT customer_id,"
    " CAST(substr(date, 1, 4) AS INTEGER) * 12 + CAST(substr(date, 6, 2) AS INTEGER) - 1 AS m,"
    " sum(amount_cents),"
    " coalesce(sum(CASE WHEN cost_cents IS NOT NULL THEN amount_cents END), 0),"
    " coalesce(sum(cost_cents), 0), count(*), total(quantity), min(date), max(date)"
    " FROM transactions GROUP BY customer_id, m ORDER BY customer_id, m");
const QString rollupSql = QStringLiteral(
    "SELECT customer_id, month, revenue_cents, costed_revenue_cents, cost_cents, orders, quantity,"
    " first_day, last_day FROM customer_months ORDER BY customer_id, month");

QStringList rowsOf(const QSqlDatabase &db, const QString &sql, QVector<double> &quantities)
{
    QStringList rows;
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        rows << QStringLiteral("query failed: ") + q.lastError().text();
        return rows;
    }
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 9; ++i) {
            if (i == 6)
                quantities << q.value(i).toDouble();
            else
                cells << q.value(i).toString();
        }
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

// Empty if customer_months equals a GROUP BY over transactions, else the first difference.
// Integers and dates must match exactly; quantities (REAL) are summed in a different order
// incrementally than by GROUP BY, so they may differ in the last bits.
QString rollupMismatch(const QSqlDatabase &db)
{
    QVector<double> expectedQuantity;
    QVector<double> actualQuantity;
    const QStringList expected = rowsOf(db, groupBySql, expectedQuantity);
    const QStringList actual = rowsOf(db, rollupSql, actualQuantity);
    if (expected.size() != actual.size()) {
        return QStringLiteral("%1 roll-up rows, %2 (customer, month) groups")
            .arg(actual.size())
            .arg(expected.size());
    }
    for (int i = 0; i < expected.size(); ++i) {
        if (expected.at(i) != actual.at(i))
            return QStringLiteral("expected %1, stored %2").arg(expected.at(i), actual.at(i));
        const double e = expectedQuantity.at(i);
        const double a = actualQuantity.at(i);
        if (std::abs(e - a) > 1e-9 * std::max(1.0, std::abs(e)))
            return QStringLiteral("quantity of %1: expected %2, stored %3")
                .arg(expected.at(i))
                .arg(e, 0, 'g', 17)
                .arg(a, 0, 'g', 17);
    }
    return {};
}

#define VD_VERIFY_ROLLUP(db)                                                                       \
    do {                                                                                           \
        const QString vdMismatch = rollupMismatch(db);                                             \
        QVERIFY2(vdMismatch.isEmpty(), qPrintable(vdMismatch));                                    \
    } while (false)

Transaction makeTransaction(qint64 customerId, const QDate &date, Cents amount,
                            std::optional<Cents> cost = std::nullopt,
                            std::optional<double> quantity = std::nullopt)
{
    Transaction t;
    t.customerId = customerId;
    t.date = date;
    t.amount = amount;
    t.cost = cost;
    t.quantity = quantity;
    return t;
}

Customer makeCustomer(const QString &code)
{
    Customer c;
    c.code = code;
    c.name = QStringLiteral("客户 ") + code;
    return c;
}

} // namespace

class TstMonthlyRollup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void monthIndex();
    void insertSingle();
    void insertManyBatches();
    void insertUnderGivenId();
    void updateAmount();
    void updateMovesMonth();
    void updateMovesCustomer();
    void removeRecomputes();
    void customerDeleteCascades();
    void failedInsertManyLeavesRollupsUnchanged();
    void overflowingMonthIsAnError();
    void otherRecordsLeaveRollupsAlone();
    void importCommitter();
    void portfolioWriter();
    void documentUndoRedo();
    void readRange();
    void migrationBackfill();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    qint64 rollupRows() const { return rowCount(db(), QStringLiteral("customer_months")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_a = 0;
    qint64 m_b = 0;
};

void TstMonthlyRollup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(m_dir->filePath(QStringLiteral("r.vdb")), Database::OpenMode::CreateNew);
    VD_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    auto a = CustomerRepository(db()).insert(makeCustomer(QStringLiteral("A")));
    auto b = CustomerRepository(db()).insert(makeCustomer(QStringLiteral("B")));
    VD_VERIFY_OK(a);
    VD_VERIFY_OK(b);
    m_a = *a;
    m_b = *b;
}

void TstMonthlyRollup::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TstMonthlyRollup::monthIndex()
{
    QCOMPARE(MonthlyRollup::monthIndex(QDate(2024, 1, 31)), 2024 * 12);
    QCOMPARE(MonthlyRollup::monthIndex(QDate(2024, 12, 1)), 2024 * 12 + 11);
    QCOMPARE(MonthlyRollup::firstDayOfMonth(2024 * 12 + 11), QDate(2024, 12, 1));
    QCOMPARE(MonthlyRollup::firstDayOfMonth(2024 * 12 + 12), QDate(2025, 1, 1));
    for (int m = 1990 * 12; m < 2040 * 12; ++m)
        QCOMPARE(MonthlyRollup::monthIndex(MonthlyRollup::firstDayOfMonth(m)), m);
}

void TstMonthlyRollup::insertSingle()
{
    TransactionRepository repo(db());
    VD_VERIFY_OK(repo.insert(makeTransaction(m_a, QDate(2024, 3, 10), 10000, 6000, 2.5)));
    VD_VERIFY_OK(repo.insert(makeTransaction(m_a, QDate(2024, 3, 2), 500)));              // no cost
    VD_VERIFY_OK(repo.insert(makeTransaction(m_a, QDate(2024, 3, 28), -2000, -1200, 1))); // refund
    VD_VERIFY_ROLLUP(db());
    QCOMPARE(rollupRows(), 1);

    auto rows = MonthlyRollup::read(db(), 0, 100000);
    VD_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->customerIds.at(0), m_a);
    QCOMPARE(rows->months.at(0), 2024 * 12 + 2);
    QCOMPARE(rows->revenue.at(0), qint64(8500));       // refunds count into revenue
    QCOMPARE(rows->costedRevenue.at(0), qint64(8000)); // rows with a known cost
    QCOMPARE(rows->cost.at(0), qint64(4800));
    QCOMPARE(rows->orders.at(0), qint64(3)); // and into orders
    QCOMPARE(rows->quantity.at(0), 3.5);
    QCOMPARE(rows->firstDay.at(0), QDate(2024, 3, 2).toJulianDay());
    QCOMPARE(rows->lastDay.at(0), QDate(2024, 3, 28).toJulianDay());
}

void TstMonthlyRollup::insertManyBatches()
{
    TransactionRepository repo(db());
    // Deterministic, unsorted rows over two customers and 30 months, with refunds, missing costs
    // and missing quantities; batches large enough for full 64-row UPSERT statements.
    quint32 state = 12345;
    auto next = [&state](quint32 range) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % range;
    };
    for (int batch = 0; batch < 5; ++batch) {
        QVector<Transaction> records;
        const int size = batch == 0 ? 1 : 150 * batch + 7;
        for (int i = 0; i < size; ++i) {
            const QDate date = QDate(2022, 1, 1).addDays(static_cast<int>(next(900)));
            Cents amount = Cents(next(100000)) + 1;
            if (next(10) == 0)
                amount = -amount;
            std::optional<Cents> cost;
            if (next(3) != 0)
                cost = amount / 2;
            std::optional<double> quantity;
            if (next(4) != 0)
                quantity = next(1000) / 8.0;
            records.append(makeTransaction(next(2) ? m_a : m_b, date, amount, cost, quantity));
        }
        VD_VERIFY_OK(repo.insertMany(records));
        VD_VERIFY_ROLLUP(db());
    }
    QVERIFY(rollupRows() > 40);
    VD_VERIFY_OK(repo.insertMany({}));
    VD_VERIFY_ROLLUP(db());
}

void TstMonthlyRollup::insertUnderGivenId()
{
    TransactionRepository repo(db());
    Transaction t = makeTransaction(m_a, QDate(2024, 5, 5), 700, 100, 1);
    t.id = 4242;
    auto id = repo.insert(t);
    VD_VERIFY_OK(id);
    QCOMPARE(*id, qint64(4242));
    VD_VERIFY_ROLLUP(db());
    QCOMPARE(rollupRows(), 1);
}

void TstMonthlyRollup::updateAmount()
{
    TransactionRepository repo(db());
    auto id = repo.insert(makeTransaction(m_a, QDate(2024, 1, 5), 1000, 400, 1));
    VD_VERIFY_OK(repo.insert(makeTransaction(m_a, QDate(2024, 1, 20), 300)));
    VD_VERIFY_OK(id);
    Transaction t = *repo.byId(*id);
    t.amount = -250;
    t.cost = std::nullopt;
    t.quantity = 4;
    VD_VERIFY_OK(repo.update(t));
    VD_VERIFY_ROLLUP(db());
    QCOMPARE(RawConnection::scalarOf(db(), QStringLiteral("SELECT revenue_cents FROM "
                                                          "customer_months"))
                 .toLongLong(),
             qint64(50));
    QCOMPARE(RawConnection::scalarOf(db(), QStringLiteral("SELECT cost_cents FROM customer_months"))
                 .toLongLong(),
             qint64(0));

    // An update of a record that is gone fails and changes nothing.
    const QByteArray before = contentChecksum(db());
    t.id = 999999;
    QVERIFY(!repo.update(t).ok());
    QCOMPARE(contentChecksum(db()), before);
}

void TstMonthlyRollup::updateMovesMonth()
{
    TransactionRepository repo(db());
    auto moved = repo.insert(makeTransaction(m_a, QDate(2024, 1, 31), 1000, 400, 1));
    VD_VERIFY_OK(moved);
    VD_VERIFY_OK(repo.insert(makeTransaction(m_a, QDate(2024, 2, 10), 300)));
    QCOMPARE(rollupRows(), 2);
    Transaction t = *repo.byId(*moved);
    t.date = QDate(2024, 2, 1);
    VD_VERIFY_OK(repo.update(t));
    VD_VERIFY_ROLLUP(db());
    QCOMPARE(rollupRows(), 1); // January became empty and lost its row
    QCOMPARE(RawConnection::scalarOf(db(), QStringLiteral("SELECT first_day FROM "
                                                          "customer_months"))
                 .toString(),
             QStringLiteral("2024-02-01"));

    t.date = QDate(2023, 12, 31);
    VD_VERIFY_OK(repo.update(t));
    VD_VERIFY_ROLLUP(db());
    QCOMPARE(rollupRows(), 2);
}

void TstMonthlyRollup::updateMovesCustomer()
{
    TransactionRepository repo(db());
    auto id = repo.insert(makeTransaction(m_a, QDate(2024, 6, 1), 1000, 400, 1));
    VD_VERIFY_OK(id);
    VD_VERIFY_OK(repo.insert(makeTransaction(m_b, QDate(2024, 6, 2), 50, 10, 2)));
    Transaction t = *repo.byId(*id);
    t.customerId = m_b;
    t.date = QDate(2024, 7, 3);
    VD_VERIFY_OK(repo.update(t));
    VD_VERIFY_ROLLUP(db());
    QCOMPARE(rollupRows(), 2); // (b, June) and (b, July); a has none
    QCOMPARE(RawConnection::scalarOf(db(), QStringLiteral("SELECT count(*) FROM customer_months "
                                                          "WHERE customer_id = %1")
                                               .arg(m_a))
                 .toInt(),
             0);

    // Moving it to a customer that does not exist is refused and rolls back entirely.
    const QByteArray before = contentChecksum(db());
    t.customerId = 987654;
    QVERIFY(!repo.update(t).ok());
    QCOMPARE(contentChecksum(db()), before);
}

void TstMonthlyRollup::removeRecomputes()
{
    TransactionRepository repo(db());
    auto first = repo.insert(makeTransaction(m_a, QDate(2024, 4, 1), 1000, 400, 1));
    auto second = repo.insert(makeTransaction(m_a, QDate(2024, 4, 30), -100, std::nullopt, 1));
    VD_VERIFY_OK(first);
    VD_VERIFY_OK(second);
    VD_VERIFY_OK(repo.remove(*first));
    VD_VERIFY_ROLLUP(db());
    QCOMPARE(rollupRows(), 1);
    VD_VERIFY_OK(repo.remove(*second));
    VD_VERIFY_ROLLUP(db());
    QCOMPARE(rollupRows(), 0);
    VD_VERIFY_OK(repo.remove(123456)); // a missing record: nothing to do
    VD_VERIFY_ROLLUP(db());
}

void TstMonthlyRollup::customerDeleteCascades()
{
    TransactionRepository repo(db());
    VD_VERIFY_OK(repo.insertMany({makeTransaction(m_a, QDate(2024, 1, 1), 1),
                                  makeTransaction(m_a, QDate(2024, 2, 1), 2),
                                  makeTransaction(m_b, QDate(2024, 2, 1), 3)}));
    QCOMPARE(rollupRows(), 3);
    VD_VERIFY_OK(CustomerRepository(db()).remove(m_a));
    VD_VERIFY_ROLLUP(db());
    QCOMPARE(rollupRows(), 1);
}

void TstMonthlyRollup::failedInsertManyLeavesRollupsUnchanged()
{
    TransactionRepository repo(db());
    VD_VERIFY_OK(repo.insertMany({makeTransaction(m_a, QDate(2024, 1, 1), 100, 50, 1)}));
    const QByteArray before = contentChecksum(db());
    QVector<Transaction> records;
    for (int i = 0; i < 200; ++i)
        records.append(makeTransaction(i == 130 ? 987654 : m_a, QDate(2024, 1 + i % 12, 1), i));
    QVERIFY(!repo.insertMany(records).ok()); // FK violation in the third statement
    QCOMPARE(contentChecksum(db()), before);
    VD_VERIFY_ROLLUP(db());
}

// Issue 10: two rows of 500 000 000 000 000.00 in one month made revenue_cents
// -8 446 744 073 709 551 616 (signed overflow, UB). The roll-up refuses sums it cannot hold,
// whichever way the rows reach it.
void TstMonthlyRollup::overflowingMonthIsAnError()
{
    const Cents huge = Q_INT64_C(5000000000000000000);
    const QByteArray before = contentChecksum(db());
    const Status direct =
        MonthlyRollup::applyInserted(db(), {makeTransaction(m_a, QDate(2024, 1, 5), huge),
                                            makeTransaction(m_a, QDate(2024, 1, 6), huge)});
    QVERIFY(!direct.ok());
    QVERIFY2(direct.error().message().contains(QLatin1String("customer A add up to more")),
             qPrintable(direct.error().toString()));
    QCOMPARE(contentChecksum(db()), before);

    // Rows another program wrote: recomputing the month runs SQLite's sum(), which raises
    // "integer overflow"; the user reads what it means instead.
    RawConnection raw(m_dir->filePath(QStringLiteral("r.vdb")));
    QVERIFY(raw.isOpen());
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO transactions (customer_id, date, amount_cents)"
                                    " VALUES (?, '2024-02-01', ?), (?, '2024-02-02', ?)"),
                     {m_a, huge, m_a, huge}));
    const Status recomputed =
        MonthlyRollup::recompute(db(), {MonthlyRollup::Key(m_a, 2024 * 12 + 1)});
    QVERIFY(!recomputed.ok());
    QVERIFY2(recomputed.error().message().contains(QLatin1String("transactions/amount_cents")) &&
                 recomputed.error().message().contains(QLatin1String("customer A.")),
             qPrintable(recomputed.error().toString()));
    QVERIFY(!recomputed.error().message().contains(QLatin1String("integer overflow")));
}

void TstMonthlyRollup::otherRecordsLeaveRollupsAlone()
{
    Balance b;
    b.customerId = m_a;
    b.date = QDate(2024, 1, 1);
    b.amount = 100;
    VD_VERIFY_OK(BalanceRepository(db()).insert(b));
    VD_VERIFY_OK(BalanceRepository(db()).insertMany({b, b}));
    Interaction i;
    i.customerId = m_a;
    i.date = QDate(2024, 1, 1);
    VD_VERIFY_OK(InteractionRepository(db()).insert(i));
    QCOMPARE(rollupRows(), 0);
}

void TstMonthlyRollup::importCommitter()
{
    VD_VERIFY_OK(TransactionRepository(db()).insert(makeTransaction(m_a, QDate(2024, 1, 5), 7)));
    ImportPlan plan;
    plan.kind = ImportKind::Transactions;
    plan.newCustomers = {makeCustomer(QStringLiteral("N1")), makeCustomer(QStringLiteral("N2"))};
    for (int i = 0; i < 300; ++i) {
        const qint64 customer = i % 3 == 0 ? m_a : -(i % 2) - 1; // existing, N1, N2
        plan.transactions.append(
            makeTransaction(customer, QDate(2023, 1, 1).addDays(i * 3), i % 7 == 0 ? -i : i * 100,
                            i % 5 ? std::optional<Cents>(i * 40) : std::nullopt,
                            i % 4 ? std::optional<double>(i) : std::nullopt));
    }
    auto summary = ImportCommitter::commit(db(), plan);
    VD_VERIFY_OK(summary);
    QCOMPARE(summary->recordsAdded, qint64(300));
    VD_VERIFY_ROLLUP(db());
    QVERIFY(rollupRows() > 30);
}

void TstMonthlyRollup::portfolioWriter()
{
    PortfolioWriter writer(db());
    VD_VERIFY_OK(writer.begin());
    DemoParams params;
    params.customers = 300;
    params.seed = 7;
    Status status;
    DemoGenerator(params).generate([&](const CustomerRecordSet &set) {
        status = writer.add(set);
        return status.ok();
    });
    VD_VERIFY_OK(status);
    VD_VERIFY_OK(writer.commit());
    QVERIFY(rowCount(db(), QStringLiteral("transactions")) > 1000);
    VD_VERIFY_ROLLUP(db());
}

void TstMonthlyRollup::documentUndoRedo()
{
    m_db.reset();
    auto opened =
        Document::open(m_dir->filePath(QStringLiteral("r.vdb")), Database::OpenMode::OpenExisting);
    VD_VERIFY_OK(opened);
    Document &document = **opened;
    const QSqlDatabase c = document.database().connection();
    QUndoStack *stack = document.undoStack();

    // A customer with records, written first (outside the undo stack) so that no later insert
    // reuses the ids its records get back when the deletion below is undone.
    CustomerRecordSet set;
    set.customer = makeCustomer(QStringLiteral("C"));
    set.transactions = {makeTransaction(0, QDate(2024, 3, 1), 5, 1, 1)};
    auto customer = document.writeNewCustomer(set);
    VD_VERIFY_OK(customer);
    VD_VERIFY_OK(document.addRecord(makeTransaction(m_a, QDate(2024, 1, 10), 100, 60, 1)));
    auto added = document.addRecord(makeTransaction(m_a, QDate(2024, 2, 10), 200, 90, 2));
    VD_VERIFY_OK(added);
    VD_VERIFY_ROLLUP(c);
    Transaction edited = *document.records<Transaction>().byId(*added);
    edited.date = QDate(2024, 1, 20);
    edited.amount = -50;
    VD_VERIFY_OK(document.editRecord(edited));
    VD_VERIFY_ROLLUP(c);
    QCOMPARE(rowCount(c, QStringLiteral("customer_months")), 2); // (A, January), (C, March)
    VD_VERIFY_OK(document.deleteRecord<Transaction>(*added));
    VD_VERIFY_ROLLUP(c);
    VD_VERIFY_OK(document.deleteCustomer(*customer)); // its records go by cascade
    VD_VERIFY_ROLLUP(c);

    QSignalSpy failed(&document, &Document::commandFailed);
    const int steps = stack->count();
    QCOMPARE(steps, 5);
    for (int i = 0; i < steps; ++i) {
        stack->undo();
        VD_VERIFY_ROLLUP(c);
    }
    QCOMPARE(rowCount(c, QStringLiteral("customer_months")), 1); // customer C's, restored
    for (int i = 0; i < steps; ++i) {
        stack->redo();
        VD_VERIFY_ROLLUP(c);
    }
    QCOMPARE(rowCount(c, QStringLiteral("customer_months")), 1); // (A, January)
    QCOMPARE(failed.count(), 0);
}

void TstMonthlyRollup::readRange()
{
    TransactionRepository repo(db());
    VD_VERIFY_OK(repo.insertMany(
        {makeTransaction(m_b, QDate(2024, 1, 3), 1), makeTransaction(m_a, QDate(2024, 3, 4), 2),
         makeTransaction(m_a, QDate(2024, 1, 5), 3), makeTransaction(m_a, QDate(2023, 12, 31), 4),
         makeTransaction(m_b, QDate(2024, 4, 1), 5)}));
    auto rows = MonthlyRollup::read(db(), MonthlyRollup::monthIndex(QDate(2024, 1, 1)),
                                    MonthlyRollup::monthIndex(QDate(2024, 3, 1)));
    VD_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 3); // December 2023 and April 2024 are outside
    QCOMPARE(rows->customerIds, (QVector<qint64>{m_a, m_a, m_b}));
    QCOMPARE(rows->revenue, (QVector<qint64>{3, 2, 1}));
    QCOMPARE(rows->months, (QVector<int>{2024 * 12, 2024 * 12 + 2, 2024 * 12}));
    QCOMPARE(rows->firstDay.at(1), QDate(2024, 3, 4).toJulianDay());
    QCOMPARE(rows->costedRevenue, (QVector<qint64>{0, 0, 0}));
    auto none = MonthlyRollup::read(db(), 0, 10);
    VD_VERIFY_OK(none);
    QCOMPARE(none->size(), 0);
}

void TstMonthlyRollup::migrationBackfill()
{
    const QString path = m_dir->filePath(QStringLiteral("v4.vdb"));
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QSqlDatabase c = raw.db();
        VD_VERIFY_OK(Migrations::migrate(c, 4));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO customers (id, code, name) VALUES (1, 'A', 'a'), (2, 'B', 'b')")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO transactions (customer_id, date, amount_cents, cost_cents, quantity) "
            "VALUES (1, '2023-01-05', 1000, 600, 2), (1, '2023-01-25', -300, NULL, NULL),"
            " (1, '2023-02-01', 50, 0, 1.5), (2, '2023-01-31', 70, 20, NULL),"
            " (2, '2022-12-01', 5, NULL, 3)")));
    }
    auto opened = Database::open(path, Database::OpenMode::OpenExisting);
    VD_VERIFY_OK(opened);
    const QSqlDatabase c = (*opened)->connection();
    QCOMPARE((*opened)->schemaVersion(), Database::currentSchemaVersion());
    VD_VERIFY_ROLLUP(c);
    QCOMPARE(rowCount(c, QStringLiteral("customer_months")), 4);
    auto rows = MonthlyRollup::read(c, 0, 1000000);
    VD_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 4);
    QCOMPARE(rows->months.at(0), 2023 * 12);
    QCOMPARE(rows->revenue.at(0), qint64(700));
    QCOMPARE(rows->costedRevenue.at(0), qint64(1000));
    QCOMPARE(rows->cost.at(0), qint64(600));
    QCOMPARE(rows->orders.at(0), qint64(2));
    QCOMPARE(rows->quantity.at(0), 2.0);
    QCOMPARE(rows->firstDay.at(0), QDate(2023, 1, 5).toJulianDay());
    QCOMPARE(rows->lastDay.at(0), QDate(2023, 1, 25).toJulianDay());
    QCOMPARE(rows->months.at(2), 2022 * 12 + 11);

    // The backfilled rows keep being maintained.
    VD_VERIFY_OK(TransactionRepository(c).insert(makeTransaction(1, QDate(2023, 1, 6), 1, 1, 1)));
    VD_VERIFY_OK(TransactionRepository(c).remove(5));
    VD_VERIFY_ROLLUP(c);
}

QTEST_GUILESS_MAIN(TstMonthlyRollup)
#include "tst_monthlyrollup.moc"
