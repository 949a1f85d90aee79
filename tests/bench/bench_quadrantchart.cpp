// The value/potential quadrant chart with 100 000 customers (issue: "stays interactive with
// 100 000 customers", "the quadrant chart redrawn in under 200 ms"). Times, in a 1200×800 view:
// setData + first paint, repaint after setThresholds (points coloured by quadrant: all recoloured),
// repaint after a resize, a split-line drag step (lines and tints only), hit-tests; with the level
// of detail (default), without it (every point a QScatterSeries marker) and, when a GL context
// exists (xvfb-run, not offscreen), with OpenGL series.
// Usage: bench_quadrantchart [customers] [--lod-only]
#include "benchutil.h"
#include "quadrantchart.h"
#include "quadrantchartview.h"
#include "quadrantdemodata.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace valuedesk;

namespace {

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void run(const char *mode, const QuadrantChartData &data, bool levelOfDetail, bool openGL)
{
    QuadrantChartView view;
    view.quadrantChart()->setLevelOfDetailEnabled(levelOfDetail);
    view.quadrantChart()->setOpenGLEnabled(openGL);
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    view.setData(data);
    QCoreApplication::processEvents();
    view.grab();
    const double first = ms(timer);

    timer.restart();
    view.grab();
    const double repaint = ms(timer);

    timer.restart();
    view.setThresholds(data.currentThreshold * 1.1, data.potentialThreshold * 0.9);
    view.grab();
    const double thresholds = ms(timer);

    timer.restart();
    view.resize(1000, 700);
    QCoreApplication::processEvents();
    view.grab();
    const double resize = ms(timer);

    QuadrantChart *chart = view.quadrantChart();
    timer.restart();
    chart->setPointRecolouringDeferred(true);
    view.setThresholds(data.currentThreshold * 1.05, data.potentialThreshold * 0.95);
    view.grab();
    const double dragStep = ms(timer);
    timer.restart();
    chart->setPointRecolouringDeferred(false);
    view.grab();
    const double dragRelease = ms(timer);

    timer.restart();
    const QRectF plot = chart->plotArea();
    int hits = 0;
    for (int k = 0; k < 1000; ++k)
        hits += chart->pointAt(QPointF(plot.left() + (k * 37 % 1000) / 1000.0 * plot.width(),
                                       plot.top() + (k * 91 % 1000) / 1000.0 * plot.height())) >= 0
                    ? 1
                    : 0;
    const double hitTest = ms(timer) / 1000.0;
    timer.restart();
    const int selected =
        static_cast<int>(chart
                             ->pointsIn(plot.adjusted(plot.width() / 4, plot.height() / 4,
                                                      -plot.width() / 4, -plot.height() / 4))
                             .size());
    const double band = ms(timer);

    std::printf("bench_quadrantchart [%s] %d customers, %d markers drawn\n", mode,
                static_cast<int>(data.points.size()), view.drawnMarkerCount());
    std::printf(
        "  setData + first paint %8.1f ms\n  repaint              %8.1f ms\n"
        "  setThresholds+paint  %8.1f ms\n  resize + paint       %8.1f ms\n"
        "  drag step + paint    %8.1f ms\n  drag release + paint %8.1f ms\n"
        "  pointAt              %8.4f ms (%d/1000 hits)\n  rubber band (1/4)    %8.1f ms (%d)\n",
        first, repaint, thresholds, resize, dragStep, dragRelease, hitTest, hits, band, selected);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int customers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QuadrantChartData data = test::quadrantDemoData(customers, 0); // coloured by quadrant
    run("level of detail", data, true, false);
    std::printf("  peak RSS %.0f MiB\n", bench::peakRssMiB());
    if (QuadrantChart::isOpenGLAvailable())
        run("OpenGL", data, true, true);
    else
        std::printf("bench_quadrantchart [OpenGL] skipped: no GL context on this platform\n");
    if (QCoreApplication::arguments().contains(QStringLiteral("--lod-only")))
        return 0;
    run("all markers, no level of detail", data, false, false);
    std::printf("  peak RSS %.0f MiB\n", bench::peakRssMiB());
    return 0;
}
