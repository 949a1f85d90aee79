#pragma once

#include "evaluation.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace valuedesk {

// One indicator (leaf) of one customer's score: where its value came from and what it added.
struct IndicatorExplanation
{
    int column = -1;        // column of EvaluationResult::raw / normalised
    int node = -1;          // index into HierarchyResult::nodes
    QString name;           // the leaf's name
    int criterionNode = -1; // its top-level criterion (a child of the goal)
    QString criterion;      // that criterion's name
    MetricId metric;
    QString metricId;          // "revenue", "rating:service" …
    QString metricName;        // MetricCatalog::displayName, translated
    std::optional<double> raw; // nullopt: no data for this customer
    bool present = false;      // backed by real data (raw has a value)
    double filledRaw = 0;      // what the missing-value rule put in (when filled)
    double normalised = 0;     // after the rule, normalisation and direction; 0 when excluded
    bool included = true;      // false: excluded by MissingRule::Exclude
    MetricDirection direction = MetricDirection::Higher;
    MissingRule rule = MissingRule::Mean; // the indicator's missing-value rule
    bool ruleApplied = false;             // the rule decided this cell (not present)
    double globalWeight = 0;              // the AHP global weight
    double effectiveWeight = 0;       // this customer's weight after re-normalising excluded cells
    double contribution = 0;          // effectiveWeight × normalised: the share of the total score
    double contributionCurrent = 0;   // the same, 0 when the leaf is not under the current axis
    double contributionPotential = 0; // the same, 0 when not under the potential axis
    bool underCurrent = false;
    bool underPotential = false;

    bool isFilled() const { return ruleApplied && included; }
    bool isExcluded() const { return !included; }
};

// Why one customer scored and was classified as it was: every indicator's part in the scores,
// the ranks, the quadrant and the thresholds it was split at.
struct CustomerExplanation
{
    int row = -1;
    QVector<IndicatorExplanation> indicators; // in leaf (column) order
    double total = 0;
    double current = 0;
    double potential = 0;
    double completeness = 0; // share of indicators backed by real data, 0 … 1
    int presentCount = 0;    // of indicators.size()
    int totalRank = 0;       // 1 = best; ties share the best rank
    int currentRank = 0;
    int potentialRank = 0;
    int customerCount = 0;
    Quadrant quadrant = Quadrant::LowLow;
    SplitMethod split = SplitMethod::Mean;
    double currentThreshold = 0;
    double potentialThreshold = 0;
    QString currentAxis; // the current-value criterion's name
    QString potentialAxis;
    QString reason; // translated sentence: which side of which threshold, so which quadrant
};

// Explains a customer's scores from an EvaluationResult (pure). The contributions add up to the
// scores: Σ contribution = total, Σ contributionCurrent = current, Σ contributionPotential =
// potential (same terms as ValueScorer, so equal up to rounding).
class ScoreExplanation final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ScoreExplanation)

public:
    // `split` is how the thresholds in result.scores were chosen (ScoreOptions::split of the
    // evaluation), for the reason sentence. Error (translated) when `row` is out of range or the
    // result is inconsistent.
    static Result<CustomerExplanation> explain(const EvaluationResult &result, int row,
                                               SplitMethod split = SplitMethod::Mean);

    // 1 + the number of values strictly greater than values(row): ties share the best rank.
    static int rankOf(const Eigen::VectorXd &values, Eigen::Index row);

    // Translated: "mean of all customers", "median of all customers", "fixed threshold".
    static QString splitDescription(SplitMethod split);
    // Translated quadrant phrase for sentences, e.g. "high value – low potential".
    static QString quadrantPhrase(Quadrant q);
    // Translated, e.g. "missing → column mean", "missing → excluded"; for a present cell "data".
    static QString ruleText(MissingRule rule, bool applied);
    // The reason sentence of an explanation (its scores, thresholds, split and quadrant).
    static QString reason(const CustomerExplanation &e);
};

} // namespace valuedesk
