#include "quadrantchart.h"

#include "chartstyle.h"
#include "metrics/valuescorer.h"
#include "quadrantchartdecoration.h"
#include "quadrantlevelofdetail.h"

#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QOpenGLContext>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace valuedesk {

namespace {

constexpr double MarkerSizes[QuadrantChart::SizeClassCount] = {5.0, 7.0, 9.5, 12.5};
constexpr double SelectionMarkerSize = 17.0;
constexpr int QuadrantCount = 4;

bool isFinite(const QuadrantPoint &p)
{
    return std::isfinite(p.potential) && std::isfinite(p.current);
}

} // namespace

QuadrantChart::QuadrantChart(QGraphicsItem *parent) : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setMargins(QMargins(6, 6, 6, 6));
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setMarkerShape(QLegend::MarkerShapeCircle);

    m_axisX = new QValueAxis(this);
    m_axisY = new QValueAxis(this);
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setLabelFormat(QStringLiteral("%.3g"));
        QPen grid = axis->gridLinePen();
        grid.setColor(QColor(0, 0, 0, 28));
        axis->setGridLinePen(grid);
        axis->setMinorGridLineVisible(false);
    }
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);

    m_tints = new QuadrantChartDecoration(*this, QuadrantChartDecoration::Layer::Tints, this);
    m_overlay = new QuadrantChartDecoration(*this, QuadrantChartDecoration::Layer::Overlay, this);

    connect(this, &QChart::plotAreaChanged, this, [this] {
        updateDecorations();
        updateMarkers();
    });
    setData({});
}

QuadrantChart::~QuadrantChart() = default;

void QuadrantChart::setData(const QuadrantChartData &data)
{
    // Changing the axes below re-lays out the plot, whose signal would draw markers from the old
    // buckets over the new points: no marker update until the buckets match the points again.
    m_updating = true;
    m_data = data;
    m_byQuadrant = m_data.groupNames.isEmpty();
    m_index.build(m_data.points);
    m_idToIndex.clear();
    m_idToIndex.reserve(m_data.points.size());
    for (int i = 0; i < m_data.points.size(); ++i)
        m_idToIndex.insert(m_data.points.at(i).customerId, i);
    m_selected.clear();

    // Revenue quartiles → size classes (one class when revenue does not vary).
    const int n = static_cast<int>(m_data.points.size());
    m_sizeClass.fill(1, n);
    if (n > 1) {
        std::vector<double> revenue;
        revenue.reserve(static_cast<std::size_t>(n));
        for (const QuadrantPoint &p : std::as_const(m_data.points))
            revenue.push_back(p.revenue);
        std::sort(revenue.begin(), revenue.end());
        if (revenue.front() < revenue.back()) {
            double bounds[SizeClassCount - 1];
            for (int k = 1; k < SizeClassCount; ++k)
                bounds[k - 1] = revenue.at(static_cast<std::size_t>(k) *
                                           static_cast<std::size_t>(n) / SizeClassCount);
            for (int i = 0; i < n; ++i) {
                const double r = m_data.points.at(i).revenue;
                int cls = 0;
                while (cls < SizeClassCount - 1 && r >= bounds[cls])
                    ++cls;
                m_sizeClass[i] = static_cast<quint8>(cls);
            }
        }
    }

    m_axisX->setTitleText(m_data.potentialAxisTitle.isEmpty() ? tr("Potential value")
                                                              : m_data.potentialAxisTitle);
    m_axisY->setTitleText(m_data.currentAxisTitle.isEmpty() ? tr("Current value")
                                                            : m_data.currentAxisTitle);
    updateAxes();
    rebuildSeries();
    assignBuckets();
    m_updating = false;
    updateMarkers();
    updateDecorations();
}

