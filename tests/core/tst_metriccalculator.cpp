#include "metrics/evaluation.h"
#include "metrics/metriccalculator.h"

#include <QtTest>

#include <cmath>

using namespace valuedesk;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

Transaction tx(QDate date, Cents amount, std::optional<Cents> cost = std::nullopt,
               std::optional<double> quantity = std::nullopt)
{
    Transaction t;
    t.date = date;
    t.amount = amount;
    t.cost = cost;
    t.quantity = quantity;
    return t;
}

Interaction interaction(QDate date, InteractionKind kind)
{
    Interaction i;
    i.date = date;
    i.kind = kind;
    return i;
}

SurveyScore survey(QDate date, std::optional<double> sat, std::optional<double> loy,
                   std::optional<double> tru)
{
    SurveyScore s;
    s.date = date;
    s.satisfaction = sat;
    s.loyalty = loy;
    s.trust = tru;
    return s;
}

Balance balance(QDate date, Cents amount)
{
    Balance b;
    b.date = date;
    b.amount = amount;
    return b;
}

MetricId metric(const char *id)
{
    return *MetricCatalog::parse(QString::fromLatin1(id));
}

// 2024-01-01 … 2024-06-30; previous window 2023-07-01 … 2023-12-31.
const EvaluationWindow window{d(2024, 6, 30), 6};

// Every kind of record on and around the window's boundaries.
CustomerRecordSet fullCustomer()
{
    CustomerRecordSet r;
    r.customer.code = QStringLiteral("A");
    r.customer.attributes.insert(QStringLiteral("score"), QStringLiteral("1,234.5"));
    r.customer.attributes.insert(QStringLiteral("region"), QStringLiteral("north"));
    r.customer.attributes.insert(QStringLiteral("blank"), QString());
    r.transactions = {
        tx(d(2023, 6, 30), 40000),                     // before the previous window
        tx(d(2023, 12, 31), 100000, 60000),            // the day before start: previous
        tx(d(2024, 1, 1), 200000, 150000),             // on the start: counts
        tx(d(2024, 3, 15), 300000, std::nullopt, 2.0), // no cost
        tx(d(2024, 3, 20), -50000, -30000, -1.0),      // refund
        tx(d(2024, 6, 30), 150000, 100000, 3.0),       // on the as-of date: counts
        tx(d(2024, 7, 1), 999900, 1),                  // after the as-of date
    };
    r.balances = {balance(d(2023, 12, 1), 1000000), balance(d(2024, 2, 1), 2000000),
                  balance(d(2024, 5, 1), 3000000), balance(d(2024, 7, 15), 9999900)};
    r.interactions = {
        interaction(d(2024, 1, 1), InteractionKind::Referral),
        interaction(d(2023, 12, 31), InteractionKind::Referral),
        interaction(d(2024, 6, 30), InteractionKind::Complaint),
        interaction(d(2024, 2, 2), InteractionKind::Visit),
        interaction(d(2024, 4, 2), InteractionKind::Visit),
        interaction(d(2024, 4, 3), InteractionKind::Call),
        interaction(d(2024, 5, 3), InteractionKind::Training),
        interaction(d(2024, 7, 1), InteractionKind::Training),
    };
    r.surveys = {survey(d(2024, 2, 1), 4, 3, std::nullopt),
                 survey(d(2024, 5, 1), 5, std::nullopt, 4), survey(d(2023, 12, 31), 1, 1, 1)};
    return r;
}

} // namespace

class TstMetricCalculator : public QObject
{
    Q_OBJECT
private slots:
    void windows()
    {
        QCOMPARE(window.start(), d(2024, 1, 1));
        QCOMPARE(window.previous().start(), d(2023, 7, 1));
        QCOMPARE(window.previous().asOf, d(2023, 12, 31));
        QVERIFY(window.contains(d(2024, 1, 1)));
        QVERIFY(window.contains(d(2024, 6, 30)));
        QVERIFY(!window.contains(d(2023, 12, 31)));
        QVERIFY(!window.contains(d(2024, 7, 1)));

        const EvaluationWindow mid{d(2024, 3, 15), 1};
        QCOMPARE(mid.start(), d(2024, 2, 16));
        QCOMPARE(mid.previous().asOf, d(2024, 2, 15));
        QCOMPARE(mid.previous().start(), d(2024, 1, 16));
        const EvaluationWindow endOfMarch{d(2024, 3, 31), 1};
        QCOMPARE(endOfMarch.start(), d(2024, 3, 1));
        QCOMPARE(endOfMarch.previous().start(), d(2024, 2, 1));
        QCOMPARE(endOfMarch.previous().asOf, d(2024, 2, 29));
        // Month ends stay calendar months; the previous window ends the day before the start.
        const EvaluationWindow leap{d(2024, 2, 29), 1};
        QCOMPARE(leap.start(), d(2024, 2, 1));
        QCOMPARE(leap.previous().start(), d(2024, 1, 1));
        const EvaluationWindow year{d(2024, 12, 31), 12};
        QCOMPARE(year.start(), d(2024, 1, 1));
        QCOMPARE(year.previous().start(), d(2023, 1, 1));
        QVERIFY(!EvaluationWindow{}.isValid());
    }

