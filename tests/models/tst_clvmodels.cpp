#include "clv/clvcustomermodel.h"
#include "clv/clvfilterproxymodel.h"
#include "clv/clvheatmapmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <cmath>

using namespace valuedesk;

namespace {

CustomerClv customer(const char *code, double x, double tx, double T, double pAlive, double spend,
                     double clv)
{
    CustomerClv c;
    c.summary.customer = QString::fromLatin1(code);
    c.summary.frequency = x;
    c.summary.recency = tx;
    c.summary.T = T;
    c.probabilityAlive = pAlive;
    c.expectedPurchases = x * 0.5;
    c.expectedSpend = spend;
    c.clv = clv;
    return c;
}

// Four customers: C1 active, C2 a churn risk, C3 without spend (NaN: no Gamma-Gamma), C4 new
// (x = 0, T = 0) and not in the customer list.
std::shared_ptr<ClvOutcome> outcome()
{
    auto o = std::make_shared<ClvOutcome>();
    o->result.customers = {
        customer("C1", 3, 30, 40, 0.9, 25, 120.5), customer("C2", 9, 5, 50, 0.1, 40, 10),
        customer("C3", 1, 20, 20, 0.5, qQNaN(), qQNaN()), customer("C4", 0, 0, 0, 1.0, 30, 15)};
    o->labels.insert(QStringLiteral("C1"), {11, QStringLiteral("Alpha")});
    o->labels.insert(QStringLiteral("C2"), {12, QStringLiteral("Beta")});
    o->labels.insert(QStringLiteral("C3"), {13, QStringLiteral("Gamma")});
    return o;
}

bool anyNan(const QAbstractItemModel &m)
{
    for (int r = 0; r < m.rowCount(); ++r)
        for (int c = 0; c < m.columnCount(); ++c)
            if (m.index(r, c).data().toString().contains(QLatin1String("nan"), Qt::CaseInsensitive))
                return true;
    return false;
}

} // namespace

class TstClvModels final : public QObject
{
    Q_OBJECT

private slots:
    void customerTable()
    {
        ClvCustomerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ClvCustomerModel::ColumnCount));
        model.setOutcome(outcome());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, ClvCustomerModel::Name).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.index(0, ClvCustomerModel::Code)
                     .data(ClvCustomerModel::CustomerIdRole)
                     .toLongLong(),
                 qint64(11));
        QCOMPARE(model.index(3, ClvCustomerModel::Name).data().toString(), QString());
        QCOMPARE(model.index(0, ClvCustomerModel::Clv).data(ClvCustomerModel::ValueRole).toDouble(),
                 120.5);
        QVERIFY(model.index(0, ClvCustomerModel::ProbabilityAlive)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("90")));
        // Unknown spend and CLV: a dash and no raw value.
        QCOMPARE(model.index(2, ClvCustomerModel::Clv).data().toString(), QStringLiteral("—"));
        QVERIFY(!model.index(2, ClvCustomerModel::Clv).data(ClvCustomerModel::ValueRole).isValid());
        QVERIFY(!anyNan(model));
        for (int c = 0; c < ClvCustomerModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void churnThreshold()
    {
        ClvCustomerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutcome(outcome());
        QCOMPARE(model.churnThreshold(), 0.3);
        QCOMPARE(model.churnRiskCount(), 1);
        QVERIFY(model.isChurnRisk(1));
        QVERIFY(!model.index(1, ClvCustomerModel::ChurnRisk).data().toString().isEmpty());
        QVERIFY(model.index(0, ClvCustomerModel::ChurnRisk).data().toString().isEmpty());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setChurnThreshold(0.6);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.churnRiskCount(), 2);

        ClvFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setChurnRiskOnly(true);
        QCOMPARE(proxy.rowCount(), 2);
        model.setChurnThreshold(0.3);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ClvCustomerModel::Code).data().toString(), QStringLiteral("C2"));
        proxy.setChurnRiskOnly(false);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void sortsRawValuesUnknownLast()
    {
        ClvCustomerModel model;
        model.setOutcome(outcome());
        ClvFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ClvCustomerModel::Clv, Qt::AscendingOrder);
        QStringList codes;
        for (int r = 0; r < proxy.rowCount(); ++r)
            codes << proxy.index(r, ClvCustomerModel::Code).data().toString();
        QCOMPARE(codes, (QStringList{QStringLiteral("C2"), QStringLiteral("C4"),
                                     QStringLiteral("C1"), QStringLiteral("C3")}));
    }

    void heatmap()
    {
        ClvHeatmapModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), ClvHeatmapModel::recencyBuckets);
        QCOMPARE(model.columnCount(), ClvHeatmapModel::frequencyColumns);
        auto o = outcome();
        o->result.customers.append(customer("C5", 3, 31, 40, 0.7, 10, 5)); // C1's cell
        model.setCustomers(o->result.customers);
        // C1: t_x/T = 0.75 → bucket 3 of 0 … 4 → row 1; x = 3.
        QCOMPARE(model.count(1, 3), 2);
        QVERIFY(qAbs(model.averageProbabilityAlive(1, 3) - 0.8) < 1e-12);
        QVERIFY(model.index(1, 3).data(Qt::BackgroundRole).isValid());
        // C2: x = 9 → the 7+ column; t_x/T = 0.1 → the bottom row.
        QCOMPARE(model.count(ClvHeatmapModel::recencyBuckets - 1, 7), 1);
        // C4: T = 0 counts as just bought (top row), x = 0.
        QCOMPARE(model.count(0, 0), 1);
        // C3: t_x = T → top row.
        QCOMPARE(model.count(0, 1), 1);
        QVERIFY(model.index(2, 2).data().toString().isEmpty());
        QVERIFY(!model.index(2, 2).data(ClvHeatmapModel::AverageRole).isValid());
        QVERIFY(!anyNan(model));
        QVERIFY(ClvHeatmapModel::colorFor(0.0) != ClvHeatmapModel::colorFor(1.0));
        QVERIFY(ClvHeatmapModel::colorFor(qQNaN()).isValid());
        model.setCustomers({});
        QCOMPARE(model.count(1, 3), 0);
    }
};

QTEST_GUILESS_MAIN(TstClvModels)
#include "tst_clvmodels.moc"
