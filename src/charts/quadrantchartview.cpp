#include "quadrantchartview.h"

#include "quadrantchart.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace valuedesk {

namespace {

constexpr int DragThresholdPx = 4;
constexpr double SplitGrabPx = 4;

} // namespace

QuadrantChartView::QuadrantChartView(QWidget *parent)
    : QChartView(parent), m_chart(new QuadrantChart),
      m_rubberBand(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    // QChartView(parent) made a chart of its own; setChart() releases it without deleting it.
    QChart *const placeholder = chart();
    setChart(m_chart); // the view owns the chart
    delete placeholder;
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    viewport()->setMouseTracking(true);
    m_rubberBand->hide();
}

QuadrantChartView::~QuadrantChartView() = default;

void QuadrantChartView::setData(const QuadrantChartData &data)
{
    m_drag = Drag::None;
    m_rubberBand->hide();
    m_chart->setPointRecolouringDeferred(false);
    m_chart->setData(data);
}

const QuadrantChartData &QuadrantChartView::data() const
{
    return m_chart->data();
}

void QuadrantChartView::setThresholds(double current, double potential)
{
    m_chart->setThresholds(current, potential);
}

double QuadrantChartView::currentThreshold() const
{
    return m_chart->currentThreshold();
}

double QuadrantChartView::potentialThreshold() const
{
    return m_chart->potentialThreshold();
}

void QuadrantChartView::setThresholdsDraggable(bool draggable)
{
    m_draggable = draggable;
    if (!draggable && m_drag == Drag::Split) {
        m_drag = Drag::None;
        m_chart->setPointRecolouringDeferred(false);
    }
}

void QuadrantChartView::setTooltipProvider(TooltipProvider provider)
{
    m_tooltipProvider = std::move(provider);
}

void QuadrantChartView::setSelectedCustomers(const QVector<qint64> &customerIds)
{
    m_chart->setSelectedCustomers(customerIds);
}

QVector<qint64> QuadrantChartView::selectedCustomers() const
{
    return m_chart->selectedCustomers();
}

void QuadrantChartView::resetZoom()
{
    m_chart->resetValueRange();
}

int QuadrantChartView::drawnMarkerCount() const
{
    return m_chart->drawnMarkerCount();
}

QImage QuadrantChartView::renderImage(const QuadrantChartData &data, const QSize &size,
                                      const QVector<qint64> &selectedCustomerIds)
{
    return QuadrantChart::renderImage(data, size, selectedCustomerIds);
}

QPointF QuadrantChartView::toChart(const QPointF &viewportPos) const
{
    return m_chart->mapFromScene(mapToScene(viewportPos.toPoint()));
}

int QuadrantChartView::splitAxesAt(const QPointF &chartPos) const
{
    if (!m_draggable || !m_chart->plotArea().adjusted(-2, -2, 2, 2).contains(chartPos))
        return NoSplit;
    const QPointF split = m_chart->valueToPosition(
        QPointF(m_chart->potentialThreshold(), m_chart->currentThreshold()));
    int axes = NoSplit;
    if (std::abs(chartPos.x() - split.x()) <= SplitGrabPx)
        axes |= PotentialSplit;
    if (std::abs(chartPos.y() - split.y()) <= SplitGrabPx)
        axes |= CurrentSplit;
    return axes;
}

void QuadrantChartView::updateHoverCursor(const QPointF &chartPos)
{
    switch (splitAxesAt(chartPos)) {
    case PotentialSplit:
        viewport()->setCursor(Qt::SplitHCursor);
        return;
    case CurrentSplit:
        viewport()->setCursor(Qt::SplitVCursor);
        return;
    case PotentialSplit | CurrentSplit:
        viewport()->setCursor(Qt::SizeAllCursor);
        return;
    default:
        break;
    }
    if (m_chart->pointAt(chartPos) >= 0)
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
}

void QuadrantChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    const QPointF pos = toChart(event->position());
    m_pressPos = event->position().toPoint();
    m_dragSplit = splitAxesAt(pos);
    m_pressedPoint = -1;
    if (m_dragSplit != NoSplit) {
        m_drag = Drag::Split;
        // Recolouring 100 000 points on every mouse move is too slow: only the lines and tints
        // follow the mouse, the points are recoloured on release.
        m_chart->setPointRecolouringDeferred(m_chart->data().points.size() > 20000);
    } else if ((m_pressedPoint = m_chart->pointAt(pos)) >= 0) {
        m_drag = Drag::Point;
    } else if (m_chart->plotArea().contains(pos)) {
        m_drag = Drag::Empty;
    } else {
        m_drag = Drag::None;
    }
    event->accept();
}

void QuadrantChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = toChart(event->position());
    const bool moved =
        (event->position().toPoint() - m_pressPos).manhattanLength() >= DragThresholdPx;
    switch (m_drag) {
    case Drag::None:
        updateHoverCursor(pos);
        break;
    case Drag::Split: {
        const QRectF plot = m_chart->plotArea();
        const QPointF clamped(std::clamp(pos.x(), plot.left(), plot.right()),
                              std::clamp(pos.y(), plot.top(), plot.bottom()));
        const QPointF value = m_chart->positionToValue(clamped);
        m_chart->setThresholds(m_dragSplit & CurrentSplit ? value.y() : m_chart->currentThreshold(),
                               m_dragSplit & PotentialSplit ? value.x()
                                                            : m_chart->potentialThreshold());
        break;
    }
    case Drag::Point:
    case Drag::Empty:
        if (moved) {
            m_drag = Drag::RubberBand;
            m_rubberBand->setGeometry(QRect(m_pressPos, event->position().toPoint()).normalized());
            m_rubberBand->show();
        }
        break;
    case Drag::RubberBand:
        m_rubberBand->setGeometry(QRect(m_pressPos, event->position().toPoint()).normalized());
        break;
    }
    event->accept();
}

void QuadrantChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    switch (drag) {
    case Drag::Split:
        m_chart->setPointRecolouringDeferred(false);
        emit thresholdsEdited(m_chart->currentThreshold(), m_chart->potentialThreshold());
        break;
    case Drag::Point:
        emit customerActivated(m_chart->data().points.at(m_pressedPoint).customerId);
        break;
    case Drag::RubberBand: {
        m_rubberBand->hide();
        const QRectF rect(toChart(m_pressPos), toChart(event->position()));
        QVector<qint64> ids;
        const QVector<int> inside = m_chart->pointsIn(rect);
        ids.reserve(inside.size());
        for (int i : inside)
            ids.append(m_chart->data().points.at(i).customerId);
        m_chart->setSelectedCustomers(ids);
        emit selectionChanged(ids);
        break;
    }
    case Drag::Empty:
    case Drag::None:
        break;
    }
    event->accept();
}

void QuadrantChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPointF pos = toChart(event->position());
    if (event->button() == Qt::LeftButton && m_chart->plotArea().contains(pos) &&
        m_chart->pointAt(pos) < 0 && splitAxesAt(pos) == NoSplit) {
        resetZoom();
        event->accept();
        return;
    }
    event->accept(); // the first click already activated the marker
}

void QuadrantChartView::wheelEvent(QWheelEvent *event)
{
    const QPointF pos = toChart(event->position());
    if (!m_chart->plotArea().contains(pos) || event->angleDelta().y() == 0) {
        event->ignore();
        return;
    }
    const double factor = std::pow(0.8, event->angleDelta().y() / 120.0);
    const QPointF anchor = m_chart->positionToValue(pos);
    const QRectF range = m_chart->valueRange();
    m_chart->setValueRange(QRectF(QPointF(anchor.x() - (anchor.x() - range.left()) * factor,
                                          anchor.y() - (anchor.y() - range.top()) * factor),
                                  QSizeF(range.width() * factor, range.height() * factor)));
    event->accept();
}

QString QuadrantChartView::tooltipText(int index) const
{
    const QuadrantPoint &p = m_chart->data().points.at(index);
    if (m_tooltipProvider)
        return m_tooltipProvider(p.customerId);
    return tr("Customer %1\nPotential value: %2\nCurrent value: %3\nRevenue: %4")
        .arg(p.customerId)
        .arg(p.potential, 0, 'g', 4)
        .arg(p.current, 0, 'g', 4)
        .arg(p.revenue, 0, 'f', 0);
}

bool QuadrantChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = m_chart->pointAt(toChart(help->pos()));
        if (index >= 0)
            QToolTip::showText(help->globalPos(), tooltipText(index), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QChartView::viewportEvent(event);
}

} // namespace valuedesk
