#include "bgnbdsimulation.h"
#include "cdnowfixture.h"
#include "clv/bgnbdmodel.h"
#include "clv/probabilisticclv.h"

#include <QTest>

#include <cmath>

using namespace valuedesk;

class TstBgNbdModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cdnowSummary();
    void cdnowPublishedParameters();
    void fitIsAMaximum();
    void predictionsWithPublishedParameters();
    void holdoutCheck();
    void holdoutOneWeekShortFails();
    void oneTimeBuyersOnly();
    void calibrationEndBeforeAnyPurchase();
    void singlePurchaseCustomer();
    void extremeFrequencyStaysFinite();
    void recoversSimulatedParameters();

private:
    CalibrationData m_cdnow;
};

void TstBgNbdModel::initTestCase()
{
    const QVector<CustomerPurchases> histories = test::readCdnowSample();
    QVERIFY2(!histories.isEmpty(), "tests/data/cdnow/cdnow_sample_tx.csv is missing");
    auto data = CalibrationSummary::build(histories, test::cdnowOptions());
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
    m_cdnow = *data;
}

void TstBgNbdModel::cdnowSummary()
{
    // tests/data/cdnow: the published summary (cdnow_customers_summary_with_transactions.csv):
    // customer 1: x = 2, t_x = 30.43, T = 38.86, zbar = 22.35; customer 2: 1, 1.71, 38.86, 11.77.
    QCOMPARE(m_cdnow.customers.size(), 2357);
    QCOMPARE(m_cdnow.laterCustomers, 0);
    const CustomerSummary &c1 = m_cdnow.customers.at(0);
    QCOMPARE(c1.customer, QStringLiteral("0001"));
    QCOMPARE(c1.frequency, 2.0);
    QVERIFY(std::abs(c1.recency - 30.43) < 0.005);
    QVERIFY(std::abs(c1.T - 38.86) < 0.005);
    QVERIFY(std::abs(c1.monetary - 22.35) < 0.01);
    QCOMPARE(c1.holdoutPurchases, 1);
    const CustomerSummary &c2 = m_cdnow.customers.at(1);
    QCOMPARE(c2.frequency, 1.0);
    QVERIFY(std::abs(c2.recency - 1.71) < 0.005);
    QVERIFY(std::abs(c2.monetary - 11.77) < 0.005);
    QVERIFY(std::abs(m_cdnow.holdoutLength - 39.0) < 1e-9);
    double repeats = 0;
    for (const CustomerSummary &c : m_cdnow.customers)
        repeats += c.frequency;
    QCOMPARE(repeats, 2457.0); // the sum of frequency in cdnow_customers_summary.csv
}

void TstBgNbdModel::cdnowPublishedParameters()
{
    // Fader, Hardie & Lee (2005), "Counting your customers the easy way", section 5: r = 0.243,
    // α = 4.414, a = 0.793, b = 2.426 (three decimals) and LL = −9 582.4 (one decimal). Checked at
    // that precision: within half a unit of the last published digit.
    auto fit = BgNbdModel::fit(m_cdnow.customers);
    QVERIFY2(fit.ok(), qPrintable(fit.ok() ? QString() : fit.error().toString()));
    const BgNbdParams &p = fit->params;
    qInfo("r=%.6f alpha=%.6f a=%.6f b=%.6f LL=%.4f (%d evaluations, %s)", p.r, p.alpha, p.a, p.b,
          fit->report.logLikelihood, fit->report.evaluations, qPrintable(fit->report.status));
    QVERIFY(fit->report.converged);
    QVERIFY2(std::abs(p.r - 0.243) <= 0.0005, qPrintable(QString::number(p.r, 'f', 6)));
    QVERIFY2(std::abs(p.alpha - 4.414) <= 0.0005, qPrintable(QString::number(p.alpha, 'f', 6)));
    QVERIFY2(std::abs(p.a - 0.793) <= 0.0005, qPrintable(QString::number(p.a, 'f', 6)));
    QVERIFY2(std::abs(p.b - 2.426) <= 0.0005, qPrintable(QString::number(p.b, 'f', 6)));
    QVERIFY2(std::abs(fit->report.logLikelihood - -9582.4) <= 0.1,
             qPrintable(QString::number(fit->report.logLikelihood, 'f', 4)));
    QVERIFY(std::abs(fit->report.logLikelihood - BgNbdModel::logLikelihood(p, m_cdnow.customers)) <
            1e-6);
}

