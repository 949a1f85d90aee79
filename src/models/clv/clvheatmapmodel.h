#pragma once

#include "clv/probabilisticclv.h"

#include <QAbstractTableModel>
#include <QColor>

#include <array>

namespace valuedesk {

// P(alive) against recency and frequency: rows are buckets of recency as a share of the
// customer's age (t_x ÷ T: the top row bought last near the calibration end), columns are
// repeat purchases 0 … 6 and 7+. Each cell holds its customers' count and average P(alive) and
// is tinted from red (likely gone) to green (likely alive). Empty cells show nothing.
class ClvHeatmapModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { CountRole = Qt::UserRole + 1, AverageRole };
    static constexpr int recencyBuckets = 5;
    static constexpr int frequencyColumns = 8; // 0 … 6 and "7+"

    explicit ClvHeatmapModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setCustomers(const QVector<CustomerClv> &customers); // empty clears
    // The cell of a customer: row 0 is the most recent bucket.
    static int rowOf(const CustomerSummary &c);
    static int columnOf(const CustomerSummary &c);
    int count(int row, int column) const { return m_count.at(cell(row, column)); }
    double averageProbabilityAlive(int row, int column) const; // NaN when empty
    // The tint of a P(alive) 0 … 1: red → amber → green.
    static QColor colorFor(double probabilityAlive);

private:
    static int cell(int row, int column) { return row * frequencyColumns + column; }

    std::array<int, std::size_t{recencyBuckets} * frequencyColumns> m_count{};
    std::array<double, std::size_t{recencyBuckets} * frequencyColumns> m_sum{};
};

} // namespace valuedesk
