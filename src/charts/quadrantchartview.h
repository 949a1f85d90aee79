#pragma once

#include "quadrantchartdata.h"

#include <QChartView>

#include <functional>

QT_BEGIN_NAMESPACE
class QRubberBand;
QT_END_NAMESPACE

namespace valuedesk {

class QuadrantChart;

// The interactive value/potential quadrant chart (四象限) over a QuadrantChart: x = potential,
// y = current value, one marker per customer.
//
// Mouse:
//  - click on a marker (the nearest within its radius + 3 px) → customerActivated(id);
//  - drag on empty plot space → rubber band; on release the customers inside are selected
//    (highlighted) and selectionChanged(ids) is emitted;
//  - drag a dashed split line (when thresholdsDraggable(), the default): the line and the tints
//    follow the mouse; on release thresholdsEdited(current, potential) is emitted;
//  - hover → tooltip from the tooltip provider (default: id and values);
//  - wheel zooms about the mouse; double-click on empty space resets the zoom.
// Scales to 100 000 customers through QuadrantChart's level of detail; hit-testing always covers
// all customers.
//
// Usage:
//   auto *view = new QuadrantChartView(parent);
//   view->setData(data);                      // QuadrantChartData from the evaluation
//   view->setTooltipProvider([&](qint64 id) { return model->tooltip(id); });
//   connect(view, &QuadrantChartView::customerActivated, this, &X::openCustomer);
//   connect(view, &QuadrantChartView::selectionChanged, list, &Y::selectCustomers);
//   connect(view, &QuadrantChartView::thresholdsEdited, this, &X::applyUserThresholds);
class QuadrantChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuadrantChartView)

public:
    using TooltipProvider = std::function<QString(qint64 customerId)>;

    explicit QuadrantChartView(QWidget *parent = nullptr);
    ~QuadrantChartView() override;

    void setData(const QuadrantChartData &data);
    const QuadrantChartData &data() const;

    // Programmatic: moves the split lines and re-tints, emits nothing.
    void setThresholds(double current, double potential);
    double currentThreshold() const;
    double potentialThreshold() const;
    void setThresholdsDraggable(bool draggable);
    bool thresholdsDraggable() const { return m_draggable; }

    void setTooltipProvider(TooltipProvider provider);
    // Highlights these customers (programmatic: emits nothing).
    void setSelectedCustomers(const QVector<qint64> &customerIds);
    QVector<qint64> selectedCustomers() const;

    void resetZoom();
    int drawnMarkerCount() const; // markers drawn after the level of detail
    QuadrantChart *quadrantChart() const { return m_chart; }

    // A chart of `data` as an image (same building code; see QuadrantChart::render for vectors).
    static QImage renderImage(const QuadrantChartData &data, const QSize &size,
                              const QVector<qint64> &selectedCustomerIds = {});

signals:
    void customerActivated(qint64 customerId);
    void selectionChanged(const QVector<qint64> &customerIds);
    void thresholdsEdited(double current, double potential);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    enum class Drag { None, Point, Empty, RubberBand, Split };
    enum SplitAxis { NoSplit = 0, PotentialSplit = 1, CurrentSplit = 2 };

    QPointF toChart(const QPointF &viewportPos) const;
    int splitAxesAt(const QPointF &chartPos) const;
    void updateHoverCursor(const QPointF &chartPos);
    QString tooltipText(int index) const;

    QuadrantChart *m_chart;
    QRubberBand *m_rubberBand;
    TooltipProvider m_tooltipProvider;
    bool m_draggable = true;
    Drag m_drag = Drag::None;
    int m_dragSplit = NoSplit;
    int m_pressedPoint = -1;
    QPoint m_pressPos;
};

} // namespace valuedesk
