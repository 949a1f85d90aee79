#include "cdnowfixture.h"
#include "clv/calibrationsummary.h"
#include "clv/gammagammamodel.h"
#include "clv/probabilisticclv.h"

#include <QTest>

#include <cmath>

using namespace valuedesk;

// How refunds enter the BG/NBD and Gamma-Gamma inputs (README "Customer lifetime value",
// CustomerSummary): one net amount per customer and day; a later day is a repeat purchase only
// when that net amount is > 0; non-positive days are netted into the repeat spend.
class TstCalibrationSummary final : public QObject
{
    Q_OBJECT

private slots:
    void refundDayIsNotAPurchase();
    void sameDayRefundNetsOut();
    void refundsInTheHoldout();
    void zeroFirstDayStartsTheClock();
    void gammaGammaReportsLeftOutCustomers();
    void cdnowUnchanged();
};

namespace {

CalibrationData build(PurchaseHistoryBuilder &b, const QDate &end, const QDate &holdoutEnd = {})
{
    auto data =
        CalibrationSummary::build(b.take(), CalibrationOptions{end, ClvTimeUnit::Day, holdoutEnd});
    return data.ok() ? *data : CalibrationData{};
}

} // namespace

void TstCalibrationSummary::refundDayIsNotAPurchase()
{
    // First day 1 Jan; purchases 11 Jan (100) and 21 Jan (50); a refund of 30 on 31 Jan.
    PurchaseHistoryBuilder b;
    b.add(QStringLiteral("A"), QDate(2024, 1, 1), 40);
    b.add(QStringLiteral("A"), QDate(2024, 1, 11), 100);
    b.add(QStringLiteral("A"), QDate(2024, 1, 21), 50);
    b.add(QStringLiteral("A"), QDate(2024, 1, 31), -30);
    const CalibrationData data = build(b, QDate(2024, 2, 10));
    QCOMPARE(data.customers.size(), 1);
    const CustomerSummary &a = data.customers.constFirst();
    QCOMPARE(a.frequency, 2.0); // the refund day is not a third repeat purchase
    QCOMPARE(a.recency, 20.0);  // the last purchase is 21 Jan, not the refund's 31 Jan
    QCOMPARE(a.T, 40.0);
    QCOMPARE(a.monetary, (100.0 + 50.0 - 30.0) / 2); // the refund is netted into the spend
    QCOMPARE(data.nonPurchaseDays, 1);
}

void TstCalibrationSummary::sameDayRefundNetsOut()
{
    // A purchase and its full refund on one day net to 0: no purchase that day. A zero-value day
    // is no purchase either. A day that nets positive is one purchase.
    PurchaseHistoryBuilder b;
    b.add(QStringLiteral("A"), QDate(2024, 1, 1), 10);
    b.add(QStringLiteral("A"), QDate(2024, 1, 5), 80);
    b.add(QStringLiteral("A"), QDate(2024, 1, 5), -80);
    b.add(QStringLiteral("A"), QDate(2024, 1, 8), 0);
    b.add(QStringLiteral("A"), QDate(2024, 1, 9), 25);
    b.add(QStringLiteral("A"), QDate(2024, 1, 9), -5);
    const CalibrationData data = build(b, QDate(2024, 1, 31));
    const CustomerSummary &a = data.customers.constFirst();
    QCOMPARE(a.frequency, 1.0);
    QCOMPARE(a.recency, 8.0);
    QCOMPARE(a.monetary, 20.0);
    QCOMPARE(data.nonPurchaseDays, 2);
}

void TstCalibrationSummary::refundsInTheHoldout()
{
    PurchaseHistoryBuilder b;
    b.add(QStringLiteral("A"), QDate(2024, 1, 1), 10);
    b.add(QStringLiteral("A"), QDate(2024, 2, 5), 30);  // holdout purchase
    b.add(QStringLiteral("A"), QDate(2024, 2, 6), -30); // holdout refund: not a purchase
    b.add(QStringLiteral("A"), QDate(2024, 3, 5), 30);  // after the holdout end: ignored
    const CalibrationData data = build(b, QDate(2024, 1, 31), QDate(2024, 2, 29));
    const CustomerSummary &a = data.customers.constFirst();
    QCOMPARE(a.frequency, 0.0);
    QCOMPARE(a.monetary, 0.0);
    QCOMPARE(a.holdoutPurchases, 1);
    QCOMPARE(data.nonPurchaseDays, 1);
    QCOMPARE(data.holdoutLength, 29.0);
}