void QuadrantChart::updateAxes()
{
    double minX = m_data.potentialThreshold, maxX = minX;
    double minY = m_data.currentThreshold, maxY = minY;
    for (const QuadrantPoint &p : std::as_const(m_data.points)) {
        if (!isFinite(p))
            continue;
        minX = std::min(minX, p.potential);
        maxX = std::max(maxX, p.potential);
        minY = std::min(minY, p.current);
        maxY = std::max(maxY, p.current);
    }
    const auto pad = [](double &lo, double &hi) {
        const double span = hi - lo > 0 ? hi - lo : std::max(1.0, std::abs(hi));
        lo -= span * 0.04;
        hi += span * 0.04;
    };
    pad(minX, maxX);
    pad(minY, maxY);
    m_axisX->setRange(minX, maxX);
    m_axisX->applyNiceNumbers();
    m_axisY->setRange(minY, maxY);
    m_axisY->applyNiceNumbers();
    m_homeRange =
        QRectF(QPointF(m_axisX->min(), m_axisY->min()), QPointF(m_axisX->max(), m_axisY->max()));
    m_range = m_homeRange;
}

QScatterSeries *QuadrantChart::addScatter(const QString &name, double size, const QColor &brush,
                                          const QPen &pen)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    series->setMarkerSize(size);
    series->setBrush(brush.isValid() ? QBrush(brush) : QBrush(Qt::NoBrush));
    series->setPen(pen);
    series->setUseOpenGL(m_openGL);
    addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    const QList<QLegendMarker *> markers = legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(!name.isEmpty());
    m_series.append(series);
    return series;
}

void QuadrantChart::rebuildSeries()
{
    for (QScatterSeries *series : std::as_const(m_series)) {
        removeSeries(series);
        delete series;
    }
    m_series.clear();

    bool anyOther = false, anyOverride = false;
    for (const QuadrantPoint &p : std::as_const(m_data.points)) {
        anyOther = anyOther || p.group < 0 || p.group >= m_data.groupNames.size();
        anyOverride = anyOverride || p.overridden;
    }
    const int keys = m_byQuadrant ? QuadrantCount : static_cast<int>(m_data.groupNames.size()) + 1;
    const QPen border(QColor(255, 255, 255, 170), 0.8);
    // Largest markers first, so that small ones stay visible on top of big ones; the legend
    // shows the second size class of each colour (the legend keeps the colours' order).
    m_colourKeys = keys;
    for (int cls = SizeClassCount - 1; cls >= 0; --cls) {
        for (int key = 0; key < keys; ++key) {
            QColor colour;
            QString name;
            if (m_byQuadrant) {
                colour = ChartStyle::quadrantColor(static_cast<Quadrant>(key));
            } else if (key < m_data.groupNames.size()) {
                colour = ChartStyle::colorAt(key);
                name = m_data.groupNames.at(key);
            } else {
                colour = ChartStyle::neutralColor();
                name = anyOther ? tr("Other") : QString();
            }
            colour.setAlpha(215);
            addScatter(cls == 1 ? name : QString(), MarkerSizes[cls], colour, border);
        }
    }
    const QPen ring(QColor(0x20, 0x20, 0x20), 1.3);
    for (int cls = 0; cls < SizeClassCount; ++cls)
        addScatter(cls == 1 && anyOverride ? tr("Manual override") : QString(),
                   MarkerSizes[cls] + 3, QColor(), ring);
    addScatter(QString(), SelectionMarkerSize, QColor(), QPen(QColor(0xD0, 0x00, 0x3C), 2.4));

    // (QLegendMarker::isVisible() is false while the legend is hidden: ask the names.)
    const bool legendUsed =
        std::any_of(m_series.cbegin(), m_series.cend(),
                    [](const QScatterSeries *s) { return !s->name().isEmpty(); });
    legend()->setVisible(legendUsed);
}

int QuadrantChart::colourKey(int index) const
{
    if (m_byQuadrant)
        return static_cast<int>(quadrantOf(index));
    const int group = m_data.points.at(index).group;
    return group >= 0 && group < m_data.groupNames.size()
               ? group
               : static_cast<int>(m_data.groupNames.size());
}

Quadrant QuadrantChart::quadrantOf(int index) const
{
    const QuadrantPoint &p = m_data.points.at(index);
    return ValueScorer::classify(p.current, p.potential, m_data.currentThreshold,
                                 m_data.potentialThreshold);
}

