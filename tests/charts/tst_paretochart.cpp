#include "paretochart.h"

#include <QApplication>
#include <QChartView>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>

using namespace valuedesk;

namespace {

// n customers with value n, n−1, …, 1 (ranked), classes by the 80/95 rule computed here.
ParetoChartData triangle(int n)
{
    ParetoChartData d;
    double total = 0;
    for (int i = 0; i < n; ++i) {
        d.values.append(n - i);
        d.customerIds.append(1000 + i);
        total += n - i;
    }
    double above = 0;
    for (int i = 0; i < n; ++i) {
        d.classOf.append(above / total < 0.8 ? 0 : (above / total < 0.95 ? 1 : 2));
        above += n - i;
    }
    d.classNames = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    d.cutoffs = {0.8, 0.95};
    d.measureTitle = QStringLiteral("Revenue");
    return d;
}

} // namespace

class TstParetoChart final : public QObject
{
    Q_OBJECT

private slots:
    void oneBarPerCustomerWhenFew()
    {
        ParetoChart chart;
        chart.setData(triangle(10)); // total 55
        QCOMPARE(chart.barCount(), 10);
        QCOMPARE(chart.firstRank(3), 3);
        QCOMPARE(chart.lastRank(3), 3);
        QVERIFY(qAbs(chart.barShare(0) - 10.0 / 55) < 1e-12);
        QVERIFY(qAbs(chart.cumulativeShare(1) - 19.0 / 55) < 1e-12);
        QVERIFY(qAbs(chart.cumulativeShare(9) - 1.0) < 1e-12);
    }

    void bucketsNeverMixClasses()
    {
        ParetoChart chart;
        const ParetoChartData d = triangle(100000);
        chart.setData(d);
        QVERIFY(chart.barCount() <= ParetoChart::maxBars + 3);
        QVERIFY(chart.barCount() >= 3);
        int covered = 0;
        for (int b = 0; b < chart.barCount(); ++b) {
            QCOMPARE(d.classOf.at(chart.firstRank(b)), d.classOf.at(chart.lastRank(b)));
            QCOMPARE(chart.firstRank(b), covered);
            covered = chart.lastRank(b) + 1;
            if (b > 0)
                QVERIFY(chart.cumulativeShare(b) >= chart.cumulativeShare(b - 1));
        }
        QCOMPARE(covered, 100000);
        QVERIFY(qAbs(chart.cumulativeShare(chart.barCount() - 1) - 1.0) < 1e-9);
    }

    void negativesAndEmpty()
    {
        ParetoChart chart;
        ParetoChartData d = triangle(4);
        d.values = {5, 5, 0, -3};
        chart.setData(d);
        QCOMPARE(chart.barShare(3), 0.0);
        QCOMPARE(chart.cumulativeShare(1), 1.0);
        chart.setData({});
        QCOMPARE(chart.barCount(), 0);
    }

    void clickingABarGivesItsRanks()
    {
        auto *chart = new ParetoChart;
        chart->setData(triangle(5000));
        QSignalSpy clicked(chart, &ParetoChart::barClicked);
        QStackedBarSeries *bars = nullptr;
        for (QAbstractSeries *s : chart->series())
            if (auto *b = qobject_cast<QStackedBarSeries *>(s))
                bars = b;
        QVERIFY(bars);
        emit bars->clicked(2, bars->barSets().constFirst());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), chart->firstRank(2));
        QCOMPARE(clicked.at(0).at(1).toInt(), chart->lastRank(2));

        QChartView view(chart);
        view.resize(900, 500);
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        const QString shot = qEnvironmentVariable("VALUEDESK_SCREENSHOT_DIR");
        if (!shot.isEmpty())
            QVERIFY(image.save(shot + QStringLiteral("/pareto.png")));
    }
};

QTEST_MAIN(TstParetoChart)
#include "tst_paretochart.moc"