void TstCalibrationSummary::zeroFirstDayStartsTheClock()
{
    // CDNOW has $0.00 first orders (sample customers 0087, 0155, …) that Fader, Hardie & Lee count
    // as first purchases: the first transaction day starts the clock whatever its amount.
    PurchaseHistoryBuilder b;
    b.add(QStringLiteral("A"), QDate(2024, 1, 1), 0);
    b.add(QStringLiteral("A"), QDate(2024, 1, 11), 12);
    const CalibrationData data = build(b, QDate(2024, 1, 31));
    QCOMPARE(data.customers.size(), 1);
    QCOMPARE(data.customers.constFirst().T, 30.0);
    QCOMPARE(data.customers.constFirst().frequency, 1.0);
    QCOMPARE(data.nonPurchaseDays, 0);
}

void TstCalibrationSummary::gammaGammaReportsLeftOutCustomers()
{
    // Customers R1 and R2 bought again and then returned more than they bought: net repeat spend
    // ≤ 0. Gamma-Gamma cannot use them (the model needs a positive mean spend); it leaves them out
    // and counts them instead of dropping them silently.
    PurchaseHistoryBuilder b;
    const QDate day0(2024, 1, 1);
    const double spends[] = {12, 20, 35, 18, 50, 27, 44, 31, 22, 15, 60, 9};
    for (int i = 0; i < 12; ++i) {
        const QString c = QStringLiteral("C%1").arg(i);
        b.add(c, day0, 10);
        for (int k = 1; k <= 1 + i % 3; ++k)
            b.add(c, day0.addDays(7 * k + i), spends[i] * (1 + 0.1 * k));
    }
    b.add(QStringLiteral("R1"), day0, 10);
    b.add(QStringLiteral("R1"), day0.addDays(10), 20);
    b.add(QStringLiteral("R1"), day0.addDays(20), -25); // net repeat spend −5
    b.add(QStringLiteral("R2"), day0, 10);
    b.add(QStringLiteral("R2"), day0.addDays(12), 15);
    b.add(QStringLiteral("R2"), day0.addDays(14), -15); // net repeat spend 0
    b.add(QStringLiteral("N"), day0, 10);               // one-time buyer: not a repeat customer
    auto data = CalibrationSummary::build(
        b.take(), CalibrationOptions{QDate(2024, 3, 31), ClvTimeUnit::Week, {}});
    QVERIFY(data.ok());
    QCOMPARE(data->nonPurchaseDays, 2);
    QCOMPARE(GammaGammaModel::excludedCustomers(data->customers), 2);
    auto fit = GammaGammaModel::fit(data->customers);
    QVERIFY2(fit.ok(), qPrintable(fit.ok() ? QString() : fit.error().toString()));
    QCOMPARE(fit->customers, 12);
    QCOMPARE(fit->excluded, 2);
    // The outcome carries the count to the CLI / UI (ProbabilisticClvResult::gammaGamma).
    auto run = ProbabilisticClv::run(*data, ClvTimeUnit::Week, {});
    QVERIFY(run.ok());
    QVERIFY(run->gammaGamma.has_value());
    QCOMPARE(run->gammaGamma->excluded, 2);
    QCOMPARE(run->nonPurchaseDays, 2);

    // Too few usable customers: the error says how many were left out.
    PurchaseHistoryBuilder few;
    few.add(QStringLiteral("R1"), day0, 10);
    few.add(QStringLiteral("R1"), day0.addDays(10), 20);
    few.add(QStringLiteral("R1"), day0.addDays(20), -25);
    few.add(QStringLiteral("P"), day0, 10);
    few.add(QStringLiteral("P"), day0.addDays(5), 10);
    auto fewData = CalibrationSummary::build(
        few.take(), CalibrationOptions{QDate(2024, 3, 31), ClvTimeUnit::Week, {}});
    QVERIFY(fewData.ok());
    auto fewFit = GammaGammaModel::fit(fewData->customers);
    QVERIFY(!fewFit.ok());
    QVERIFY2(fewFit.error().detail().contains(QStringLiteral("1 left out")),
             qPrintable(fewFit.error().detail()));
}

void TstCalibrationSummary::cdnowUnchanged()
{
    // The CDNOW sample has no refunds; its 8 $0.00 rows are all first (and only) orders, so the
    // published summary stands: Σ x = 2 457 (cdnow_customers_summary.csv) and the 946 repeat
    // customers of Fader & Hardie (2013), none left out.
    auto data = CalibrationSummary::build(test::readCdnowSample(), test::cdnowOptions());
    QVERIFY(data.ok());
    QCOMPARE(data->nonPurchaseDays, 0);
    double repeats = 0;
    int repeaters = 0;
    for (const CustomerSummary &c : data->customers) {
        repeats += c.frequency;
        repeaters += c.frequency > 0 ? 1 : 0;
    }
    QCOMPARE(repeats, 2457.0);
    QCOMPARE(repeaters, 946);
    QCOMPARE(GammaGammaModel::excludedCustomers(data->customers), 0);
}

QTEST_GUILESS_MAIN(TstCalibrationSummary)
#include "tst_calibrationsummary.moc"
