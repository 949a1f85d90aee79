#pragma once

#include "quadrantchartdata.h"

#include <QRectF>
#include <QSizeF>
#include <QVector>

namespace valuedesk {

// The level-of-detail reduction of the quadrant chart's markers: a scatter series draws every
// marker as a graphics item, so 100 000 customers would make the chart sluggish. Each bucket (a
// colour × size-class series) keeps one representative point per occupied cell of a pixel grid
// over the plot; cells start at max(minCellPx, cellPerMarker × marker size) and grow until at
// most maxMarkers are drawn. Markers under one cell overlap on screen anyway. Points outside the
// visible value range are dropped. Below `threshold` visible points nothing is reduced.
struct LevelOfDetailParams
{
    QRectF valueRange; // visible: x = potential, y = current
    QSizeF plotSize;   // pixels
    double minCellPx = 2.0;
    double cellPerMarker = 0.5;
    int maxMarkers = 20000;
    int threshold = 5000;
};

struct LevelOfDetailBucket
{
    QVector<int> points; // indices into the data
    double markerSize = 8;
};

class QuadrantLevelOfDetail final
{
public:
    // The indices to draw, per bucket, in the buckets' order.
    static QVector<QVector<int>> reduce(const QVector<QuadrantPoint> &points,
                                        const QVector<LevelOfDetailBucket> &buckets,
                                        const LevelOfDetailParams &params);
};

} // namespace valuedesk
