#include "customerrepository.h"
#include "database.h"
#include "demogenerator.h"
#include "evaluationdatareader.h"
#include "metrics/metricinputs.h"
#include "portfoliowriter.h"
#include "recordrepository.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace valuedesk;

Q_DECLARE_METATYPE(valuedesk::EvaluationWindow)

namespace {

// Empty when equal, else the first differing field.
QString difference(const MetricInputs &a, const MetricInputs &e)
{
#define VD_FIELD(f)                                                                                \
    if (!(a.f == e.f))                                                                             \
        return QStringLiteral(#f);
    VD_FIELD(revenue)
    VD_FIELD(costedRevenue)
    VD_FIELD(cost)
    VD_FIELD(orders)
    VD_FIELD(activeMonths)
    VD_FIELD(firstInWindow)
    VD_FIELD(lastInWindow)
    VD_FIELD(firstEver)
    VD_FIELD(lastEver)
    VD_FIELD(previousRevenue)
    VD_FIELD(latestBalance)
    VD_FIELD(balanceSum)
    VD_FIELD(balanceCount)
    VD_FIELD(referrals)
    VD_FIELD(complaints)
    VD_FIELD(visits)
    VD_FIELD(trainings)
    VD_FIELD(satisfaction.count)
    VD_FIELD(loyalty.count)
    VD_FIELD(trust.count)
    VD_FIELD(tenureStart)
    VD_FIELD(attributes)
    VD_FIELD(ratings)
#undef VD_FIELD
    // Sums of doubles: the roll-ups add per month, the reference per row.
    const auto close = [](double x, double y) {
        return std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(y));
    };
    if (!close(a.quantity, e.quantity))
        return QStringLiteral("quantity");
    if (!close(a.satisfaction.sum, e.satisfaction.sum) || !close(a.loyalty.sum, e.loyalty.sum) ||
        !close(a.trust.sum, e.trust.sum))
        return QStringLiteral("survey sums");
    return {};
}

Transaction transaction(qint64 customerId, const QDate &date)
{
    Transaction t;
    t.customerId = customerId;
    t.date = date;
    t.amount = 10000;
    t.cost = 6000;
    return t;
}

} // namespace

class TstEvaluationDataReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesRecords_data();
    void matchesRecords();
    void lastTransactionDate();
    void allHistoryWindow();
    void emptyFile();
    void damagedFile_data();
    void damagedFile();

private:
    QSqlDatabase db() const { return m_db->connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QVector<CustomerRecordSet> m_reference; // read back through the repositories
};

void TstEvaluationDataReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened =
        Database::open(m_dir.filePath(QStringLiteral("e.vdb")), Database::OpenMode::CreateNew);
    VD_VERIFY_OK(opened);
    m_db = std::move(opened).value();

    PortfolioWriter writer(db());
    VD_VERIFY_OK(writer.begin());
    DemoParams params;
    params.customers = 300;
    params.seed = 11;
    Status status;
    int n = 0;
    DemoGenerator(params).generate([&](const CustomerRecordSet &set) {
        CustomerRecordSet copy = set;
        // Manual ratings and numeric / text attributes on some customers.
        if (n % 3 == 0) {
            copy.customer.attributes.insert(QStringLiteral("rating:customisation"),
                                            QString::number(1 + n % 5));
            copy.customer.attributes.insert(QStringLiteral("score"), QStringLiteral("12.5"));
            copy.customer.attributes.insert(QStringLiteral("rating:note"), QStringLiteral("n/a"));
        }
        if (n % 7 == 0 && !copy.balances.isEmpty()) // two balances on one day
            copy.balances.append(Balance{0, 0, copy.balances.constLast().date, 123456});
        ++n;
        status = writer.add(copy);
        return status.ok();
    });
    VD_VERIFY_OK(status);
    VD_VERIFY_OK(writer.commit());

    auto customers = CustomerRepository(db()).all();
    VD_VERIFY_OK(customers);
    QCOMPARE(customers->size(), 300);
    for (const Customer &c : *customers) {
        CustomerRecordSet set;
        set.customer = c;
        auto t = RecordRepository<Transaction>(db()).forCustomer(c.id);
        auto i = RecordRepository<Interaction>(db()).forCustomer(c.id);
        auto s = RecordRepository<SurveyScore>(db()).forCustomer(c.id);
        auto b = RecordRepository<Balance>(db()).forCustomer(c.id);
        VD_VERIFY_OK(t);
        VD_VERIFY_OK(i);
        VD_VERIFY_OK(s);
        VD_VERIFY_OK(b);
        set.transactions = *t;
        set.interactions = *i;
        set.surveys = *s;
        set.balances = *b;
        m_reference.append(set);
    }
}

