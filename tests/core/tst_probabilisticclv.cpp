#include "cdnowfixture.h"
#include "clv/probabilisticclv.h"

#include <QTest>

#include <cmath>

using namespace valuedesk;

class TestProbabilisticClv final : public QObject
{
    Q_OBJECT

private slots:
    void clvByHand();
    void cdnowRun();
    void withoutSpend();
    void badOptions();
};

void TestProbabilisticClv::clvByHand()
{
    // Months as the unit: two monthly steps, discounted at 1 % a month, margin 0.3, spend 20.
    const BgNbdParams p{0.5, 3.0, 0.8, 2.5};
    const CustomerSummary c{QStringLiteral("A"), 3, 8, 10, 20, 0};
    ProbabilisticClvOptions options;
    options.horizon = 2;
    options.monthlyDiscountRate = 0.01;
    options.margin = 0.3;
    const double e1 = BgNbdModel::expectedPurchases(p, 1, 3, 8, 10);
    const double e2 = BgNbdModel::expectedPurchases(p, 2, 3, 8, 10);
    const double expected = 0.3 * 20 * (e1 / 1.01 + (e2 - e1) / (1.01 * 1.01));
    QVERIFY(std::abs(ProbabilisticClv::clv(p, c, ClvTimeUnit::Month, 20, options) - expected) <
            1e-12);
    // The same horizon in weeks (2 months = 8.696 weeks) gives the same value: time is continuous.
    const CustomerSummary w{QStringLiteral("A"), 3, 8 * 30.4375 / 7, 10 * 30.4375 / 7, 20, 0};
    const BgNbdParams pw{0.5, 3.0 * 30.4375 / 7, 0.8, 2.5};
    options.horizon = 2 * 30.4375 / 7;
    QVERIFY(std::abs(ProbabilisticClv::clv(pw, w, ClvTimeUnit::Week, 20, options) - expected) <
            1e-9);
    // A horizon that is not a whole number of months ends with a part step at the horizon.
    options.horizon = 1.5;
    const double e15 = BgNbdModel::expectedPurchases(p, 1.5, 3, 8, 10);
    QVERIFY(std::abs(ProbabilisticClv::clv(p, c, ClvTimeUnit::Month, 20, options) -
                     0.3 * 20 * (e1 / 1.01 + (e15 - e1) / std::pow(1.01, 1.5))) < 1e-12);
}

void TestProbabilisticClv::cdnowRun()
{
    auto data = CalibrationSummary::build(test::readCdnowSample(), test::cdnowOptions());
    QVERIFY(data.ok());
    ProbabilisticClvOptions options;
    options.horizon = 52;
    auto result = ProbabilisticClv::run(*data, ClvTimeUnit::Week, options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QVERIFY(result->gammaGamma.has_value());
    QCOMPARE(result->customers.size(), 2357);
    double total = 0;
    for (const CustomerClv &c : result->customers) {
        QVERIFY(std::isfinite(c.clv) && c.clv >= 0);
        QVERIFY(c.probabilityAlive >= 0 && c.probabilityAlive <= 1);
        QVERIFY(std::isfinite(c.expectedSpend) && c.expectedSpend > 0);
        total += c.clv;
    }
    QVERIFY(total > 0);
    QVERIFY(result->newCustomerPurchases > 0);
}

void TestProbabilisticClv::withoutSpend()
{
    // Every repeat purchase is free: no Gamma-Gamma fit, so spend and CLV are unknown (NaN, the
    // CLI writes null), while the purchase predictions stand.
    CalibrationData data;
    for (int i = 0; i < 40; ++i)
        data.customers.append(
            CustomerSummary{QString::number(i), double(i % 4), double(i % 4) * 3, 20, 0, 0});
    auto result = ProbabilisticClv::run(data, ClvTimeUnit::Week, {});
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QVERIFY(!result->gammaGamma);
    QVERIFY(!result->gammaGammaError.message().isEmpty());
    QVERIFY(std::isnan(result->customers.constFirst().clv));
    QVERIFY(std::isfinite(result->customers.constFirst().expectedPurchases));
}

void TestProbabilisticClv::badOptions()
{
    CalibrationData data;
    data.customers.append(CustomerSummary{QStringLiteral("A"), 1, 1, 2, 5, 0});
    ProbabilisticClvOptions options;
    options.horizon = 0;
    QVERIFY(!ProbabilisticClv::run(data, ClvTimeUnit::Week, options).ok());
    options.horizon = 10;
    options.monthlyDiscountRate = -1;
    QVERIFY(!ProbabilisticClv::run(data, ClvTimeUnit::Week, options).ok());
}

QTEST_GUILESS_MAIN(TestProbabilisticClv)
#include "tst_probabilisticclv.moc"
