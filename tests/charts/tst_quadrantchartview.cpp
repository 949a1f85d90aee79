#include "chartstyle.h"
#include "metrics/valuescorer.h"
#include "quadrantchart.h"
#include "quadrantchartview.h"
#include "quadrantdemodata.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace valuedesk;

namespace {

// Five customers well apart in the four quadrants (thresholds 0.5 / 0.5), two colour groups.
QuadrantChartData fiveCustomers()
{
    QuadrantChartData data;
    data.points = {{101, 0.8, 0.8, 500, 0, false},  // high current, high potential
                   {102, 0.2, 0.85, 100, 1, false}, // high current, low potential
                   {103, 0.75, 0.2, 300, 0, true},  // low current, high potential; overridden
                   {104, 0.15, 0.15, 50, 1, false}, // low, low
                   {105, 0.62, 0.33, 900, -1, false}};
    data.groupNames = {QStringLiteral("North"), QStringLiteral("South")};
    data.currentThreshold = 0.5;
    data.potentialThreshold = 0.5;
    data.currentAxisTitle = QStringLiteral("Current");
    data.potentialAxisTitle = QStringLiteral("Potential");
    return data;
}

QPoint viewportPos(const QuadrantChartView &view, const QPointF &value)
{
    // QChart::mapToPosition: QtCharts' own mapping, independent of QuadrantChart's.
    QChart *chart = view.chart();
    return view.mapFromScene(chart->mapToScene(chart->mapToPosition(value)));
}

void sendMouseMove(QWidget *viewport, const QPoint &pos, Qt::MouseButtons buttons)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), viewport->mapToGlobal(QPointF(pos)),
                     Qt::NoButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
}

void drag(QWidget *viewport, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    const QPoint middle = (from + to) / 2;
    sendMouseMove(viewport, middle, Qt::LeftButton);
    sendMouseMove(viewport, to, Qt::LeftButton);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
}

// The most frequent colour in a (2r+1)² block: ignores a grid line or anti-aliased edge.
QColor dominantColor(const QImage &image, const QPoint &centre, int r = 4)
{
    std::map<QRgb, int> counts;
    for (int y = centre.y() - r; y <= centre.y() + r; ++y)
        for (int x = centre.x() - r; x <= centre.x() + r; ++x)
            ++counts[image.pixel(x, y)];
    return QColor(std::max_element(counts.begin(), counts.end(), [](auto &a, auto &b) {
                      return a.second < b.second;
                  })->first);
}

QColor overWhite(const QColor &tint)
{
    const double a = tint.alphaF();
    const auto blend = [a](int c) {
        return qRound(c * a + 255 * (1 - a));
    };
    return QColor(blend(tint.red()), blend(tint.green()), blend(tint.blue()));
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

int darkPixelsInColumn(const QImage &image, int x, int top, int bottom)
{
    int dark = 0;
    for (int y = top; y <= bottom; ++y)
        dark += qGray(image.pixel(x, y)) < 140 ? 1 : 0;
    return dark;
}

} // namespace

class TstQuadrantChartView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QuadrantChartView> makeView(const QuadrantChartData &data)
    {
        auto view = std::make_unique<QuadrantChartView>();
        view->resize(900, 600);
        view->setData(data);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        QCoreApplication::processEvents();
        return view;
    }

