#pragma once

#include "classification.h"
#include "metrics/metriccatalog.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <array>
#include <optional>

namespace valuedesk {

// Customer pyramid (客户金字塔, scheme id "pyramid"): top 顶级 / important 重要 / ordinary 普通 /
// small 小众 by value rank, prospects at the base as potential 潜在.
//
// Rule: potential = status prospect or (noRevenueIsPotential, default) no revenue in the window
// (revenue ≤ 0). The other customers with a value are ranked by value, highest first; n is
// their number. With shares s1, s2, s3 (default 1 %, 4 %, 15 %: top 1 %, the next 4 %, the
// next 15 %, the remaining 80 % small) and `above` = how many ranked customers have a strictly
// higher value: top when above < s1·n, important when above < (s1+s2)·n, ordinary when
// above < (s1+s2+s3)·n, otherwise small. So the best customer is always top, tied customers
// always share a class, and with n = 100 exactly 1 / 4 / 15 / 80 customers (no ties) are top /
// important / ordinary / small. A customer without a value (metric missing) is unclassified.
// Value: the evaluation's total score (default; needs an evaluation) or a metric.
// measure = revenue; fields "value", "rank" (1 + above), "share_above" (above ÷ n).
class PyramidScheme final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::PyramidScheme)

public:
    struct Options
    {
        std::optional<MetricId> value;                    // nullopt: the evaluation's total score
        std::array<double, 3> shares{{0.01, 0.04, 0.15}}; // top, important, ordinary
        bool noRevenueIsPotential = true;
    };

    // {"value": "score" | metric id, "shares": [0.01, 0.04, 0.15], "no_revenue_is_potential": true}
    static QJsonObject toJson(const Options &options);
    static Result<Options> fromJson(const QJsonObject &json);
    // Errors: value by score without an evaluation; shares negative or summing to more than 1.
    static Result<ClassificationResult> classify(const ClassificationInput &input,
                                                 const Options &options);
};

} // namespace valuedesk