void TstBgNbdModel::fitIsAMaximum()
{
    // The fit's analytic gradient is checked indirectly: at the optimum the mean log-likelihood
    // must not improve along any coordinate by a finite step.
    auto fit = BgNbdModel::fit(m_cdnow.customers);
    QVERIFY(fit.ok());
    const double best = BgNbdModel::logLikelihood(fit->params, m_cdnow.customers);
    for (int k = 0; k < 4; ++k) {
        for (double step : {1.001, 0.999}) {
            BgNbdParams q = fit->params;
            double *v[] = {&q.r, &q.alpha, &q.a, &q.b};
            *v[k] *= step;
            QVERIFY(BgNbdModel::logLikelihood(q, m_cdnow.customers) <= best + 1e-9);
        }
    }
    QVERIFY(fit->report.gradientNorm < 1e-4);
}

void TstBgNbdModel::predictionsWithPublishedParameters()
{
    // The published parameters, rounded as in the paper.
    const BgNbdParams p{0.243, 4.414, 0.793, 2.426};
    // Customer 0001 (x = 2, t_x = 30.43, T = 38.86): E[Y(39)] = 1.226, the worked example of
    // Fader & Hardie's BG/NBD Excel note, to its three decimals (the closed form, FHL 2005
    // eq. (10), evaluated independently by a stdlib-Python series for ₂F₁: 1.226028).
    const double e = BgNbdModel::expectedPurchases(p, 39, 2, 30.43, 38.86);
    QVERIFY2(std::abs(e - 1.226) <= 0.0005, qPrintable(QString::number(e, 'f', 6)));
    // P(alive) = 1 / (1 + a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)) (FHL 2005 / Fader, Hardie
    // & Lee's note "Computing P(alive) using the BG/NBD model") = 0.7266 to four decimals, the
    // value issue 10 gives; by hand 0.726579.
    const double alive = BgNbdModel::probabilityAlive(p, 2, 30.43, 38.86);
    QVERIFY2(std::abs(alive - 0.7266) <= 0.00005, qPrintable(QString::number(alive, 'f', 6)));
    QCOMPARE(BgNbdModel::probabilityAlive(p, 0, 0, 38.86), 1.0);
    // E[X(t)] is increasing, starts at 0 and is below the Poisson bound t·r/α.
    QCOMPARE(BgNbdModel::expectedPurchasesNewCustomer(p, 0), 0.0);
    const double e39 = BgNbdModel::expectedPurchasesNewCustomer(p, 39);
    const double e78 = BgNbdModel::expectedPurchasesNewCustomer(p, 78);
    QVERIFY(e39 > 0 && e78 > e39 && e78 < 78 * p.r / p.alpha);
}

namespace {

// The holdout series summed back to totals over all customers.
struct HoldoutTotals
{
    double actual = 0;
    double predicted = 0;
};

HoldoutTotals totals(const QVector<HoldoutGroup> &groups)
{
    HoldoutTotals t;
    for (const HoldoutGroup &g : groups) {
        t.actual += g.actual * g.customers;
        t.predicted += g.predicted * g.customers;
    }
    return t;
}

// The pinned expectation of the 39-week CDNOW holdout at the fitted parameters: 1 882 actual
// repeat purchase days, Σ E[Y(39)] = 1 653.4 ± 1 (see holdoutCheck).
bool matchesPinnedHoldout(const HoldoutTotals &t)
{
    return t.actual == 1882.0 && std::abs(t.predicted - 1653.4) <= 1.0;
}

} // namespace

