#pragma once

#include <QGraphicsItem>

namespace valuedesk {

class QuadrantChart;

// Paints what QtCharts has no series for, in the chart's plot area: the quadrant tints (below
// the grid and the markers) or the overlay (dashed split lines and the quadrant names in the
// outer corners, above the markers). Reads the chart's thresholds and value range when painting.
class QuadrantChartDecoration final : public QGraphicsItem
{
    Q_DISABLE_COPY_MOVE(QuadrantChartDecoration)

public:
    enum class Layer { Tints, Overlay };

    QuadrantChartDecoration(const QuadrantChart &chart, Layer layer, QGraphicsItem *parent);

    // Call when the plot area, the value range or the thresholds change.
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintTints(QPainter *painter) const;
    void paintOverlay(QPainter *painter) const;
    // The split points (potential, current thresholds) in chart coordinates, clamped to the plot.
    QPointF splitPosition() const;

    const QuadrantChart &m_chart;
    Layer m_layer;
    QRectF m_rect;
};

} // namespace valuedesk
