#pragma once

#include "classification.h"
#include "metrics/metriccatalog.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace valuedesk {

// Customer cost-contribution ratio (客户成本贡献率, scheme id "cost"): a customer's annual
// profit ÷ the marketing/service cost allocated to it, compared with the firm's average sales
// profit margin (平均销售利润率).
//
// Rule, per customer:
//   profit = the profit metric over the window (default gross_profit; a 12-month window makes
//            it the annual profit);
//   cost   = the cost metric (a per-customer cost field, e.g. attribute:marketing_cost, the
//            default) or an allocation rule: per-customer (cost_rate per customer),
//            revenue-share (cost_rate × revenue, e.g. 0.05) or per-order (cost_rate × orders);
//   ratio  = profit ÷ cost (客户成本贡献率);
//   m      = the firm's average sales profit margin: average_margin when given, otherwise
//            Σ gross_profit ÷ Σ revenue of the rows with a known cost, over all customers
//            (the firm-wide profit_margin);
//   ratio ÷ m ≥ gold multiple (default 2) → gold 黄金; ≥ silver multiple (1) → silver 白银;
//   ≥ ordinary multiple (0.5) → ordinary 普通; below → eliminate 淘汰 (loss makers included).
// A threshold exactly met belongs to the higher class. Unclassified: prospects, customers
// without a profit or without a cost, or with an allocated cost ≤ 0 (no ratio).
// Error when m ≤ 0 (or unknown) and a customer needs it. measure = profit; fields "profit",
// "cost", "ratio", "ratio_to_average"; options["applied"] = {"average_margin": m}.
class CostContributionScheme final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::CostContributionScheme)

public:
    enum class CostRule { Metric, PerCustomer, RevenueShare, PerOrder };

    struct Options
    {
        MetricId profit{MetricKind::GrossProfit, {}};
        CostRule costRule = CostRule::Metric;
        MetricId costMetric{MetricKind::Attribute, QStringLiteral("marketing_cost")};
        double costRate = 0;                 // per customer, share of revenue or per order
        std::optional<double> averageMargin; // nullopt: computed from the customers
        double goldMultiple = 2;
        double silverMultiple = 1;
        double ordinaryMultiple = 0.5;
    };

    // {"profit": "gross_profit", "cost": metric id | "per-customer" | "revenue-share" |
    //  "per-order", "cost_rate": 0, "average_margin": null | number,
    //  "gold_multiple": 2, "silver_multiple": 1, "ordinary_multiple": 0.5}
    static QJsonObject toJson(const Options &options);
    static Result<Options> fromJson(const QJsonObject &json);
    // Errors: multiples not descending (gold ≥ silver ≥ ordinary); no positive average margin.
    static Result<ClassificationResult> classify(const ClassificationInput &input,
                                                 const Options &options);

    // The firm's average sales profit margin over the input (see above); NaN when the
    // customers have no revenue with a known cost.
    static double averageMargin(const ClassificationInput &input);
};

} // namespace valuedesk
