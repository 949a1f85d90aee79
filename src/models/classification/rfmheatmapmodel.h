#pragma once

#include "classification/classification.h"

#include <QAbstractTableModel>

namespace valuedesk {

// The R × F heat map of an RFM classification: rows R = 5 (most recent) … 1, columns F = 1 … 5;
// each cell holds the number of customers with that (R, F) score and their average monetary
// value, and is tinted by that average (darker = more). Reads the result's "r", "f" and
// "monetary" fields.
class RfmHeatmapModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { CountRole = Qt::UserRole + 1, AverageMonetaryRole };
    static constexpr int scores = 5;

    explicit RfmHeatmapModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Empty when the result has no r/f/monetary fields.
    void setResult(const ClassificationResult &result);
    int count(int r, int f) const { return m_count[cell(r, f)]; } // r, f in 1 … 5
    double averageMonetary(int r, int f) const;                   // NaN when empty

private:
    static int cell(int r, int f) { return (r - 1) * scores + (f - 1); }

    int m_count[scores * scores] = {};
    double m_sum[scores * scores] = {};
    double m_maxAverage = 0;
};

} // namespace valuedesk
