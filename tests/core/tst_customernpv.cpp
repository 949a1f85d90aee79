#include "clv/customernpv.h"
#include "clv/simpleclv.h"

#include <QTest>

#include <cmath>

using namespace valuedesk;

namespace {

CustomerPurchases history()
{
    PurchaseHistoryBuilder b;
    const QString c = QStringLiteral("C1");
    // As of 2024-12-31, year 1 is the 365 days 2024-01-02 … 2024-12-31, year 2 the 365 before.
    b.add(c, QDate(2023, 3, 1), 100, 60, 10);
    b.add(c, QDate(2023, 3, 1), 50, 30, 5); // same day: one purchase day of 150
    b.add(c, QDate(2024, 6, 1), 300, 200, 20);
    b.add(c, QDate(2025, 2, 1), 999, 0, 0); // after the as-of date
    return b.take().constFirst();
}

} // namespace

class TstCustomerNpv final : public QObject
{
    Q_OBJECT

private slots:
    void npvByHand();
    void yearlyVolumes();
    void projections();
    void parameterSet();
    void simpleClvByHand();
    void nothingBought();
};

void TstCustomerNpv::npvByHand()
{
    // M = 2, Q = 100, 120, 140, X = 50, C = 300, i = 10 %, T = 3:
    // (200−50)/1.1 + (240−50)/1.21 + (280−50)/1.331 − 300.
    NpvParams p;
    p.unitMargin = 2;
    p.retentionCost = 50;
    p.acquisitionCost = 300;
    p.years = 3;
    p.discountRate = 0.1;
    const double expected = 150 / 1.1 + 190 / 1.21 + 230 / 1.331 - 300;
    QVERIFY(std::abs(CustomerNpv::npv(p, {100, 120, 140}) - expected) < 1e-9);
    // Years beyond the given volumes count Q = 0 (the retention cost still falls due).
    p.years = 4;
    QVERIFY(std::abs(CustomerNpv::npv(p, {100, 120, 140}) - (expected - 50 / 1.4641)) < 1e-9);
}

void TstCustomerNpv::yearlyVolumes()
{
    const CustomerPurchases h = history();
    QCOMPARE(h.days.size(), 3);
    const QDate asOf(2024, 12, 31);
    QCOMPARE(CustomerNpv::yearlyVolumes(h, asOf, VolumeMeasure::Revenue),
             (QVector<double>{150, 300}));
    QCOMPARE(CustomerNpv::yearlyVolumes(h, asOf, VolumeMeasure::Quantity),
             (QVector<double>{15, 20}));
    QCOMPARE(CustomerNpv::yearlyVolumes(h, asOf, VolumeMeasure::Revenue, 1),
             (QVector<double>{300}));
}

void TstCustomerNpv::projections()
{
    QCOMPARE(CustomerNpv::projectVolumes({150, 300}, 3, VolumeProjection::History),
             (QVector<double>{225, 225, 225}));
    // Line through (1, 150), (2, 300): 450, 600, 750.
    QCOMPARE(CustomerNpv::projectVolumes({150, 300}, 3, VolumeProjection::Trend),
             (QVector<double>{450, 600, 750}));
    // A falling trend stops at zero.
    QCOMPARE(CustomerNpv::projectVolumes({300, 100}, 3, VolumeProjection::Trend),
             (QVector<double>{0, 0, 0}));
    QCOMPARE(CustomerNpv::projectVolumes({80}, 2, VolumeProjection::Trend),
             (QVector<double>{80, 80}));
    QCOMPARE(CustomerNpv::projectVolumes({}, 2, VolumeProjection::History),
             (QVector<double>{0, 0}));
}

void TstCustomerNpv::parameterSet()
{
    NpvParameterSet set;
    set.global.years = 5;
    NpvParams segment;
    segment.years = 7;
    NpvParams customer;
    customer.years = 9;
    set.bySegment.insert(QStringLiteral("A"), segment);
    set.byCustomer.insert(QStringLiteral("C1"), customer);
    QCOMPARE(set.forCustomer(QStringLiteral("C1"), QStringLiteral("A")).years, 9);
    QCOMPARE(set.forCustomer(QStringLiteral("C2"), QStringLiteral("A")).years, 7);
    QCOMPARE(set.forCustomer(QStringLiteral("C2"), QStringLiteral("B")).years, 5);
    QCOMPARE(set.forCustomer(QStringLiteral("C2")).years, 5);
}

void TstCustomerNpv::simpleClvByHand()
{
    // 2023-03-01 … 2024-12-31 = 672 days = 1.8398 years; revenue 450, cost 290.
    const AnnualAverages a = SimpleClv::annualAverages(history(), QDate(2024, 12, 31));
    const double years = 672 / 365.25;
    QVERIFY(std::abs(a.observedYears - years) < 1e-12);
    QVERIFY(std::abs(a.revenue - 450 / years) < 1e-9);
    QVERIFY(std::abs(a.cost - 290 / years) < 1e-9);
    SimpleClvParams p;
    p.years = 4;
    p.yearlyCostToServe = 10;
    QVERIFY(std::abs(SimpleClv::value(p, a) - (160 / years - 10) * 4) < 1e-9);
    // A span under a year counts as one year.
    const AnnualAverages young = SimpleClv::annualAverages(history(), QDate(2023, 3, 31));
    QCOMPARE(young.observedYears, 1.0);
    QCOMPARE(young.revenue, 150.0);
}

void TstCustomerNpv::nothingBought()
{
    const QDate early(2020, 1, 1);
    QVERIFY(CustomerNpv::yearlyVolumes(history(), early, VolumeMeasure::Revenue).isEmpty());
    const AnnualAverages a = SimpleClv::annualAverages(history(), early);
    QCOMPARE(a.revenue, 0.0);
    QCOMPARE(SimpleClv::value({}, a), 0.0);
}

QTEST_GUILESS_MAIN(TstCustomerNpv)
#include "tst_customernpv.moc"
