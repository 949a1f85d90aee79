#pragma once

#include "classification.h"
#include "metrics/metriccatalog.h"
#include "result.h"
#include "schemeutil.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace valuedesk {

// Loyalty × value grid as in the HSBC case (scheme id "loyalty-value"):
//   F prospect (可能客户): status prospect (checked first);
//   E inactive (非活跃): no transaction in the window, or status lost (lostIsInactive, default);
//   the remaining (active) customers by value and loyalty, each split at the mean (default), the
//   median or a threshold computed over the active customers that have both values; strictly
//   above = high, equal = low:
//   A top (顶级): high loyalty, high value;   B (大中型, 忠诚度低): low loyalty, high value;
//   C (大中型, 忠诚度高): high loyalty, low value;   D small (小型): low loyalty, low value.
// An active customer without a value or a loyalty figure (e.g. no survey) is unclassified.
// Value is the evaluation's total score (needs ClassificationInput::evaluation) or a metric;
// loyalty a metric (default the loyalty survey score; tenure_days, repurchase_rate …).
// measure = revenue; fields "value", "loyalty"; options["applied"] = {"value_threshold",
// "loyalty_threshold"}.
class LoyaltyValueScheme final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::LoyaltyValueScheme)

public:
    struct Options
    {
        std::optional<MetricId> value; // nullopt: the evaluation's total score
        MetricId loyalty{MetricKind::Loyalty, {}};
        AxisSplit valueSplit;   // mean
        AxisSplit loyaltySplit; // mean
        bool lostIsInactive = true;
    };

    // {"value": "score" | metric id, "loyalty": metric id, "value_split": "mean"|"median"|number,
    //  "loyalty_split": …, "lost_is_inactive": true}
    static QJsonObject toJson(const Options &options);
    static Result<Options> fromJson(const QJsonObject &json);
    // Error: value by score without an evaluation.
    static Result<ClassificationResult> classify(const ClassificationInput &input,
                                                 const Options &options);
};

} // namespace valuedesk
