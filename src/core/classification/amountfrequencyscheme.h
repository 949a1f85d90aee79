#pragma once

#include "classification.h"
#include "metrics/metriccatalog.h"
#include "result.h"
#include "schemeutil.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace valuedesk {

// Amount × frequency 2 × 2 (scheme id "amount-frequency"). Amount (default revenue) and
// frequency (default orders) in the window are each split at the mean (default), the median or a
// threshold; a value strictly above the split is high, a value equal to it is low.
//   high amount, high frequency → high-value (高价值)
//   low amount,  high frequency → potential  (潜力)
//   high amount, low frequency  → one-off    (一次性)
//   low amount,  low frequency  → lapsing    (流失)
// Prospects (status prospect) are unclassified and left out of the mean/median when
// excludeProspects is set (default); a customer missing either metric is unclassified and
// left out too. measure = amount; fields "amount", "frequency". The applied thresholds are in
// options["applied"] {"amount_threshold", "frequency_threshold"} (null when nobody took part).
class AmountFrequencyScheme final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AmountFrequencyScheme)

public:
    struct Options
    {
        MetricId amount{MetricKind::Revenue, {}};
        MetricId frequency{MetricKind::Orders, {}};
        AxisSplit amountSplit;    // mean
        AxisSplit frequencySplit; // mean
        bool excludeProspects = true;
    };

    // {"amount": "revenue", "frequency": "orders", "amount_split": "mean"|"median"|number,
    //  "frequency_split": …, "exclude_prospects": true}
    static QJsonObject toJson(const Options &options);
    static Result<Options> fromJson(const QJsonObject &json);
    static Result<ClassificationResult> classify(const ClassificationInput &input,
                                                 const Options &options);
};

} // namespace valuedesk
