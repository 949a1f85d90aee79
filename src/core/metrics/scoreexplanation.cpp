#include "scoreexplanation.h"

#include <QLocale>

#include <cmath>

namespace valuedesk {

namespace {

// The child of the goal above `node` (the node itself when it is one), or -1 for the goal.
int topLevelAncestor(const HierarchyResult &h, int node)
{
    int n = node;
    while (n > 0 && h.nodes.at(n).parent > 0)
        n = h.nodes.at(n).parent;
    return n > 0 ? n : -1;
}

// The mean of the column's present raw values (what MissingRule::Mean fills in), 0 when none.
double presentMean(const MetricMatrix &raw, Eigen::Index column)
{
    double sum = 0;
    Eigen::Index count = 0;
    for (Eigen::Index r = 0; r < raw.values.rows(); ++r) {
        if (raw.present(r, column)) {
            sum += raw.values(r, column);
            ++count;
        }
    }
    return count > 0 ? sum / static_cast<double>(count) : 0.0;
}

QString number(double v)
{
    return QLocale().toString(v, 'f', 2);
}

} // namespace

Result<CustomerExplanation> ScoreExplanation::explain(const EvaluationResult &result, int row,
                                                      SplitMethod split)
{
    const HierarchyResult &h = result.hierarchy;
    const ValueScores &s = result.scores;
    const int leafCount = static_cast<int>(h.leaves.size());
    const Eigen::Index rows = s.total.size();
    if (row < 0 || row >= rows)
        return Error(tr("There is no customer %1 in this evaluation.").arg(row + 1),
                     QStringLiteral("row %1 of %2").arg(row).arg(rows));
    if (result.normalised.values.cols() != leafCount || result.raw.values.cols() != leafCount ||
        result.metrics.size() != leafCount || result.rules.size() != leafCount ||
        result.normalised.values.rows() != rows || result.raw.values.rows() != rows ||
        s.current.size() != rows || s.potential.size() != rows || s.quadrants.size() != rows ||
        s.currentNode <= 0 || s.potentialNode <= 0 || s.currentNode >= h.nodes.size() ||
        s.potentialNode >= h.nodes.size())
        return Error(tr("The evaluation is incomplete and cannot be explained."),
                     QStringLiteral("inconsistent EvaluationResult shapes"));

    CustomerExplanation e;
    e.row = row;
    e.total = s.total(row);
    e.current = s.current(row);
    e.potential = s.potential(row);
    e.completeness = s.completeness.size() == rows ? s.completeness(row) : 0.0;
    e.totalRank = rankOf(s.total, row);
    e.currentRank = rankOf(s.current, row);
    e.potentialRank = rankOf(s.potential, row);
    e.customerCount = static_cast<int>(rows);
    e.quadrant = s.quadrants.at(row);
    e.split = split;
    e.currentThreshold = s.currentThreshold;
    e.potentialThreshold = s.potentialThreshold;
    e.currentAxis = h.nodes.at(s.currentNode).name;
    e.potentialAxis = h.nodes.at(s.potentialNode).name;

    const Eigen::VectorXd weights =
        ValueScorer::effectiveLeafWeights(h, result.normalised.included, row);
    e.indicators.reserve(leafCount);
    for (int j = 0; j < leafCount; ++j) {
        IndicatorExplanation x;
        x.column = j;
        x.node = h.leaves.at(j);
        const HierarchyNodeResult &leaf = h.nodes.at(x.node);
        x.name = leaf.name;
        x.criterionNode = topLevelAncestor(h, x.node);
        x.criterion = x.criterionNode > 0 ? h.nodes.at(x.criterionNode).name : QString();
        x.metric = result.metrics.at(j);
        x.metricId = MetricCatalog::id(x.metric);
        x.metricName = MetricCatalog::displayName(x.metric);
        x.present = result.raw.present(row, j);
        if (x.present)
            x.raw = result.raw.values(row, j);
        x.included = result.normalised.included(row, j);
        x.normalised = x.included ? result.normalised.values(row, j) : 0.0;
        x.direction = result.rules.at(j).direction;
        x.rule = result.rules.at(j).missing;
        x.ruleApplied = !x.present;
        if (x.ruleApplied && x.rule == MissingRule::Mean)
            x.filledRaw = presentMean(result.raw, j);
        x.globalWeight = leaf.globalWeight;
        x.effectiveWeight = weights(j);
        x.contribution = x.included ? x.effectiveWeight * x.normalised : 0.0;
        x.underCurrent = x.criterionNode == s.currentNode;
        x.underPotential = x.criterionNode == s.potentialNode;
        x.contributionCurrent = x.underCurrent ? x.contribution : 0.0;
        x.contributionPotential = x.underPotential ? x.contribution : 0.0;
        e.presentCount += x.present ? 1 : 0;
        e.indicators.append(x);
    }
    e.reason = reason(e);
    return e;
}

int ScoreExplanation::rankOf(const Eigen::VectorXd &values, Eigen::Index row)
{
    if (row < 0 || row >= values.size())
        return 0;
    const double v = values(row);
    return 1 + static_cast<int>((values.array() > v).count());
}

QString ScoreExplanation::splitDescription(SplitMethod split)
{
    switch (split) {
    case SplitMethod::Mean:
        return tr("mean of all customers");
    case SplitMethod::Median:
        return tr("median of all customers");
    case SplitMethod::Thresholds:
        break;
    }
    return tr("fixed threshold");
}

QString ScoreExplanation::quadrantPhrase(Quadrant q)
{
    switch (q) {
    case Quadrant::HighHigh:
        return tr("high value – high potential");
    case Quadrant::HighLow:
        return tr("high value – low potential");
    case Quadrant::LowHigh:
        return tr("low value – high potential");
    case Quadrant::LowLow:
        break;
    }
    return tr("low value – low potential");
}

QString ScoreExplanation::ruleText(MissingRule rule, bool applied)
{
    if (!applied)
        return tr("data");
    switch (rule) {
    case MissingRule::Zero:
        return tr("missing → 0");
    case MissingRule::Mean:
        return tr("missing → column mean");
    case MissingRule::Exclude:
        break;
    }
    return tr("missing → excluded");
}

QString ScoreExplanation::reason(const CustomerExplanation &e)
{
    const bool highCurrent = e.current > e.currentThreshold;
    const bool highPotential = e.potential > e.potentialThreshold;
    const QString current =
        highCurrent
            ? tr("Current value %1 is above the threshold %2 (%3)")
                  .arg(number(e.current), number(e.currentThreshold), splitDescription(e.split))
            : tr("Current value %1 is at or below the threshold %2 (%3)")
                  .arg(number(e.current), number(e.currentThreshold), splitDescription(e.split));
    const QString potential = highPotential
                                  ? tr("potential value %1 is above the threshold %2")
                                        .arg(number(e.potential), number(e.potentialThreshold))
                                  : tr("potential value %1 is at or below the threshold %2")
                                        .arg(number(e.potential), number(e.potentialThreshold));
    return tr("%1 and %2, so the customer is %3 (%4).")
        .arg(current, potential, quadrantPhrase(e.quadrant),
             ValueScorer::quadrantStrategyName(e.quadrant));
}

} // namespace valuedesk
