#pragma once

#include "quadrantchartdata.h"
#include "quadrantlevelofdetail.h"
#include "quadrantpointindex.h"

#include <QChart>
#include <QHash>
#include <QImage>

QT_BEGIN_NAMESPACE
class QPainter;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace valuedesk {

enum class Quadrant; // metrics/valuescorer.h
class QuadrantChartDecoration;

// The value/potential quadrant chart (四象限) as a QChart: x = potential value, y = current
// value, one marker per customer, the four quadrants tinted and named (ValueScorer's display and
// strategy names) in their outer corners, dashed split lines at the thresholds. Marker size is the
// revenue quartile (SizeClassCount classes); colour is the customer's group (legend) or, without
// groups, its quadrant; manual overrides get a dark ring, selected customers a larger crimson ring.
//
// Shared by QuadrantChartView (interactive) and reports (render() / renderImage(), vectors when
// the painter is a QPdfWriter's). Positions are in chart coordinates (QChart::mapToPosition).
//
// Scale: every scatter marker is a graphics item, so the chart draws a level-of-detail subset
// (QuadrantLevelOfDetail, at most maxMarkers(), recomputed on resize, zoom, data, threshold and
// selection changes) while hit-testing (pointAt, pointsIn) searches all points through a spatial
// index. With setOpenGLEnabled(true) and a real GL context all points are drawn by OpenGL instead.
class QuadrantChart final : public QChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuadrantChart)

public:
    static constexpr int SizeClassCount = 4;

    explicit QuadrantChart(QGraphicsItem *parent = nullptr);
    ~QuadrantChart() override;

    void setData(const QuadrantChartData &data); // resets zoom and selection
    const QuadrantChartData &data() const { return m_data; }

    // Moves the split lines and re-tints; recolours the points when they are coloured by quadrant.
    void setThresholds(double current, double potential);
    double currentThreshold() const { return m_data.currentThreshold; }
    double potentialThreshold() const { return m_data.potentialThreshold; }
    // While deferred, setThresholds() moves lines and tints only (cheap while dragging); turning it
    // off recolours once.
    void setPointRecolouringDeferred(bool deferred);
    Quadrant quadrantOf(int index) const; // by the chart's thresholds

    void setSelectedCustomers(const QVector<qint64> &customerIds); // unknown ids are ignored
    QVector<qint64> selectedCustomers() const;
    int indexOf(qint64 customerId) const; // index into data().points, -1 if unknown

    // The visible value rectangle (x = potential, y = current) and the zoom.
    QRectF valueRange() const { return m_range; }
    void setValueRange(const QRectF &range);
    void resetValueRange();

    QPointF valueToPosition(const QPointF &value) const; // (potential, current) → chart position
    QPointF positionToValue(const QPointF &position) const;

    // Hit-testing over all points: the point nearest to `position` within its marker radius plus
    // tolerancePx, or -1; the points inside a rectangle of chart positions.
    int pointAt(const QPointF &position, double tolerancePx = 3) const;
    QVector<int> pointsIn(const QRectF &positionRect) const;
    double markerSize(int index) const;

    // Off: every point is drawn (for measurements, or a vector export that wants them all).
    void setLevelOfDetailEnabled(bool enabled);
    bool isLevelOfDetailEnabled() const { return m_levelOfDetail; }
    void setMaxMarkers(int maxMarkers); // default 12 000
    int maxMarkers() const { return m_maxMarkers; }
    int drawnMarkerCount() const { return m_drawn; }

    // OpenGL draws all markers (no level of detail) but paints them above the split lines and
    // quadrant labels, and not into render()/renderImage(); off by default. Ignored without a
    // GL context (the offscreen platform has none).
    void setOpenGLEnabled(bool enabled);
    bool isOpenGLEnabled() const { return m_openGL; }
    static bool isOpenGLAvailable();

    // Renders a chart of `data` into `target` of `painter` (laid out at target's size in logical
    // units), e.g. a QPdfWriter page for vector output. Needs a QApplication.
    static void render(QPainter *painter, const QRectF &target, const QuadrantChartData &data,
                       const QVector<qint64> &selectedCustomerIds = {});
    static QImage renderImage(const QuadrantChartData &data, const QSize &size,
                              const QVector<qint64> &selectedCustomerIds = {});

private:
    void rebuildSeries();
    void updateAxes();
    void assignBuckets();
    void updateMarkers();
    void updateDecorations();
    QSizeF plotSize() const;
    QScatterSeries *addScatter(const QString &name, double size, const QColor &brush,
                               const QPen &pen);
    int colourKey(int index) const;

    QuadrantChartData m_data;
    QuadrantPointIndex m_index;
    QHash<qint64, int> m_idToIndex;
    QVector<quint8> m_sizeClass;
    QVector<int> m_selected; // sorted indices
    bool m_byQuadrant = true;
    int m_colourKeys = 1; // colours: quadrants, or groups + "Other"
    bool m_recolourDeferred = false;
    bool m_recolourPending = false;
    bool m_openGL = false;
    bool m_levelOfDetail = true;
    bool m_updating = false;
    int m_maxMarkers = 12000;
    int m_drawn = 0;
    QRectF m_homeRange;
    QRectF m_range;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QVector<QScatterSeries *> m_series; // colour key × size class, overrides, selection
    QVector<LevelOfDetailBucket> m_buckets;
    quint64 m_bucketsGeneration = 0;
    struct MarkerState // what the drawn markers were computed from
    {
        QSizeF plotSize;
        QRectF valueRange;
        quint64 bucketsGeneration = 0;
        int maxMarkers = 0;
        int threshold = 0;
        bool operator==(const MarkerState &o) const
        {
            return plotSize == o.plotSize && valueRange == o.valueRange &&
                   bucketsGeneration == o.bucketsGeneration && maxMarkers == o.maxMarkers &&
                   threshold == o.threshold;
        }
    };
    MarkerState m_markerState;
    QuadrantChartDecoration *m_tints = nullptr;
    QuadrantChartDecoration *m_overlay = nullptr;
};

} // namespace valuedesk