void QuadrantChart::assignBuckets()
{
    // Buckets parallel m_series: colour × size class, the override rings, the selection ring.
    const int pointSeries = static_cast<int>(m_series.size()) - SizeClassCount - 1;
    m_buckets = QVector<LevelOfDetailBucket>(m_series.size());
    for (int s = 0; s < m_series.size(); ++s)
        m_buckets[s].markerSize = m_series.at(s)->markerSize();
    for (int i = 0; i < m_data.points.size(); ++i) {
        const QuadrantPoint &p = m_data.points.at(i);
        if (!isFinite(p))
            continue;
        const int cls = m_sizeClass.at(i);
        const int key = std::min(colourKey(i), m_colourKeys - 1);
        m_buckets[(SizeClassCount - 1 - cls) * m_colourKeys + key].points.append(i);
        if (p.overridden)
            m_buckets[pointSeries + cls].points.append(i);
    }
    for (int i : std::as_const(m_selected)) {
        if (isFinite(m_data.points.at(i)))
            m_buckets.last().points.append(i);
    }
    m_recolourPending = false;
    ++m_bucketsGeneration;
}

QSizeF QuadrantChart::plotSize() const
{
    const QRectF plot = plotArea();
    if (plot.width() >= 10 && plot.height() >= 10)
        return plot.size();
    return QSizeF(800, 500); // not laid out yet; redone on plotAreaChanged
}

void QuadrantChart::updateMarkers()
{
    if (m_updating || m_series.isEmpty())
        return;
    LevelOfDetailParams params;
    params.valueRange = m_range;
    params.plotSize = plotSize();
    params.maxMarkers = m_maxMarkers;
    if (m_openGL || !m_levelOfDetail)
        params.threshold = std::numeric_limits<int>::max();
    // The layout reports the same plot area more than once per resize: skip repeats.
    const MarkerState state{params.plotSize, params.valueRange, m_bucketsGeneration,
                            params.maxMarkers, params.threshold};
    if (state == m_markerState)
        return;
    m_markerState = state;
    m_updating = true;
    const QVector<QVector<int>> drawn =
        QuadrantLevelOfDetail::reduce(m_data.points, m_buckets, params);
    m_drawn = 0;
    for (int s = 0; s < m_series.size(); ++s) {
        QList<QPointF> xy;
        xy.reserve(drawn.at(s).size());
        for (int i : drawn.at(s))
            xy.append(QPointF(m_data.points.at(i).potential, m_data.points.at(i).current));
        m_drawn += static_cast<int>(xy.size());
        m_series.at(s)->replace(xy);
    }
    m_updating = false;
}

void QuadrantChart::updateDecorations()
{
    m_tints->refresh();
    m_overlay->refresh();
}

void QuadrantChart::setThresholds(double current, double potential)
{
    if (current == m_data.currentThreshold && potential == m_data.potentialThreshold)
        return;
    m_data.currentThreshold = current;
    m_data.potentialThreshold = potential;
    updateDecorations();
    if (!m_byQuadrant)
        return;
    if (m_recolourDeferred) {
        m_recolourPending = true;
        return;
    }
    assignBuckets();
    updateMarkers();
}

void QuadrantChart::setPointRecolouringDeferred(bool deferred)
{
    m_recolourDeferred = deferred;
    if (!deferred && m_recolourPending) {
        assignBuckets();
        updateMarkers();
    }
}

void QuadrantChart::setSelectedCustomers(const QVector<qint64> &customerIds)
{
    m_selected.clear();
    for (qint64 id : customerIds) {
        const int i = indexOf(id);
        if (i >= 0)
            m_selected.append(i);
    }
    std::sort(m_selected.begin(), m_selected.end());
    m_selected.erase(std::unique(m_selected.begin(), m_selected.end()), m_selected.end());
    assignBuckets();
    updateMarkers();
}

QVector<qint64> QuadrantChart::selectedCustomers() const
{
    QVector<qint64> ids;
    ids.reserve(m_selected.size());
    for (int i : m_selected)
        ids.append(m_data.points.at(i).customerId);
    return ids;
}

