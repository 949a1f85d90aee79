#include "clvheatmapmodel.h"

#include "displayformat.h"
#include "palette.h"

#include <QColor>

#include <algorithm>
#include <cmath>

namespace valuedesk {

namespace {

QString percent(double share)
{
    return DisplayFormat().percent(share, 0);
}

} // namespace

ClvHeatmapModel::ClvHeatmapModel(QObject *parent) : QAbstractTableModel(parent) {}

int ClvHeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recencyBuckets;
}

int ClvHeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : frequencyColumns;
}

int ClvHeatmapModel::rowOf(const CustomerSummary &c)
{
    // A customer whose first purchase is the calibration end (T = 0) has just bought.
    const double share = c.T > 0 ? std::clamp(c.recency / c.T, 0.0, 1.0) : 1.0;
    const int bucket = std::min(recencyBuckets - 1, static_cast<int>(share * recencyBuckets));
    return recencyBuckets - 1 - bucket;
}

int ClvHeatmapModel::columnOf(const CustomerSummary &c)
{
    const double x = std::isfinite(c.frequency) ? std::max(0.0, c.frequency) : 0.0;
    return std::min(frequencyColumns - 1, static_cast<int>(x));
}

void ClvHeatmapModel::setCustomers(const QVector<CustomerClv> &customers)
{
    beginResetModel();
    m_count.fill(0);
    m_sum.fill(0.0);
    for (const CustomerClv &c : customers) {
        if (!std::isfinite(c.probabilityAlive))
            continue;
        const int k = cell(rowOf(c.summary), columnOf(c.summary));
        ++m_count[k];
        m_sum[k] += c.probabilityAlive;
    }
    endResetModel();
}

double ClvHeatmapModel::averageProbabilityAlive(int row, int column) const
{
    const int k = cell(row, column);
    return m_count[k] > 0 ? m_sum[k] / m_count[k] : qQNaN();
}

QColor ClvHeatmapModel::colorFor(double p)
{
    // Light tints so the text stays readable: red (0) → amber (0.5) → green (1).
    return Palette::probabilityRamp(p);
}

QVariant ClvHeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int n = count(index.row(), index.column());
    const double average = averageProbabilityAlive(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return n == 0 ? QString() : tr("%1\n(%n)", nullptr, n).arg(percent(average));
    case CountRole:
        return n;
    case AverageRole:
        return n > 0 ? QVariant(average) : QVariant();
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::BackgroundRole:
        return n > 0 ? QVariant(colorFor(average)) : QVariant();
    case Qt::ToolTipRole:
        return n == 0 ? tr("No customer in this cell")
                      : tr("%n customer(s), average P(alive) %1", nullptr, n).arg(percent(average));
    default:
        return {};
    }
}

QVariant ClvHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section == frequencyColumns - 1 ? tr("x = %1+").arg(section)
                                               : tr("x = %1").arg(section);
    const int bucket = recencyBuckets - 1 - section;
    const double from = double(bucket) / recencyBuckets;
    const double to = double(bucket + 1) / recencyBuckets;
    return tr("t_x/T %1–%2").arg(percent(from), percent(to));
}

} // namespace valuedesk
