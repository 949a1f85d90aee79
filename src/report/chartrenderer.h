#pragma once

#include <QRectF>
#include <QSizeF>

class QChart;
class QPainter;

namespace valuedesk {

// Paints a chart as vectors (for the PDF report). A QChartView that was never shown renders a
// thumbnail with elided labels, so the chart is laid out in its own QGraphicsScene at `layout`
// size and scaled into `target`. Needs a QApplication (offscreen is enough).
class ChartRenderer final
{
public:
    static void render(QChart *chart, QPainter *painter, const QRectF &target,
                       const QSizeF &layout = QSizeF(900, 600));
};

} // namespace valuedesk