    void inputsFromRecords()
    {
        const MetricInputs in = metricInputsFromRecords(fullCustomer(), window);
        QCOMPARE(in.revenue, Cents(600000));
        QCOMPARE(in.costedRevenue, Cents(300000));
        QCOMPARE(in.cost, Cents(220000));
        QCOMPARE(in.orders, qint64(4));
        QCOMPARE(in.quantity, 4.0);
        QCOMPARE(in.activeMonths, 3);
        QCOMPARE(in.firstInWindow, d(2024, 1, 1));
        QCOMPARE(in.lastInWindow, d(2024, 6, 30));
        QCOMPARE(in.firstEver, d(2023, 6, 30));
        QCOMPARE(in.lastEver, d(2024, 6, 30));
        QCOMPARE(in.previousRevenue, Cents(100000));
        QCOMPARE(in.latestBalance, std::optional<Cents>(3000000));
        QCOMPARE(in.balanceSum, Cents(5000000));
        QCOMPARE(in.balanceCount, 2);
        QCOMPARE(in.referrals, 1);
        QCOMPARE(in.complaints, 1);
        QCOMPARE(in.visits, 2);
        QCOMPARE(in.trainings, 1);
        QCOMPARE(in.satisfaction.count, 2);
        QCOMPARE(in.loyalty.count, 1);
        QCOMPARE(in.trust.count, 1);
        QCOMPARE(in.attributes.size(), 1); // only the numeric one
    }

