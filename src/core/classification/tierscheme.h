#pragma once

#include "classification.h"
#include "metrics/metriccatalog.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace valuedesk {

// Threshold tiers on one metric (the bank branch grading deposits: 优质 100k–200k, 重点
// 200k–300k, VIP ≥ 300k), any number of tiers. Scheme id "tiers".
//
// Rule: tiers are given by ascending lower bounds. A customer whose metric value v satisfies
// bound_i ≤ v < bound_{i+1} is in tier i: the lower bound is inclusive (exactly 200 000 is
// "key", not "quality"), the last tier has no upper bound. Below the first bound the customer is
// in the base tier when one is named, otherwise unclassified; a customer without a value for the
// metric (e.g. no balance recorded) is unclassified. Classes are listed from the highest tier
// down, the base tier last. measure = the metric value.
class TierScheme final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::TierScheme)

public:
    struct Tier
    {
        QString id;   // stable class id, lowercase with hyphens ("vip"); "tier-<n>" when blank
        QString name; // display name; blank: the translated default for a known id, else the id
        double lowerBound = 0;
    };
    struct Options
    {
        MetricId metric{MetricKind::BalanceLatest, {}};
        // Defaults: quality ≥ 100 000, key ≥ 200 000, vip ≥ 300 000.
        QVector<Tier> tiers;
        std::optional<Tier> base; // below the first bound; lowerBound unused
        Options();
    };

    // {"metric": "balance_latest", "tiers": [{"id": "quality", "name": "", "from": 100000}, …],
    //  "base": null | {"id": "base", "name": ""}}
    static QJsonObject toJson(const Options &options);
    // Missing keys keep their defaults; errors name the bad key ("tiers[1].from").
    static Result<Options> fromJson(const QJsonObject &json);
    // Errors: no tier, bounds not strictly ascending, duplicate ids.
    static Result<ClassificationResult> classify(const ClassificationInput &input,
                                                 const Options &options);

    // Translated default names: quality 优质, key 重点, vip VIP, base 基础.
    static QString defaultName(const QString &id);
};

} // namespace valuedesk
