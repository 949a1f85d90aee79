#include "normaliser.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace valuedesk {

Eigen::VectorXd Normaliser::zScores(const Eigen::VectorXd &x)
{
    const Eigen::Index n = x.size();
    Eigen::VectorXd z = Eigen::VectorXd::Zero(n);
    if (n < 2)
        return z;
    const double mean = x.mean();
    const double ss = (x.array() - mean).square().sum();
    const double sd = std::sqrt(ss / static_cast<double>(n - 1));
    // Relative tolerance: a column of equal values may still differ in the last bit.
    if (!(sd > 1e-12 * std::max(1.0, std::abs(mean))))
        return z;
    z = (x.array() - mean) / sd;
    return z;
}

Eigen::VectorXd Normaliser::minMax(const Eigen::VectorXd &x)
{
    const Eigen::Index n = x.size();
    if (n == 0)
        return x;
    const double lo = x.minCoeff();
    const double hi = x.maxCoeff();
    if (!(hi > lo))
        return Eigen::VectorXd::Constant(n, 50.0);
    return (x.array() - lo) * (100.0 / (hi - lo));
}

Eigen::VectorXd Normaliser::percentileRanks(const Eigen::VectorXd &x)
{
    const Eigen::Index n = x.size();
    Eigen::VectorXd r(n);
    if (n == 1)
        r(0) = 50.0;
    if (n < 2)
        return r;
    std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), Eigen::Index(0));
    std::stable_sort(order.begin(), order.end(),
                     [&x](Eigen::Index a, Eigen::Index b) { return x(a) < x(b); });
    std::size_t i = 0;
    while (i < order.size()) {
        std::size_t j = i;
        while (j + 1 < order.size() && x(order[j + 1]) == x(order[i]))
            ++j;
        // 0-based positions i..j share the average 1-based rank (i + j) / 2 + 1.
        const double rank0 = (static_cast<double>(i) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k <= j; ++k)
            r(order[k]) = 100.0 * rank0 / static_cast<double>(n - 1);
        i = j + 1;
    }
    return r;
}

double Normaliser::percentile(const Eigen::VectorXd &x, double p)
{
    std::vector<double> v(x.data(), x.data() + x.size());
    std::sort(v.begin(), v.end());
    const double h = (static_cast<double>(v.size()) - 1) * std::clamp(p, 0.0, 100.0) / 100.0;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (h - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

Eigen::VectorXd Normaliser::winsorised(const Eigen::VectorXd &x, double lowPercent,
                                       double highPercent)
{
    if (x.size() == 0)
        return x;
    const double lo = percentile(x, lowPercent);
    const double hi = percentile(x, highPercent);
    return x.cwiseMax(lo).cwiseMin(hi);
}

NormalisedMatrix Normaliser::normalise(const MetricMatrix &raw, const QVector<IndicatorRule> &rules,
                                       const NormaliserOptions &options)
{
    const Eigen::Index rows = raw.values.rows();
    const Eigen::Index cols = raw.values.cols();
    NormalisedMatrix out;
    out.values.setZero(rows, cols);
    out.present = raw.present;
    out.included.setConstant(rows, cols, true);

    std::vector<Eigen::Index> used;
    used.reserve(static_cast<std::size_t>(rows));
    for (Eigen::Index c = 0; c < cols; ++c) {
        const IndicatorRule rule =
            c < rules.size() ? rules.at(static_cast<int>(c)) : IndicatorRule{};
        double presentSum = 0;
        Eigen::Index presentCount = 0;
        for (Eigen::Index r = 0; r < rows; ++r) {
            if (raw.present(r, c)) {
                presentSum += raw.values(r, c);
                ++presentCount;
            }
        }
        const double fill = rule.missing == MissingRule::Mean && presentCount > 0
                                ? presentSum / static_cast<double>(presentCount)
                                : 0.0;
        used.clear();
        for (Eigen::Index r = 0; r < rows; ++r) {
            if (raw.present(r, c) || rule.missing != MissingRule::Exclude)
                used.push_back(r);
            else
                out.included(r, c) = false;
        }
        Eigen::VectorXd x(static_cast<Eigen::Index>(used.size()));
        for (std::size_t k = 0; k < used.size(); ++k) {
            const Eigen::Index r = used[k];
            x(static_cast<Eigen::Index>(k)) = raw.present(r, c) ? raw.values(r, c) : fill;
        }
        if (options.winsorise)
            x = winsorised(x);
        Eigen::VectorXd y;
        switch (options.method) {
        case Normalisation::ZScore:
            y = zScores(x);
            break;
        case Normalisation::MinMax:
            y = minMax(x);
            break;
        case Normalisation::PercentileRank:
            y = percentileRanks(x);
            break;
        }
        if (rule.direction == MetricDirection::Lower)
            y = options.method == Normalisation::ZScore ? Eigen::VectorXd(-y)
                                                        : Eigen::VectorXd(100.0 - y.array());
        for (std::size_t k = 0; k < used.size(); ++k)
            out.values(used[k], c) = y(static_cast<Eigen::Index>(k));
    }
    return out;
}

} // namespace valuedesk