void TstEvaluationDataReader::matchesRecords_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("months");
    // The demo's data ends on 2026-06-30 and spans 36 months.
    QTest::newRow("last 12 months") << QDate(2026, 6, 30) << 12;
    QTest::newRow("calendar half-year") << QDate(2025, 12, 31) << 6;
    QTest::newRow("mid-month 12") << QDate(2026, 3, 15) << 12;
    QTest::newRow("mid-month 1") << QDate(2026, 5, 20) << 1;
    QTest::newRow("end of February 3") << QDate(2026, 2, 28) << 3;
    QTest::newRow("month start 2") << QDate(2025, 9, 1) << 2;
    QTest::newRow("before most data") << QDate(2023, 8, 10) << 12;
    QTest::newRow("after the data") << QDate(2026, 8, 15) << 4;
    QTest::newRow("whole history") << QDate(2026, 6, 29) << 48;
}

void TstEvaluationDataReader::matchesRecords()
{
    QFETCH(QDate, asOf);
    QFETCH(int, months);
    const EvaluationWindow window{asOf, months};
    auto data = EvaluationDataReader(db()).read(window);
    VD_VERIFY_OK(data);
    QCOMPARE(data->customers.size(), m_reference.size());
    QCOMPARE(data->inputs.size(), m_reference.size());
    int withRevenue = 0;
    for (int i = 0; i < m_reference.size(); ++i) {
        const CustomerRecordSet &set = m_reference.at(i);
        const EvaluationCustomer &c = data->customers.at(i);
        QCOMPARE(c.id, set.customer.id);
        QCOMPARE(c.code, set.customer.code);
        QCOMPARE(c.name, set.customer.name);
        QCOMPARE(c.status, set.customer.status);
        QCOMPARE(c.industry, set.customer.industry);
        QCOMPARE(c.region, set.customer.region);
        QCOMPARE(c.manager, set.customer.manager);
        const MetricInputs expected = metricInputsFromRecords(set, window);
        QCOMPARE(c.revenue, centsToUnits(expected.revenue));
        const QString diff = difference(data->inputs.at(i), expected);
        QVERIFY2(diff.isEmpty(), qPrintable(set.customer.code + QStringLiteral(": ") + diff));
        withRevenue += expected.orders > 0 ? 1 : 0;
    }
    if (asOf > QDate(2024, 1, 1))
        QVERIFY(withRevenue > 100); // the comparison is not vacuous
}

void TstEvaluationDataReader::lastTransactionDate()
{
    QDate last;
    for (const CustomerRecordSet &set : m_reference)
        for (const Transaction &t : set.transactions)
            last = std::max(last, t.date);
    auto read = EvaluationDataReader(db()).lastTransactionDate();
    VD_VERIFY_OK(read);
    QCOMPARE(*read, last);
}