    void values_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<bool>("hasValue"); // for the full customer
        QTest::addColumn<double>("expected");
        QTest::addColumn<bool>("emptyHasValue"); // for a customer without any record
        QTest::addColumn<double>("emptyExpected");
        const auto row = [](const char *id, bool has, double v, bool emptyHas, double emptyV) {
            QTest::newRow(id) << QString::fromLatin1(id) << has << v << emptyHas << emptyV;
        };
        // 2000 + 3000 − 500 (refund) + 1500; the rows outside the window are left out.
        row("revenue", true, 6000, true, 0);
        // (2000 − 1500) + (−500 + 300) + (1500 − 1000); the row without cost is left out.
        row("gross_profit", true, 800, true, 0);
        row("profit_margin", true, 800.0 / 3000.0, false, 0);
        row("orders", true, 4, true, 0);
        row("avg_order_value", true, 1500, false, 0);
        row("frequency_per_month", true, 4.0 / 6.0, true, 0);
        row("recency_days", true, 0, false, 0);
        row("tenure_days", true, 366, false, 0); // from the first transaction 2023-06-30
        // Purchases in Jan, Mar, Jun: 2 of the 5 months after January.
        row("repurchase_rate", true, 0.4, false, 0);
        row("revenue_growth", true, 5, false, 0); // (6000 − 1000) / 1000
        row("balance_latest", true, 30000, false, 0);
        row("balance_avg", true, 25000, false, 0);
        row("referrals", true, 1, true, 0);
        row("complaints", true, 1, true, 0);
        row("visits", true, 2, true, 0);
        row("trainings", true, 1, true, 0);
        row("satisfaction", true, 4.5, false, 0);
        row("loyalty", true, 3, false, 0);
        row("trust", true, 4, false, 0);
        row("attribute:score", true, 1234.5, false, 0);
        row("attribute:region", false, 0, false, 0);
        row("attribute:blank", false, 0, false, 0);
        row("attribute:absent", false, 0, false, 0);
        row("rating:credit", true, 4, false, 0);
        row("rating:out_of_range", false, 0, false, 0);
        row("rating:absent", false, 0, false, 0);
        // Filled by EvaluationService from a population fit, never from one customer's records.
        row("clv", false, 0, false, 0);
        row("p_alive", false, 0, false, 0);
    }

    void clvInputsPassThrough()
    {
        MetricInputs in;
        in.clv = 1234.5;
        in.pAlive = 0.25;
        QCOMPARE(*MetricCalculator::value(*MetricCatalog::parse(QStringLiteral("clv")), in, window),
                 1234.5);
        QCOMPARE(
            *MetricCalculator::value(*MetricCatalog::parse(QStringLiteral("p_alive")), in, window),
            0.25);
        QCOMPARE(MetricCatalog::defaultDirection(MetricKind::PAlive), MetricDirection::Higher);
        QCOMPARE(Evaluation::defaultMissingRule(MetricKind::Clv), MissingRule::Exclude);
    }
    void values()
    {
        QFETCH(QString, metric);
        QFETCH(bool, hasValue);
        QFETCH(double, expected);
        QFETCH(bool, emptyHasValue);
        QFETCH(double, emptyExpected);
        const MetricId id = *MetricCatalog::parse(metric);
        const QHash<QString, double> ratings = {{QStringLiteral("credit"), 4},
                                                {QStringLiteral("out_of_range"), 7}};
        const std::optional<double> v = MetricCalculator::value(
            id, metricInputsFromRecords(fullCustomer(), window, ratings), window);
        QCOMPARE(v.has_value(), hasValue);
        if (hasValue)
            QVERIFY2(std::abs(*v - expected) < 1e-12, qPrintable(QString::number(*v, 'g', 17)));

        const std::optional<double> e =
            MetricCalculator::value(id, metricInputsFromRecords({}, window), window);
        QCOMPARE(e.has_value(), emptyHasValue);
        if (emptyHasValue)
            QCOMPARE(*e, emptyExpected);
    }

    void tenureStartWins()
    {
        CustomerRecordSet r = fullCustomer();
        r.customer.tenureStart = d(2020, 1, 1);
        const MetricInputs in = metricInputsFromRecords(r, window);
        QCOMPARE(MetricCalculator::value(metric("tenure_days"), in, window),
                 std::optional<double>(1642));
        // A tenure start after the as-of date: not a customer yet, no fallback.
        r.customer.tenureStart = d(2024, 7, 1);
        QVERIFY(!MetricCalculator::value(metric("tenure_days"), metricInputsFromRecords(r, window),
                                         window));
    }

    void edgeCases()
    {
        CustomerRecordSet r;
        // Only purchases in the as-of month, and only a refund in the previous window; the only
        // costed row is a refund.
        r.transactions = {tx(d(2023, 9, 1), -20000), tx(d(2024, 6, 3), 10000),
                          tx(d(2024, 6, 4), -10000, -5000)};
        const MetricInputs in = metricInputsFromRecords(r, window);
        QVERIFY(!MetricCalculator::value(metric("repurchase_rate"), in, window));
        QVERIFY(!MetricCalculator::value(metric("revenue_growth"), in, window));
        QVERIFY(!MetricCalculator::value(metric("profit_margin"), in, window));
        QCOMPARE(MetricCalculator::value(metric("gross_profit"), in, window),
                 std::optional<double>(-50));
        QCOMPARE(MetricCalculator::value(metric("avg_order_value"), in, window),
                 std::optional<double>(0));
        QCOMPARE(MetricCalculator::value(metric("recency_days"), in, window),
                 std::optional<double>(26));
        QCOMPARE(MetricCalculator::value(metric("tenure_days"), in, window),
                 std::optional<double>(d(2023, 9, 1).daysTo(d(2024, 6, 30))));

        // Recency counts transactions before the window too.
        CustomerRecordSet old;
        old.transactions = {tx(d(2023, 12, 31), 100)};
        QCOMPARE(MetricCalculator::value(metric("recency_days"),
                                         metricInputsFromRecords(old, window), window),
                 std::optional<double>(182));
        QCOMPARE(MetricCalculator::value(metric("revenue"), metricInputsFromRecords(old, window),
                                         window),
                 std::optional<double>(0));
    }

    void matrix()
    {
        const QVector<MetricId> metrics = {metric("revenue"), metric("profit_margin"),
                                           metric("complaints")};
        const QVector<MetricInputs> customers = {metricInputsFromRecords(fullCustomer(), window),
                                                 metricInputsFromRecords({}, window)};
        const MetricMatrix m = MetricCalculator::compute(metrics, customers, window);
        QCOMPARE(m.values.rows(), 2);
        QCOMPARE(m.values.cols(), 3);
        QCOMPARE(m.metrics, metrics);
        QCOMPARE(m.values(0, 0), 6000.0);
        QVERIFY(m.present(0, 1));
        QCOMPARE(m.values(1, 0), 0.0);
        QVERIFY(m.present(1, 0));
        QVERIFY(!m.present(1, 1));
        QVERIFY(std::isnan(m.values(1, 1)));
        QCOMPARE(m.values(1, 2), 0.0);

        const MetricMatrix empty = MetricCalculator::compute(metrics, {}, window);
        QCOMPARE(empty.values.rows(), 0);
        QCOMPARE(empty.values.cols(), 3);
    }
};

QTEST_GUILESS_MAIN(TstMetricCalculator)
#include "tst_metriccalculator.moc"