void TstBgNbdModel::holdoutCheck()
{
    // The calibration/holdout comparison of Fader, Hardie & Lee (2005), figure 4 and section 5:
    // 39 holdout weeks (1997-10-01 … 1998-06-30), customers grouped by calibration frequency x.
    // Reference values: the closed form E[Y(39) | x, t_x, T] (FHL 2005 eq. (10)) summed over the
    // 2 357 customers, computed once by an independent stdlib-Python implementation (series for
    // ₂F₁, data read straight from cdnow_sample_tx.csv): Σ E[Y(39)] = 1 653.41 at the fitted
    // parameters (r = 0.242595, α = 4.413603, a = 0.792922, b = 2.425908), 1 653.94 at the
    // rounded published ones; 1 882 actual. The per-group means below are that computation at
    // the published parameters r = 0.243, α = 4.414, a = 0.793, b = 2.426, to 6 decimals
    // (± 0.000005), and the reference sits in tests/data/cdnow/reference/bgnbd_clv.py.
    auto fit = BgNbdModel::fit(m_cdnow.customers);
    QVERIFY(fit.ok());
    const QVector<HoldoutGroup> atFit = ProbabilisticClv::holdoutCheck(fit->params, m_cdnow);
    const HoldoutTotals t = totals(atFit);
    qInfo("holdout at the fit: actual %.0f, predicted %.4f", t.actual, t.predicted);
    QCOMPARE(t.actual, 1882.0);
    QVERIFY2(std::abs(t.predicted - 1653.4) <= 1.0, qPrintable(QString::number(t.predicted)));
    QVERIFY(matchesPinnedHoldout(t));

    struct Group
    {
        int customers;
        int actual; // repeat purchase days in the holdout, summed over the group
        double predicted;
    };
    const Group expected[] = {{1411, 334, 0.225451}, {439, 306, 0.523176}, {214, 298, 1.044170},
                              {100, 156, 1.520293},  {62, 157, 2.163875},  {38, 112, 2.653832},
                              {29, 112, 3.503991},   {64, 407, 6.157072}};
    const BgNbdParams published{0.243, 4.414, 0.793, 2.426};
    const QVector<HoldoutGroup> groups = ProbabilisticClv::holdoutCheck(published, m_cdnow);
    QCOMPARE(groups.size(), 8);
    for (int k = 0; k < 8; ++k) {
        const HoldoutGroup &g = groups.at(k);
        qInfo("x=%d%s n=%d actual=%.5f predicted=%.6f", g.frequency, g.andMore ? "+" : "",
              g.customers, g.actual, g.predicted);
        QCOMPARE(g.frequency, k);
        QCOMPARE(g.andMore, k == 7);
        QCOMPARE(g.customers, expected[k].customers);
        QCOMPARE(std::lround(g.actual * g.customers), long(expected[k].actual));
        QVERIFY2(std::abs(g.predicted - expected[k].predicted) <= 0.000005,
                 qPrintable(QStringLiteral("x=%1: %2").arg(k).arg(g.predicted, 0, 'f', 6)));
    }
    QVERIFY(std::abs(totals(groups).predicted - 1653.94) <= 0.005);
}

void TstBgNbdModel::holdoutOneWeekShortFails()
{
    // The pinned expectation is sensitive: a holdout that ends one week early (1998-06-23, 38
    // weeks) gives 1 854 actual and Σ E[Y(38)] = 1 618.1 (same Python reference), so it must not
    // pass the check of the 39-week window.
    auto fit = BgNbdModel::fit(m_cdnow.customers);
    QVERIFY(fit.ok());
    CalibrationOptions options = test::cdnowOptions();
    options.holdoutEnd = options.holdoutEnd.addDays(-7);
    auto shortData = CalibrationSummary::build(test::readCdnowSample(), options);
    QVERIFY(shortData.ok());
    QVERIFY(std::abs(shortData->holdoutLength - 38.0) < 1e-9);
    const HoldoutTotals t = totals(ProbabilisticClv::holdoutCheck(fit->params, *shortData));
    qInfo("one week short: actual %.0f, predicted %.4f", t.actual, t.predicted);
    QCOMPARE(t.actual, 1854.0);
    QVERIFY(std::abs(t.predicted - 1618.1) <= 1.0);
    QVERIFY(!matchesPinnedHoldout(t));
    // Predictions alone (the actual count put right) still miss by far more than the tolerance.
    QVERIFY(!matchesPinnedHoldout(HoldoutTotals{1882.0, t.predicted}));
}

void TstBgNbdModel::oneTimeBuyersOnly()
{
    QVector<CustomerSummary> data;
    for (int i = 0; i < 10; ++i)
        data.append(CustomerSummary{QString::number(i), 0, 0, 10.0 + i, 0, 0});
    auto fit = BgNbdModel::fit(data);
    QVERIFY(!fit.ok());
    QVERIFY(fit.error().message().contains(QStringLiteral("bought again")));
    QVERIFY(!BgNbdModel::fit({}).ok());
}

