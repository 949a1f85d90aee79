#include "quadrantpointindex.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace valuedesk {

void QuadrantPointIndex::clear()
{
    m_x.clear();
    m_y.clear();
    m_cellStart.clear();
    m_order.clear();
    m_columns = m_rows = 0;
}

void QuadrantPointIndex::build(const QVector<QuadrantPoint> &points)
{
    clear();
    const int n = static_cast<int>(points.size());
    m_x.resize(n);
    m_y.resize(n);
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = maxX;
    m_minX = m_minY = std::numeric_limits<double>::infinity();
    int finite = 0;
    for (int i = 0; i < n; ++i) {
        m_x[i] = points.at(i).potential;
        m_y[i] = points.at(i).current;
        if (!std::isfinite(m_x.at(i)) || !std::isfinite(m_y.at(i)))
            continue;
        ++finite;
        m_minX = std::min(m_minX, m_x.at(i));
        m_minY = std::min(m_minY, m_y.at(i));
        maxX = std::max(maxX, m_x.at(i));
        maxY = std::max(maxY, m_y.at(i));
    }
    if (finite == 0)
        return;
    const int side = std::clamp(static_cast<int>(std::sqrt(finite / 4.0)), 1, 1024);
    m_columns = m_rows = side;
    m_cellW = std::max((maxX - m_minX) / side, 1e-300);
    m_cellH = std::max((maxY - m_minY) / side, 1e-300);

    // Counting sort by cell (CSR layout).
    QVector<int> cellOf(n, -1);
    m_cellStart.fill(0, m_columns * m_rows + 1);
    for (int i = 0; i < n; ++i) {
        if (!std::isfinite(m_x.at(i)) || !std::isfinite(m_y.at(i)))
            continue;
        cellOf[i] = cellY(m_y.at(i)) * m_columns + cellX(m_x.at(i));
        ++m_cellStart[cellOf.at(i) + 1];
    }
    for (int c = 0; c < m_columns * m_rows; ++c)
        m_cellStart[c + 1] += m_cellStart.at(c);
    m_order.resize(finite);
    QVector<int> fill = m_cellStart;
    for (int i = 0; i < n; ++i) {
        if (cellOf.at(i) >= 0)
            m_order[fill[cellOf.at(i)]++] = i;
    }
}

int QuadrantPointIndex::cellX(double x) const
{
    return std::clamp(static_cast<int>(std::floor((x - m_minX) / m_cellW)), 0, m_columns - 1);
}

int QuadrantPointIndex::cellY(double y) const
{
    return std::clamp(static_cast<int>(std::floor((y - m_minY) / m_cellH)), 0, m_rows - 1);
}

QVector<int> QuadrantPointIndex::pointsIn(const QRectF &valueRect) const
{
    QVector<int> result;
    if (m_columns == 0)
        return result;
    const QRectF r = valueRect.normalized();
    const int c0 = cellX(r.left());
    const int c1 = cellX(r.right());
    const int r0 = cellY(r.top());
    const int r1 = cellY(r.bottom());
    for (int row = r0; row <= r1; ++row) {
        for (int col = c0; col <= c1; ++col) {
            const int cell = row * m_columns + col;
            for (int k = m_cellStart.at(cell); k < m_cellStart.at(cell + 1); ++k) {
                const int i = m_order.at(k);
                if (m_x.at(i) >= r.left() && m_x.at(i) <= r.right() && m_y.at(i) >= r.top() &&
                    m_y.at(i) <= r.bottom())
                    result.append(i);
            }
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

int QuadrantPointIndex::nearest(const QPointF &value, const QSizeF &pixelsPerUnit,
                                double maxRadiusPx,
                                const std::function<double(int)> &radiusPx) const
{
    if (m_columns == 0 || pixelsPerUnit.width() <= 0 || pixelsPerUnit.height() <= 0)
        return -1;
    const double dx = maxRadiusPx / pixelsPerUnit.width();
    const double dy = maxRadiusPx / pixelsPerUnit.height();
    const QRectF box(value.x() - dx, value.y() - dy, 2 * dx, 2 * dy);
    int best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (int i : pointsIn(box)) {
        const double px = (m_x.at(i) - value.x()) * pixelsPerUnit.width();
        const double py = (m_y.at(i) - value.y()) * pixelsPerUnit.height();
        const double d = std::hypot(px, py);
        if (d <= radiusPx(i) && d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace valuedesk
