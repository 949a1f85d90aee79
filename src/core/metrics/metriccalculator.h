#pragma once

#include "evaluationwindow.h"
#include "metriccatalog.h"
#include "metricinputs.h"

#include <Eigen/Core>

#include <QVector>

#include <optional>

namespace valuedesk {

using BoolMatrix = Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic>;

// Raw indicator values: one row per customer, one column per metric. A cell without data is NaN
// in `values` and false in `present`.
struct MetricMatrix
{
    QVector<MetricId> metrics;
    Eigen::MatrixXd values;
    BoolMatrix present;
};

// Computes the catalogue's metrics (MetricCatalog::definition, README "Metrics") from
// MetricInputs. Money is in currency units (not cents), days are whole days, rates are fractions
// (0.25 = 25 %). Pure and thread-safe.
class MetricCalculator final
{
public:
    // nullopt: no data for this customer (the missing-value rule decides what happens).
    static std::optional<double> value(const MetricId &metric, const MetricInputs &inputs,
                                       const EvaluationWindow &window);

    // All customers × all metrics in one pass.
    static MetricMatrix compute(const QVector<MetricId> &metrics,
                                const QVector<MetricInputs> &customers,
                                const EvaluationWindow &window);
};

} // namespace valuedesk