int QuadrantChart::indexOf(qint64 customerId) const
{
    return m_idToIndex.value(customerId, -1);
}

void QuadrantChart::setValueRange(const QRectF &range)
{
    const QRectF r = range.normalized();
    if (r.width() <= 0 || r.height() <= 0)
        return;
    m_range = r;
    m_axisX->setRange(r.left(), r.right());
    m_axisY->setRange(r.top(), r.bottom());
    updateDecorations();
    updateMarkers();
}

void QuadrantChart::resetValueRange()
{
    setValueRange(m_homeRange);
}

QPointF QuadrantChart::valueToPosition(const QPointF &value) const
{
    const QRectF plot = plotArea();
    return QPointF(plot.left() + (value.x() - m_range.left()) / m_range.width() * plot.width(),
                   plot.bottom() - (value.y() - m_range.top()) / m_range.height() * plot.height());
}

QPointF QuadrantChart::positionToValue(const QPointF &position) const
{
    const QRectF plot = plotArea();
    if (plot.width() <= 0 || plot.height() <= 0)
        return {};
    return QPointF(m_range.left() + (position.x() - plot.left()) / plot.width() * m_range.width(),
                   m_range.top() +
                       (plot.bottom() - position.y()) / plot.height() * m_range.height());
}

double QuadrantChart::markerSize(int index) const
{
    return MarkerSizes[m_sizeClass.at(index)];
}

int QuadrantChart::pointAt(const QPointF &position, double tolerancePx) const
{
    const QRectF plot = plotArea();
    if (!plot.contains(position))
        return -1;
    const QSizeF pixelsPerUnit(plot.width() / m_range.width(), plot.height() / m_range.height());
    const double maxRadius = MarkerSizes[SizeClassCount - 1] / 2 + tolerancePx;
    return m_index.nearest(positionToValue(position), pixelsPerUnit, maxRadius,
                           [&](int i) { return markerSize(i) / 2 + tolerancePx; });
}

QVector<int> QuadrantChart::pointsIn(const QRectF &positionRect) const
{
    const QRectF r = positionRect.normalized().intersected(plotArea());
    if (r.isEmpty())
        return {};
    return m_index.pointsIn(QRectF(positionToValue(r.topLeft()), positionToValue(r.bottomRight())));
}

void QuadrantChart::setMaxMarkers(int maxMarkers)
{
    m_maxMarkers = std::max(100, maxMarkers);
    updateMarkers();
}

void QuadrantChart::setLevelOfDetailEnabled(bool enabled)
{
    if (enabled == m_levelOfDetail)
        return;
    m_levelOfDetail = enabled;
    updateMarkers();
}

bool QuadrantChart::isOpenGLAvailable()
{
    static const bool available = [] {
        QOpenGLContext context;
        return context.create();
    }();
    return available;
}

void QuadrantChart::setOpenGLEnabled(bool enabled)
{
    const bool on = enabled && isOpenGLAvailable();
    if (on == m_openGL)
        return;
    m_openGL = on;
    for (QScatterSeries *series : std::as_const(m_series))
        series->setUseOpenGL(on);
    updateMarkers();
}

void QuadrantChart::render(QPainter *painter, const QRectF &target, const QuadrantChartData &data,
                           const QVector<qint64> &selectedCustomerIds)
{
    QGraphicsScene scene;
    auto *chart = new QuadrantChart; // owned by the scene
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    chart->setData(data);
    chart->setSelectedCustomers(selectedCustomerIds);
    chart->layout()->activate(); // lays out the plot area (plotAreaChanged updates the markers)
    scene.setSceneRect(chart->geometry());
    scene.render(painter, target, chart->geometry());
}

QImage QuadrantChart::renderImage(const QuadrantChartData &data, const QSize &size,
                                  const QVector<qint64> &selectedCustomerIds)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(&painter, QRectF(QPointF(0, 0), size), data, selectedCustomerIds);
    return image;
}

} // namespace valuedesk
