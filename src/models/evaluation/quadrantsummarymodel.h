#pragma once

#include "metrics/valuescorer.h"

#include <QAbstractTableModel>
#include <QVector>

namespace valuedesk {

class EvaluationResultModel;

// Beside the quadrant chart: per quadrant (effective, i.e. after manual overrides) the number of
// customers, their share, revenue and revenue share, and the average current, potential and total
// scores, over the customers the filters keep; the last row is the total.
class QuadrantSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        QuadrantColumn,
        Customers,
        CustomerShare,
        Revenue,
        RevenueShare,
        AvgCurrent,
        AvgPotential,
        AvgTotal,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1, QuadrantRole /* int(Quadrant), -1 for the total */ };

    struct Row
    {
        int customers = 0;
        double revenue = 0;
        double current = 0; // sums until finished, then averages
        double potential = 0;
        double total = 0;
    };

    explicit QuadrantSummaryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Recomputes from `rows` (source rows of `results`).
    void summarise(const EvaluationResultModel &results, const QVector<int> &rows);
    void clear();
    const Row &summary(int row) const { return m_rows.at(row); } // 0 … 3 quadrants, 4 total

    static constexpr int totalRow = 4;

private:
    QVector<Row> m_rows;
};

} // namespace valuedesk
