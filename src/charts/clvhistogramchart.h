#pragma once

#include <QChart>
#include <QVector>

namespace valuedesk {

// Equal-width bins of a value distribution, robust to a long tail: the bins span the minimum to
// the upper quantile (99th percentile by default) and everything above lands in one overflow bin.
struct ClvHistogram
{
    double lower = 0;    // left edge of the first bin
    double width = 0;    // of each regular bin
    QVector<int> counts; // regular bins
    int overflow = 0;    // values above lower + width · counts.size()
    double maximum = 0;  // the largest value (the overflow bin's right end)
    int values = 0;      // finite values binned (non-finite ones are left out)

    double upper() const { return lower + width * counts.size(); }
};

// The CLV histogram of the CLV tab: one bar per bin, the overflow bar in a darker shade.
class ClvHistogramChart final : public QChart
{
    Q_OBJECT

public:
    static constexpr int defaultBins = 20;

    explicit ClvHistogramChart(QGraphicsItem *parent = nullptr);

    // Non-finite values are ignored; all values equal give a single bin.
    static ClvHistogram bin(const QVector<double> &values, int bins = defaultBins,
                            double upperQuantile = 0.99);

    void setValues(const QVector<double> &values, const QString &valueTitle);
    const ClvHistogram &histogram() const { return m_histogram; }
    int barCount() const; // regular bins plus the overflow bar when it holds anyone

private:
    ClvHistogram m_histogram;
};

} // namespace valuedesk
