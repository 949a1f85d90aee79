#include "quadrantlevelofdetail.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace valuedesk {

namespace {

bool visible(const QuadrantPoint &p, const QRectF &range)
{
    return p.potential >= range.left() && p.potential <= range.right() &&
           p.current >= range.top() && p.current <= range.bottom();
}

} // namespace

QVector<QVector<int>> QuadrantLevelOfDetail::reduce(const QVector<QuadrantPoint> &points,
                                                    const QVector<LevelOfDetailBucket> &buckets,
                                                    const LevelOfDetailParams &params)
{
    const QRectF range = params.valueRange.normalized();
    QVector<QVector<int>> result(buckets.size());
    int total = 0;
    for (int b = 0; b < buckets.size(); ++b) {
        for (int i : buckets.at(b).points) {
            if (visible(points.at(i), range))
                result[b].append(i);
        }
        total += static_cast<int>(result.at(b).size());
    }
    const double width = params.plotSize.width();
    const double height = params.plotSize.height();
    if (total <= params.threshold || range.width() <= 0 || range.height() <= 0 || width < 1 ||
        height < 1)
        return result;

    const QVector<QVector<int>> inView = result;
    std::vector<quint32> stamp; // cell → last bucket pass that filled it (no clearing needed)
    quint32 pass = 0;
    double scale = 1.0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        total = 0;
        for (int b = 0; b < buckets.size(); ++b) {
            const double cell =
                std::max(params.minCellPx, params.cellPerMarker * buckets.at(b).markerSize) * scale;
            const int columns = static_cast<int>(std::ceil(width / cell)) + 1;
            const int rows = static_cast<int>(std::ceil(height / cell)) + 1;
            const std::size_t cells = static_cast<std::size_t>(columns) * rows;
            if (stamp.size() < cells)
                stamp.resize(cells, 0);
            ++pass;
            const double sx = width / range.width() / cell;
            const double sy = height / range.height() / cell;
            QVector<int> &kept = result[b];
            kept.clear();
            for (int i : inView.at(b)) {
                const QuadrantPoint &p = points.at(i);
                const int col =
                    std::clamp(static_cast<int>((p.potential - range.left()) * sx), 0, columns - 1);
                const int row =
                    std::clamp(static_cast<int>((p.current - range.top()) * sy), 0, rows - 1);
                quint32 &s = stamp[static_cast<std::size_t>(row) * columns + col];
                if (s != pass) {
                    s = pass;
                    kept.append(i);
                }
            }
            total += static_cast<int>(kept.size());
        }
        if (total <= params.maxMarkers)
            break;
        scale *= std::max(1.2, std::sqrt(static_cast<double>(total) / params.maxMarkers) * 1.05);
    }
    return result;
}

} // namespace valuedesk
