#include "chartrenderer.h"

#include <QApplication>
#include <QChart>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QTest>

using namespace valuedesk;

class TestChartRenderer : public QObject
{
    Q_OBJECT

private slots:
    void paintsTheChartIntoTheTarget()
    {
        QChart chart;
        auto *series = new QLineSeries(&chart);
        series->append(0, 0);
        series->append(1, 1);
        chart.addSeries(series);
        chart.createDefaultAxes();
        chart.setTitle(QStringLiteral("Revenue"));

        QImage image(450, 300, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            ChartRenderer::render(&chart, &painter, QRectF(0, 0, 450, 300));
        }
        int painted = 0;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        QVERIFY(painted > 1000); // the chart's background covers the target
        // The chart is handed back untouched: no scene keeps it.
        QCOMPARE(chart.scene(), nullptr);
    }
};

QTEST_MAIN(TestChartRenderer)
#include "tst_chartrenderer.moc"
