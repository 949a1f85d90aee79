#pragma once

#include "metriccalculator.h"
#include "metriccatalog.h"

#include <Eigen/Core>

#include <QVector>

namespace valuedesk {

enum class Normalisation {
    ZScore,         // (x − mean) / s, s the sample standard deviation (n − 1), as SPSS's
                    // descriptives; a constant column or n = 1 gives 0 for everyone
    MinMax,         // 100 (x − min) / (max − min); a constant column gives 50 for everyone
    PercentileRank, // 100 (r − 1) / (n − 1), r the 1-based rank, ties share their average rank;
                    // n = 1 gives 50
};

// What a cell without data becomes (applied to the raw value, before winsorising and
// normalising, so the filled value takes part in the column's statistics):
enum class MissingRule {
    Zero,    // raw 0 (e.g. no complaints recorded = none)
    Mean,    // the mean of the column's present values (0 when none is present)
    Exclude, // left out of the column's statistics and of that customer's scores; ValueScorer
             // re-normalises the customer's weights among the remaining indicators
};

struct IndicatorRule
{
    MetricDirection direction = MetricDirection::Higher;
    MissingRule missing = MissingRule::Mean;
};

struct NormaliserOptions
{
    Normalisation method = Normalisation::ZScore;
    // Clamp each column to its 1st and 99th percentiles (linear interpolation between order
    // statistics, numpy.percentile's default) before normalising.
    bool winsorise = false;
};

// Normalised indicators, same shape as the MetricMatrix. `included` is false where the missing
// rule excluded the cell (its value is then 0 and must not be used); `present` is copied from the
// raw matrix (real data, not filled by a rule).
struct NormalisedMatrix
{
    Eigen::MatrixXd values;
    BoolMatrix present;
    BoolMatrix included;
};

// Per-column normalisation; after it, larger is always better ("lower" columns are flipped:
// z → −z, min–max and rank → 100 − x). Pure.
class Normaliser final
{
public:
    // `rules` has one entry per column.
    static NormalisedMatrix normalise(const MetricMatrix &raw, const QVector<IndicatorRule> &rules,
                                      const NormaliserOptions &options);

    // The building blocks, on the values of one column (no missing values), higher is better.
    static Eigen::VectorXd zScores(const Eigen::VectorXd &x);
    static Eigen::VectorXd minMax(const Eigen::VectorXd &x);
    static Eigen::VectorXd percentileRanks(const Eigen::VectorXd &x);
    // numpy.percentile(x, p) with linear interpolation; p in [0, 100]; x non-empty.
    static double percentile(const Eigen::VectorXd &x, double p);
    static Eigen::VectorXd winsorised(const Eigen::VectorXd &x, double lowPercent = 1,
                                      double highPercent = 99);
};

} // namespace valuedesk
