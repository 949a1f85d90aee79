#include "rfmheatmapmodel.h"

#include "displayformat.h"
#include "palette.h"

#include <QColor>

#include <cmath>

namespace valuedesk {

RfmHeatmapModel::RfmHeatmapModel(QObject *parent) : QAbstractTableModel(parent) {}

int RfmHeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : scores;
}

int RfmHeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : scores;
}

void RfmHeatmapModel::setResult(const ClassificationResult &result)
{
    beginResetModel();
    std::fill(std::begin(m_count), std::end(m_count), 0);
    std::fill(std::begin(m_sum), std::end(m_sum), 0.0);
    m_maxAverage = 0;
    const int rColumn = static_cast<int>(result.fieldIds.indexOf(QStringLiteral("r")));
    const int fColumn = static_cast<int>(result.fieldIds.indexOf(QStringLiteral("f")));
    const int mColumn = static_cast<int>(result.fieldIds.indexOf(QStringLiteral("monetary")));
    if (rColumn >= 0 && fColumn >= 0 && mColumn >= 0) {
        for (Eigen::Index i = 0; i < result.fields.rows(); ++i) {
            const double r = result.fields(i, rColumn);
            const double f = result.fields(i, fColumn);
            if (!(r >= 1 && r <= scores && f >= 1 && f <= scores))
                continue;
            const int k = cell(static_cast<int>(r), static_cast<int>(f));
            ++m_count[k];
            const double m = result.fields(i, mColumn);
            if (std::isfinite(m))
                m_sum[k] += m;
        }
        for (int k = 0; k < scores * scores; ++k)
            if (m_count[k] > 0)
                m_maxAverage = std::max(m_maxAverage, m_sum[k] / m_count[k]);
    }
    endResetModel();
}

double RfmHeatmapModel::averageMonetary(int r, int f) const
{
    const int k = cell(r, f);
    return m_count[k] > 0 ? m_sum[k] / m_count[k] : qQNaN();
}

QVariant RfmHeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int r = scores - index.row(); // the top row is R = 5
    const int f = index.column() + 1;
    const int n = count(r, f);
    const double average = averageMonetary(r, f);
    switch (role) {
    case Qt::DisplayRole:
        return n == 0 ? QString()
                      : tr("%n customer(s)\navg %1", nullptr, n)
                            .arg(DisplayFormat().number(average, 0));
    case CountRole:
        return n;
    case AverageMonetaryRole:
        return n > 0 ? QVariant(average) : QVariant();
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::BackgroundRole: {
        if (n == 0 || m_maxAverage <= 0)
            return {};
        const double t = std::clamp(average / m_maxAverage, 0.0, 1.0);
        // From a pale to a deep blue (the chart palette's first colour).
        return Palette::intensityRamp(t);
    }
    case Qt::ForegroundRole:
        if (n > 0 && m_maxAverage > 0 && average / m_maxAverage > 0.6)
            return Palette::intensityText();
        return {};
    case Qt::ToolTipRole:
        return n == 0 ? tr("No customer with R = %1, F = %2").arg(r).arg(f)
                      : tr("R = %1, F = %2: %n customer(s), average monetary value %3", nullptr, n)
                            .arg(r)
                            .arg(f)
                            .arg(DisplayFormat().number(average, 2));
    default:
        return {};
    }
}

QVariant RfmHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return orientation == Qt::Horizontal ? tr("F = %1").arg(section + 1)
                                         : tr("R = %1").arg(scores - section);
}

} // namespace valuedesk
