#pragma once

#include "ahp/groupjudgement.h"
#include "ahp/inconsistency.h"
#include "ahp/matrixcompletion.h"

#include <optional>

namespace valuedesk {

class HierarchyNode;

// What the pairwise editor shows for one parent node and one evaluator (or the group): the
// judgements, the inferred cells, weights and consistency, and the top suggestions when the
// matrix is inconsistent. Computed from the node alone, so it works even while another node of
// the hierarchy does not evaluate.
struct NodeAnalysis
{
    static constexpr int group = -1; // evaluator index of the aggregated result

    bool valid = false;
    QString error;            // why no weights could be computed
    PairwiseMatrix matrix;    // the evaluator's judgements, or the group's geometric mean
    PairwiseMatrix completed; // with the inferred cells filled in
    QVector<InferredCell> inferred;
    std::optional<AhpResult> ahp; // none for AIP groups
    Eigen::VectorXd weights;
    QVector<JudgementSuggestion> suggestions; // top three, when CR ≥ threshold
    std::optional<GroupResult> groupResult;   // when the node has several evaluators
    bool isGroup = false;

    std::optional<double> inferredValue(int row, int column) const;
    bool isSuggested(int row, int column) const;
};

NodeAnalysis analyseNode(const HierarchyNode &node, int evaluator, const AhpSettings &settings);

} // namespace valuedesk
