#include "cdnowfixture.h"
#include "clv/gammagammamodel.h"

#include <QTest>

#include <cmath>

using namespace valuedesk;

class TstGammaGammaModel final : public QObject
{
    Q_OBJECT

private slots:
    void cdnowPublishedParameters();
    void expectedAverageSpendByHand();
    void tooFewRepeatCustomers();
};

void TstGammaGammaModel::cdnowPublishedParameters()
{
    auto data = CalibrationSummary::build(test::readCdnowSample(), test::cdnowOptions());
    QVERIFY(data.ok());
    auto fit = GammaGammaModel::fit(data->customers);
    QVERIFY2(fit.ok(), qPrintable(fit.ok() ? QString() : fit.error().toString()));
    const GammaGammaParams &p = fit->params;
    qInfo("p=%.4f q=%.4f gamma=%.4f LL=%.2f (%d customers, %d evaluations, %s)", p.p, p.q, p.gamma,
          fit->report.logLikelihood, fit->customers, fit->report.evaluations,
          qPrintable(fit->report.status));
    QVERIFY(fit->report.converged);
    // Fader & Hardie (2013), "The Gamma-Gamma model of monetary value": 946 repeat customers,
    // p = 6.25, q = 3.74, γ = 15.44 (two decimals), so within half a unit of the last digit.
    QCOMPARE(fit->customers, 946);
    QCOMPARE(fit->excluded, 0);
    QVERIFY2(std::abs(p.p - 6.25) <= 0.005, qPrintable(QString::number(p.p, 'f', 6)));
    QVERIFY2(std::abs(p.q - 3.74) <= 0.005, qPrintable(QString::number(p.q, 'f', 6)));
    QVERIFY2(std::abs(p.gamma - 15.44) <= 0.005, qPrintable(QString::number(p.gamma, 'f', 6)));
}

void TstGammaGammaModel::expectedAverageSpendByHand()
{
    const GammaGammaParams p{6.25, 3.74, 15.44};
    // (γ + m̄x)p / (px + q − 1) = (15.44 + 2·22.35)·6.25 / (12.5 + 2.74) = 375.875 / 15.24.
    QVERIFY(std::abs(GammaGammaModel::expectedAverageSpend(p, 2, 22.35, -1) - 375.875 / 15.24) <
            1e-9);
    // No repeat purchase: the population mean pγ/(q − 1) = 96.5 / 2.74.
    QVERIFY(std::abs(GammaGammaModel::expectedAverageSpend(p, 0, 0, -1) - 96.5 / 2.74) < 1e-9);
    // q ≤ 1: the mean does not exist, the caller's fallback is used.
    QCOMPARE(GammaGammaModel::expectedAverageSpend({1, 0.5, 1}, 0, 0, 42.0), 42.0);
    QVERIFY(std::isfinite(GammaGammaModel::logLikelihood(p, 3, 10)));
}

void TstGammaGammaModel::tooFewRepeatCustomers()
{
    const QVector<CustomerSummary> data{{QStringLiteral("A"), 0, 0, 10, 0, 0},
                                        {QStringLiteral("B"), 2, 5, 10, 12.5, 0},
                                        {QStringLiteral("C"), 1, 5, 10, -3, 0}};
    auto fit = GammaGammaModel::fit(data);
    QVERIFY(!fit.ok());
    QVERIFY(!fit.error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TstGammaGammaModel)
#include "tst_gammagammamodel.moc"
