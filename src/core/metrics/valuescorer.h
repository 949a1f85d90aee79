#pragma once

#include "ahp/hierarchy.h"
#include "normaliser.h"
#include "result.h"

#include <Eigen/Core>

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace valuedesk {

// Current value first: HighLow = high current value, low potential value.
enum class Quadrant { HighHigh, HighLow, LowHigh, LowLow };

enum class SplitMethod {
    Mean,      // each axis at the mean of its scores (the lubricant paper's rule; default)
    Median,    // at the median (the mean of the two middle values for an even count)
    Thresholds // at ScoreOptions::currentThreshold / potentialThreshold
};

struct ScoreOptions
{
    // Indices among the goal's children (the top-level criteria).
    int currentCriterion = 0;
    int potentialCriterion = 1;
    SplitMethod split = SplitMethod::Mean;
    double currentThreshold = 0;
    double potentialThreshold = 0;
};

struct ValueScores
{
    // Customers × HierarchyResult::nodes: Σ (global weight × normalised value) over the leaves
    // below each node; column 0 (the goal) is the total value score.
    Eigen::MatrixXd nodeScores;
    Eigen::VectorXd total;
    Eigen::VectorXd current;
    Eigen::VectorXd potential;
    // Share of the customer's indicators (leaves, unweighted) backed by real data, 0 … 1.
    Eigen::VectorXd completeness;
    QVector<Quadrant> quadrants;
    double currentThreshold = 0;
    double potentialThreshold = 0;
    int currentNode = -1; // indices into HierarchyResult::nodes
    int potentialNode = -1;
};

// Weighted value scores and the value/potential quadrants (四象限) of every customer.
class ValueScorer final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ValueScorer)

public:
    // Column j of `normalised` belongs to hierarchy.leaves[j]. The weight of leaf l is its global
    // weight g_l. Where a cell is excluded (MissingRule::Exclude) that customer's weights are
    // re-normalised bottom-up: each node's weight is shared among its children that still have
    // an included leaf, in proportion to their weights (the sum of their leaves' g_l), so the
    // node keeps its weight and scores stay additive (total = Σ top-level criteria); a node with
    // no included leaf drops out the same way one level up.
    // A score equal to its axis threshold counts as low.
    static Result<ValueScores> score(const HierarchyResult &hierarchy,
                                     const NormalisedMatrix &normalised,
                                     const ScoreOptions &options = {});

    // (Re)computes the thresholds by options.split (axes' mean or median, or the given values)
    // and every customer's quadrant from s.current and s.potential: moving the split lines
    // needs no new evaluation.
    static void split(ValueScores &s, const ScoreOptions &options);

    // The weights score() gives row `row`'s leaves (one per column of `included`, which has one
    // column per leaf): the global weights when every cell of the row is included, otherwise
    // the re-normalised weights described above, 0 where a cell is excluded. For a customer,
    // Σ_j weight_j · normalised_j over any node's leaves is that node's score.
    static Eigen::VectorXd effectiveLeafWeights(const HierarchyResult &hierarchy,
                                                const BoolMatrix &included, Eigen::Index row);

    static Quadrant classify(double current, double potential, double currentThreshold,
                             double potentialThreshold);
    static double median(const Eigen::VectorXd &x);

    static QString quadrantId(Quadrant q); // "high-high", "high-low", "low-high", "low-low"
    static std::optional<Quadrant> parseQuadrant(const QString &id);
    static QString quadrantDisplayName(Quadrant q); // translated, e.g. "High value, high potential"
    // The retention strategy of a quadrant, translated: "Keep and develop" (重点保持与发展),
    // "Maintain" (维持), "Cultivate" (重点培养), "Control investment" (控制投入).
    static QString quadrantStrategyName(Quadrant q);

private:
    class LeafWeights;
};

} // namespace valuedesk