private slots:
    // Regression: replacing many points by a few with another range re-lays out the plot while
    // the new data is set; markers must never be drawn from the old buckets (it read past the
    // end of the new points).
    void fewerPointsAfterMany()
    {
        auto view = makeView(test::quadrantDemoData(3000, 3));
        QVERIFY(view);
        QuadrantChartData few = fiveCustomers();
        for (QuadrantPoint &p : few.points)
            p.current *= 40;
        view->setData(few);
        QCOMPARE(view->drawnMarkerCount(), 6);
        view->setData(test::quadrantDemoData(2000, 0));
        QVERIFY(view->drawnMarkerCount() > 100);
    }
    void pointsSeriesAndLegend()
    {
        auto view = makeView(fiveCustomers());
        QVERIFY(view);
        // Five points plus one override ring.
        QCOMPARE(view->drawnMarkerCount(), 6);
        // Each point is in a series of its group's colour; the ungrouped one is neutral grey.
        const auto seriesOf = [&](const QPointF &xy) -> QScatterSeries * {
            const QList<QAbstractSeries *> all = view->chart()->series();
            for (QAbstractSeries *s : all) {
                auto *scatter = qobject_cast<QScatterSeries *>(s);
                if (scatter && scatter->brush().style() != Qt::NoBrush &&
                    scatter->points().contains(xy))
                    return scatter;
            }
            return nullptr;
        };
        QScatterSeries *north = seriesOf(QPointF(0.8, 0.8));
        QVERIFY(north);
        QCOMPARE(north->color().rgb(), ChartStyle::colorAt(0).rgb());
        QCOMPARE(seriesOf(QPointF(0.2, 0.85))->color().rgb(), ChartStyle::colorAt(1).rgb());
        QCOMPARE(seriesOf(QPointF(0.62, 0.33))->color().rgb(), ChartStyle::neutralColor().rgb());
        // Size by revenue: 900 is the largest marker class, 50 the smallest.
        QVERIFY(seriesOf(QPointF(0.62, 0.33))->markerSize() >
                seriesOf(QPointF(0.15, 0.15))->markerSize());

        QStringList legend;
        const QList<QLegendMarker *> markers = view->chart()->legend()->markers();
        for (const QLegendMarker *m : markers) {
            if (m->isVisible())
                legend.append(m->label());
        }
        QCOMPARE(legend, QStringList({QStringLiteral("North"), QStringLiteral("South"),
                                      QStringLiteral("Other"), QStringLiteral("Manual override")}));

        // Without groups the points take their quadrant's colour.
        QuadrantChartData byQuadrant = fiveCustomers();
        byQuadrant.groupNames.clear();
        view->setData(byQuadrant);
        QCOMPARE(seriesOf(QPointF(0.2, 0.85))->color().rgb(),
                 ChartStyle::quadrantColor(Quadrant::HighLow).rgb());
        QCOMPARE(seriesOf(QPointF(0.75, 0.2))->color().rgb(),
                 ChartStyle::quadrantColor(Quadrant::LowHigh).rgb());
    }

    void splitLinesAtThresholds()
    {
        QuadrantChartData data = fiveCustomers();
        data.currentThreshold = 0.42;
        data.potentialThreshold = 0.37;
        auto view = makeView(data);
        QVERIFY(view);
        QChart *chart = view->chart();
        // QuadrantChart's mapping agrees with QtCharts'.
        const QPointF ours = view->quadrantChart()->valueToPosition(QPointF(0.37, 0.42));
        const QPointF theirs = chart->mapToPosition(QPointF(0.37, 0.42));
        QVERIFY(QLineF(ours, theirs).length() < 0.01);

        const QImage image = view->viewport()->grab().toImage();
        const QPoint split = viewportPos(*view, QPointF(0.37, 0.42));
        const QRect plot = view->mapFromScene(chart->mapToScene(chart->plotArea()))
                               .boundingRect()
                               .adjusted(2, 2, -2, -2);
        // The dashed vertical line: about half the pixels of its column are dark, none of a
        // column 12 px away (no markers there).
        const int column = darkPixelsInColumn(image, split.x(), plot.top(), plot.bottom());
        QVERIFY2(column > plot.height() / 4, qPrintable(QString::number(column)));
        QVERIFY(darkPixelsInColumn(image, split.x() + 12, plot.top() + 60, plot.bottom() - 60) <
                10);
        // The horizontal line.
        int row = 0;
        for (int x = plot.left(); x <= plot.right(); ++x)
            row += qGray(image.pixel(x, split.y())) < 140 ? 1 : 0;
        QVERIFY2(row > plot.width() / 4, qPrintable(QString::number(row)));
    }

    void tintsFollowThresholds()
    {
        auto view = makeView(fiveCustomers());
        QVERIFY(view);
        // A spot with no marker, low current and low potential (0.35, 0.4).
        const QPoint spot = viewportPos(*view, QPointF(0.35, 0.4));
        const QColor lowLow = overWhite(ChartStyle::quadrantTint(Quadrant::LowLow));
        const QColor highLow = overWhite(ChartStyle::quadrantTint(Quadrant::HighLow));
        const QColor highHigh = overWhite(ChartStyle::quadrantTint(Quadrant::HighHigh));
        QColor seen = dominantColor(view->viewport()->grab().toImage(), spot);
        QVERIFY2(near(seen, lowLow), qPrintable(seen.name()));

        // Colour groups, so no marker changes: the scene must still repaint the plot.
        QSignalSpy sceneChanged(view->scene(), &QGraphicsScene::changed);
        view->setThresholds(0.3, 0.5); // now current 0.4 is high
        QTRY_VERIFY(!sceneChanged.isEmpty());
        const QList<QRectF> changed = sceneChanged.at(0).at(0).value<QList<QRectF>>();
        const QPointF spotInScene = view->mapToScene(spot);
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
                            [&](const QRectF &r) { return r.contains(spotInScene); }));
        seen = dominantColor(view->viewport()->grab().toImage(), spot);
        QVERIFY2(near(seen, highLow), qPrintable(seen.name()));
        view->setThresholds(0.3, 0.2); // and potential 0.35 too
        QCOMPARE(view->currentThreshold(), 0.3);
        QCOMPARE(view->potentialThreshold(), 0.2);
        seen = dominantColor(view->viewport()->grab().toImage(), spot);
        QVERIFY2(near(seen, highHigh), qPrintable(seen.name()));
    }

    void clickActivatesCustomer()
    {
        auto view = makeView(fiveCustomers());
        QVERIFY(view);
        QSignalSpy activated(view.get(), &QuadrantChartView::customerActivated);
        QSignalSpy selection(view.get(), &QuadrantChartView::selectionChanged);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          viewportPos(*view, QPointF(0.2, 0.85)));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 102);
        // Two pixels off still hits; empty space does not.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          viewportPos(*view, QPointF(0.62, 0.33)) + QPoint(2, -2));
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).toLongLong(), 105);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          viewportPos(*view, QPointF(0.35, 0.65)));
        QCOMPARE(activated.size(), 2);
        QCOMPARE(selection.size(), 0);
    }

    void rubberBandSelects()
    {
        auto view = makeView(fiveCustomers());
        QVERIFY(view);
        QSignalSpy activated(view.get(), &QuadrantChartView::customerActivated);
        QSignalSpy selection(view.get(), &QuadrantChartView::selectionChanged);
        // From (0.55, 0.9) to (0.9, 0.1): customers 101, 103, 105.
        drag(view->viewport(), viewportPos(*view, QPointF(0.55, 0.9)),
             viewportPos(*view, QPointF(0.9, 0.1)));
        QCOMPARE(selection.size(), 1);
        QCOMPARE(selection.at(0).at(0).value<QVector<qint64>>(), QVector<qint64>({101, 103, 105}));
        QCOMPARE(view->selectedCustomers(), QVector<qint64>({101, 103, 105}));
        QCOMPARE(activated.size(), 0);
        // The three selection rings are drawn (5 points + 1 override ring + 3).
        QCOMPARE(view->drawnMarkerCount(), 9);

        // A band over nothing selects nothing.
        drag(view->viewport(), viewportPos(*view, QPointF(0.3, 0.7)),
             viewportPos(*view, QPointF(0.4, 0.6)));
        QCOMPARE(selection.size(), 2);
        QVERIFY(selection.at(1).at(0).value<QVector<qint64>>().isEmpty());
        QCOMPARE(view->drawnMarkerCount(), 6);
    }

    void dragSplitLine()
    {
        auto view = makeView(fiveCustomers());
        QVERIFY(view);
        QSignalSpy edited(view.get(), &QuadrantChartView::thresholdsEdited);
        QSignalSpy selection(view.get(), &QuadrantChartView::selectionChanged);
        // Grab the vertical (potential) line away from the horizontal one, drag it right.
        const QPoint from = viewportPos(*view, QPointF(0.5, 0.7));
        const QPoint to = from + QPoint(90, 15);
        drag(view->viewport(), from, to);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(selection.size(), 0);
        QuadrantChart *chart = view->quadrantChart();
        const double expected =
            chart->mapToValue(chart->mapFromScene(view->mapToScene(to))).x(); // QtCharts' inverse
        QCOMPARE(edited.at(0).at(0).toDouble(), 0.5);                         // current unchanged
        QVERIFY(std::abs(edited.at(0).at(1).toDouble() - expected) < 1e-6);
        QVERIFY(expected > 0.6);
        QCOMPARE(view->potentialThreshold(), edited.at(0).at(1).toDouble());

        // The horizontal line, dragged down.
        const QPoint from2 = viewportPos(*view, QPointF(0.3, 0.5));
        drag(view->viewport(), from2, from2 + QPoint(0, 60));
        QCOMPARE(edited.size(), 2);
        QVERIFY(edited.at(1).at(0).toDouble() < 0.45);
        QCOMPARE(edited.at(1).at(1).toDouble(), edited.at(0).at(1).toDouble());

        // Not draggable: the same press starts a rubber band instead.
        view->setThresholdsDraggable(false);
        const QPoint from3 = viewportPos(*view, QPointF(view->potentialThreshold(), 0.7));
        drag(view->viewport(), from3, from3 + QPoint(40, 20));
        QCOMPARE(edited.size(), 2);
        QCOMPARE(selection.size(), 1);
    }

    void tooltipFromProvider()
    {
        auto view = makeView(fiveCustomers());
        QVERIFY(view);
        QVector<qint64> asked;
        view->setTooltipProvider([&asked](qint64 id) {
            asked.append(id);
            return QStringLiteral("Customer #%1").arg(id);
        });
        const auto hover = [&](const QPoint &pos) {
            QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
            QApplication::sendEvent(view->viewport(), &help);
        };
        hover(viewportPos(*view, QPointF(0.75, 0.2)));
        QCOMPARE(asked, QVector<qint64>({103}));
        hover(viewportPos(*view, QPointF(0.35, 0.65)));
        QCOMPARE(asked, QVector<qint64>({103}));
    }

    void levelOfDetail100k()
    {
        const QuadrantChartData data = test::quadrantDemoData(100000, 4);
        auto view = makeView(data);
        QVERIFY(view);
        QuadrantChart *chart = view->quadrantChart();
        const int drawn = view->drawnMarkerCount();
        QVERIFY2(drawn <= chart->maxMarkers() && drawn > 2000, qPrintable(QString::number(drawn)));

        // Hit-testing covers the points that are not drawn.
        QSet<QPair<double, double>> drawnXY;
        const QList<QAbstractSeries *> all = chart->series();
        for (QAbstractSeries *s : all) {
            const QList<QPointF> points = static_cast<QScatterSeries *>(s)->points();
            for (const QPointF &p : points)
                drawnXY.insert({p.x(), p.y()});
        }
        int hidden = -1;
        for (int i = 0; i < data.points.size() && hidden < 0; i += 97) {
            if (!drawnXY.contains({data.points.at(i).potential, data.points.at(i).current}))
                hidden = i;
        }
        QVERIFY(hidden >= 0);
        const QPointF hiddenXY(data.points.at(hidden).potential, data.points.at(hidden).current);
        QCOMPARE(chart->pointAt(chart->valueToPosition(hiddenXY)), hidden);

        // A click picks a customer whose marker is under the mouse.
        QSignalSpy activated(view.get(), &QuadrantChartView::customerActivated);
        const QPoint click = viewportPos(*view, hiddenXY);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, click);
        QCOMPARE(activated.size(), 1);
        const int hit = chart->indexOf(activated.at(0).at(0).toLongLong());
        QVERIFY(hit >= 0);
        const QPointF hitPos = chart->valueToPosition(
            QPointF(data.points.at(hit).potential, data.points.at(hit).current));
        QVERIFY(QLineF(hitPos, chart->mapFromScene(view->mapToScene(click))).length() <=
                chart->markerSize(hit) / 2 + 3);

        // A rubber band selects every customer inside, drawn or not.
        QSignalSpy selection(view.get(), &QuadrantChartView::selectionChanged);
        const QPoint a = viewportPos(*view, QPointF(0.45, 0.55));
        const QPoint b = viewportPos(*view, QPointF(0.6, 0.4));
        drag(view->viewport(), a, b);
        QCOMPARE(selection.size(), 1);
        const QPointF va = chart->positionToValue(chart->mapFromScene(view->mapToScene(a)));
        const QPointF vb = chart->positionToValue(chart->mapFromScene(view->mapToScene(b)));
        const QRectF band = QRectF(va, vb).normalized();
        QVector<qint64> expected;
        for (const QuadrantPoint &p : data.points) {
            if (band.contains(p.potential, p.current))
                expected.append(p.customerId);
        }
        QVERIFY(expected.size() > 2000);
        QCOMPARE(selection.at(0).at(0).value<QVector<qint64>>(), expected);
        QVERIFY(view->drawnMarkerCount() <= chart->maxMarkers());

        // Zooming in shows detail: fewer points in view, a larger share of them drawn.
        view->setSelectedCustomers({});
        chart->setValueRange(QRectF(0.45, 0.4, 0.05, 0.05));
        int inView = 0;
        for (const QuadrantPoint &p : data.points)
            inView += chart->valueRange().contains(p.potential, p.current) ? 1 : 0;
        QVERIFY(view->drawnMarkerCount() <= inView + inView / 39 + 1);
        QVERIFY2(view->drawnMarkerCount() > inView / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(view->drawnMarkerCount()).arg(inView)));
    }

    void renderImage()
    {
        const QImage image = QuadrantChartView::renderImage(fiveCustomers(), QSize(640, 480));
        QCOMPARE(image.size(), QSize(640, 480));
        // The plot is tinted somewhere near the top right (high-high) corner and the bottom left.
        const QColor highHigh = overWhite(ChartStyle::quadrantTint(Quadrant::HighHigh));
        const QColor lowLow = overWhite(ChartStyle::quadrantTint(Quadrant::LowLow));
        int highHighPixels = 0, lowLowPixels = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                highHighPixels += near(image.pixelColor(x, y), highHigh, 2) ? 1 : 0;
                lowLowPixels += near(image.pixelColor(x, y), lowLow, 2) ? 1 : 0;
            }
        }
        QVERIFY2(highHighPixels > 2000, qPrintable(QString::number(highHighPixels)));
        QVERIFY2(lowLowPixels > 2000, qPrintable(QString::number(lowLowPixels)));
    }

    // VALUEDESK_QUADRANT_SCREENSHOT=/tmp/quadrant.png saves a demo chart for a visual check
    // (VALUEDESK_QUADRANT_SCREENSHOT_POINTS customers, default 2 000).
    void screenshot()
    {
        const QString path = qEnvironmentVariable("VALUEDESK_QUADRANT_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("VALUEDESK_QUADRANT_SCREENSHOT not set");
        const int points = qEnvironmentVariableIntValue("VALUEDESK_QUADRANT_SCREENSHOT_POINTS");
        QuadrantChartData data = test::quadrantDemoData(points > 0 ? points : 2000, 4);
        data.currentAxisTitle = QStringLiteral("Current value (当前价值)");
        data.potentialAxisTitle = QStringLiteral("Potential value (潜在价值)");
        auto view = makeView(data);
        QVERIFY(view);
        view->setSelectedCustomers({1005, 1010, 1500});
        QVERIFY(view->grab().save(path));
        QVERIFY(QuadrantChartView::renderImage(data, QSize(900, 600))
                    .save(QString(path).replace(QStringLiteral(".png"),
                                                QStringLiteral("-render.png"))));
    }
};

QTEST_MAIN(TstQuadrantChartView)
#include "tst_quadrantchartview.moc"