// The first transaction's date, and the window covering all history from it: every
// transaction's amount counts.
void TstEvaluationDataReader::allHistoryWindow()
{
    QDate first;
    QDate last;
    Cents total = 0;
    for (const CustomerRecordSet &set : m_reference) {
        for (const Transaction &t : set.transactions) {
            first = first.isValid() ? std::min(first, t.date) : t.date;
            last = std::max(last, t.date);
            total += t.amount;
        }
    }
    auto read = EvaluationDataReader(db()).firstTransactionDate();
    VD_VERIFY_OK(read);
    QCOMPARE(*read, first);
    const int months = EvaluationWindow::monthsCovering(first, last);
    const EvaluationWindow window{last, months};
    QVERIFY(window.start() <= first);
    QVERIFY((EvaluationWindow{last, months - 1}.start() > first));
    auto data = EvaluationDataReader(db()).read(window);
    VD_VERIFY_OK(data);
    Cents readTotal = 0;
    for (const MetricInputs &in : data->inputs)
        readTotal += in.revenue;
    QCOMPARE(readTotal, total);

    QCOMPARE(EvaluationWindow::monthsCovering(QDate(2024, 1, 1), QDate(2024, 12, 31)), 12);
    QCOMPARE(EvaluationWindow::monthsCovering(QDate(2023, 12, 31), QDate(2024, 12, 31)), 13);
    QCOMPARE(EvaluationWindow::monthsCovering(QDate(2024, 3, 15), QDate(2024, 3, 15)), 1);
    QCOMPARE(EvaluationWindow::monthsCovering(QDate(2024, 2, 16), QDate(2024, 3, 15)), 1);
    QCOMPARE(EvaluationWindow::monthsCovering(QDate(2024, 2, 15), QDate(2024, 3, 15)), 2);
    QCOMPARE(EvaluationWindow::monthsCovering(QDate(), QDate(2024, 3, 15)), 1);
}

void TstEvaluationDataReader::emptyFile()
{
    auto opened =
        Database::open(m_dir.filePath(QStringLiteral("empty.vdb")), Database::OpenMode::CreateNew);
    VD_VERIFY_OK(opened);
    const EvaluationDataReader reader((*opened)->connection());
    auto last = reader.lastTransactionDate();
    VD_VERIFY_OK(last);
    QVERIFY(!last->isValid());
    auto first = reader.firstTransactionDate();
    VD_VERIFY_OK(first);
    QVERIFY(!first->isValid());
    auto data = reader.read(EvaluationWindow{QDate(2024, 12, 31), 12});
    VD_VERIFY_OK(data);
    QVERIFY(data->customers.isEmpty());
    QVERIFY(!reader.read(EvaluationWindow{QDate(), 12}).ok());
}

