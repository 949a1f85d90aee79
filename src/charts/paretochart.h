#pragma once

#include <QChart>
#include <QStringList>
#include <QVector>

class QBarCategoryAxis;
class QValueAxis;

namespace valuedesk {

// What the Pareto (ABC) chart draws: the customers in rank order (largest measure first).
struct ParetoChartData
{
    QVector<double> values;      // the measure per ranked customer (negatives count as 0)
    QVector<qint64> customerIds; // same order
    QVector<int> classOf;        // class index per ranked customer (-1: none)
    QStringList classNames;      // "A", "B", "C" …
    QVector<double> cutoffs;     // cumulative-share cut-offs 0 … 1 drawn as dashed lines
    double reference = 0.8;      // the 80 % reference line (drawn unless it is a cut-off)
    QString measureTitle;        // e.g. "Revenue"
};

// The Pareto chart of an ABC classification: bars of each customer's share of the total in
// descending order — or of buckets of consecutive customers when there are more than maxBars,
// never mixing two classes in one bucket — coloured by class, the cumulative-share curve on a
// second axis, the cut-off lines and the 80 % reference, and each class's band shaded. Clicking
// a bar emits the ranks it covers.
class ParetoChart final : public QChart
{
    Q_OBJECT

public:
    static constexpr int maxBars = 120;

    explicit ParetoChart(QGraphicsItem *parent = nullptr);

    void setData(const ParetoChartData &data);
    const ParetoChartData &data() const { return m_data; }

    int barCount() const { return static_cast<int>(m_bucketStart.size()) - 1; }
    // Ranks (0-based, inclusive) a bar covers.
    int firstRank(int bar) const { return m_bucketStart.at(bar); }
    int lastRank(int bar) const { return m_bucketStart.at(bar + 1) - 1; }
    // Cumulative share (0 … 1) at the end of a bar.
    double cumulativeShare(int bar) const { return m_cumulative.at(bar); }
    // A bar's height: its customer's share of the total, or for a group of customers (more than
    // maxBars customers) the group's average share per customer.
    double barShare(int bar) const { return m_barShare.at(bar); }

signals:
    void barClicked(int firstRank, int lastRank);

private:
    void rebuild();

    ParetoChartData m_data;
    QVector<int> m_bucketStart; // bar b covers ranks [m_bucketStart[b], m_bucketStart[b + 1])
    QVector<double> m_barShare;
    QVector<double> m_cumulative;
};

} // namespace valuedesk