void TstBgNbdModel::calibrationEndBeforeAnyPurchase()
{
    PurchaseHistoryBuilder b;
    b.add(QStringLiteral("A"), QDate(2024, 3, 1), 10);
    b.add(QStringLiteral("A"), QDate(2024, 4, 1), 10);
    auto data = CalibrationSummary::build(
        b.take(), CalibrationOptions{QDate(2024, 1, 1), ClvTimeUnit::Week, {}});
    QVERIFY(!data.ok());
    QVERIFY(data.error().message().contains(QStringLiteral("2024-01-01")));
}

void TstBgNbdModel::singlePurchaseCustomer()
{
    // One-purchase customers (x = 0, t_x = 0) next to repeat buyers: finite likelihood terms,
    // P(alive) = 1, positive finite predictions.
    const BgNbdParams p{0.243, 4.414, 0.793, 2.426};
    QVERIFY(std::isfinite(BgNbdModel::logLikelihood(p, 0, 0, 20)));
    QVERIFY(std::isfinite(BgNbdModel::logLikelihood(p, 0, 0, 0)));
    const double e = BgNbdModel::expectedPurchases(p, 52, 0, 0, 0);
    QVERIFY(std::isfinite(e) && e > 0);
    // Bought on the calibration end (T = 0) itself: the same as a new customer.
    QVERIFY(std::abs(e - BgNbdModel::expectedPurchasesNewCustomer(p, 52)) < 1e-9);
}

void TstBgNbdModel::extremeFrequencyStaysFinite()
{
    const BgNbdParams p{0.243, 4.414, 0.793, 2.426};
    for (double x : {50.0, 500.0, 5000.0}) {
        for (double tx : {0.5, 30.0, 38.86}) {
            const double ll = BgNbdModel::logLikelihood(p, x, tx, 38.86);
            const double alive = BgNbdModel::probabilityAlive(p, x, tx, 38.86);
            const double e = BgNbdModel::expectedPurchases(p, 52, x, tx, 38.86);
            QVERIFY(std::isfinite(ll));
            QVERIFY(alive >= 0 && alive <= 1);
            QVERIFY2(std::isfinite(e) && e >= 0, qPrintable(QString::number(e)));
        }
    }
    // Close to a = 1 the closed form is nudged, not divided by zero.
    QVERIFY(std::isfinite(BgNbdModel::expectedPurchases({0.5, 4, 1.0, 2}, 10, 3, 20, 30)));
}

void TstBgNbdModel::recoversSimulatedParameters()
{
    // 20 000 customers from known parameters (CDNOW's): the fit lands within sampling error.
    const BgNbdParams truth{0.243, 4.414, 0.793, 2.426};
    const GammaGammaParams spend{6.25, 3.74, 15.44};
    const QVector<CustomerSummary> data =
        test::simulateCustomers(20000, truth, spend, 20, 78, 20240601);
    auto fit = BgNbdModel::fit(data);
    QVERIFY2(fit.ok(), qPrintable(fit.ok() ? QString() : fit.error().toString()));
    const BgNbdParams &p = fit->params;
    qInfo("recovered r=%.3f alpha=%.3f a=%.3f b=%.3f", p.r, p.alpha, p.a, p.b);
    QVERIFY(std::abs(p.r / truth.r - 1) < 0.1);
    QVERIFY(std::abs(p.alpha / truth.alpha - 1) < 0.15);
    QVERIFY(std::abs(p.a / truth.a - 1) < 0.25);
    QVERIFY(std::abs(p.b / truth.b - 1) < 0.3);
    auto gg = GammaGammaModel::fit(data);
    QVERIFY(gg.ok());
    qInfo("recovered p=%.3f q=%.3f gamma=%.3f", gg->params.p, gg->params.q, gg->params.gamma);
    // Mean spend p·γ/(q − 1) is well identified even where p, q, γ trade off.
    const double mean = spend.p * spend.gamma / (spend.q - 1);
    QVERIFY(std::abs(gg->params.p * gg->params.gamma / (gg->params.q - 1) / mean - 1) < 0.1);
}

QTEST_GUILESS_MAIN(TstBgNbdModel)
#include "tst_bgnbdmodel.moc"