void TstEvaluationDataReader::damagedFile_data()
{
    QTest::addColumn<QString>("sql");          // run on a small good file behind ValueDesk's back
    QTest::addColumn<QDate>("asOf");           // the window's end (6 months)
    QTest::addColumn<QStringList>("mentions"); // what the error must name
    const QDate monthEnd(2024, 5, 31);
    const QDate midMonth(2024, 5, 25);
    const QDate nextMonth(2024, 6, 15);
    const QString k1 = QStringLiteral("K1");

    // Issue 10: sums that overflowed (or amounts no sum can hold) gave revenue −0.04.
    QTest::newRow("month revenue wrapped")
        << QStringLiteral("UPDATE customer_months SET revenue_cents = -8446744073709551616 WHERE "
                          "customer_id = 2")
        << monthEnd << QStringList{QStringLiteral("customer_months/revenue_cents"), k1};
    QTest::newRow("month revenue beyond int64, stored as REAL")
        << QStringLiteral("UPDATE customer_months SET revenue_cents = 1e19 WHERE customer_id = 2")
        << monthEnd << QStringList{QStringLiteral("customer_months/revenue_cents"), k1};
    QTest::newRow("month cost beyond what its rows can add up to")
        << QStringLiteral(
               "UPDATE customer_months SET cost_cents = 5000000000000 WHERE customer_id = 2")
        << monthEnd << QStringList{QStringLiteral("customer_months/cost_cents"), k1};
    QTest::newRow("partial month: SQLite sum overflows")
        << QStringLiteral(
               "UPDATE transactions SET amount_cents = 5000000000000000000 WHERE customer_id = 2")
        << midMonth << QStringList{QStringLiteral("transactions/amount_cents"), k1};
    QTest::newRow("partial month: one amount beyond the limit")
        << QStringLiteral("UPDATE transactions SET amount_cents = 50000000000000000"
                          " WHERE date = '2024-05-03' AND customer_id = 2")
        << midMonth << QStringList{QStringLiteral("transactions/amount_cents"), k1};
    QTest::newRow("balance beyond the limit")
        << QStringLiteral(
               "UPDATE balances SET amount_cents = 50000000000000000 WHERE customer_id = 2")
        << monthEnd << QStringList{QStringLiteral("balances/amount_cents"), k1};

    // Unparsable stored dates gave "has no transactions yet" and similar plausible statements.
    QTest::newRow("last day of a month")
        << QStringLiteral(
               "UPDATE customer_months SET last_day = '9999-99-99' WHERE customer_id = 2")
        << monthEnd << QStringList{QStringLiteral("customer_months/last_day"), k1};
    QTest::newRow("first day of a month, read as a whole month")
        << QStringLiteral("UPDATE customer_months SET first_day = 'May 3rd' WHERE customer_id = 2")
        << nextMonth << QStringList{QStringLiteral("customer_months/first_day"), k1};
    QTest::newRow("impossible day of a month")
        << QStringLiteral(
               "UPDATE customer_months SET last_day = '2024-05-32' WHERE customer_id = 2")
        << monthEnd << QStringList{QStringLiteral("customer_months/last_day"), k1};
    QTest::newRow("tenure start")
        << QStringLiteral("UPDATE customers SET tenure_start = '2024-02-30' WHERE id = 2")
        << monthEnd << QStringList{QStringLiteral("customers/tenure_start"), k1};
    QTest::newRow("balance date")
        << QStringLiteral("UPDATE balances SET date = '2024-05-1x' WHERE customer_id = 2")
        << monthEnd << QStringList{QStringLiteral("balances/date"), k1};
    QTest::newRow("transaction date in a partial month")
        << QStringLiteral("UPDATE transactions SET date = '2024-05-1x' WHERE date = '2024-05-20' "
                          "AND customer_id = 2")
        << midMonth << QStringList{QStringLiteral("transactions/date"), k1};
}

// A file another program damaged gives a clear error naming what is wrong and whose it is,
// never a plausible wrong number or explanation.
void TstEvaluationDataReader::damagedFile()
{
    QFETCH(QString, sql);
    QFETCH(QDate, asOf);
    QFETCH(QStringList, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("d.vdb"));
    auto opened = Database::open(path, Database::OpenMode::CreateNew);
    VD_VERIFY_OK(opened);
    const QSqlDatabase db = (*opened)->connection();
    for (const QString &code : {QStringLiteral("K0"), QStringLiteral("K1")}) {
        Customer c;
        c.code = code;
        c.name = code;
        auto id = CustomerRepository(db).insert(c);
        VD_VERIFY_OK(id);
        for (const QDate &d : {QDate(2024, 5, 3), QDate(2024, 5, 20)})
            VD_VERIFY_OK(TransactionRepository(db).insert(transaction(*id, d)));
        VD_VERIFY_OK(BalanceRepository(db).insert(Balance{0, *id, QDate(2024, 5, 15), 700}));
    }
    const EvaluationDataReader reader(db);
    VD_VERIFY_OK(reader.read(EvaluationWindow{asOf, 6}));
    {
        test::RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(sql));
    }
    auto read = reader.read(EvaluationWindow{asOf, 6});
    QVERIFY2(!read.ok(), "a damaged file was read without an error");
    const QString message = read.error().message();
    for (const QString &part : mentions)
        QVERIFY2(message.contains(part), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("integer overflow")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("SELECT")), qPrintable(message));
    if (sql.contains(QLatin1String("last_day = '9999"))) {
        auto last = reader.lastTransactionDate();
        QVERIFY(!last.ok());
        QVERIFY2(last.error().message().contains(QLatin1String("customer_months/last_day")),
                 qPrintable(last.error().message()));
    }
}

QTEST_GUILESS_MAIN(TstEvaluationDataReader)
#include "tst_evaluationdatareader.moc"
