#pragma once

#include "quadrantchartdata.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

#include <functional>

namespace valuedesk {

// A uniform grid over the points' value space (x = potential, y = current) for hit-testing all
// points, however few of them the chart draws. About four points per cell; build is O(n),
// queries touch only the cells around the query.
class QuadrantPointIndex final
{
public:
    void build(const QVector<QuadrantPoint> &points);
    void clear();

    // Indices (into the built points) inside `valueRect` (edges included), ascending.
    QVector<int> pointsIn(const QRectF &valueRect) const;

    // The point nearest to `value` on screen whose distance in pixels is at most
    // radiusPx(index); -1 if none. `pixelsPerUnit` converts value differences to pixels;
    // `maxRadiusPx` bounds radiusPx() and so the cells searched.
    int nearest(const QPointF &value, const QSizeF &pixelsPerUnit, double maxRadiusPx,
                const std::function<double(int)> &radiusPx) const;

    int pointCount() const { return static_cast<int>(m_x.size()); }

private:
    int cellX(double x) const;
    int cellY(double y) const;

    QVector<double> m_x;
    QVector<double> m_y;
    double m_minX = 0;
    double m_minY = 0;
    double m_cellW = 1;
    double m_cellH = 1;
    int m_columns = 0;
    int m_rows = 0;
    QVector<int> m_cellStart; // m_columns * m_rows + 1 offsets into m_order
    QVector<int> m_order;     // point indices sorted by cell
};

} // namespace valuedesk
