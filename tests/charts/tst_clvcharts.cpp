#include "clvhistogramchart.h"
#include "clvholdoutchart.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QTest>

#include <cmath>

using namespace valuedesk;

class TstClvCharts final : public QObject
{
    Q_OBJECT

private slots:
    void binsUpToTheQuantileWithOverflow()
    {
        // 0 … 99 and one outlier of 1e6: the 99th percentile is 99.01 (linear interpolation).
        QVector<double> values;
        for (int i = 0; i < 100; ++i)
            values.append(i);
        values.append(1e6);
        values.append(qQNaN());
        const ClvHistogram h = ClvHistogramChart::bin(values, 10);
        QCOMPARE(h.values, 101);
        QCOMPARE(h.lower, 0.0);
        QVERIFY(qAbs(h.upper() - 99.0) < 1e-9);
        QCOMPARE(h.overflow, 1);
        QCOMPARE(h.maximum, 1e6);
        int total = h.overflow;
        for (int c : h.counts)
            total += c;
        QCOMPARE(total, 101);
        QCOMPARE(h.counts.constFirst(), 10);
    }

    void degenerateInputs()
    {
        QCOMPARE(ClvHistogramChart::bin({}).values, 0);
        QCOMPARE(ClvHistogramChart::bin({qQNaN(), qInf()}).counts.size(), 0);
        const ClvHistogram same = ClvHistogramChart::bin({5, 5, 5});
        QCOMPARE(same.counts, QVector<int>{3});
        QCOMPARE(same.overflow, 0);
        // A tail of equal values above most: the quantile equals the minimum → span to the max.
        const ClvHistogram tail = ClvHistogramChart::bin({1, 1, 1, 1, 9}, 4, 0.5);
        QCOMPARE(tail.overflow, 0);
        QCOMPARE(tail.counts.constLast(), 1);
    }

    void histogramChartRenders()
    {
        ClvHistogramChart chart;
        QVector<double> values;
        for (int i = 0; i < 1000; ++i)
            values.append(std::exp(i / 100.0));
        chart.setValues(values, QStringLiteral("CLV"));
        QCOMPARE(chart.barCount(), ClvHistogramChart::defaultBins + 1);
        QCOMPARE(chart.series().size(), 1);
        QChartView view(&chart);
        view.resize(600, 400);
        QVERIFY(!view.grab().isNull());
        view.setChart(new QChart); // the view owns its chart: hand ours back
        chart.setValues({}, {});
        QCOMPARE(chart.barCount(), 0);
    }

    void holdoutChart()
    {
        ClvHoldoutChart chart;
        QCOMPARE(chart.groupCount(), 0);
        QVector<HoldoutGroup> groups;
        for (int f = 0; f < 8; ++f)
            groups.append({f, f == 7, f == 5 ? 0 : 10, f * 0.5, f * 0.45});
        chart.setGroups(groups, QStringLiteral("39 weeks"));
        QCOMPARE(chart.groupCount(), 7); // the empty group 5 is skipped
        auto *series = qobject_cast<QBarSeries *>(chart.series().constFirst());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 2);
        QCOMPARE(series->barSets().at(0)->count(), 7);
        QVERIFY(chart.title().contains(QStringLiteral("39 weeks")));
    }
};

QTEST_MAIN(TstClvCharts)
#include "tst_clvcharts.moc"
