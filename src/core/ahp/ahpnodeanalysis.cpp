#include "ahpnodeanalysis.h"

#include "ahp/hierarchynode.h"

#include <algorithm>

namespace valuedesk {

std::optional<double> NodeAnalysis::inferredValue(int row, int column) const
{
    for (const InferredCell &c : inferred) {
        if (c.row == row && c.column == column)
            return c.value;
        if (c.row == column && c.column == row)
            return 1.0 / c.value;
    }
    return std::nullopt;
}

bool NodeAnalysis::isSuggested(int row, int column) const
{
    for (const JudgementSuggestion &s : suggestions) {
        if ((s.row == row && s.column == column) || (s.row == column && s.column == row))
            return true;
    }
    return false;
}

namespace {

void complete(NodeAnalysis &a, const AhpSettings &settings)
{
    auto completed = MatrixCompletion::complete(a.matrix);
    if (!completed) {
        a.error = completed.error().message();
        return;
    }
    a.completed = completed->completed;
    a.inferred = completed->inferred;
    a.ahp = Consistency::analyse(a.completed.values(), settings);
    a.weights = a.ahp->weights;
    a.valid = true;
}

} // namespace

NodeAnalysis analyseNode(const HierarchyNode &node, int evaluator, const AhpSettings &settings)
{
    NodeAnalysis a;
    const QVector<Evaluator> &evaluators = node.evaluators();
    const int n = static_cast<int>(node.children().size());
    if (evaluators.isEmpty() || n == 0) {
        a.error = GroupJudgement::tr("There are no judgements.");
        return a;
    }
    for (const Evaluator &e : evaluators) {
        if (e.matrix.size() != n) {
            a.error = GroupJudgement::tr("The judgements do not match the sub-items.");
            return a;
        }
    }
    if (evaluators.size() > 1) {
        auto group = GroupJudgement::aggregate(evaluators, node.aggregation(), settings);
        if (group)
            a.groupResult = std::move(group).value();
    }
    if (evaluator < 0 && evaluators.size() > 1) {
        a.isGroup = true;
        // analyseNode checked above that every evaluator judges the node's n children.
        auto mean = GroupJudgement::geometricMeanMatrix(evaluators);
        a.matrix = mean ? std::move(mean).value() : PairwiseMatrix();
        if (!a.groupResult) {
            auto group = GroupJudgement::aggregate(evaluators, node.aggregation(), settings);
            a.error = group ? QString() : group.error().message();
            return a;
        }
        complete(a, settings);
        if (node.aggregation() == GroupAggregation::Priorities) {
            a.ahp.reset(); // no group matrix under AIP; the weights are the aggregated priorities
            a.inferred.clear();
        }
        a.weights = a.groupResult->weights;
        a.valid = true;
        return a;
    }
    const int index = std::clamp(evaluator, 0, static_cast<int>(evaluators.size()) - 1);
    a.matrix = evaluators.at(index).matrix;
    complete(a, settings);
    if (a.valid && a.ahp && n >= 3 && a.ahp->cr >= settings.crThreshold) {
        auto ranked = Inconsistency::rankJudgements(a.completed, settings, 3);
        if (ranked)
            a.suggestions = *ranked;
    }
    return a;
}

} // namespace valuedesk
