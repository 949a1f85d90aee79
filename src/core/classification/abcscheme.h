#pragma once

#include "classification.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace valuedesk {

// What ABC ranks customers by, over the window.
enum class AbcMeasure {
    Revenue,     // MetricCalculator "revenue"
    GrossProfit, // MetricCalculator "gross_profit"
    Score        // the evaluation's total value score (ClassificationInput::evaluation)
};

enum class AbcMethod {
    CumulativeShare, // classes by cut-offs of the cumulative share of the measure (default)
    CountShare       // classes by shares of the number of customers (e.g. 20 / 70 / 10)
};

struct AbcOptions
{
    AbcMeasure measure = AbcMeasure::Revenue;
    AbcMethod method = AbcMethod::CumulativeShare;
    // Percent, strictly increasing, in (0, 100]: two cut-offs make A/B/C, three make A/B/C/D.
    QVector<double> cutoffs{80, 95};
    // Percent, each ≥ 0, summing to 100: three shares make A/B/C, four make A/B/C/D.
    QVector<double> countShares{20, 70, 10};
    // Display names replacing the defaults, one per class (empty: the defaults).
    QStringList classNames;
};

// ABC / Pareto (帕累托, 80/20) classification (README "Classification schemes"):
//  - customers are ranked by the measure, largest first; ties are ordered by customer code;
//    customers whose measure is ≤ 0 or missing rank after all others;
//  - each customer's share is max(measure, 0) ÷ the total of the positive measures, so a
//    customer with a measure ≤ 0 contributes 0 to the cumulative share;
//  - cumulative share: a customer belongs to class k (A = 0) for the first cut-off c_k that the
//    cumulative share of the customers ranked above it is below, so the customer that crosses
//    80 % is still A; the remaining customers are in the last class;
//  - count shares: the first round(n · s₁ / 100) ranks are A, the ranks up to
//    round(n · (s₁ + s₂) / 100) are B, and so on (half rounds up);
//  - either way a customer whose measure is ≤ 0 or missing is always in the last class.
// Fields per customer: "value" (the measure), "rank" (1-based), "share" and "cumulative_share"
// (fractions of the positive total; the cumulative share includes the customer itself).
class AbcScheme final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AbcScheme)

public:
    static Result<ClassificationResult> classify(const ClassificationInput &input,
                                                 const AbcOptions &options);

    // The same on given measures (NaN = missing) and customer codes (for the tie order).
    static Result<ClassificationResult> classifyValues(const QVector<double> &measure,
                                                       const QStringList &codes,
                                                       const AbcOptions &options);

    // Gini coefficient of the measure: negative and missing values count as 0; on the values
    // sorted ascending x₍₁₎ ≤ … ≤ x₍ₙ₎, G = 2 Σ i·x₍ᵢ₎ ÷ (n Σ x) − (n + 1) ÷ n (0 = all equal,
    // (n − 1) ÷ n = one customer holds everything). NaN when there is no customer or Σ x = 0.
    static double gini(const QVector<double> &measure);

    static QString measureId(AbcMeasure measure); // "revenue", "gross_profit", "score"
    static std::optional<AbcMeasure> parseMeasure(const QString &id);
    static QString methodId(AbcMethod method); // "cumulative", "count"
    // The options as applied, for the snapshot: measure, method, cutoffs or count_shares.
    static QJsonObject optionsToJson(const AbcOptions &options);

    // Default class names: A 关键客户 key, B 主要客户 major, C 普通客户 ordinary; with four
    // classes A 重要 important, B 中等 medium, C 一般 general, D 低价值 low value.
    static QVector<ClassDefinition> defaultClasses(int count);
};

} // namespace valuedesk
